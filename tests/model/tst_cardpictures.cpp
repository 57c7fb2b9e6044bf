// Pictures on cards and persona photos (issue 19) in the journey: kept by both file formats
// (bytes, thumbnail, caption, order), checked as journey rules and when read from a file,
// added, captioned, moved and removed by undoable steps, copied with fresh ids.
#include "commands/cardpictures.h"
#include "commands/pastecards.h"
#include "format/cardtransfer.h"
#include "format/journeyfiles.h"
#include "format/journeyjson.h"
#include "inputlimits.h"
#include "journeydocument.h"
#include "media/cardimageimport.h"
#include "templates/templatecopy.h"
#include "testjourneys.h"

#include "format/rawsqlite.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using waymark::test::firstProblem;
using waymark::test::hasProblem;
using waymark::test::RawSqlite;

namespace {

// A real imported picture: `side` pixels square, a gradient (stored as JPEG) or flat (PNG).
CardImage picture(int side, bool photo, const QString &name = QStringLiteral("wall.png"))
{
    QImage image(side, side, QImage::Format_RGB32);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.setPixel(x, y, photo ? qRgb(x * 255 / side, y * 255 / side, (x * y) % 256) : qRgb(40, 90, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    CardImageImport imported = importCardImage(png, name);
    return imported.image;
}

Journey withPictures()
{
    Journey journey = test::smallJourney();
    Touchpoint &card = journey.touchpoints.front();
    card.images = {picture(600, true), picture(40, false, QString())};
    card.images[0].caption = QStringLiteral("Стена со стикерами — 벽");
    journey.personas.front().photo = picture(300, true, QStringLiteral("ana.jpg"));
    return journey;
}

} // namespace

class TestCardPictures : public QObject
{
    Q_OBJECT
private slots:
    void importedPicturesAreSoundJourneyParts()
    {
        const Journey journey = withPictures();
        const Touchpoint &card = journey.touchpoints.front();
        QCOMPARE(card.images[0].format, QByteArray("jpeg"));
        QVERIFY(!card.images[0].thumbnail.isEmpty()); // 600 px: larger than a thumbnail
        QCOMPARE(card.images[1].format, QByteArray("png"));
        QVERIFY(card.images[1].thumbnail.isEmpty()); // 40 px: its own thumbnail
        QVERIFY2(journey.problems().empty(), qPrintable(firstProblem(journey)));
        Touchpoint before = card;
        before.images.clear();
        QCOMPARE(changedFields(before, card), TouchpointFields(TouchpointField::Images));
    }

    void keptByBothFileFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("native") << QStringLiteral("j.waymark");
        QTest::newRow("json") << QStringLiteral("j.waymark.json");
    }

    void keptByBothFileFormats()
    {
        QFETCH(QString, name);
        const Journey journey = withPictures();
        QTemporaryDir dir;
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, dir.filePath(name), &error), qPrintable(error.toString()));
        const auto back = readJourneyFile(dir.filePath(name), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->sameContent(journey));
        const std::vector<CardImage> &pictures = back->touchpoints.front().images;
        QCOMPARE(pictures.size(), std::size_t(2));
        QCOMPARE(pictures[0].bytes, journey.touchpoints.front().images[0].bytes); // byte for byte
        QCOMPARE(pictures[0].thumbnail, journey.touchpoints.front().images[0].thumbnail);
        QCOMPARE(pictures[0].caption, QStringLiteral("Стена со стикерами — 벽"));
        QCOMPARE(pictures[1].originalName, QString());
        QVERIFY(pictures[1].thumbnail.isEmpty());
        QCOMPARE(back->personas.front().photo, journey.personas.front().photo);
        QVERIFY(!decodeCardImage(pictures[0].bytes, pictures[0].format).image.isNull());
    }

    void storedPictureRulesAreNamed()
    {
        Journey journey = withPictures();
        CardImage &first = journey.touchpoints.front().images[0];
        first.format = "gif";
        QVERIFY(hasProblem(journey, QStringLiteral("neither JPEG nor PNG")));
        QVERIFY(hasProblem(journey, QStringLiteral("/images/0")));
        first.format = "jpeg";
        first.size = QSize(4096, 10);
        QVERIFY(hasProblem(journey, QStringLiteral("is not from 1 to 2,048")) || hasProblem(journey, QStringLiteral("is not from 1 to 2048")));
        first.size = QSize(600, 600);
        first.bytes.clear();
        QVERIFY(hasProblem(journey, QStringLiteral("the picture is empty")));
        journey = withPictures();
        journey.touchpoints.back().images = {journey.touchpoints.front().images[0]}; // the same id twice
        QVERIFY(hasProblem(journey, QStringLiteral("duplicate id")));
        journey = withPictures();
        journey.touchpoints.front().images.resize(std::size_t(InputLimits::maxCardImages + 1), journey.touchpoints.front().images[1]);
        QVERIFY(hasProblem(journey, QStringLiteral("a card holds at most 50")));
        journey = withPictures();
        journey.personas.front().photo.size = QSize(0, 5);
        QVERIFY(hasProblem(journey, QStringLiteral("/personas/0/photo")));
    }

    void damagedPicturesInANativeFileAreNamed_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("picture stored as text") << QByteArray("UPDATE card_images SET data = 'not a picture' WHERE position = 0")
                                                << QStringLiteral("Table “card_images”, row 1, column “data” holds text where binary data belongs");
        QTest::newRow("width off the scale") << QByteArray("UPDATE card_images SET width = 99999999999 WHERE position = 1")
                                             << QStringLiteral("Card picture 2 has a size of 99999999999 × 40 pixels");
        QTest::newRow("a card that does not exist") << QByteArray("UPDATE card_images SET touchpoint = 4000 WHERE position = 0")
                                                    << QStringLiteral("names card 4001, but the journey has");
        QTest::newRow("a persona that does not exist") << QByteArray("UPDATE persona_photos SET persona = 7")
                                                       << QStringLiteral("Persona photo 1 names persona 8");
        QTest::newRow("a tiff") << QByteArray("UPDATE card_images SET format = 'tiff' WHERE position = 0")
                                << QStringLiteral("neither JPEG nor PNG");
    }

    void damagedPicturesInANativeFileAreNamed()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.waymark"));
        FormatError error;
        QVERIFY(writeJourneyFile(withPictures(), path, &error));
        {
            RawSqlite db(path);
            QVERIFY2(db.exec(sql), qPrintable(db.error()));
        }
        QVERIFY(!readJourneyFile(path, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void badPicturesInJsonArePointedAt()
    {
        const Journey journey = withPictures();
        const QByteArray json = JourneyJson::toJson(journey);
        FormatError error;
        QVERIFY2(JourneyJson::fromJson(json, &error), qPrintable(error.toString()));

        QByteArray badBase64 = json;
        const QByteArray data = journey.touchpoints.front().images[1].bytes.toBase64();
        QVERIFY(badBase64.contains(data));
        badBase64.replace(data, "!!" + data.mid(2));
        QVERIFY(!JourneyJson::fromJson(badBase64, &error));
        QVERIFY2(error.path.endsWith(QStringLiteral("/touchpoints/0/images/1/data")), qPrintable(error.path));
        QVERIFY2(error.message.contains(QStringLiteral("base64")), qPrintable(error.message));

        QByteArray tiff = json;
        tiff.replace("\"format\": \"png\"", "\"format\": \"tiff\"");
        QVERIFY(tiff != json);
        QVERIFY(!JourneyJson::fromJson(tiff, &error));
        QVERIFY2(error.path.endsWith(QStringLiteral("/images/1/format")), qPrintable(error.path));

        QByteArray photo = json;
        photo.replace("\"width\": 300", "\"width\": 3000");
        QVERIFY(photo != json);
        QVERIFY(!JourneyJson::fromJson(photo, &error));
        QVERIFY2(error.path == QStringLiteral("/personas/0/photo/width"), qPrintable(error.path));
    }

    void everyChangeIsOneUndoStep()
    {
        Journey start = withPictures();
        JourneyDocument document(start);
        const QUuid card = start.touchpoints.front().id;
        const CardImage extra = picture(64, false, QStringLiteral("letter.png"));
        qsizetype left = -1;
        document.push(addCardPictures(&document, card, {extra}, &left));
        QCOMPARE(left, qsizetype(0));
        QCOMPARE(document.journey().touchpoint(card)->images.size(), std::size_t(3));
        QVERIFY2(document.undoStack()->undoText().startsWith(QStringLiteral("Add 1 Picture")), qPrintable(document.undoStack()->undoText()));

        document.push(setCardPictureCaption(&document, card, extra.id, QStringLiteral("L")));
        document.push(setCardPictureCaption(&document, card, extra.id, QStringLiteral("Letter")));
        QCOMPARE(document.undoStack()->count(), 2); // typing merges
        QCOMPARE(document.journey().touchpoint(card)->images[2].caption, QStringLiteral("Letter"));
        QVERIFY(!setCardPictureCaption(&document, card, extra.id, QStringLiteral("Letter"))); // nothing to do

        document.push(moveCardPicture(&document, card, extra.id, 0));
        QCOMPARE(document.journey().touchpoint(card)->images[0].id, extra.id); // now the one on the card
        document.push(removeCardPicture(&document, card, extra.id));
        QCOMPARE(document.journey().touchpoint(card)->images.size(), std::size_t(2));
        QVERIFY(!removeCardPicture(&document, card, extra.id));
        QVERIFY(!removeCardPicture(&document, QUuid::createUuid(), start.touchpoints.front().images[0].id));

        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QVERIFY(document.journey() == start);
    }

    void aFullCardTakesNoMore()
    {
        Journey start = test::smallJourney();
        const CardImage one = picture(16, false);
        start.touchpoints.front().images.assign(std::size_t(InputLimits::maxCardImages - 1), one);
        for (std::size_t i = 0; i < start.touchpoints.front().images.size(); ++i)
            start.touchpoints.front().images[i].id = QUuid::createUuid();
        JourneyDocument document(start);
        std::vector<CardImage> three{picture(16, false), picture(16, false), picture(16, false)};
        qsizetype left = 0;
        document.push(addCardPictures(&document, start.touchpoints.front().id, three, &left));
        QCOMPARE(left, qsizetype(2));
        QCOMPARE(qsizetype(document.journey().touchpoints.front().images.size()), InputLimits::maxCardImages);
        QVERIFY(!addCardPictures(&document, start.touchpoints.front().id, three, &left));
        QCOMPARE(left, qsizetype(3));
    }

    void copiesGetFreshPictureIds()
    {
        const Journey journey = withPictures();
        const QUuid card = journey.touchpoints.front().id;
        JourneyDocument document(journey);
        document.push(new DuplicateCards(&document, {card}));
        QVERIFY2(document.journey().problems().empty(), qPrintable(firstProblem(document.journey())));
        document.push(new PasteCards(&document, copyCards(journey, {card}), journey.stages[0].id, journey.lanes[0].id, -1));
        QVERIFY2(document.journey().problems().empty(), qPrintable(firstProblem(document.journey())));
        int withTheWall = 0;
        for (const Touchpoint &each : document.journey().touchpoints)
            withTheWall += int(!each.images.empty() && each.images[0].bytes == journey.touchpoints.front().images[0].bytes);
        QCOMPARE(withTheWall, 3);
        const Journey fresh = withFreshIds(journey);
        QVERIFY(fresh.problems().empty());
        QVERIFY(fresh.touchpoints.front().images[0].id != journey.touchpoints.front().images[0].id);
        QVERIFY(fresh.personas.front().photo.id != journey.personas.front().photo.id);
    }
};

QTEST_GUILESS_MAIN(TestCardPictures)
#include "tst_cardpictures.moc"
