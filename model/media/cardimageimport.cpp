#include "media/cardimageimport.h"

#include "inputlimits.h"
#include "media/cardimageencoding.h"
#include "media/pngchunks.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLocale>

#include <algorithm>

namespace waymark {

namespace {

struct CardImageImportText {
    Q_DECLARE_TR_FUNCTIONS(CardImageImport)
};

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString megapixels(qint64 pixels)
{
    return QLocale().toString(double(pixels) / 1e6, 'f', pixels >= 100'000'000 ? 0 : 1);
}

QString acceptedFormatList()
{
    QStringList names;
    for (const QByteArray &format : acceptedCardImageFormats())
        names.append(QString::fromLatin1(format).toUpper());
    return QLocale().createSeparatedList(names);
}

CardImageInput inputError(const QString &name, const QString &what)
{
    return {{}, name, QStringLiteral("%1: %2").arg(cardImageSourceLabel(name), what)};
}

CardImageImport importError(const QString &sourceName, const QString &what)
{
    return {{}, QStringLiteral("%1: %2").arg(cardImageSourceLabel(sourceName), what)};
}

QString pictureTooLarge(qint64 bytes)
{
    return CardImageImportText::tr("the file is %1; a picture may be at most %2.").arg(dataSize(bytes), dataSize(InputLimits::maxImageFileBytes));
}

// Qt's reason when it has one; "Unknown error" tells the user nothing.
QString damagedImport(const QImageReader &reader)
{
    if (reader.error() == QImageReader::UnknownError || reader.errorString().isEmpty())
        return CardImageImportText::tr("the picture is damaged or incomplete.");
    return CardImageImportText::tr("the picture is damaged or incomplete (%1).").arg(reader.errorString());
}

} // namespace

QString cardImageSourceLabel(const QString &sourceName)
{
    return sourceName.isEmpty() ? CardImageImportText::tr("Pasted picture") : CardImageImportText::tr("“%1”").arg(sourceName);
}

QByteArrayList acceptedCardImageFormats()
{
    // WebP needs Qt's separate image format plugins (Debian: qt6-image-formats-plugins); the
    // others are built into Qt GUI. SVG, ICO and the X11/PPM formats are not photos or screenshots.
    static const QByteArrayList wanted = {"png", "jpeg", "gif", "bmp", "webp"};
    const QList<QByteArray> supported = QImageReader::supportedImageFormats();
    QByteArrayList accepted;
    for (const QByteArray &format : wanted)
        if (supported.contains(format))
            accepted.append(format);
    return accepted;
}

CardImageInput readCardImageDevice(QIODevice &device, const QString &name)
{
    constexpr qint64 limit = InputLimits::maxImageFileBytes;
    constexpr qint64 chunk = qint64(1) << 20;
    QByteArray bytes;
    for (;;) {
        const qint64 room = std::min(chunk, limit + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + room);
        const qint64 got = device.read(bytes.data() + before, room);
        if (got < 0)
            return inputError(name, CardImageImportText::tr("it could not be read: %1").arg(device.errorString()));
        bytes.resize(before + got);
        if (bytes.size() > limit)
            return inputError(name, CardImageImportText::tr("it is larger than %1, the most a picture may be.").arg(dataSize(limit)));
        if (got == 0 && (device.atEnd() || !device.waitForReadyRead(30000)))
            break;
    }
    return {bytes, name, {}};
}

CardImageInput readCardImageFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return inputError(name, CardImageImportText::tr("there is no such file (%1).").arg(QDir::toNativeSeparators(path)));
    if (!info.isFile())
        return inputError(name, CardImageImportText::tr("this is not a file but a folder or a device."));
    if (info.size() > InputLimits::maxImageFileBytes)
        return inputError(name, pictureTooLarge(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(name, CardImageImportText::tr("it could not be opened: %1").arg(file.errorString()));
    return readCardImageDevice(file, name);
}

CardImageImport importCardImageFile(const QString &path)
{
    const CardImageInput input = readCardImageFile(path);
    if (!input.error.isEmpty())
        return {{}, input.error};
    return importCardImage(input.bytes, input.name);
}

CardImageImport importCardImage(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.isEmpty())
        return importError(sourceName, CardImageImportText::tr("it is empty."));
    if (bytes.size() > InputLimits::maxImageFileBytes)
        return importError(sourceName, pictureTooLarge(bytes.size()));

    QBuffer buffer;
    buffer.setData(bytes); // shares the bytes, no copy
    buffer.open(QIODevice::ReadOnly);
    // The format from the content (never the name); only that format's reader goes on.
    const QByteArray format = QImageReader::imageFormat(&buffer);
    buffer.seek(0);
    if (format.isEmpty())
        return importError(sourceName, CardImageImportText::tr("this is not a picture Waymark can read; it takes %1.").arg(acceptedFormatList()));
    if (!acceptedCardImageFormats().contains(format))
        return importError(sourceName, CardImageImportText::tr("its format is %1; Waymark takes %2.")
                                           .arg(QString::fromLatin1(format).toUpper(), acceptedFormatList()));
    if (format == "png") {
        if (const QString problem = pngStructureProblem(bytes); !problem.isEmpty())
            return importError(sourceName, CardImageImportText::tr("the picture is damaged or incomplete (%1).").arg(problem));
    }
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);

