#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "testjourneys.h"
#include "workshopjourney.h"

#include "format/journeyjson.h"
#include "server/journeyparts.h"
#include "server/serverjourneys.h"
#include "server/serverschema.h"
#include "warehouse/postgresconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

using test::TestConnection;

namespace {

QString text(const Journey &journey)
{
    return test::journeyText(journey);
}

} // namespace

class TestServerJourneys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void splitAndAssembleWithoutServer()
    {
        const Journey journey = test::workshopJourney();
        const JourneyParts parts = splitJourney(journey);
        QCOMPARE(parts.cards.size(), journey.touchpoints.size());
        QCOMPARE(parts.comments.size(), journey.comments.size());
        QCOMPARE(parts.dots.size(), journey.votes.front().dots.size() + journey.votes.back().dots.size());
        FormatError error;
        const auto back = assembleJourney(parts, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(text(*back), text(journey));
    }

    // One card read alone (a live change of its field) is the card the whole journey reads,
    // for every card of a journey with personas, departments, pictures and arrows; what is
    // wrong with it is named on the card.
    void oneCardReadsAsTheWholeJourneyReadsIt()
    {
        Journey journey = test::workshopJourney();
        QVERIFY(!journey.connections.empty() && !journey.personas.empty() && !journey.departments.empty());
        Touchpoint &rich = journey.touchpoints[1];
        rich.personaIds = {journey.personas[0].id};
        rich.personaEmotions = {{journey.personas[0].id, 9}};
        rich.linkedJourney = QStringLiteral("Оплата картой");
        rich.evidence = Evidence::Measured;
        rich.authorId = journey.participants[0].id;
        const JourneyParts parts = splitJourney(journey);
        for (const Touchpoint &expected : journey.touchpoints) {
            FormatError error;
            const auto card = assembleCard(parts.base, expected.id, parts.cards.at(expected.id), &error);
            QVERIFY2(card, qPrintable(error.toString()));
            QVERIFY2(*card == expected, qPrintable(expected.title));
        }
        const Touchpoint &first = journey.touchpoints.front();
        const QString named = QStringLiteral("card ") + first.id.toString(QUuid::WithoutBraces);
        CardRow row = parts.cards.at(first.id);
        row.fields[QStringLiteral("department")] = QUuid::createUuid().toString(QUuid::WithoutBraces);
        FormatError error;
        QVERIFY(!assembleCard(parts.base, first.id, row, &error));
        QCOMPARE(error.path, named + QStringLiteral("/department"));
        row = parts.cards.at(first.id);
        QJsonObject effort = row.fields[QStringLiteral("effort")].toObject();
        effort[QStringLiteral("minutes")] = -5;
        row.fields[QStringLiteral("effort")] = effort;
        QVERIFY(!assembleCard(parts.base, first.id, row, &error));
        QCOMPARE(error.path, named + QStringLiteral("/effort/minutes"));
        row = parts.cards.at(first.id);
        row.stage = QUuid::createUuid();
        QVERIFY(!assembleCard(parts.base, first.id, row, &error));
        QCOMPARE(error.path, QStringLiteral("/stages"));
        row = parts.cards.at(first.id);
        row.lane = QUuid::createUuid();
        QVERIFY(!assembleCard(parts.base, first.id, row, &error));
        QCOMPARE(error.path, named + QStringLiteral("/lane"));
    }

    void schemaIsCreatedOnceAndAgainChangesNothing()
    {
        QVERIFY(mServer.createDatabase(QStringLiteral("schema")));
        TestConnection connection(mServer, QStringLiteral("schema"));
        QVERIFY2(connection.db().isOpen(), qPrintable(connection.db().lastError().text()));
        QString error;
        QCOMPARE(ServerSchema::versionOf(connection.db(), &error), std::optional<int>(0));
        QVERIFY2(ServerSchema::migrate(connection.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(connection.db(), &error), std::optional<int>(ServerSchema::version));
        QVERIFY2(ServerSchema::migrate(connection.db(), &error), qPrintable(error));
        QCOMPARE(mServer.psql(QStringLiteral("schema"), QStringLiteral("SELECT count(*) FROM waymark_schema")).value_or(QString()).trimmed(),
                 QStringLiteral("1"));
        const auto tables = mServer.psql(QStringLiteral("schema"),
                                         QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"));
        QCOMPARE(tables.value_or(QString()).trimmed(), QStringLiteral("cards,changes,comments,datasets,dots,journeys,locks,members,waymark_schema"));
    }

    void halfDoneMigrationIsFinished()
    {
        // A migration that died after creating some tables (version still 0) runs again cleanly.
        QVERIFY(mServer.createDatabase(QStringLiteral("halfdone")));
        QVERIFY(mServer.psql(QStringLiteral("halfdone"), QStringLiteral("CREATE TABLE waymark_schema (version integer NOT NULL); "
                                                                         "INSERT INTO waymark_schema VALUES (0); "
                                                                         "CREATE TABLE journeys (id uuid PRIMARY KEY, title text NOT NULL, "
                                                                         "created timestamptz NOT NULL DEFAULT now(), created_by text NOT NULL "
                                                                         "DEFAULT current_user, base jsonb NOT NULL, last_change bigint NOT NULL "
                                                                         "DEFAULT 0, last_changed timestamptz NOT NULL DEFAULT now())")));
        TestConnection connection(mServer, QStringLiteral("halfdone"));
        QString error;
        QVERIFY2(ServerSchema::migrate(connection.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(connection.db(), &error), std::optional<int>(ServerSchema::version));
    }

    void olderSchemaIsUpgradedOnOpening()
    {
        // A journey published when the schema was at version 1 (before roles): opening it
        // runs the missing migrations.
        QVERIFY(mServer.createDatabase(QStringLiteral("older")));
        TestConnection connection(mServer, QStringLiteral("older"));
        QString error;
        const Journey journey = test::smallJourney();
        QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        QVERIFY(mServer.psql(QStringLiteral("older"), QStringLiteral("UPDATE waymark_schema SET version = 1; "
                                                                      "ALTER TABLE cards DISABLE ROW LEVEL SECURITY; DROP FUNCTION waymark_may CASCADE")));
        QCOMPARE(ServerSchema::versionOf(connection.db(), &error), std::optional<int>(1));
        const auto opened = ServerJourneys::open(connection.db(), journey.id, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(text(*opened), text(journey));
        QCOMPARE(ServerSchema::versionOf(connection.db(), &error), std::optional<int>(ServerSchema::version));
        QCOMPARE(mServer.psql(QStringLiteral("older"), QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'cards'")).value_or(QString()).trimmed(),
                 QStringLiteral("t"));
        // And version 3's locks, with the trigger that guards the cards.
        QCOMPARE(mServer.psql(QStringLiteral("older"), QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'waymark_guard_cards'")).value_or(QString()).trimmed(),
                 QStringLiteral("1"));
        QCOMPARE(mServer.psql(QStringLiteral("older"), QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE relname = 'locks'")).value_or(QString()).trimmed(),
                 QStringLiteral("t"));
    }

    void newerSchemaIsRefused()
    {
        QVERIFY(mServer.createDatabase(QStringLiteral("newer")));
        TestConnection connection(mServer, QStringLiteral("newer"));
        QString error;
        QVERIFY2(ServerSchema::migrate(connection.db(), &error), qPrintable(error));
        QVERIFY(mServer.psql(QStringLiteral("newer"), QStringLiteral("UPDATE waymark_schema SET version = %1").arg(ServerSchema::version + 1)));
        QVERIFY(!ServerSchema::migrate(connection.db(), &error));
        QVERIFY2(error.contains(QString::number(ServerSchema::version + 1)) && error.contains(QStringLiteral("update Waymark")), qPrintable(error));
        QVERIFY(!ServerJourneys::publish(connection.db(), test::smallJourney(), &error));
        QVERIFY(!ServerJourneys::list(connection.db(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void publishedJourneyOpensEqual_data()
    {
        QTest::addColumn<Journey>("journey");
        QTest::newRow("bundled sample") << test::sampleJourney();
        QTest::newRow("small, Cyrillic and Hangul") << test::smallJourney();
        QTest::newRow("workshop: dots and comments") << test::workshopJourney();
        Journey withData = test::sampleJourney();
        withData.id = QUuid::createUuid();
        withData.datasets.push_back(DatasetRef(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"),
                                                                     QStringLiteral("nps"))));
        withData.datasets.push_back(DatasetRef(test::importedDataset(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv"),
                                                                     QStringLiteral("clv"))));
        QTest::newRow("sample with NPS and CLV data") << withData;
        test::GeneratorOptions options;
        options.stages = 8;
        options.lanes = 6;
        options.touchpoints = 400;
        options.connections = 60;
        options.seed = 2121;
        QTest::newRow("generated") << test::generateJourney(options);
    }

    void publishedJourneyOpensEqual()
    {
        QFETCH(Journey, journey);
        QVERIFY(!journey.touchpoints.empty());
        QVERIFY(mServer.createDatabase(QStringLiteral("roundtrip")) || mServer.psql(QStringLiteral("roundtrip"), QStringLiteral("SELECT 1")));
        TestConnection connection(mServer, QStringLiteral("roundtrip"));
        QString error;
        const auto id = ServerJourneys::publish(connection.db(), journey, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(*id, journey.id);
        const auto opened = ServerJourneys::open(connection.db(), *id, &error);
        QVERIFY2(opened, qPrintable(error));
        QCOMPARE(text(*opened), text(journey));
        // What the .waymark.json format keeps, the server keeps.
        FormatError fileError;
        const auto throughFile = JourneyJson::fromJson(JourneyJson::toJson(journey), &fileError);
        QVERIFY2(throughFile, qPrintable(fileError.toString()));
        QVERIFY(throughFile->sameContent(journey));
        QVERIFY(opened->sameContent(journey));

        const auto journeys = ServerJourneys::list(connection.db(), &error);
        QVERIFY2(journeys, qPrintable(error));
        const auto listed = std::find_if(journeys->cbegin(), journeys->cend(), [&](const ServerJourneyInfo &info) { return info.id == journey.id; });
        QVERIFY(listed != journeys->cend());
        QCOMPARE(listed->title, journey.title);
        QCOMPARE(listed->changes, 0);
        QVERIFY(listed->lastChanged.isValid());
        QCOMPARE(listed->createdBy, PostgresServer::superuser());

        // The same journey again is refused, naming what is there.
        QVERIFY(!ServerJourneys::publish(connection.db(), journey, &error));
        QVERIFY2(error.contains(journey.title), qPrintable(error));
    }

    void cellOrderIsKept()
    {
        // Several cards in one cell, not in id order: the keys keep the order of the original.
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        const Touchpoint first = journey.touchpoints.front();
        for (int i = 0; i < 40; ++i) {
            Touchpoint card = first;
            card.id = QUuid::createUuid();
            card.title = QStringLiteral("Карта %1 — 카드").arg(i);
            journey.touchpoints.push_back(card);
        }
        QVERIFY(mServer.createDatabase(QStringLiteral("order")));
        TestConnection connection(mServer, QStringLiteral("order"));
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        const auto opened = ServerJourneys::open(connection.db(), journey.id, &error);
        QVERIFY2(opened, qPrintable(error));
        QVERIFY(opened->sameContent(journey));
    }

    // A session reads only the changed or moved cards into its journey (serversessionstale.cpp):
    // after every edit and move — several between two readings, to another cell, first, last,
    // into an empty cell — both the writer's and a listener's journey are what reading the whole
    // journey again gives.
    void changedCardsAreReadAsTheWholeJourneyWouldBe()
    {
        Journey journey = test::workshopJourney();
        QVERIFY(mServer.createDatabase(QStringLiteral("stale")));
        {
            TestConnection connection(mServer, QStringLiteral("stale"));
            QString error;
            QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        }
        auto a = test::authorSession(mServer, QStringLiteral("stale"), journey.id, QStringLiteral("Ана"));
        auto b = test::authorSession(mServer, QStringLiteral("stale"), journey.id, QStringLiteral("Богдан"));
        QVERIFY(a && b);
        const auto wholeOf = [](const ServerSession &session) {
            FormatError problem;
            const auto whole = assembleJourney(session.parts(), &problem);
            return whole ? text(*whole) : problem.toString();
        };
        const auto same = [&] {
            test::settleSessions(mServer, QStringLiteral("stale"), {a.get(), b.get()}, 10000);
            QCOMPARE(text(a->journey()), wholeOf(*a));
            QCOMPARE(text(b->journey()), wholeOf(*b));
        };
        (void)a->journey(), (void)b->journey(); // read whole once: from here on, card by card
        QString error;
        const auto &cards = journey.touchpoints;
        const QUuid lastStage = journey.stages.back().id;
        QVERIFY2(a->setCardField(cards[0].id, QStringLiteral("title"), QStringLiteral("Новое"), &error), qPrintable(error));
        same();
        // Moved to another stage's first place, then after a card of its new cell, twice between readings.
        QVERIFY2(a->moveCard(cards[0].id, lastStage, cards[0].laneId, {}, &error), qPrintable(error));
        same();
        QVERIFY2(a->moveCard(cards[1].id, cards[2].stageId, cards[2].laneId, cards[2].id, &error), qPrintable(error));
        QVERIFY2(a->moveCard(cards[3].id, cards[2].stageId, cards[2].laneId, {}, &error), qPrintable(error));
        QVERIFY2(a->setCardField(cards[3].id, QStringLiteral("notes"), QStringLiteral("и заметка"), &error), qPrintable(error));
        same();
        // Into every lane of the first stage in turn, the last one most likely empty.
        for (const Lane &lane : journey.lanes) {
            QVERIFY2(b->moveCard(cards[4].id, journey.stages.front().id, lane.id, {}, &error), qPrintable(error));
            same();
        }
        Touchpoint edited = *a->journey().touchpoint(cards[5].id);
        edited.effort.minutes = 42;
        edited.painPoint = !edited.painPoint;
        QVERIFY2(a->editCard(edited, &error), qPrintable(error));
        same();
        QCOMPARE(b->journey().touchpoint(cards[5].id)->effort.minutes, 42.0);
    }

    void damagedRowsAreNamed()
    {
        QVERIFY(mServer.createDatabase(QStringLiteral("damaged")));
        TestConnection connection(mServer, QStringLiteral("damaged"));
        const Journey journey = test::smallJourney();
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        const QString card = journey.touchpoints.front().id.toString(QUuid::WithoutBraces);
        QVERIFY(mServer.psql(QStringLiteral("damaged"),
                             QStringLiteral("UPDATE cards SET fields = jsonb_set(fields, '{effort,emotion}', '42') WHERE id = '%1'").arg(card)));
        QVERIFY(!ServerJourneys::open(connection.db(), journey.id, &error));
        QVERIFY2(error.contains(QStringLiteral("/effort/emotion")), qPrintable(error));

        QVERIFY(mServer.psql(QStringLiteral("damaged"), QStringLiteral("UPDATE journeys SET base = '[1]'")));
        QVERIFY(!ServerJourneys::open(connection.db(), journey.id, &error));
        QVERIFY2(error.contains(QStringLiteral("table journeys")) && error.contains(QStringLiteral("column base")), qPrintable(error));

        const QUuid unknown = QUuid::createUuid();
        QVERIFY(!ServerJourneys::open(connection.db(), unknown, &error));
        QVERIFY2(error.contains(unknown.toString(QUuid::WithoutBraces)), qPrintable(error));
    }

    void emptyDatabaseListsNothing()
    {
        QVERIFY(mServer.createDatabase(QStringLiteral("empty")));
        TestConnection connection(mServer, QStringLiteral("empty"));
        QString error;
        const auto journeys = ServerJourneys::list(connection.db(), &error);
        QVERIFY2(journeys, qPrintable(error));
        QVERIFY(journeys->empty());
        QVERIFY(!ServerJourneys::open(connection.db(), QUuid::createUuid(), &error));
        QVERIFY2(error.contains(QStringLiteral("no Waymark journeys")), qPrintable(error));
    }

private:
    PostgresServer mServer;
};

QTEST_GUILESS_MAIN(TestServerJourneys)
#include "tst_serverjourneys.moc"
