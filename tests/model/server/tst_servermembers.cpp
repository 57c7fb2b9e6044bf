// Who belongs to which department of a shared journey (`members`, server schema 3), edited by
// a facilitator through ServerSession in one transaction: added, moved to another department,
// taken away; everyone's session reads its departments again; a participant is refused by the
// database, naming the rule; bad input is refused before anything is sent.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include <QSignalSpy>
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

class TestServerMembers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY(mServer.createDatabase(QStringLiteral("members")));
        mJourney = test::workshopJourney();
        mSupport = mJourney.lanes[3];
        mBilling = mJourney.lanes[4];
        QVERIFY(mSupport.kind == LaneKind::Department && mBilling.kind == LaneKind::Department);
        QVERIFY(mSupport.departmentId != mBilling.departmentId);
        test::TestConnection owner(mServer, QStringLiteral("members"));
        QString error;
        QVERIFY2(ServerJourneys::publish(owner.db(), mJourney, &error), qPrintable(error));
        QVERIFY2(mServer.psql(QStringLiteral("members"),
                              QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; CREATE ROLE sam LOGIN IN ROLE waymark_participant; "
                                             "CREATE ROLE bill LOGIN IN ROLE waymark_participant; CREATE ROLE rita LOGIN IN ROLE waymark_reviewer; "
                                             "CREATE ROLE vic LOGIN IN ROLE waymark_viewer; CREATE ROLE newcomer LOGIN; "
                                             "CREATE ROLE support_team NOLOGIN")),
                 qPrintable(mServer.error()));
        mFay = session(QStringLiteral("fay"));
        mSam = session(QStringLiteral("sam"));
        mBill = session(QStringLiteral("bill"));
        QVERIFY(mFay && mSam && mBill);
        QVERIFY(mSam->myDepartments().empty());
    }

    // Added, moved, taken away: the table holds what the editor said, and the member's own
    // session learns its departments at once (a locked lane of theirs opens to them).
    void facilitatorAddsChangesAndRemoves()
    {
        QString error;
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mSupport.id, true, QStringLiteral("только поддержка"), &error), qPrintable(error));
        const QUuid stage = mJourney.stages[0].id;
        QTRY_VERIFY_WITH_TIMEOUT(mSam->cellLockedFor(stage, mSupport.id).has_value(), settleMs);

        QSignalSpy samHears(mSam.get(), &ServerSession::membersChanged);
        MembersEdit edit;
        edit.added = {{QStringLiteral("sam"), mSupport.departmentId}, {QStringLiteral("bill"), mBilling.departmentId}};
        QVERIFY2(mFay->changeMembers(edit, &error), qPrintable(error));
        QCOMPARE(onServer(), QStringLiteral("bill %1\nsam %2").arg(idText(mBilling.departmentId), idText(mSupport.departmentId)));
        const auto read = mBill->readMembers(&error); // everyone may read who belongs where
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(*read, (std::vector<ServerMember>{{QStringLiteral("bill"), mBilling.departmentId}, {QStringLiteral("sam"), mSupport.departmentId}}));
        QTRY_COMPARE_WITH_TIMEOUT(mSam->myDepartments(), std::vector<QUuid>{mSupport.departmentId}, settleMs);
        QCOMPARE(samHears.constFirst().at(0).toString(), QStringLiteral("fay"));
        QVERIFY(!mSam->cellLockedFor(stage, mSupport.id)); // their department's lane now
        QVERIFY2(mSam->setCardField(cardIn(mSupport.id), QStringLiteral("notes"), QStringLiteral("своя дорожка"), &error), qPrintable(error));

        // Bill moves from billing to support: one row away and one added, in one transaction.
        edit = {};
        edit.removed = {{QStringLiteral("bill"), mBilling.departmentId}};
        edit.added = {{QStringLiteral("bill"), mSupport.departmentId}};
        QVERIFY2(mFay->changeMembers(edit, &error), qPrintable(error));
        QCOMPARE(onServer(), QStringLiteral("bill %1\nsam %1").arg(idText(mSupport.departmentId)));
        QTRY_COMPARE_WITH_TIMEOUT(mBill->myDepartments(), std::vector<QUuid>{mSupport.departmentId}, settleMs);

        // Sam leaves: the locked lane is closed to them again, by the database too.
        edit = {};
        edit.removed = {{QStringLiteral("sam"), mSupport.departmentId}};
        QVERIFY2(mFay->changeMembers(edit, &error), qPrintable(error));
        QCOMPARE(onServer(), QStringLiteral("bill %1").arg(idText(mSupport.departmentId)));
        QTRY_VERIFY_WITH_TIMEOUT(mSam->myDepartments().empty(), settleMs);
        QVERIFY(mSam->cellLockedFor(stage, mSupport.id).has_value());
        QVERIFY(!mSam->setCardField(cardIn(mSupport.id), QStringLiteral("notes"), QStringLiteral("уже не моя"), &error));
        QVERIFY2(error.contains(QStringLiteral("locked-lane")), qPrintable(error));
        QVERIFY2(mFay->setLock(ServerLockKind::lane, mSupport.id, false, {}, &error), qPrintable(error));
    }

    // All or nothing: a user the database does not know refuses the whole edit, the removal in
    // it included; so do a department the journey lacks and a name with spaces, before sending.
    void badInputChangesNothing()
    {
        const QString before = onServer();
        QVERIFY(!before.isEmpty());
        QString error;
        MembersEdit edit;
        edit.removed = {{QStringLiteral("bill"), mSupport.departmentId}};
        edit.added = {{QStringLiteral("Bill"), mBilling.departmentId}};
        QVERIFY(!mFay->changeMembers(edit, &error));
        QVERIFY2(error.contains(QStringLiteral("“Bill”")) && error.contains(QStringLiteral("case-sensitive")), qPrintable(error));
        QCOMPARE(onServer(), before);

        edit.added = {{QStringLiteral("sam"), QUuid::createUuid()}};
        QVERIFY(!mFay->changeMembers(edit, &error));
        QVERIFY2(error.contains(QStringLiteral("no such department")), qPrintable(error));
        edit.added = {{QStringLiteral(" sam"), mBilling.departmentId}};
        QVERIFY(!mFay->changeMembers(edit, &error));
        QVERIFY2(error.contains(QStringLiteral("“ sam”")), qPrintable(error));
        QCOMPARE(onServer(), before);
    }

    // A participant (and SQL typed by hand as them) is refused by the database, with the rule
    // worded for members rather than for locks; nothing changes.
    void participantIsRefused()
    {
        const QString before = onServer();
        QString error;
        MembersEdit edit;
        edit.added = {{QStringLiteral("sam"), mBilling.departmentId}};
        QVERIFY(!mSam->changeMembers(edit, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-lock")) && error.contains(QStringLiteral("department")), qPrintable(error));
        edit = {};
        edit.removed = {{QStringLiteral("bill"), mSupport.departmentId}};
        QVERIFY(!mSam->changeMembers(edit, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-lock")), qPrintable(error));
        QCOMPARE(onServer(), before);
        QVERIFY(mSam->isConnected()); // a refusal is not a lost connection
    }

    // The users the editor offers, each with the Waymark role the database grants it; the
    // superuser acts as facilitator, a login without a role has none, group roles are left out.
    void usersWithTheirRoles()
    {
        QString error;
        const auto users = mSam->readUsers(&error);
        QVERIFY2(users, qPrintable(error));
        const auto roleOf = [&](const QString &name) -> std::optional<ServerRole> {
            for (const ServerUser &user : *users) {
                if (user.name == name)
                    return user.role;
            }
            return std::nullopt;
        };
        QCOMPARE(roleOf(QStringLiteral("fay")), ServerRole::Facilitator);
        QCOMPARE(roleOf(QStringLiteral("sam")), ServerRole::Participant);
        QCOMPARE(roleOf(QStringLiteral("rita")), ServerRole::Reviewer);
        QCOMPARE(roleOf(QStringLiteral("vic")), ServerRole::Viewer);
        QCOMPARE(roleOf(QStringLiteral("newcomer")), ServerRole::None);
        QCOMPARE(roleOf(PostgresServer::superuser()), ServerRole::Facilitator);
        QVERIFY(!roleOf(QStringLiteral("support_team")));
        QVERIFY(!roleOf(QStringLiteral("waymark_participant")));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user)
    {
        PostgresAddress address = test::addressOf(mServer, QStringLiteral("members"));
        address.user = user;
        auto s = std::make_unique<ServerSession>(address, mJourney.id, user);
        QString error;
        if (!s->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return s;
    }

    // The members table as psql prints it: "user department" lines, sorted.
    QString onServer()
    {
        return mServer.psql(QStringLiteral("members"), QStringLiteral("SELECT db_user || ' ' || department FROM members ORDER BY 1"))
            .value_or(QStringLiteral("(psql failed)"))
            .trimmed();
    }

    QUuid cardIn(const QUuid &lane) const
    {
        for (const Touchpoint &card : mJourney.touchpoints) {
            if (card.laneId == lane)
                return card.id;
        }
        return {};
    }

    PostgresServer mServer;
    Journey mJourney;
    Lane mSupport;
    Lane mBilling;
    std::unique_ptr<ServerSession> mFay;
    std::unique_ptr<ServerSession> mSam;
    std::unique_ptr<ServerSession> mBill;
};

QTEST_GUILESS_MAIN(TestServerMembers)
#include "tst_servermembers.moc"
