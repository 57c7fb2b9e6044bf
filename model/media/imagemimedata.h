#pragma once

#include "media/cardimageimport.h"

#include <QList>

class QMimeData;

// Pictures arriving by paste or drop, as the bytes importCardImage takes (QMimeData is Qt Core,
// so this stays in the model and is tested headless). What is offered, in this order:
//   1. file URLs (a drop or copy from the file manager): each local file is read with
//      readCardImageFile (its size limit before reading); a URL that is not a local file is
//      refused with a message, unless picture data is offered too (a browser's "Copy Image"
//      offers both the web address and the picture);
//   2. picture data by MIME type (image/png, image/jpeg, image/gif, image/bmp, image/webp):
//      the bytes as the other program wrote them, so the import's checks see the header
//      before anything is decoded;
//   3. a QImage (application/x-qt-image, e.g. copied within Waymark): written as PNG, when it
//      has no more pixels than InputLimits::maxImagePixels.
namespace waymark {

// True when the data offers something imagesFromMimeData could take (file URLs, picture data
// or an image); cheap, nothing is read: for accepting a drag and enabling Paste.
bool mimeDataMayHoldImages(const QMimeData &data);

// Every picture the data offers, in order; an entry with an error stands for one that could
// not be had (a missing file, a web address). Empty when the data offers no picture at all.
QList<CardImageInput> imagesFromMimeData(const QMimeData &data);

} // namespace waymark
