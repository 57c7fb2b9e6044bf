// Stages, lanes and departments edited live (issue 21; server schema 4): a facilitator adds,
// renames, moves and removes them while participants edit cards, every window ends with the
// journey the database holds, a participant's structure write is refused by the database
// (through Waymark and through SQL typed by hand), and undo takes back one's own edit unless
// someone changed that thing since.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "commands/addtouchpoint.h"
#include "commands/editentity.h"
#include "commands/removedepartment.h"
#include "commands/removelane.h"
#include "commands/removestage.h"
#include "commands/reorderentity.h"
#include "journeydocument.h"
#include "server/serverschema.h"
#include "server/serverstructure.h"
#include "server/sharedjourney.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One person's window without widgets: the document the views would show, its session and
// the bridge between them (as tst_sharedjourney).
using Window = test::SharedWindow;

// What the map shows: stages, lanes, departments and the cards in their cells.
QString mapText(const Journey &journey)
{
    Journey map;
    map.stages = journey.stages;
    map.lanes = journey.lanes;
    map.departments = journey.departments;
    map.touchpoints = journey.touchpoints;
    map.connections = journey.connections;
    return test::journeyText(map);
}

QStringList names(const std::vector<Stage> &stages)
{
    QStringList list;
    for (const Stage &stage : stages)
        list << stage.name;
    return list;
}

int cardsIn(const Journey &journey, const QUuid &stage, const QUuid &lane)
{
    return int(std::count_if(journey.touchpoints.begin(), journey.touchpoints.end(), [&](const Touchpoint &card) {
        return (stage.isNull() || card.stageId == stage) && (lane.isNull() || card.laneId == lane);
    }));
}

} // namespace

