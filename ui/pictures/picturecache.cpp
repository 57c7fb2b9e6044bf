#include "picturecache.h"

#include <QCache>

namespace waymark::PictureCache {

namespace {

// Costs in KiB: thumbnails are small and many, full pictures large and few.
QCache<QUuid, QImage> &thumbnails()
{
    static QCache<QUuid, QImage> cache(32 * 1024);
    return cache;
}

QCache<QUuid, QImage> &pictures()
{
    static QCache<QUuid, QImage> cache(96 * 1024);
    return cache;
}

int costOf(const QImage &image)
{
    return int(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
}

} // namespace

QImage thumbnail(const CardImage &picture)
{
    if (const QImage *cached = thumbnails().object(picture.id))
        return *cached;
    QImage image = cardImageThumbnail(picture);
    thumbnails().insert(picture.id, new QImage(image), costOf(image)); // a null one too: no retry on every paint
    return image;
}

QImage full(const CardImage &picture, QString *error)
{
    if (const QImage *cached = pictures().object(picture.id))
        return *cached;
    DecodedCardImage decoded = decodeCardImage(picture.bytes, picture.format);
    if (error)
        *error = decoded.error;
    if (!decoded.image.isNull())
        pictures().insert(picture.id, new QImage(decoded.image), costOf(decoded.image));
    return decoded.image;
}

} // namespace waymark::PictureCache
