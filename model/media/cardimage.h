#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QUuid>

#include <vector>

// A picture attached to a card (issue 19): a photo of the sticky-note wall, a screenshot of the
// screen the customer sees, a letter. Stored as it was re-encoded on import (cardimageimport.h):
// at most InputLimits::maxCardImageSide on its longest side, JPEG or PNG, with no metadata
// (no EXIF, no GPS, no colour profile: pixels are sRGB). Cheap to copy: the byte arrays are
// implicitly shared.
namespace waymark {

struct CardImage {
    QUuid id;
    QByteArray bytes;      // the encoded picture
    QByteArray format;     // "jpeg" or "png" (QImageReader/QImageWriter format names)
    QSize size;            // of the picture in bytes, in pixels, upright
    QString caption;       // typed by the user; empty when none
    QString originalName;  // the file it came from ("wall.jpg"); empty when pasted
    QByteArray thumbnail;  // the same picture, longest side cardImageThumbnailSide, same format;
                           // empty when the picture is no larger (cardImageThumbnail decodes it)

    bool isNull() const { return bytes.isEmpty(); }
    friend bool operator==(const CardImage &, const CardImage &) = default;
};

// The longest side of a card picture's thumbnail: sharp on a card at high zoom on a 2× screen.
inline constexpr int cardImageThumbnailSide = 256;

struct DecodedCardImage {
    QImage image;  // null on error
    QString error; // empty on success; else what is wrong (translated)
};

// Decodes stored picture bytes, e.g. read from a .waymark file from a stranger, with the checks
// of an import: the format must be "jpeg" or "png" and the content must be that format, the
// size the header declares at most InputLimits::maxCardImageSide on each side (a larger one was
// not made by Waymark and is refused before decoding). A valid scaledTo decodes straight to
// that size (JPEG: at a fraction of the cost of the full picture).
DecodedCardImage decodeCardImage(const QByteArray &bytes, const QByteArray &format, QSize scaledTo = QSize());

// What is wrong with a stored picture (read from a file), found without decoding it: no id, a
// format other than "jpeg" or "png", no bytes, more than InputLimits::maxStoredCardImageBytes,
// a size off the limits. Empty when nothing is. The picture's content is checked only when it
// is decoded (decodeCardImage), so opening a journey stays fast.
QString storedCardImageProblem(const CardImage &image);

// New ids for copies of pictures (a pasted or duplicated card): ids are unique in a journey.
void giveFreshIds(std::vector<CardImage> &pictures);

// Sets Qt's image allocation limit, a process-wide setting, to InputLimits::maxImageDecodeMiB
// (Qt 6.4's default is 128 MiB: too little for a PNG at the pixel limit, and 0 would mean none).
// Done once, before the first picture is decoded; a later change (a test) is left alone.
void applyImageAllocationLimit();

// The picture's thumbnail: decoded from `thumbnail`, or made from the picture when there is
// none (a small picture) or it is broken. Null when neither can be read.
QImage cardImageThumbnail(const CardImage &image);

} // namespace waymark
