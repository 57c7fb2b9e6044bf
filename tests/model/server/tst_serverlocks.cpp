// Lane and stage locks and the frozen board (issue 21, "Facilitator control"; server schema 3):
// the database itself refuses a participant's write to a card in a locked lane or stage that
// is not their department's, and everything but the facilitator's while the board is frozen,
// naming the rule, whether the write comes from Waymark or from SQL typed by hand.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

class TestServerLocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY(mServer.createDatabase(QStringLiteral("locks")));
        mJourney = test::workshopJourney();
        // Lanes 4 (support) and 5 (billing) are department lanes; a card in each, stage 1.
        mSupportLane = mJourney.lanes[3];
        mBillingLane = mJourney.lanes[4];
        QVERIFY(mSupportLane.kind == LaneKind::Department && mBillingLane.kind == LaneKind::Department);
        QVERIFY(mSupportLane.departmentId != mBillingLane.departmentId);
        mStage = mJourney.stages[0].id;
        for (const Lane &lane : {mSupportLane, mBillingLane}) {
            Touchpoint card = mJourney.touchpoints[0];
            card.id = QUuid::createUuid();
            card.laneId = lane.id;
            card.stageId = mStage;
            card.title = QStringLiteral("В дорожке %1").arg(lane.name);
            mJourney.touchpoints.push_back(card);
            (lane.id == mSupportLane.id ? mSupportCard : mBillingCard) = card.id;
        }
        for (const Touchpoint &card : mJourney.touchpoints) {
            if (card.stageId == mStage && card.laneId == mJourney.lanes[1].id)
                mCustomerCard = card.id;
        }
        QVERIFY(!mCustomerCard.isNull());
        test::TestConnection owner(mServer, QStringLiteral("locks"));
        QString error;
        QVERIFY2(ServerJourneys::publish(owner.db(), mJourney, &error), qPrintable(error));
        // sam works in support, bill in billing (the facilitator keeps `members`).
        QVERIFY2(mServer.psql(QStringLiteral("locks"),
                              QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; CREATE ROLE sam LOGIN IN ROLE waymark_participant; "
                                             "CREATE ROLE bill LOGIN IN ROLE waymark_participant; "
                                             "INSERT INTO members VALUES ('%1', 'sam', '%2'), ('%1', 'bill', '%3')")
                                  .arg(idText(mJourney.id), idText(mSupportLane.departmentId), idText(mBillingLane.departmentId))),
                 qPrintable(mServer.error()));
        mFay = session(QStringLiteral("fay"));
        mSam = session(QStringLiteral("sam"));
        mBill = session(QStringLiteral("bill"));
        QVERIFY(mFay && mSam && mBill);
        QCOMPARE(mSam->myDepartments(), std::vector<QUuid>{mSupportLane.departmentId});
    }

    // The test in the issue: a participant editing another department's locked lane is
    // refused by the database, through Waymark and through SQL alike.
    void aLockedLaneIsRefusedToOtherDepartments()
    {
        QSignalSpy billHears(mBill.get(), &ServerSession::locksChanged);
        QString error;
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mSupportLane.id, true, QStringLiteral("поддержка правит сама"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!billHears.isEmpty(), settleMs);
        const auto why = mBill->cellLockedFor(mStage, mSupportLane.id);
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("fay")) && why->contains(QStringLiteral("поддержка правит сама")), qPrintable(*why));
        QVERIFY(!mSam->cellLockedFor(mStage, mSupportLane.id)); // their own lane
        QVERIFY(!mBill->cellLockedFor(mStage, mBillingLane.id));

        QVERIFY(!mBill->setCardField(mSupportCard, QStringLiteral("title"), QStringLiteral("bill was here"), &error));
        QVERIFY2(error.contains(QStringLiteral("locked-lane")), qPrintable(error));
        // Moving one's own card into the locked lane is a write there too.
        QVERIFY(!mBill->moveCard(mBillingCard, mStage, mSupportLane.id, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("locked-lane")), qPrintable(error));
        // Not only Waymark: SQL typed by hand as bill is refused the same way.
        {
            test::TestConnection bill(mServer, QStringLiteral("locks"), QStringLiteral("bill"));
            QSqlQuery query(bill.db());
            QVERIFY(!query.exec(QStringLiteral("UPDATE cards SET fields = jsonb_set(fields, '{title}', '\"by hand\"') WHERE id = '%1'")
                                    .arg(idText(mSupportCard))));
            QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule locked-lane")), qPrintable(query.lastError().databaseText()));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM cards WHERE id = '%1'").arg(idText(mSupportCard))));
            // Other rows of the table stay writable (the rule looks at the rows written only).
            QVERIFY2(query.exec(QStringLiteral("UPDATE cards SET fields = fields WHERE id = '%1'").arg(idText(mBillingCard))),
                     qPrintable(query.lastError().databaseText()));
        }
        // Their own lanes, and the support lane for support, stay open.
        QVERIFY2(mBill->setCardField(mBillingCard, QStringLiteral("notes"), QStringLiteral("своя дорожка"), &error), qPrintable(error));
        QVERIFY2(mSam->setCardField(mSupportCard, QStringLiteral("notes"), QStringLiteral("моя дорожка"), &error), qPrintable(error));
        QVERIFY2(mFay->setCardField(mSupportCard, QStringLiteral("description"), QStringLiteral("фасилитатор"), &error), qPrintable(error));
        QCOMPARE(opened().touchpoint(mSupportCard)->title, QStringLiteral("В дорожке %1").arg(mSupportLane.name));

        QVERIFY2(mFay->setLock(ServerLockKind::lane, mSupportLane.id, false, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!mBill->cellLockedFor(mStage, mSupportLane.id), settleMs);
        QVERIFY2(mBill->setCardField(mSupportCard, QStringLiteral("title"), QStringLiteral("открыто снова"), &error), qPrintable(error));
    }

    // A locked stage: in it, each department still edits its own lane; lanes of no
    // department (the customer's) only the facilitator.
    void aLockedStage()
    {
        QString error;
        QVERIFY2(mFay->setLock(ServerLockKind::stage, mStage, true, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mBill->cellLockedFor(mStage, mJourney.lanes[1].id).has_value(), settleMs);
        QVERIFY(!mBill->setCardField(mCustomerCard, QStringLiteral("notes"), QStringLiteral("нельзя"), &error));
        QVERIFY2(error.contains(QStringLiteral("locked-stage")), qPrintable(error));
        QVERIFY2(mBill->setCardField(mBillingCard, QStringLiteral("notes"), QStringLiteral("можно"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::stage, mStage, false, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!mBill->cellLockedFor(mStage, mJourney.lanes[1].id), settleMs);
        QVERIFY2(mBill->setCardField(mCustomerCard, QStringLiteral("notes"), QStringLiteral("снова можно"), &error), qPrintable(error));
    }

    // Frozen during a talk: cards, dots and comments wait for everyone but the facilitator.
    void aFrozenBoard()
    {
        QString error;
        QVERIFY2(mFay->setLock(ServerLockKind::board, {}, true, QStringLiteral("доклад"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(mSam->boardFrozen().has_value(), settleMs);
        QVERIFY(!mSam->setCardField(mSupportCard, QStringLiteral("notes"), QStringLiteral("frozen"), &error));
        QVERIFY2(error.contains(QStringLiteral("board-frozen")), qPrintable(error));
        QVERIFY(!mSam->addDot(mJourney.votes[0].id, mJourney.participants[3].id, mSupportCard, &error));
        QVERIFY2(error.contains(QStringLiteral("board-frozen")), qPrintable(error));
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = mSupportCard;
        comment.author = QStringLiteral("sam");
        comment.time = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        comment.text = QStringLiteral("во время доклада");
        QVERIFY(!mSam->addComment(comment, &error));
        QVERIFY2(error.contains(QStringLiteral("board-frozen")), qPrintable(error));
        QVERIFY2(mFay->setCardField(mSupportCard, QStringLiteral("notes"), QStringLiteral("facilitator writes"), &error), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::board, {}, false, {}, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!mSam->boardFrozen(), settleMs);
        QVERIFY2(mSam->addComment(comment, &error), qPrintable(error));
    }

    // Only facilitators lock: the others are refused by the database, naming the rule.
    void onlyFacilitatorsLock()
    {
        QString error;
        QVERIFY(!mBill->setLock(ServerLockKind::lane, mBillingLane.id, true, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-lock")), qPrintable(error));
        test::TestConnection bill(mServer, QStringLiteral("locks"), QStringLiteral("bill"));
        QSqlQuery query(bill.db());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO members VALUES ('%1', 'bill', '%2')").arg(idText(mJourney.id), idText(mSupportLane.departmentId))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("facilitators-lock")), qPrintable(query.lastError().databaseText()));
        QVERIFY(mServer.psql(QStringLiteral("locks"), QStringLiteral("SELECT count(*) FROM locks")).value_or(QString()).trimmed() == QStringLiteral("0"));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user)
    {
        PostgresAddress address = test::addressOf(mServer, QStringLiteral("locks"));
        address.user = user;
        auto s = std::make_unique<ServerSession>(address, mJourney.id, user);
        QString error;
        if (!s->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return s;
    }

    Journey opened() { return test::journeyOnServer(mServer, QStringLiteral("locks"), mJourney.id); }

    PostgresServer mServer;
    Journey mJourney;
    Lane mSupportLane;
    Lane mBillingLane;
    QUuid mStage;
    QUuid mSupportCard;
    QUuid mBillingCard;
    QUuid mCustomerCard;
    std::unique_ptr<ServerSession> mFay;
    std::unique_ptr<ServerSession> mSam;
    std::unique_ptr<ServerSession> mBill;
};

QTEST_GUILESS_MAIN(TestServerLocks)
#include "tst_serverlocks.moc"
