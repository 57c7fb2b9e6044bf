// Redo while shared (docs/server.md, "Undo"): an undone change of one's own is made again as a
// new change everyone receives — a field, a move, an added and a deleted card, a stage's name,
// a lock — and undo and redo alternate as often as one likes; a new change ends what can be
// redone. Refused, naming who and which change, when someone changed that thing after the
// undo; their change stays and the step is dropped.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/serverstructure.h"

#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

} // namespace

class TestServerRedo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("redo%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // Each kind of card change: undone, redone (everyone sees it again), undone once more.
    void redoMakesTheUndoneChangeAgain()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Touchpoint card = mJourney.touchpoints[0];
        QVERIFY(!a->canRedo());
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("no undone change")), qPrintable(error));

        // A field.
        QVERIFY2(a->setCardField(card.id, QStringLiteral("title"), QStringLiteral("Снова · 다시"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY(a->canRedo());
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().touchpoint(card.id)->title, QStringLiteral("Снова · 다시"));
        QVERIFY(!a->canRedo());
        QVERIFY2(a->undo(&error), qPrintable(error)); // a redo is a step of its own
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().touchpoint(card.id)->title, card.title);
        QVERIFY2(a->redo(&error), qPrintable(error));
        QCOMPARE(opened().touchpoint(card.id)->title, QStringLiteral("Снова · 다시"));

        // A move to another cell, first in it.
        const Touchpoint target = mJourney.touchpoints.back();
        QVERIFY(target.stageId != card.stageId || target.laneId != card.laneId);
        QVERIFY2(a->moveCard(card.id, target.stageId, target.laneId, {}, &error), qPrintable(error));
        const std::vector<QUuid> movedCell = cellOf(a->journey(), target.stageId, target.laneId);
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->journey().touchpoint(card.id)->stageId, card.stageId);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(cellOf(b->journey(), target.stageId, target.laneId), movedCell);

        // A deletion: undone (the card is back), redone (gone again, for everyone).
        const Touchpoint second = mJourney.touchpoints[1];
        QVERIFY2(a->deleteCard(second.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(b->journey().touchpoint(second.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().touchpoint(second.id));

        // An added card: undone (deleted), redone (back with its fields, at its place).
        Touchpoint added = mJourney.touchpoints[2];
        added.id = QUuid::createUuid();
        added.title = QStringLiteral("Новая карточка");
        QVERIFY2(a->addCard(added, mJourney.touchpoints[2].id, &error), qPrintable(error));
        const std::vector<QUuid> withAdded = cellOf(a->journey(), added.stageId, added.laneId);
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY(!a->journey().touchpoint(added.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(cellOf(b->journey(), added.stageId, added.laneId), withAdded);
        QCOMPARE(b->journey().touchpoint(added.id)->title, added.title);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // A new change of one's own ends what can be redone, as in any editor.
    void aNewChangeEndsRedo()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        QString error;
        const QUuid card = mJourney.touchpoints[0].id;
        QVERIFY2(a->setCardField(card, QStringLiteral("notes"), QStringLiteral("первое"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY(a->canRedo());
        QVERIFY2(a->setCardField(card, QStringLiteral("title"), QStringLiteral("другое"), &error), qPrintable(error));
        QVERIFY(!a->canRedo());
        QVERIFY(!a->redo(&error));
        QVERIFY(!opened().touchpoint(card)->notes.contains(QStringLiteral("первое")));
    }

    // Someone changed the same field after the undo: redo refuses, naming them and their
    // change; their value stays, and the step is gone.
    void redoRefusesWhenSomeoneChangedItSince()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const QUuid card = mJourney.touchpoints[0].id;
        QVERIFY2(a->setCardField(card, QStringLiteral("description"), QStringLiteral("Ана's"), &error), qPrintable(error));
        QVERIFY2(a->setCardField(card, QStringLiteral("notes"), QStringLiteral("Ана's"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto theirs = b->setCardField(card, QStringLiteral("notes"), QStringLiteral("Богдан's"), &error);
        QVERIFY2(theirs, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(a->redo(&error), qPrintable(error)); // the description, undone last, nobody touched it
        QCOMPARE(opened().touchpoint(card)->description, QStringLiteral("Ана's"));
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot redo")) && error.contains(QStringLiteral("Богдан")) && error.contains(QStringLiteral("notes"))
                     && error.contains(QString::number(*theirs)),
                 qPrintable(error));
        QCOMPARE(opened().touchpoint(card)->notes, QStringLiteral("Богдан's"));
        QVERIFY(!a->canRedo()); // the refused step is dropped

        // A deletion undone, the card then edited by someone else: deleting it again would
        // take their edit with it.
        const QUuid second = mJourney.touchpoints[1].id;
        QVERIFY2(a->deleteCard(second, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(b->setCardField(second, QStringLiteral("title"), QStringLiteral("Оставьте её"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("Богдан changed card")), qPrintable(error));
        QVERIFY(opened().touchpoint(second));

        // A field of a card someone deleted after the undo.
        QVERIFY2(a->setCardField(second, QStringLiteral("notes"), QStringLiteral("x"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(b->deleteCard(second, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("Богдан deleted card")), qPrintable(error));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // Structure and locks (the tables' owner acts as a facilitator): a stage's name and a
    // lane's lock redone; a lock someone changed after the undo is not redone.
    void structureAndLocksAreRedone()
    {
        auto a = session(QStringLiteral("Фая"));
        auto b = session(QStringLiteral("Fran"));
        QVERIFY(a && b);
        QString error;
        const Stage stage = mJourney.stages[0];
        QVERIFY2(a->setStructureField(ServerChangeKind::stage, stage.id, QStringLiteral("name"), QStringLiteral("Визит"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(opened().stages[0].name, stage.name);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().stages[0].name, QStringLiteral("Визит"));

        const Lane lane = mJourney.lanes[1];
        QVERIFY2(a->setLock(ServerLockKind::lane, lane.id, true, QStringLiteral("обсуждаем"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QVERIFY(a->locks().empty());
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->locks().size(), std::size_t(1));
        QCOMPARE(b->locks().begin()->second.reason, QStringLiteral("обсуждаем"));

        QVERIFY2(a->undo(&error), qPrintable(error)); // unlocked
        settle({a.get(), b.get()});
        const auto fran = b->setLock(ServerLockKind::lane, lane.id, true, QStringLiteral("Fran's"), &error);
        QVERIFY2(fran, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QVERIFY2(error.contains(QStringLiteral("Fran changed the lock of")) && error.contains(lane.name) && error.contains(QString::number(*fran)),
                 qPrintable(error));
        QCOMPARE(a->locks().begin()->second.reason, QStringLiteral("Fran's"));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author);
    }

    // Until every session has applied the newest change in the database.
    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    static std::vector<QUuid> cellOf(const Journey &journey, const QUuid &stage, const QUuid &lane)
    {
        std::vector<QUuid> ids;
        for (const Touchpoint *card : journey.cell(stage, lane))
            ids.push_back(card->id);
        return ids;
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerRedo)
#include "tst_serverredo.moc"
