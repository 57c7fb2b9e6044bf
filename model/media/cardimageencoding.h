#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

// How a decoded picture is written for a journey: JPEG (quality 85) for photos, PNG when the
// picture has transparency or few colours (screenshots, diagrams, scans of letters), with
// nothing but pixels: no EXIF, GPS, comments, text chunks, resolution or colour profile (the
// pixels are converted to sRGB first, which is what a picture without a profile means).
namespace waymark {

inline constexpr int cardImageJpegQuality = 85;
inline constexpr int cardImageThumbnailJpegQuality = 80;
// At most this many distinct colours (and no transparency) and a picture is stored as PNG:
// a screenshot or a diagram, whose sharp edges JPEG would smear. Photos pass it within their
// first few thousand pixels.
inline constexpr int cardImagePngMaxColours = 4096;

struct EncodedCardImage {
    QByteArray bytes;  // empty when the writer failed
    QByteArray format; // "jpeg" or "png"
};

// `image` as the bytes a journey stores, in the format chosen as above.
EncodedCardImage encodeCardImage(const QImage &image);
// `image` in the given format ("jpeg" or "png"), metadata stripped, at `jpegQuality` for JPEG.
QByteArray encodeCardImageAs(const QImage &image, const QByteArray &format, int jpegQuality);

// The size `size` takes when its longest side is scaled down to `longestSide` (never up),
// keeping the aspect ratio; no side becomes smaller than 1 pixel.
QSize cardImageScaledSize(QSize size, int longestSide);

// True when the picture uses transparency (some pixel is not fully opaque), not merely a
// format with an alpha channel.
bool usesTransparency(const QImage &image);
// True when the picture has at most `maxColours` distinct colours; stops counting past it.
bool hasFewColours(const QImage &image, int maxColours);

} // namespace waymark
