#include "media/cardimage.h"

#include "inputlimits.h"
#include "media/cardimageencoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>

#include <mutex>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CardImage)
};

QString damaged(const QImageReader &reader)
{
    if (reader.error() == QImageReader::UnknownError || reader.errorString().isEmpty())
        return Text::tr("The stored picture is damaged.");
    return Text::tr("The stored picture is damaged (%1).").arg(reader.errorString());
}

} // namespace

void applyImageAllocationLimit()
{
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(InputLimits::maxImageDecodeMiB); });
}

DecodedCardImage decodeCardImage(const QByteArray &bytes, const QByteArray &format, QSize scaledTo)
{
    DecodedCardImage decoded;
    if (format != "jpeg" && format != "png") {
        decoded.error = Text::tr("The picture is stored as “%1”, which is neither JPEG nor PNG.")
                            .arg(QString::fromLatin1(format.left(20)));
        return decoded;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false); // only the stated format's reader sees the bytes
    reader.setAutoTransform(false);         // stored pixels are upright; a crafted EXIF changes nothing
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty()) {
        decoded.error = damaged(reader);
        return decoded;
    }
    const int side = InputLimits::maxCardImageSide;
    if (declared.width() > side || declared.height() > side) {
        const QLocale locale;
        decoded.error = Text::tr("The stored picture is %1 × %2 pixels; pictures on cards are at most %3 pixels on each side.")
                            .arg(locale.toString(declared.width()), locale.toString(declared.height()), locale.toString(side));
        return decoded;
    }
    applyImageAllocationLimit();
    if (scaledTo.isValid() && !scaledTo.isEmpty() && scaledTo != declared)
        reader.setScaledSize(scaledTo);
    if (!reader.read(&decoded.image)) {
        decoded.image = QImage();
        decoded.error = damaged(reader);
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
