#include "format/waymarkpictures.h"

#include "format/waymarkids.h"
#include "format/waymarkreading.h"
#include "inputlimits.h"
#include "journey.h"

namespace waymark {

namespace {

using WaymarkIds::idText;

constexpr const char *pictureColumns = "id, format, width, height, caption, original_name, data, thumbnail";

// Blobs must be stored as blobs: text would be a picture the file never held.
QByteArray blobOf(const SqliteStatement &row, int column, const QString &what, const QString &field)
{
    if (!row.isBlob(column))
        throw ReadFailure{WaymarkText::tr("%1 has %2 that is not stored as binary data").arg(what, field)};
    const QByteArrayView bytes = row.blob(column);
    return QByteArray(bytes.data(), bytes.size());
}

// The columns of pictureColumns, starting at `first`.
CardImage pictureOf(const SqliteStatement &row, int first, const QString &what)
{
    CardImage picture;
    picture.id = uuidOf(row, first, what);
    picture.format = row.text(first + 1).toLatin1();
    const qint64 width = integerOf(row, first + 2, what, WaymarkText::tr("width"));
    const qint64 height = integerOf(row, first + 3, what, WaymarkText::tr("height"));
    // Checked here, before the narrowing to int could wrap a wild value into range.
    if (width < 1 || height < 1 || width > InputLimits::maxCardImageSide || height > InputLimits::maxCardImageSide)
        throw ReadFailure{WaymarkText::tr("%1 has a size of %2 × %3 pixels").arg(what).arg(width).arg(height)};
    picture.size = QSize(int(width), int(height));
    picture.caption = row.text(first + 4);
    picture.originalName = row.text(first + 5);
    picture.bytes = blobOf(row, first + 6, what, WaymarkText::tr("the picture"));
    if (!row.isNull(first + 7))
        picture.thumbnail = blobOf(row, first + 7, what, WaymarkText::tr("the thumbnail"));
    return picture;
}

void bindPicture(SqliteStatement &statement, int first, const CardImage &picture)
{
    statement.bind(first, idText(picture.id));
    statement.bind(first + 1, QString::fromLatin1(picture.format));
    statement.bind(first + 2, qint64(picture.size.width()));
    statement.bind(first + 3, qint64(picture.size.height()));
    statement.bind(first + 4, picture.caption);
    statement.bind(first + 5, picture.originalName);
    statement.bindBlob(first + 6, picture.bytes);
    statement.bindBlob(first + 7, picture.thumbnail); // none: NULL
}

} // namespace

void readPictures(SqliteDatabase &db, Journey &journey)
{
    const QByteArray cards = QByteArray("SELECT touchpoint, ") + pictureColumns + " FROM card_images ORDER BY touchpoint, position";
    forEachRow(db, cards.constData(), [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Card picture %1").arg(n + 1);
        const qint64 card = integerOf(row, 0, what, WaymarkText::tr("card"));
        if (card < 0 || card >= qint64(journey.touchpoints.size()))
            throw ReadFailure{WaymarkText::tr("%1 names card %2, but the journey has %3 cards").arg(what).arg(card + 1).arg(journey.touchpoints.size())};
        journey.touchpoints[std::size_t(card)].images.push_back(pictureOf(row, 1, what));
    });
    const QByteArray photos = QByteArray("SELECT persona, ") + pictureColumns + " FROM persona_photos ORDER BY persona";
    forEachRow(db, photos.constData(), [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Persona photo %1").arg(n + 1);
        const qint64 persona = integerOf(row, 0, what, WaymarkText::tr("persona"));
        if (persona < 0 || persona >= qint64(journey.personas.size()))
            throw ReadFailure{WaymarkText::tr("%1 names persona %2, but the journey has %3 personas").arg(what).arg(persona + 1).arg(journey.personas.size())};
        journey.personas[std::size_t(persona)].photo = pictureOf(row, 1, what);
    });
}

bool writePictures(SqliteDatabase &db, const Journey &journey)
{
    bool ok = true;
    SqliteStatement card = db.prepare("INSERT INTO card_images VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (std::size_t i = 0; ok && i < journey.touchpoints.size(); ++i) {
        const std::vector<CardImage> &pictures = journey.touchpoints[i].images;
        for (std::size_t n = 0; ok && n < pictures.size(); ++n) {
            card.bind(1, qint64(i));
            card.bind(2, qint64(n));
            bindPicture(card, 3, pictures[n]);
            ok = card.exec();
        }
    }
    SqliteStatement photo = db.prepare("INSERT INTO persona_photos VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (std::size_t i = 0; ok && i < journey.personas.size(); ++i) {
        if (journey.personas[i].photo.isNull())
            continue;
        photo.bind(1, qint64(i));
        bindPicture(photo, 2, journey.personas[i].photo);
        ok = photo.exec();
    }
    return ok;
}

} // namespace waymark
