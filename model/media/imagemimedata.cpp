#include "media/imagemimedata.h"

#include "inputlimits.h"
#include "media/cardimageencoding.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace waymark {

namespace {

struct ImageMimeDataText {
    Q_DECLARE_TR_FUNCTIONS(ImageMimeData)
};

// The MIME types programs put pictures on the clipboard under, with the aliases some use.
const QStringList &pictureMimeTypes()
{
    static const QStringList types = {
        QStringLiteral("image/png"),  QStringLiteral("image/jpeg"),  QStringLiteral("image/jpg"),
        QStringLiteral("image/gif"),  QStringLiteral("image/bmp"),   QStringLiteral("image/x-bmp"),
        QStringLiteral("image/x-ms-bmp"), QStringLiteral("image/webp"),
    };
    return types;
}

CardImageInput notOnThisComputer(const QUrl &url)
{
    const QString name = url.fileName().isEmpty() ? url.toDisplayString() : url.fileName();
    return {{}, name,
            QStringLiteral("%1: %2").arg(cardImageSourceLabel(name),
                                         ImageMimeDataText::tr("it is not on this computer but at %1; save it first, then attach the saved file.")
                                             .arg(url.toDisplayString()))};
}

// A QImage handed over in memory, as PNG bytes (lossless; the import then chooses the format).
CardImageInput fromImage(const QImage &image)
{
    const qint64 pixels = qint64(image.width()) * image.height();
    if (pixels > InputLimits::maxImagePixels) {
        const QLocale locale;
        return {{}, {},
                QStringLiteral("%1: %2").arg(cardImageSourceLabel({}),
                                             ImageMimeDataText::tr("the picture is %1 × %2 pixels; a picture may have at most %3 megapixels.")
                                                 .arg(locale.toString(image.width()), locale.toString(image.height()),
                                                      locale.toString(double(InputLimits::maxImagePixels) / 1e6, 'f', 1)))};
    }
    return {encodeCardImageAs(image, QByteArrayLiteral("png"), 0), {}, {}};
}

} // namespace

bool mimeDataMayHoldImages(const QMimeData &data)
{
    if (data.hasUrls() || data.hasImage())
        return true;
    const QStringList offered = data.formats();
    return std::any_of(pictureMimeTypes().begin(), pictureMimeTypes().end(),
                       [&](const QString &type) { return offered.contains(type); });
}

QList<CardImageInput> imagesFromMimeData(const QMimeData &data)
{
    QList<CardImageInput> images;
    QList<QUrl> elsewhere;
    if (data.hasUrls()) {
        for (const QUrl &url : data.urls()) {
            if (url.isLocalFile())
                images.append(readCardImageFile(url.toLocalFile()));
            else
                elsewhere.append(url);
        }
    }
    const auto refuseElsewhere = [&] {
        for (const QUrl &url : elsewhere)
            images.append(notOnThisComputer(url));
        return images;
    };
    if (!images.isEmpty())
        return refuseElsewhere();

    const QStringList offered = data.formats();
    for (const QString &type : pictureMimeTypes()) {
        if (!offered.contains(type))
            continue;
        const QByteArray bytes = data.data(type);
        if (!bytes.isEmpty())
            return {CardImageInput{bytes, {}, {}}};
    }
    // Only when no picture bytes are offered: QMimeData::imageData() of another program's
    // clipboard would have Qt decode the bytes without the import's checks.
    if (data.hasImage()) {
        const QImage image = qvariant_cast<QImage>(data.imageData());
        if (!image.isNull())
            return {fromImage(image)};
    }
    return refuseElsewhere();
}

} // namespace waymark
