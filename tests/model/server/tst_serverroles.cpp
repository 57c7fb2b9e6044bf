#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/serverroles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

// Roles enforced by PostgreSQL (issue 21): the database itself refuses what a role may not
// do, whether the write comes from Waymark or from anything else, and says which rule.
class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY(mServer.createDatabase(QStringLiteral("roles")));
        mJourney = test::workshopJourney();
        test::TestConnection owner(mServer, QStringLiteral("roles"));
        QString error;
        QVERIFY2(ServerJourneys::publish(owner.db(), mJourney, &error), qPrintable(error));
        QVERIFY2(mServer.psql(QStringLiteral("roles"),
                              QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; CREATE ROLE alice LOGIN IN ROLE waymark_participant; "
                                             "CREATE ROLE rita LOGIN IN ROLE waymark_reviewer; CREATE ROLE vic LOGIN IN ROLE waymark_viewer; "
                                             "CREATE ROLE nobody_here LOGIN")),
                 qPrintable(mServer.error()));
    }

    void rolesAreRead()
    {
        QCOMPARE(session(QStringLiteral("fay"))->role(), ServerRole::Facilitator);
        QCOMPARE(session(QStringLiteral("alice"))->role(), ServerRole::Participant);
        QCOMPARE(session(QStringLiteral("rita"))->role(), ServerRole::Reviewer);
        QCOMPARE(session(QStringLiteral("vic"))->role(), ServerRole::Viewer);
        QCOMPARE(session(PostgresServer::superuser())->role(), ServerRole::Facilitator); // the owner
    }

    void participantEditsCardsDotsAndComments()
    {
        auto alice = session(QStringLiteral("alice"));
        QString error;
        Touchpoint card = mJourney.touchpoints[0];
        card.id = QUuid::createUuid();
        card.title = QStringLiteral("Карточка Алисы");
        QVERIFY2(alice->addCard(card, {}, &error), qPrintable(error));
        QVERIFY2(alice->setCardField(card.id, QStringLiteral("notes"), QStringLiteral("노트"), &error), qPrintable(error));
        QVERIFY2(alice->addDot(mJourney.votes.front().id, mJourney.participants[2].id, card.id, &error), qPrintable(error));
        QVERIFY2(alice->addComment(comment(QStringLiteral("alice")), &error), qPrintable(error));
        QVERIFY2(alice->deleteCard(card.id, &error), qPrintable(error));
    }

    void reviewerOnlyComments()
    {
        auto rita = session(QStringLiteral("rita"));
        const qint64 before = newestChange();
        QString error;
        Touchpoint card = mJourney.touchpoints[0];
        card.id = QUuid::createUuid();
        QVERIFY(!rita->addCard(card, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("reviewers-comment-only")), qPrintable(error));
        QVERIFY(!rita->setCardField(mJourney.touchpoints[0].id, QStringLiteral("title"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QStringLiteral("reviewers-comment-only")), qPrintable(error));
        QVERIFY(!rita->addDot(mJourney.votes.front().id, mJourney.participants[3].id, mJourney.touchpoints[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("reviewers-comment-only")), qPrintable(error));
        QCOMPARE(newestChange(), before);
        QVERIFY2(rita->addComment(comment(QStringLiteral("rita")), &error), qPrintable(error));
        QVERIFY(newestChange() > before);
    }

    void viewerOnlyReads()
    {
        auto vic = session(QStringLiteral("vic"));
        QString error;
        QCOMPARE(journeyText(vic->journey()), journeyText(opened()));
        QVERIFY(!vic->addComment(comment(QStringLiteral("vic")), &error));
        QVERIFY2(error.contains(QStringLiteral("viewers-read-only")), qPrintable(error));
        QVERIFY(!vic->deleteCard(mJourney.touchpoints[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("viewers-read-only")), qPrintable(error));
    }

    // Not only Waymark's own statements: SQL typed by hand as a reviewer is refused too.
    void theDatabaseRefusesDirectWrites()
    {
        test::TestConnection rita(mServer, QStringLiteral("roles"), QStringLiteral("rita"));
        QVERIFY2(rita.db().isOpen(), qPrintable(rita.db().lastError().text()));
        QSqlQuery query(rita.db());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO cards (journey, id, stage, lane, sort_key, fields) VALUES ('%1', gen_random_uuid(), "
                                           "gen_random_uuid(), gen_random_uuid(), 'i', '{}')")
                                .arg(mJourney.id.toString(QUuid::WithoutBraces))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("reviewers-comment-only")), qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE cards SET fields = '{}'")));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("reviewers-comment-only")), qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = '{}'")));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("permission denied")), qPrintable(query.lastError().databaseText()));
        // Nor may anyone log a change under someone else's name.
        test::TestConnection alice(mServer, QStringLiteral("roles"), QStringLiteral("alice"));
        QSqlQuery spoof(alice.db());
        QVERIFY(!spoof.exec(QStringLiteral("INSERT INTO changes (journey, author, db_user, seen, kind, entity, field) VALUES ('%1', 'x', 'fay', 0, "
                                           "'card', gen_random_uuid(), 'title')")
                                .arg(mJourney.id.toString(QUuid::WithoutBraces))));
        QVERIFY2(spoof.lastError().databaseText().contains(QStringLiteral("row-level security")), qPrintable(spoof.lastError().databaseText()));
        const QString count = mServer.psql(QStringLiteral("roles"), QStringLiteral("SELECT count(*) FROM cards")).value_or(QString()).trimmed();
        QCOMPARE(count.toInt(), int(mJourney.touchpoints.size()));
    }

    void onlyFacilitatorsPublish()
    {
        test::TestConnection alice(mServer, QStringLiteral("roles"), QStringLiteral("alice"));
        Journey other = test::smallJourney();
        other.id = QUuid::createUuid();
        QString error;
        QVERIFY(!ServerJourneys::publish(alice.db(), other, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-publish")), qPrintable(error));
        test::TestConnection fay(mServer, QStringLiteral("roles"), QStringLiteral("fay"));
        QVERIFY2(ServerJourneys::publish(fay.db(), other, &error), qPrintable(error));
    }

    void noRoleNoEntry()
    {
        auto s = std::make_unique<ServerSession>(addressFor(QStringLiteral("nobody_here")), mJourney.id, QStringLiteral("?"));
        QString error;
        QVERIFY(!s->connectToServer(&error));
        QVERIFY2(error.contains(QStringLiteral("permission denied")), qPrintable(error));
    }

private:
    PostgresAddress addressFor(const QString &user) const
    {
        PostgresAddress address = test::addressOf(mServer, QStringLiteral("roles"));
        address.user = user;
        return address;
    }

    std::unique_ptr<ServerSession> session(const QString &user)
    {
        auto s = std::make_unique<ServerSession>(addressFor(user), mJourney.id, user);
        QString error;
        if (!s->connectToServer(&error))
            qFatal("%s could not connect: %s", qPrintable(user), qPrintable(error));
        return s;
    }

    Comment comment(const QString &author) const
    {
        Comment c;
        c.id = QUuid::createUuid();
        c.target = CommentTarget::Card;
        c.targetId = mJourney.touchpoints[1].id;
        c.author = author;
        c.time = QDateTime(QDate(2026, 12, 4), QTime(11, 0), Qt::UTC);
        c.text = QStringLiteral("Коментар · 댓글");
        return c;
    }

    qint64 newestChange()
    {
        return test::newestChange(mServer, QStringLiteral("roles"));
    }

    Journey opened()
    {
        test::TestConnection connection(mServer, QStringLiteral("roles"));
        QString error;
        return ServerJourneys::open(connection.db(), mJourney.id, &error).value_or(Journey{});
    }

    PostgresServer mServer;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