    // The header's size, before a pixel is decoded: how a decompression bomb is stopped.
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty())
        return importError(sourceName, damagedImport(reader));
    const qint64 pixels = qint64(declared.width()) * declared.height();
    if (pixels > InputLimits::maxImagePixels) {
        const QLocale locale;
        return importError(sourceName, CardImageImportText::tr("the picture is %1 × %2 pixels (%3 megapixels); a picture may have at most %4 megapixels.")
                                           .arg(locale.toString(declared.width()), locale.toString(declared.height()),
                                                megapixels(pixels), megapixels(InputLimits::maxImagePixels)));
    }

    // PNG, GIF, BMP and WebP are decoded whole before they are scaled: what that takes (a 16-bit
    // PNG takes 8 bytes a pixel) must fit the allocation limit, or Qt refuses without a reason.
    if (format != "jpeg") {
        const int bits = std::max(32, int(QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel()));
        const qint64 decodeBytes = pixels * bits / 8;
        const qint64 allowed = qint64(InputLimits::maxImageDecodeMiB) << 20;
        if (decodeBytes > allowed) {
            const QLocale locale;
            return importError(sourceName,
                               CardImageImportText::tr("the picture is %1 × %2 pixels at %3 bits a pixel: reading it would take %4 of memory, more than the %5 a picture may take.")
                                   .arg(locale.toString(declared.width()), locale.toString(declared.height()), locale.toString(bits),
                                        dataSize(decodeBytes), dataSize(allowed)));
        }
    }

    applyImageAllocationLimit();
    reader.setAutoTransform(true); // EXIF orientation: a phone photo taken upright comes out upright
    const QSize target = cardImageScaledSize(declared, InputLimits::maxCardImageSide);
    if (target != declared)
        reader.setScaledSize(target); // JPEG: libjpeg decodes at 1/2..1/8 scale, never the full picture
    QImage image;
    if (!reader.read(&image))
        return importError(sourceName, damagedImport(reader));
    // Transformed or not, no side may pass the limit (a reader that ignored the scaled size).
    const QSize fits = cardImageScaledSize(image.size(), InputLimits::maxCardImageSide);
    if (fits != image.size())
        image = image.scaled(fits, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    const EncodedCardImage encoded = encodeCardImage(image);
    if (encoded.bytes.isEmpty())
        return importError(sourceName, CardImageImportText::tr("the picture could not be written anew as %1.")
                                           .arg(QString::fromLatin1(encoded.format).toUpper()));

    CardImageImport result;
    result.image.id = QUuid::createUuid();
    result.image.bytes = encoded.bytes;
    result.image.format = encoded.format;
    result.image.size = image.size();
    result.image.originalName = sourceName;
    // A picture no larger than a thumbnail is its own thumbnail: not stored twice.
    const QSize thumbnailSize = cardImageScaledSize(image.size(), cardImageThumbnailSide);
    if (thumbnailSize != image.size())
        result.image.thumbnail = encodeCardImageAs(image.scaled(thumbnailSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                                                   encoded.format, cardImageThumbnailJpegQuality);
    return result;
}

} // namespace waymark
