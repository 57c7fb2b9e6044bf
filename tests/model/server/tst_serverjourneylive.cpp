// The journey's own title, description, currency and settings, the agenda, the business case
// and deleting a vote, edited live (issue 21; server schema 7): each reaches another session
// and window; the database refuses them to a participant through Waymark, the window and SQL
// typed by hand; undo takes back one's own change unless someone changed it since, naming who;
// two facilitators editing different figures of one opportunity at once both keep theirs, the
// same figure keeps the later one and tells the other. A vote's time limit is the server's:
// every session sees the same end, the database refuses dots after it, and the vote closes once.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/editjourneyinfo.h"
#include "commands/editjourneysettings.h"
#include "commands/removeentity.h"
#include "journeydocument.h"
#include "server/serverschema.h"
#include "server/serverworkshop.h"
#include "server/sharedjourney.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

using Window = test::SharedWindow;

Opportunity opportunity(const QString &title)
{
    Opportunity result;
    result.id = QUuid::createUuid();
    result.title = title;
    result.oneOffCost = Money{2500000, QStringLiteral("EUR")};
    result.runningCostPerYear = Money{120000, QStringLiteral("EUR")};
    result.monthsToDeliver = 4;
    return result;
}

QString databaseError(const QSqlQuery &query)
{
    return query.lastError().databaseText();
}

} // namespace

