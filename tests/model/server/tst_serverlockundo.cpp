// Undo of locks (docs/server.md, "Undo"): locking or unlocking a lane or a stage and freezing
// or unfreezing the board are steps of the facilitator's Undo My Last Change, in order with
// their card edits; undo brings the lock back to what it was (an earlier reason included) for
// everyone, and refuses, naming who and which change, when someone changed that lock since.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include <QSignalSpy>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000;

} // namespace

class TestServerLockUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY(mServer.createDatabase(QStringLiteral("lockundo")));
        mJourney = test::workshopJourney();
        mLane = mJourney.lanes[3];
        mStage = mJourney.stages[1];
        test::TestConnection owner(mServer, QStringLiteral("lockundo"));
        QString error;
        QVERIFY2(ServerJourneys::publish(owner.db(), mJourney, &error), qPrintable(error));
        QVERIFY2(mServer.psql(QStringLiteral("lockundo"),
                              QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; CREATE ROLE fran LOGIN IN ROLE waymark_facilitator; "
                                             "CREATE ROLE bill LOGIN IN ROLE waymark_participant")),
                 qPrintable(mServer.error()));
        mFay = session(QStringLiteral("fay"), QStringLiteral("Фая"));
        mFran = session(QStringLiteral("fran"), QStringLiteral("Fran"));
        mBill = session(QStringLiteral("bill"), QStringLiteral("Bill"));
        QVERIFY(mFay && mFran && mBill);
    }

    // Lock, change the reason, edit a card, freeze: four undos take them back newest first,
    // each for everyone, and the database holds no lock at the end.
    void undoTakesLocksBackInOrder()
    {
        QString error;
        QVERIFY(!mFay->canUndo());
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mLane.id, true, QStringLiteral("первая причина"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mLane.id, true, QStringLiteral("вторая причина"), &error), qPrintable(error));
        const QUuid card = mJourney.touchpoints[0].id;
        QVERIFY2(mFay->setCardField(card, QStringLiteral("title"), QStringLiteral("Фая правит"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::board, {}, true, QStringLiteral("доклад"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mBill->boardFrozen().has_value(), settleMs);
        QCOMPARE(locksOnServer(), QStringLiteral("board доклад\nlane вторая причина"));

        QVERIFY2(mFay->undo(&error), qPrintable(error)); // unfreezes
        QTRY_VERIFY_WITH_TIMEOUT(!mBill->boardFrozen(), settleMs);
        QCOMPARE(locksOnServer(), QStringLiteral("lane вторая причина"));
        QVERIFY2(mFay->undo(&error), qPrintable(error)); // the card's title
        QCOMPARE(test::journeyOnServer(mServer, QStringLiteral("lockundo"), mJourney.id).touchpoint(card)->title, mJourney.touchpoints[0].title);
        QVERIFY2(mFay->undo(&error), qPrintable(error)); // the first reason again
        QCOMPARE(locksOnServer(), QStringLiteral("lane первая причина"));
        QTRY_COMPARE_WITH_TIMEOUT(reasonSeenBy(*mBill), QStringLiteral("первая причина"), settleMs);
        QVERIFY2(mFay->undo(&error), qPrintable(error)); // unlocked
        QCOMPARE(locksOnServer(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(mBill->locks().empty(), settleMs);
        QVERIFY(!mFay->canUndo());

        // Unlocking is a step too: undoing it locks again, with the reason it had.
        QVERIFY2(mFay->setLock(ServerLockKind::stage, mStage.id, true, QStringLiteral("этап закрыт"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::stage, mStage.id, false, {}, &error), qPrintable(error));
        QCOMPARE(locksOnServer(), QString());
        QVERIFY2(mFay->undo(&error), qPrintable(error));
        QCOMPARE(locksOnServer(), QStringLiteral("stage этап закрыт"));
        QTRY_VERIFY_WITH_TIMEOUT(mBill->cellLockedFor(mStage.id, mJourney.lanes[0].id).has_value(), settleMs);
        QVERIFY2(mFay->undo(&error), qPrintable(error));
        QCOMPARE(locksOnServer(), QString());
    }

    // Someone else changed the lock since: undo refuses, naming them, their change and the
    // lane, leaves the lock as they made it, and the next undo goes on with the step before.
    void undoRefusesWhenSomeoneChangedTheLock()
    {
        QString error;
        const QUuid card = mJourney.touchpoints[1].id;
        QVERIFY2(mFay->setCardField(card, QStringLiteral("notes"), QStringLiteral("до замка"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mLane.id, true, QStringLiteral("Фая"), &error), qPrintable(error));
        QSignalSpy fayHears(mFay.get(), &ServerSession::locksChanged);
        const auto franUnlocked = mFran->setLock(ServerLockKind::lane, mLane.id, false, {}, &error);
        QVERIFY2(franUnlocked, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mFay->locks().empty(), settleMs);

        QVERIFY(!mFay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Fran")) && error.contains(QStringLiteral("unlocked the lane")) && error.contains(mLane.name)
                     && error.contains(QString::number(*franUnlocked)),
                 qPrintable(error));
        QCOMPARE(locksOnServer(), QString()); // Fran's unlocking stays
        QVERIFY2(mFay->undo(&error), qPrintable(error)); // the notes, the step before
        QVERIFY(!test::journeyOnServer(mServer, QStringLiteral("lockundo"), mJourney.id).touchpoint(card)->notes.contains(QStringLiteral("до замка")));

        // Fran gives our lock a reason of hers, we unlock: undoing our unlock brings back her
        // lock; undoing our lock before it is refused, naming her, not our own undo.
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mLane.id, true, QStringLiteral("Фая"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!mFran->locks().empty(), settleMs);
        QVERIFY2(mFran->setLock(ServerLockKind::lane, mLane.id, true, QStringLiteral("Fran's"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(reasonSeenBy(*mFay), QStringLiteral("Fran's"), settleMs);
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mLane.id, false, {}, &error), qPrintable(error));
        QVERIFY2(mFay->undo(&error), qPrintable(error));
        QCOMPARE(locksOnServer(), QStringLiteral("lane Fran's"));
        QVERIFY(!mFay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Fran locked the lane")), qPrintable(error));
        QCOMPARE(locksOnServer(), QStringLiteral("lane Fran's"));
        QVERIFY2(mFran->setLock(ServerLockKind::lane, mLane.id, false, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mFay->locks().empty(), settleMs);

        // The same for the board, frozen by another facilitator after ours was lifted.
        QVERIFY2(mFay->setLock(ServerLockKind::board, {}, true, {}, &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::board, {}, false, {}, &error), qPrintable(error));
        QVERIFY2(mFran->setLock(ServerLockKind::board, {}, true, QStringLiteral("Fran talks"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mFay->boardFrozen().has_value(), settleMs);
        QVERIFY(!mFay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("Fran froze the board")), qPrintable(error));
        QCOMPARE(locksOnServer(), QStringLiteral("board Fran talks"));
        QVERIFY2(mFran->undo(&error), qPrintable(error)); // Fran's own freeze is Fran's to undo
        QCOMPARE(locksOnServer(), QString());
    }

    // A participant has no lock steps to undo: the database refused the lock, so nothing was
    // recorded.
    void aRefusedLockIsNoStep()
    {
        QString error;
        QVERIFY(!mBill->setLock(ServerLockKind::lane, mLane.id, true, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-lock")), qPrintable(error));
        QVERIFY(!mBill->canUndo());
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user, const QString &author)
    {
        PostgresAddress address = test::addressOf(mServer, QStringLiteral("lockundo"));
        address.user = user;
        auto s = std::make_unique<ServerSession>(address, mJourney.id, author);
        QString error;
        if (!s->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return s;
    }

    // The reason of the lane's lock as a session knows it ("(none)" when it is not locked).
    QString reasonSeenBy(const ServerSession &session) const
    {
        const auto found = session.locks().find({ServerLockKind::lane, mLane.id});
        return found == session.locks().end() ? QStringLiteral("(none)") : found->second.reason;
    }

    // "kind reason" lines of the locks table, sorted.
    QString locksOnServer()
    {
        return mServer.psql(QStringLiteral("lockundo"), QStringLiteral("SELECT kind || ' ' || reason FROM locks ORDER BY 1"))
            .value_or(QStringLiteral("(psql failed)"))
            .trimmed();
    }

    PostgresServer mServer;
    Journey mJourney;
    Lane mLane;
    Stage mStage;
    std::unique_ptr<ServerSession> mFay;
    std::unique_ptr<ServerSession> mFran;
    std::unique_ptr<ServerSession> mBill;
};

QTEST_GUILESS_MAIN(TestServerLockUndo)
#include "tst_serverlockundo.moc"
