#include "media/cardimage.h"

#include "inputlimits.h"
#include "media/cardimageencoding.h"
#include "media/pngchunks.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>

#include <mutex>

namespace waymark {

namespace {

struct CardImageText {
    Q_DECLARE_TR_FUNCTIONS(CardImage)
};

QString damagedPicture(const QImageReader &reader)
{
    if (reader.error() == QImageReader::UnknownError || reader.errorString().isEmpty())
        return CardImageText::tr("The stored picture is damaged.");
    return CardImageText::tr("The stored picture is damaged (%1).").arg(reader.errorString());
}

} // namespace

QString storedCardImageProblem(const CardImage &image)
{
    const QLocale locale;
    if (image.id.isNull())
        return CardImageText::tr("the picture has no id");
    if (image.format != "jpeg" && image.format != "png")
        return CardImageText::tr("the picture is stored as “%1”, which is neither JPEG nor PNG").arg(QString::fromLatin1(image.format.left(20)));
    if (image.bytes.isEmpty())
        return CardImageText::tr("the picture is empty");
    const qint64 largest = qMax(qint64(image.bytes.size()), qint64(image.thumbnail.size()));
    if (largest > InputLimits::maxStoredCardImageBytes)
        return CardImageText::tr("the picture takes %1; a stored picture takes at most %2")
            .arg(locale.formattedDataSize(largest), locale.formattedDataSize(InputLimits::maxStoredCardImageBytes));
    const int side = InputLimits::maxCardImageSide;
    if (image.size.width() < 1 || image.size.height() < 1 || image.size.width() > side || image.size.height() > side)
        return CardImageText::tr("the picture's size %1 × %2 is not from 1 to %3 pixels on each side")
            .arg(locale.toString(image.size.width()), locale.toString(image.size.height()), locale.toString(side));
    return {};
}

void giveFreshIds(std::vector<CardImage> &pictures)
{
    for (CardImage &picture : pictures)
        picture.id = QUuid::createUuid();
}

void applyImageAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(InputLimits::maxImageDecodeMiB); });
}

DecodedCardImage decodeCardImage(const QByteArray &bytes, const QByteArray &format, QSize scaledTo)
{
    DecodedCardImage decoded;
    if (format != "jpeg" && format != "png") {
        decoded.error = CardImageText::tr("The picture is stored as “%1”, which is neither JPEG nor PNG.")
                            .arg(QString::fromLatin1(format.left(20)));
        return decoded;
    }
    if (format == "png") {
        if (const QString problem = pngStructureProblem(bytes); !problem.isEmpty()) {
            decoded.error = CardImageText::tr("The stored picture is damaged (%1).").arg(problem);
            return decoded;
        }
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false); // only the stated format's reader sees the bytes
    reader.setAutoTransform(false);         // stored pixels are upright; a crafted EXIF changes nothing
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        decoded.error = damagedPicture(reader);
        return decoded;
    }
    const int side = InputLimits::maxCardImageSide;
    if (declared.width() > side || declared.height() > side) {
        const QLocale locale;
        decoded.error = CardImageText::tr("The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.")
                            .arg(locale.toString(declared.width()), locale.toString(declared.height()), locale.toString(side));
        return decoded;
    }
    applyImageAllocationLimit();
    if (scaledTo.isValid() && !scaledTo.isEmpty() && scaledTo != declared)
        reader.setScaledSize(scaledTo);
    if (!reader.read(&decoded.image)) {
        decoded.image = QImage();
        decoded.error = damagedPicture(reader);
    }
    return decoded;
}

QImage cardImageThumbnail(const CardImage &image)
{
    if (!image.thumbnail.isEmpty()) {
        const DecodedCardImage thumbnail = decodeCardImage(image.thumbnail, image.format);
        if (!thumbnail.image.isNull() && thumbnail.image.width() <= cardImageThumbnailSide
            && thumbnail.image.height() <= cardImageThumbnailSide)
            return thumbnail.image;
    }
    // No usable thumbnail: made from the picture, which JPEG decodes at 1/8 scale directly.
    const DecodedCardImage picture = decodeCardImage(image.bytes, image.format,
                                                     cardImageScaledSize(image.size, cardImageThumbnailSide));
    if (picture.image.isNull())
        return {};
    const QSize fits = cardImageScaledSize(picture.image.size(), cardImageThumbnailSide);
    return fits == picture.image.size() ? picture.image
                                        : picture.image.scaled(fits, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace waymark
