#pragma once

#include "media/cardimage.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

class QIODevice;

// Taking a picture from outside (a file, a drop, the clipboard) to put on a card. Pictures come
// from phones, screenshots and strangers' e-mails, so every step is bounded
// (model/inputlimits.h, docs/file-formats.md "Limits"):
//   1. at most InputLimits::maxImageFileBytes, refused from the file's size before reading it
//      (and never more than one byte past the limit read from a pipe or a device);
//   2. the format told by Qt's image reader from the content, not the name: PNG, JPEG, GIF,
//      BMP, and WebP where Qt's WebP plugin is installed (acceptedCardImageFormats());
//   3. the size the header declares, read before any pixel is decoded: at most
//      InputLimits::maxImagePixels (a PNG "bomb" is refused in microseconds);
//   4. decoded with Qt's allocation limit set (InputLimits::maxImageDecodeMiB), straight to at
//      most InputLimits::maxCardImageSide on its longest side (libjpeg decodes a big JPEG
//      at 1/2 to 1/8 scale: a 50-megapixel photo is never held at full size), turned upright
//      by its EXIF orientation;
//   5. written anew (cardimageencoding.h): JPEG or PNG, with no EXIF, GPS or other metadata.
// Every refusal is a translated sentence naming the file (or "Pasted picture"), the limit and
// the actual figure.
namespace waymark {

// Raw bytes of a picture still to be imported, with the name of the file they came from
// (empty when pasted), or why they could not be had.
struct CardImageInput {
    QByteArray bytes;
    QString name;
    QString error;
};

struct CardImageImport {
    CardImage image; // id set, caption empty; null on error
    QString error;   // empty on success

    bool ok() const { return error.isEmpty(); }
};

// The formats taken, as QImageReader names them ("png", "jpeg", "gif", "bmp", and "webp" when
// this Qt reads it), in that order.
QByteArrayList acceptedCardImageFormats();

// Imports a picture held in memory; `sourceName` is the file it came from (kept as the card
// picture's original name and used in messages) or empty for a pasted picture.
CardImageImport importCardImage(const QByteArray &bytes, const QString &sourceName);
// Reads the file (readCardImageFile) and imports it.
CardImageImport importCardImageFile(const QString &path);

// The bytes of a picture file, refused when it is not a regular file or too big (from its size,
// before reading). `name` is the file's name without its folder.
CardImageInput readCardImageFile(const QString &path);
// Reads an open device to its end, refusing it as soon as it gives more than
// InputLimits::maxImageFileBytes (a pipe, a device, a file that grows).
CardImageInput readCardImageDevice(QIODevice &device, const QString &name);

// "Pasted picture" or the file name in quotes, as messages begin.
QString cardImageSourceLabel(const QString &sourceName);

} // namespace waymark
