#pragma once

#include "media/cardimage.h"

#include <QImage>

// Decoded card pictures for the screen, kept by picture id: a map of a hundred cards with
// pictures repaints without decoding a JPEG each time. Pictures never change under an id
// (a new picture gets a new id), so nothing goes stale; the least recently used go first.
namespace waymark::PictureCache {

// The picture's thumbnail (at most cardImageThumbnailSide a side); null if it cannot be read.
QImage thumbnail(const CardImage &picture);
// The whole picture; `error` (optional) says why it is null.
QImage full(const CardImage &picture, QString *error = nullptr);

} // namespace waymark::PictureCache
