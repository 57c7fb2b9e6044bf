#include "media/cardimageencoding.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <unordered_set>

namespace waymark {

namespace {

bool isGrayscale(const QImage &image)
{
    return image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16;
}

// The pixels of `image` in a plain 8-bit format and in sRGB, in a new image that carries
// nothing else: QImage keeps a file's text (JPEG comments, PNG text chunks), resolution and
// colour profile with the pixels and the writers write them back out.
QImage barePixels(const QImage &image, bool keepAlpha)
{
    QImage pixels;
    if (isGrayscale(image)) {
        pixels = image.convertToFormat(QImage::Format_Grayscale8);
    } else if (keepAlpha) {
        pixels = image.convertToFormat(QImage::Format_ARGB32);
    } else if (image.hasAlphaChannel()) {
        // JPEG has no transparency: what was transparent becomes white, as on a card.
        pixels = QImage(image.size(), QImage::Format_RGB32);
        pixels.setColorSpace(image.colorSpace());
        pixels.fill(Qt::white);
        QPainter painter(&pixels);
        painter.drawImage(0, 0, image);
    } else {
        pixels = image.convertToFormat(QImage::Format_RGB32);
    }
    if (!isGrayscale(pixels) && pixels.colorSpace().isValid() && pixels.colorSpace() != QColorSpace(QColorSpace::SRgb))
        pixels.convertToColorSpace(QColorSpace::SRgb);
    const QImage view(pixels.constBits(), pixels.width(), pixels.height(), pixels.bytesPerLine(), pixels.format());
    return view.copy(); // a deep copy of the view: pixels only, default everything else
}

} // namespace

QSize cardImageScaledSize(QSize size, int longestSide)
{
    const int longest = std::max(size.width(), size.height());
    if (size.isEmpty() || longest <= longestSide)
        return size;
    const auto scaled = [&](int side) {
        return int(std::max<qint64>(1, (qint64(side) * longestSide + longest / 2) / longest));
    };
    return {scaled(size.width()), scaled(size.height())};
}

bool usesTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        if (std::any_of(line, line + argb.width(), [](QRgb pixel) { return qAlpha(pixel) != 255; }))
            return true;
    }
    return false;
}

bool hasFewColours(const QImage &image, int maxColours)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    std::unordered_set<QRgb> colours;
    colours.reserve(std::size_t(maxColours) + 1);
    QRgb previous = 0;
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if ((x > 0 || y > 0) && line[x] == previous)
                continue; // runs of one colour are the rule in screenshots
            previous = line[x];
            colours.insert(previous);
            if (colours.size() > std::size_t(maxColours))
                return false;
        }
    }
    return true;
}

QByteArray encodeCardImageAs(const QImage &image, const QByteArray &format, int jpegQuality)
{
    const bool png = format == "png";
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    if (!png) {
        writer.setQuality(jpegQuality);
        writer.setOptimizedWrite(true); // Huffman tables fitted to the picture: a few per cent smaller
    }
    if (!writer.write(barePixels(image, png && usesTransparency(image))))
        bytes.clear();
    return bytes;
}

EncodedCardImage encodeCardImage(const QImage &image)
{
    const bool png = usesTransparency(image) || hasFewColours(image, cardImagePngMaxColours);
    EncodedCardImage encoded;
    encoded.format = png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg");
    encoded.bytes = encodeCardImageAs(image, encoded.format, cardImageJpegQuality);
    return encoded;
}

} // namespace waymark