class TestServerJourneyLive : public QObject
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
        mDatabase = QStringLiteral("journeylive%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        mJourney.opportunities = {opportunity(QStringLiteral("Очередь без очереди")), opportunity(QStringLiteral("앱 예약"))};
        mJourney.scenarios = {{QUuid::createUuid(), QStringLiteral("Quick wins"), {mJourney.opportunities[0].id}}};
        mJourney.agenda = {{QUuid::createUuid(), QStringLiteral("Знакомство"), true}, {QUuid::createUuid(), QStringLiteral("Голосование"), false}};
        mJourney.settings.insert(QStringLiteral("heatmap/weightEffort"), QStringLiteral("2"));
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // The facilitator's window renames the journey, changes a setting, ticks off an agenda step
    // and adds one, changes an opportunity's figures, adds a scenario and deletes the open vote
    // with its dots; the other facilitator's window follows every step, through the model's
    // ordinary signals; a third session ends with what the database holds.
    void eachKindReachesAnotherWindow()
    {
        auto fay = open(QStringLiteral("fay"));
        auto flo = open(QStringLiteral("flo"));
        auto watcher = session(QStringLiteral("sam"));
        QVERIFY(fay && flo && watcher);
        JourneyDocument *doc = fay->doc();
        QSignalSpy infoInFlo(flo->doc(), &JourneyDocument::infoChanged);
        QSignalSpy settingsInFlo(flo->doc(), &JourneyDocument::settingsChanged);
        QSignalSpy opportunitiesInFlo(flo->doc(), &JourneyDocument::opportunityChanged);

        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Счёт за 10 минут · 10분 계좌"), QStringLiteral("Новая цель"), QStringLiteral("RSD")}));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().title, QStringLiteral("Счёт за 10 минут · 10분 계좌"), settleMs);
        QCOMPARE(flo->doc()->journey().description, QStringLiteral("Новая цель"));
        QCOMPARE(flo->doc()->journey().currency, QStringLiteral("RSD"));
        QVERIFY(!infoInFlo.isEmpty());

        doc->push(new EditJourneySettings(doc, {{QStringLiteral("heatmap/weightEffort"), QString()}, {QStringLiteral("business/discountRate"), QStringLiteral("0.08")}},
                                          QStringLiteral("Settings")));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().settings.value(QStringLiteral("business/discountRate")), QStringLiteral("0.08"), settleMs);
        QVERIFY(!flo->doc()->journey().settings.contains(QStringLiteral("heatmap/weightEffort")));
        QCOMPARE(settingsInFlo.size(), 2);

        AgendaItem done = mJourney.agenda[1];
        done.done = true;
        doc->push(new EditEntity<AgendaItem>(doc, done));
        const AgendaItem lunch{QUuid::createUuid(), QStringLiteral("Обед 점심"), false};
        doc->push(new AddEntity<AgendaItem>(doc, lunch));
        QTRY_COMPARE_WITH_TIMEOUT(flo->doc()->journey().agenda.size(), std::size_t(3), settleMs);
        QCOMPARE(flo->doc()->journey().agenda, doc->journey().agenda);

        Opportunity cheaper = mJourney.opportunities[1];
        cheaper.oneOffCost.hundredths = 900000;
        cheaper.monthsToDeliver = 2;
        doc->push(new EditEntity<Opportunity>(doc, cheaper));
        QTRY_COMPARE_WITH_TIMEOUT(*flo->doc()->journey().opportunity(cheaper.id), cheaper, settleMs);
        // A model signal per figure at most (each is a change of its own), never the whole list again.
        QVERIFY2(opportunitiesInFlo.size() >= 1 && opportunitiesInFlo.size() <= 2, qPrintable(QString::number(opportunitiesInFlo.size())));
        const Scenario everything{QUuid::createUuid(), QStringLiteral("Всё сразу"), {cheaper.id, mJourney.opportunities[0].id}};
        doc->push(new AddEntity<Scenario>(doc, everything));
        QTRY_VERIFY_WITH_TIMEOUT(flo->doc()->journey().scenario(everything.id), settleMs);

        const QUuid vote = mJourney.votes[0].id; // open, with two dots
        doc->push(new RemoveEntity<VoteRound>(doc, vote));
        QTRY_VERIFY_WITH_TIMEOUT(!flo->doc()->journey().vote(vote), settleMs);
        QVERIFY2(fay->refusals.isEmpty() && flo->refusals.isEmpty(), qPrintable((fay->refusals + flo->refusals).join(u'\n')));

        QString error;
        QVERIFY2(watcher->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QCOMPARE(server.title, doc->journey().title);
        QCOMPARE(test::journeyText(watcher->journey()), test::journeyText(server));
        QCOMPARE(test::journeyText(flo->session->journey()), test::journeyText(server));
        test::TestConnection byHand(mServer, mDatabase);
        QSqlQuery query(byHand.db());
        QVERIFY(query.exec(QStringLiteral("SELECT title, (SELECT count(*) FROM dots WHERE journey = j.id AND vote = '%1') FROM journeys j WHERE id = '%2'")
                               .arg(idText(vote), idText(mJourney.id)))
                && query.next());
        QCOMPARE(query.value(0).toString(), server.title); // the list of journeys shows the new title
        QCOMPARE(query.value(1).toInt(), 0);                // the vote's dots went with it
    }

    // A participant may change none of these: refused by the database through Waymark, through
    // the window (taken back, naming the rule) and by SQL typed by hand.
    void aParticipantIsRefusedByTheDatabase()
    {
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(sam);
        ServerSession *session = sam->session.get();
        QString error;
        QVERIFY(!session->setJourneyField(QStringLiteral("title"), QStringLiteral("Моё"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-journey")), qPrintable(error));
        QVERIFY(!session->setJourneyField(QStringLiteral("settings/business/discountRate"), QStringLiteral("0.5"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-journey")), qPrintable(error));
        const QJsonObject step{{QStringLiteral("id"), idText(QUuid::createUuid())}, {QStringLiteral("title"), QStringLiteral("Перекур")},
                               {QStringLiteral("done"), false}};
        QVERIFY(!session->addListItem(ServerChangeKind::agenda, step, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-agenda")), qPrintable(error));
        QVERIFY(!session->setListItemField(ServerChangeKind::opportunity, mJourney.opportunities[0].id, QStringLiteral("monthsToDeliver"), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-business-case")), qPrintable(error));
        QVERIFY(!session->removeListItem(ServerChangeKind::scenario, mJourney.scenarios[0].id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-business-case")), qPrintable(error));
        QVERIFY(!session->deleteVote(mJourney.votes[1].id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-vote")), qPrintable(error));

        // Through the window: the step is taken back naming the rule.
        JourneyDocument *doc = sam->doc();
        Opportunity mine = mJourney.opportunities[0];
        mine.monthsToDeliver = 1;
        doc->push(new EditEntity<Opportunity>(doc, mine));
        QCOMPARE(doc->journey().opportunity(mine.id)->monthsToDeliver, mJourney.opportunities[0].monthsToDeliver);
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Моё"), mJourney.description, mJourney.currency}));
        QCOMPARE(doc->journey().title, mJourney.title);
        QCOMPARE(sam->refusals.size(), 2);
        QVERIFY2(sam->refusals[0].contains(QStringLiteral("facilitators-business-case")), qPrintable(sam->refusals[0]));
        QVERIFY2(sam->refusals[1].contains(QStringLiteral("facilitators-journey")), qPrintable(sam->refusals[1]));

        // By hand.
        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        const QString journey = idText(mJourney.id);
        for (const auto &[statement, rule] : std::initializer_list<std::pair<QString, QString>>{
                 {QStringLiteral("UPDATE journeys SET title = 'x' WHERE id = '%1'"), QStringLiteral("facilitators-journey")},
                 {QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{currency}', '\"USD\"') WHERE id = '%1'"), QStringLiteral("facilitators-journey")},
                 {QStringLiteral("UPDATE journeys SET base = base - 'settings' WHERE id = '%1'"), QStringLiteral("facilitators-journey")},
                 {QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{agenda}', '[]') WHERE id = '%1'"), QStringLiteral("facilitators-agenda")},
                 {QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{opportunities,0,monthsToDeliver}', '1') WHERE id = '%1'"),
                  QStringLiteral("facilitators-business-case")},
                 {QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{scenarios}', '[]') WHERE id = '%1'"), QStringLiteral("facilitators-business-case")},
                 {QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) VALUES ('%1', 'sam', 0, 'journey', '%1', "
                                 "'title', '\"x\"')"),
                  QStringLiteral("facilitators-journey")},
                 {QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) VALUES ('%1', 'sam', 0, 'opportunity', '%1', "
                                 "'deleted', 'null')"),
                  QStringLiteral("facilitators-business-case")}}) {
            QVERIFY2(!query.exec(statement.arg(journey)), qPrintable(statement));
            QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule ") + rule), qPrintable(databaseError(query)));
        }
        QCOMPARE(test::journeyText(opened()), test::journeyText(session->journey()));
    }

    // Undo of one's own title, setting, figure, agenda step and vote deletion; refused, naming
    // who, when someone changed the same thing since.
    void undoAndItsRefusals()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QString error;
        const QUuid figures = mJourney.opportunities[0].id;
        QVERIFY2(fay->setJourneyField(QStringLiteral("title"), QStringLiteral("Черновик"), &error), qPrintable(error));
        QVERIFY2(fay->setJourneyField(QStringLiteral("settings/business/discountRate"), QStringLiteral("0.1"), &error), qPrintable(error));
        QVERIFY2(fay->setListItemField(ServerChangeKind::opportunity, figures, QStringLiteral("monthsToDeliver"), 7, &error), qPrintable(error));
        QVERIFY2(fay->deleteVote(mJourney.votes[0].id, &error), qPrintable(error));

        // The vote comes back with its dots, each still its placer's (the login kept).
        QVERIFY2(fay->undo(&error), qPrintable(error));
        const VoteRound *back = fay->journey().vote(mJourney.votes[0].id);
        QVERIFY(back);
        QCOMPARE(back->dots, mJourney.votes[0].dots);
        QCOMPARE(opened().vote(mJourney.votes[0].id)->dots, mJourney.votes[0].dots);
        // A figure and a setting go back to what they were.
        QVERIFY2(fay->undo(&error), qPrintable(error));
        QCOMPARE(fay->journey().opportunity(figures)->monthsToDeliver, mJourney.opportunities[0].monthsToDeliver);
        QVERIFY2(fay->undo(&error), qPrintable(error));
        QVERIFY(!opened().settings.contains(QStringLiteral("business/discountRate")));
        // Flo renamed the journey since: Fay's rename stays undone no more.
        QVERIFY2(flo->catchUp(&error), qPrintable(error));
        QVERIFY2(flo->setJourneyField(QStringLiteral("title"), QStringLiteral("Чистовик"), &error), qPrintable(error));
        QVERIFY2(fay->catchUp(&error), qPrintable(error));
        QVERIFY(!fay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("flo")) && error.contains(QStringLiteral("title")), qPrintable(error));
        QCOMPARE(opened().title, QStringLiteral("Чистовик"));

        // An agenda step ticked off, then removed by Flo: its undo is refused naming him.
        QVERIFY2(fay->setListItemField(ServerChangeKind::agenda, mJourney.agenda[1].id, QStringLiteral("done"), true, &error), qPrintable(error));
        QVERIFY2(flo->catchUp(&error), qPrintable(error));
        QVERIFY2(flo->removeListItem(ServerChangeKind::agenda, mJourney.agenda[1].id, &error), qPrintable(error));
        QVERIFY2(fay->catchUp(&error), qPrintable(error));
        QVERIFY(!fay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("flo removed the agenda step")), qPrintable(error));
        for (ServerSession *each : {fay.get(), flo.get()}) {
            QVERIFY2(each->catchUp(&error), qPrintable(error));
            QCOMPARE(test::journeyText(each->journey()), test::journeyText(opened()));
        }
    }

    // Two facilitators change one opportunity at the same moment (neither has seen the other's
    // change): different figures both stay; the same figure keeps the later one, and the
    // author of the earlier one is told who replaced it.
    void figuresEditedAtOnce()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QSignalSpy fayLost(fay.get(), &ServerSession::overwritten);
        QSignalSpy floLost(flo.get(), &ServerSession::overwritten);
        const QUuid id = mJourney.opportunities[1].id;
        const QJsonValue oneOff = QJsonObject{{QStringLiteral("amount"), 18000.5}, {QStringLiteral("currency"), QStringLiteral("EUR")}};
        QString error;
        QVERIFY2(fay->setListItemField(ServerChangeKind::opportunity, id, QStringLiteral("oneOffCost"), oneOff, &error), qPrintable(error));
        QVERIFY2(flo->setListItemField(ServerChangeKind::opportunity, id, QStringLiteral("monthsToDeliver"), 9, &error), qPrintable(error));
        // Now the same figure, again without seeing each other.
        const qint64 fayWrote = *fay->setListItemField(ServerChangeKind::opportunity, id, QStringLiteral("confidence"), QStringLiteral("high"), &error);
        QVERIFY2(flo->setListItemField(ServerChangeKind::opportunity, id, QStringLiteral("confidence"), QStringLiteral("low"), &error), qPrintable(error));
        QVERIFY2(fay->catchUp(&error) && flo->catchUp(&error), qPrintable(error));

        const Journey onServer = opened(); // kept: the opportunity points into it
        const Opportunity *server = onServer.opportunity(id);
        QVERIFY(server);
        QCOMPARE(server->oneOffCost, (Money{1800050, QStringLiteral("EUR")}));
        QCOMPARE(server->monthsToDeliver, 9);
        QCOMPARE(server->confidence, Confidence::Low);
        QCOMPARE(fayLost.size(), 1);
        const LostChange lost = fayLost.front().front().value<LostChange>();
        QCOMPARE(lost.mine, fayWrote);
        QCOMPARE(lost.by.author, QStringLiteral("flo"));
        QCOMPARE(lost.by.field, QStringLiteral("confidence"));
        QCOMPARE(floLost.size(), 0);
        QCOMPARE(test::journeyText(fay->journey()), test::journeyText(flo->journey()));
    }

    // A vote with a time limit started live gets the server's clock as its start, so every
    // session sees the same end; once it has passed on the server's clock the database refuses
    // dots, and of two facilitators' laptops that notice, one closes the vote and the other
    // writes nothing.
    void aVotesTimeLimitIsTheServers()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && flo && sam);
        QString error;
        QVERIFY2(fay->setVoteField(mJourney.votes[0].id, QStringLiteral("closed"), true, &error), qPrintable(error));
        VoteRound timed;
        timed.id = QUuid::createUuid();
        timed.title = QStringLiteral("Пять минут · 5분");
        timed.scope = VoteScope::AllCards;
        timed.minutes = 5;
        timed.startedAt = QDateTime(QDate(2001, 1, 1), QTime(9, 0), Qt::UTC); // a laptop whose clock is far off
        QVERIFY2(fay->startVote(timed, &error), qPrintable(error));
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        const QDateTime ends = sam->voteEndsAt(timed.id);
        QVERIFY(ends.isValid());
        QCOMPARE(ends, fay->voteEndsAt(timed.id));
        QCOMPARE(sam->journey().vote(timed.id)->startedAt, opened().vote(timed.id)->startedAt);
        // The server's clock, not the laptop's: the end lies about five minutes after now.
        const qint64 left = sam->serverNow().secsTo(ends);
        QVERIFY2(left > 3 * 60 && left <= 5 * 60, qPrintable(QString::number(left)));
        QVERIFY(!fay->closeVoteAtTimeUp(timed.id, &error));
        QVERIFY2(error.contains(QStringLiteral("not up yet")), qPrintable(error));
        QVERIFY2(sam->addDot(timed.id, mJourney.participants[0].id, mJourney.touchpoints[0].id, &error), qPrintable(error));

        // Six minutes later on the server's clock (its start moved back instead of waiting).
        QVERIFY2(mServer.psql(mDatabase, QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', (SELECT jsonb_agg(CASE WHEN v->>'id' = '%1' "
                                                       "THEN jsonb_set(v, '{started}', to_jsonb(to_char((now() - interval '6 minutes') AT TIME ZONE 'UTC', "
                                                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))) ELSE v END ORDER BY n) "
                                                       "FROM jsonb_array_elements(base->'votes') WITH ORDINALITY AS e(v, n)))")
                                                        .arg(idText(timed.id))),
                 qPrintable(mServer.error()));
        QVERIFY(!sam->addDot(timed.id, mJourney.participants[1].id, mJourney.touchpoints[1].id, &error));
        QVERIFY2(error.contains(QStringLiteral("vote-time-up")), qPrintable(error));
        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM dots WHERE journey = '%1' AND vote = '%2'").arg(idText(mJourney.id), idText(timed.id))));
        QVERIFY2(databaseError(query).contains(QStringLiteral("waymark rule vote-time-up")), qPrintable(databaseError(query)));

        // Both facilitators' laptops notice; the vote closes once.
        QVERIFY2(flo->catchUp(&error), qPrintable(error));
        const auto first = fay->closeVoteAtTimeUp(timed.id, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(!flo->closeVoteAtTimeUp(timed.id, &error));
        QVERIFY2(error.contains(QStringLiteral("closed already")), qPrintable(error));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM changes WHERE journey = '%1' AND entity = '%2' AND field = 'closed'")
                               .arg(idText(mJourney.id), idText(timed.id)))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY2(sam->catchUp(&error), qPrintable(error));
        QVERIFY(sam->journey().vote(timed.id)->closed);
        QVERIFY(!sam->voteEndsAt(timed.id).isValid());
        // Not Fay's step to undo: the time closed it. Her newest is the start, which Sam's dot keeps.
        QVERIFY(!fay->undo(&error));
        QVERIFY2(error.contains(QStringLiteral("sam placed a dot")), qPrintable(error));
        QVERIFY(fay->journey().vote(timed.id)->closed);
    }

    // Schema 7 over a version 6 database: run twice, the rules hold.
    void theMigrationIsIdempotent()
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("UPDATE waymark_schema SET version = 6")));
        test::TestConnection owner(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerSchema::migrate(owner.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(owner.db(), &error), std::optional<int>(ServerSchema::version)); // 7, then 8 on top
        auto sam = session(QStringLiteral("sam"));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(sam && fay);
        QVERIFY(!sam->setJourneyField(QStringLiteral("currency"), QStringLiteral("KRW"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-journey")), qPrintable(error));
        QVERIFY2(fay->setJourneyField(QStringLiteral("currency"), QStringLiteral("KRW"), &error), qPrintable(error));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }

    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerJourneyLive)
#include "tst_serverjourneylive.moc"