class TestServerStructure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE sam LOGIN IN ROLE waymark_participant"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("structure%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // The facilitator adds, renames and moves stages and lanes, gives a lane a new department
    // and renames it, while a participant edits and adds cards (one in the new stage): both
    // windows and a third session end with what the database holds.
    void facilitatorEditsWhileParticipantEditsCards()
    {
        auto fay = open(QStringLiteral("fay"));
        auto sam = open(QStringLiteral("sam"));
        auto watcher = session(QStringLiteral("flo"));
        QVERIFY(fay && sam && watcher);
        QSignalSpy stagesInSam(sam->doc(), &JourneyDocument::stageInserted);
        QSignalSpy lanesChangedInSam(sam->doc(), &JourneyDocument::laneChanged);
        QSignalSpy reorderedInSam(sam->doc(), &JourneyDocument::stagesReordered);
        JourneyDocument *doc = fay->doc();

        const Stage stage{QUuid::createUuid(), QStringLiteral("Возврат · 반품"), QStringLiteral("после покупки")};
        doc->push(new AddEntity<Stage>(doc, 1, stage));
        // Sam, not yet having seen it, edits a card; then adds one in the new stage.
        Touchpoint edited = sam->doc()->journey().touchpoints[0];
        edited.title = QStringLiteral("Очередь, правка Сэма");
        sam->doc()->push(new EditTouchpoint(sam->doc(), edited));
        QTRY_COMPARE_WITH_TIMEOUT(int(sam->doc()->journey().stages.size()), int(mJourney.stages.size()) + 1, settleMs);
        QCOMPARE(stagesInSam.size(), 1);
        Touchpoint added;
        added.id = QUuid::createUuid();
        added.stageId = stage.id;
        added.laneId = mJourney.lanes[1].id;
        added.title = QStringLiteral("Карта в новом этапе");
        added.effort.money.currency = mJourney.currency;
        sam->doc()->push(new AddTouchpoint(sam->doc(), added, -1));

        Stage renamed = stage;
        renamed.name = QStringLiteral("Возврат товара");
        doc->push(new EditStage(doc, renamed));
        doc->push(new ReorderEntity<Stage>(doc, 1, int(doc->journey().stages.size()) - 1)); // to the end
        doc->push(new ReorderEntity<Lane>(doc, 0, 2));
        const Department legal{QUuid::createUuid(), QStringLiteral("Юристы"), QColor(QStringLiteral("#8040a0"))};
        doc->push(new AddEntity<Department>(doc, legal));
        Lane lane = mJourney.lanes[1]; // a plain touchpoints lane
        QCOMPARE(lane.kind, LaneKind::Touchpoints);
        lane.name = QStringLiteral("Юридическая линия");
        lane.kind = LaneKind::Department;
        lane.zone = OfficeZone::Back;
        lane.departmentId = legal.id;
        doc->push(new EditLane(doc, lane));
        Department renamedLegal = legal;
        renamedLegal.name = QStringLiteral("Правовой отдел");
        doc->push(new EditDepartment(doc, renamedLegal));

        QTRY_COMPARE_WITH_TIMEOUT(sam->session->lastSeenChange(), fay->session->lastSeenChange(), settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(watcher->lastSeenChange(), fay->session->lastSeenChange(), settleMs);
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(QLatin1Char('\n'))));
        QVERIFY2(sam->refusals.isEmpty(), qPrintable(sam->refusals.join(QLatin1Char('\n'))));
        QVERIFY(!lanesChangedInSam.isEmpty());
        QVERIFY(!reorderedInSam.isEmpty());

        const Journey server = opened();
        QCOMPARE(server.stages.back().name, renamed.name);
        QCOMPARE(server.departments.back().name, renamedLegal.name);
        QVERIFY(server.touchpoint(added.id));
        QCOMPARE(server.touchpoint(edited.id)->title, edited.title);
        QCOMPARE(mapText(fay->doc()->journey()), mapText(server));
        QCOMPARE(mapText(sam->doc()->journey()), mapText(server));
        QCOMPARE(test::journeyText(watcher->journey()), test::journeyText(server));
        QCOMPARE(test::journeyText(sam->session->journey()), test::journeyText(server));
    }

    // Removing a stage or a lane takes its cards (and the arrows at them) everywhere, as in
    // the window; removing a department leaves its lanes and cards without one.
    void removalsGoEverywhereAsInTheWindow()
    {
        auto fay = open(QStringLiteral("fay"));
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        const Stage stage = mJourney.stages[0];
        const int before = cardsIn(mJourney, {}, {});
        const int inStage = cardsIn(mJourney, stage.id, {});
        QVERIFY(inStage > 0);
        fay->doc()->push(new RemoveStage(fay->doc(), stage.id));
        QTRY_COMPARE_WITH_TIMEOUT(int(sam->doc()->journey().stages.size()), int(mJourney.stages.size()) - 1, settleMs);
        QCOMPARE(cardsIn(sam->doc()->journey(), {}, {}), before - inStage);
        QCOMPARE(cardsIn(sam->doc()->journey(), stage.id, {}), 0);

        // A lane with cards in the stages that are left.
        const Lane lane = mJourney.lanes[0];
        QVERIFY(cardsIn(fay->doc()->journey(), {}, lane.id) > 0);
        fay->doc()->push(new RemoveLane(fay->doc(), lane.id));
        QTRY_COMPARE_WITH_TIMEOUT(int(sam->doc()->journey().lanes.size()), int(mJourney.lanes.size()) - 1, settleMs);
        QCOMPARE(cardsIn(sam->doc()->journey(), {}, lane.id), 0);

        QVERIFY(!mJourney.departments.empty());
        const Department department = mJourney.departments[0];
        fay->doc()->push(new RemoveDepartment(fay->doc(), department.id));
        QTRY_COMPARE_WITH_TIMEOUT(int(sam->doc()->journey().departments.size()), int(mJourney.departments.size()) - 1, settleMs);
        for (const Lane &left : sam->doc()->journey().lanes)
            QVERIFY(left.departmentId != department.id);
        for (const Touchpoint &card : sam->doc()->journey().touchpoints)
            QVERIFY(card.departmentId != department.id);

        QTRY_COMPARE_WITH_TIMEOUT(sam->session->lastSeenChange(), fay->session->lastSeenChange(), settleMs);
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(QLatin1Char('\n'))));
        const Journey server = opened();
        QCOMPARE(mapText(fay->doc()->journey()), mapText(server));
        QCOMPARE(mapText(sam->doc()->journey()), mapText(server));
        // The single-user app's removal gives the same map.
        JourneyDocument alone(mJourney);
        alone.push(new RemoveStage(&alone, stage.id));
        alone.push(new RemoveLane(&alone, lane.id));
        alone.push(new RemoveDepartment(&alone, department.id));
        QCOMPARE(mapText(server), mapText(alone.journey()));
    }

    // A participant may not change the structure: the database refuses, naming the rule,
    // through Waymark and through SQL typed by hand; their window takes the step back.
    void aParticipantsStructureWriteIsRefused()
    {
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(sam);
        QString error;
        QJsonObject item{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("name"), QStringLiteral("Самовольный")},
                         {QStringLiteral("description"), QString()}};
        QVERIFY(!sam->session->addStructure(ServerChangeKind::stage, item, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-structure")), qPrintable(error));
        QVERIFY(!sam->session->setStructureField(ServerChangeKind::lane, mJourney.lanes[0].id, QStringLiteral("name"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-structure")), qPrintable(error));
        // A removal would delete the stage's cards first: all of it is rolled back.
        QVERIFY(!sam->session->removeStructure(ServerChangeKind::stage, mJourney.stages[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-structure")), qPrintable(error));
        QCOMPARE(cardsIn(opened(), mJourney.stages[0].id, {}), cardsIn(mJourney, mJourney.stages[0].id, {}));

        Stage renamed = mJourney.stages[1];
        renamed.name = QStringLiteral("Переименовал участник");
        sam->doc()->push(new EditStage(sam->doc(), renamed));
        QCOMPARE(sam->doc()->journey().stages[1].name, mJourney.stages[1].name);
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals.front().contains(QStringLiteral("facilitators-structure")), qPrintable(sam->refusals.front()));

        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{stages,0,name}', '\"by hand\"') WHERE id = '%1'")
                                .arg(idText(mJourney.id))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule facilitators-structure")),
                 qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) "
                                           "VALUES ('%1', 'sam', 0, 'stage', '%2', 'name', '\"x\"')")
                                .arg(idText(mJourney.id), idText(mJourney.stages[0].id))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule facilitators-structure")),
                 qPrintable(query.lastError().databaseText()));
        // The arrows in `base` stay theirs to change (they go with a deleted card).
        QVERIFY2(query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{connections}', base->'connections') WHERE id = '%1'")
                                .arg(idText(mJourney.id))),
                 qPrintable(query.lastError().databaseText()));
        QCOMPARE(opened().stages[0].name, mJourney.stages[0].name);
    }

    // Undo of one's own structure edit: a rename, a move, a removal with its cards; refused,
    // naming who, when someone changed that thing since.
    void undoTakesBackOnlyWhatNobodyChangedSince()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(fay && flo && sam);
        JourneyDocument *doc = fay->doc();
        QString error;

        Stage renamed = mJourney.stages[0];
        renamed.name = QStringLiteral("Переименован");
        doc->push(new EditStage(doc, renamed));
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sam->doc()->journey().stages[0].name, mJourney.stages[0].name, settleMs);

        doc->push(new ReorderEntity<Lane>(doc, 0, 3));
        QTRY_COMPARE_WITH_TIMEOUT(sam->doc()->journey().lanes[3].id, mJourney.lanes[0].id, settleMs);
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sam->doc()->journey().lanes[0].id, mJourney.lanes[0].id, settleMs);

        const Stage gone = mJourney.stages[1];
        const int inStage = cardsIn(mJourney, gone.id, {});
        QVERIFY(inStage > 0);
        doc->push(new RemoveStage(doc, gone.id));
        QTRY_COMPARE_WITH_TIMEOUT(cardsIn(sam->doc()->journey(), gone.id, {}), 0, settleMs);
        QVERIFY2(fay->shared->undo(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(cardsIn(sam->doc()->journey(), gone.id, {}), inStage, settleMs);
        QCOMPARE(names(sam->doc()->journey().stages), names(mJourney.stages));

        // Flo renames the stage after Fay: Fay's undo is refused, naming Flo.
        renamed.name = QStringLiteral("Имя Фэй");
        doc->push(new EditStage(doc, renamed));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().stages[0].name, renamed.name, settleMs);
        Stage florence = renamed;
        florence.name = QStringLiteral("Имя Фло");
        flo->doc()->push(new EditStage(flo->doc(), florence));
        QTRY_COMPARE_WITH_TIMEOUT(doc->journey().stages[0].name, florence.name, settleMs);
        QVERIFY(!fay->shared->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("flo")), qPrintable(error));
        QCOMPARE(opened().stages[0].name, florence.name);

        // A new stage that Sam put a card in meanwhile: undoing its addition would take Sam's card.
        const Stage fresh{QUuid::createUuid(), QStringLiteral("Новый"), {}};
        doc->push(new AddEntity<Stage>(doc, fresh));
        QTRY_VERIFY_WITH_TIMEOUT(sam->doc()->journey().stage(fresh.id), settleMs);
        Touchpoint card;
        card.id = QUuid::createUuid();
        card.stageId = fresh.id;
        card.laneId = mJourney.lanes[1].id;
        card.title = QStringLiteral("Карта Сэма");
        card.effort.money.currency = mJourney.currency;
        sam->doc()->push(new AddTouchpoint(sam->doc(), card, -1));
        QTRY_VERIFY_WITH_TIMEOUT(doc->journey().touchpoint(card.id), settleMs);
        QVERIFY(!fay->shared->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("sam")), qPrintable(error));
        QVERIFY(opened().touchpoint(card.id));
        QVERIFY2(sam->refusals.isEmpty(), qPrintable(sam->refusals.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(sam->session->lastSeenChange(), fay->session->lastSeenChange(), settleMs);
        QCOMPARE(mapText(sam->doc()->journey()), mapText(opened()));
        QCOMPARE(mapText(doc->journey()), mapText(opened()));
    }

    // The lane goes while someone edits a card in it. Edited just before (the facilitator had
    // not seen it): the edit goes with the lane and its author is told. Edited just after (the
    // participant had not seen the removal): refused, naming who removed the lane; adding a
    // card there is refused by the database. Everyone ends with the database's journey.
    void removingALaneHoldingACardJustEdited()
    {
        auto fay = session(QStringLiteral("fay"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        QSignalSpy samLost(sam.get(), &ServerSession::overwritten);
        // The lane with the most cards.
        Lane lane;
        std::vector<QUuid> cards;
        for (const Lane &candidate : mJourney.lanes) {
            std::vector<QUuid> in;
            for (const Touchpoint &card : mJourney.touchpoints) {
                if (card.laneId == candidate.id)
                    in.push_back(card.id);
            }
            if (in.size() > cards.size()) {
                lane = candidate;
                cards = in;
            }
        }
        QVERIFY(cards.size() >= 2);
        QString error;
        // No events in between: neither has seen the other's change.
        QVERIFY2(sam->setCardField(cards[0], QStringLiteral("title"), QStringLiteral("только что"), &error), qPrintable(error));
        QVERIFY2(fay->removeStructure(ServerChangeKind::lane, lane.id, &error), qPrintable(error));
        QVERIFY(!sam->setCardField(cards[1], QStringLiteral("notes"), QStringLiteral("после удаления"), &error));
        QVERIFY2(error.contains(QStringLiteral("fay")), qPrintable(error));
        Touchpoint late;
        late.id = QUuid::createUuid();
        late.stageId = mJourney.stages[0].id;
        late.laneId = lane.id;
        late.title = QStringLiteral("Опоздавшая");
        late.effort.money.currency = mJourney.currency;
        QVERIFY(!sam->addCard(late, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cell-removed")), qPrintable(error));

        QTRY_VERIFY_WITH_TIMEOUT(!samLost.isEmpty(), settleMs);
        const auto lost = samLost.front().at(0).value<LostChange>();
        QCOMPARE(lost.by.kind, ServerChangeKind::lane);
        QCOMPARE(lost.by.author, QStringLiteral("fay"));
        QTRY_COMPARE_WITH_TIMEOUT(sam->lastSeenChange(), fay->lastSeenChange(), settleMs);
        const Journey server = opened();
        QCOMPARE(cardsIn(server, {}, lane.id), 0);
        QCOMPARE(test::journeyText(sam->journey()), test::journeyText(server));
        QCOMPARE(test::journeyText(fay->journey()), test::journeyText(server));
    }

    // Made off the network: an edit of a card whose lane the facilitator removed meanwhile,
    // and a card added there, are reported with who removed the lane.
    void offlineEditsMeetARemovedLane()
    {
        QTemporaryDir queues;
        auto fay = session(QStringLiteral("fay"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && sam);
        sam->keepOfflineEdits(queues.path());
        QSignalSpy replayed(sam.get(), &ServerSession::replayed);
        const Lane lane = mJourney.lanes[1];
        QUuid card;
        for (const Touchpoint &candidate : mJourney.touchpoints) {
            if (candidate.laneId == lane.id)
                card = candidate.id;
        }
        QVERIFY(!card.isNull());
        sam->disconnectFromServer();
        QString error;
        QVERIFY2(sam->setCardField(card, QStringLiteral("notes"), QStringLiteral("в поезде"), &error), qPrintable(error));
        Touchpoint added;
        added.id = QUuid::createUuid();
        added.stageId = mJourney.stages[0].id;
        added.laneId = lane.id;
        added.title = QStringLiteral("Из поезда");
        added.effort.money.currency = mJourney.currency;
        QVERIFY2(sam->addCard(added, {}, &error), qPrintable(error));
        QCOMPARE(sam->queuedEdits(), 2);
        QVERIFY2(fay->removeStructure(ServerChangeKind::lane, lane.id, &error), qPrintable(error));

        QVERIFY2(sam->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.remaining, 0);
        QCOMPARE(int(report.conflicts.size()), 2);
        QCOMPARE(report.conflicts[0].card, card);
        QCOMPARE(report.conflicts[0].by, QStringLiteral("fay"));
        QVERIFY2(report.conflicts[1].why.contains(QStringLiteral("fay")), qPrintable(report.conflicts[1].why));
        QCOMPARE(sam->queuedEdits(), 0);
        QCOMPARE(test::journeyText(sam->journey()), test::journeyText(opened()));
    }

    // Schema 4 again over itself (a migration cut short, or run twice) changes nothing.
    void theMigrationIsIdempotent()
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("UPDATE waymark_schema SET version = 3")));
        test::TestConnection owner(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerSchema::migrate(owner.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(owner.db(), &error), std::optional<int>(ServerSchema::version));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(sam);
        QVERIFY(!sam->moveStructure(ServerChangeKind::stage, mJourney.stages[0].id, mJourney.stages[1].id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-structure")), qPrintable(error));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        QVERIFY2(fay->moveStructure(ServerChangeKind::stage, mJourney.stages[0].id, mJourney.stages[1].id, &error), qPrintable(error));
        QCOMPARE(opened().stages[1].id, mJourney.stages[0].id);
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }

    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerStructure)
#include "tst_serverstructure.moc"
