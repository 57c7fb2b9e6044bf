#include "postgresserver.h"
#include "randomworkload.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/serverjourneyfields.h"
#include "server/serverlists.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <set>
#include <vector>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

// The ten clients, with 100 edits each (1,000 edits) when interleaved in one thread;
// at once, each in a thread of its own, the full 1,000 each (10,000 edits) in the
// optimised build, where CTest sets WAYMARK_SERVER_EDITS_AT_ONCE (about a minute on two cores;
// the sanitizer build keeps 100). WAYMARK_SERVER_EDITS sets both.
int editsFrom(const char *variable, int fallback)
{
    return qEnvironmentVariableIsSet(variable) ? qEnvironmentVariableIntValue(variable) : fallback;
}
const int sessionCount = editsFrom("WAYMARK_SERVER_SESSIONS", 10);
const int editsPerSession = editsFrom("WAYMARK_SERVER_EDITS", 100);
const int editsAtOnce = editsFrom("WAYMARK_SERVER_EDITS_AT_ONCE", editsPerSession);
constexpr int settleMs = 30000;
constexpr quint32 seed = 2121;

struct Workload {
    int attempted = 0;
    int refused = 0; // card deleted meanwhile, vote budget used, not connected
};

// What one client ended with: what the server acknowledged, what it was told was overwritten,
// and its journey (as .waymark.json text).
struct ClientOutcome {
    QString author;
    std::set<qint64> acknowledged;
    std::vector<LostChange> lost;
    QString journey;
};

} // namespace

// Issue 21's convergence check at model level: several live sessions on one journey make
// random edits interleaved, with and without having seen each other's; afterwards every
// session holds what the database holds, and every acknowledged change is either there or
// was reported to its author as overwritten.
class TestServerConvergence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY(mServer.createDatabase(QStringLiteral("workshop")));
        QVERIFY(mServer.createDatabase(QStringLiteral("parallel")));
    }

    void randomEditsConverge()
    {
        mDatabase = QStringLiteral("workshop");
        Journey journey = test::workshopJourney(sessionCount);
        journey.votes.front().budget = 40;
        for (const Connection &arrow : journey.connections)
            mArrowEnds[arrow.id] = {arrow.fromId, arrow.toId};
        {
            test::TestConnection connection(mServer, mDatabase);
            QString error;
            QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        }
        std::vector<std::unique_ptr<ServerSession>> sessions;
        for (int i = 0; i < sessionCount; ++i) {
            sessions.push_back(std::make_unique<ServerSession>(test::addressOf(mServer, mDatabase), journey.id,
                                                               journey.participants[std::size_t(i)].name));
            QString error;
            QVERIFY2(sessions.back()->connectToServer(&error), qPrintable(error));
        }
        // Cards everyone edits at once (their titles): the same-field conflicts.
        const std::vector<QUuid> hot{journey.touchpoints[0].id, journey.touchpoints[1].id, journey.touchpoints[2].id};

        QRandomGenerator random(seed);
        std::vector<std::set<qint64>> acknowledged(sessionCount);
        Workload workload;
        // The last session misses a stretch of the workshop (disconnected, so no notifications),
        // then catches up by change id; it makes its edits before and after.
        const int awayFrom = editsPerSession * sessionCount / 3;
        const int awayUntil = editsPerSession * sessionCount * 2 / 3;
        std::vector<int> made(sessionCount, 0);
        for (int step = 0; std::any_of(made.cbegin(), made.cend(), [](int n) { return n < editsPerSession; }); ++step) {
            const int who = step % sessionCount;
            ServerSession &s = *sessions[std::size_t(who)];
            if (made[std::size_t(who)] == editsPerSession)
                continue;
            if (who == sessionCount - 1 && step >= awayFrom && step < awayUntil) {
                if (s.isConnected())
                    s.disconnectFromServer();
                continue;
            }
            if (!s.isConnected()) {
                QString error;
                QVERIFY2(s.connectToServer(&error), qPrintable(error));
            }
            ++made[std::size_t(who)];
            ++workload.attempted;
            QString error;
            const auto id = mWorkload.randomEdit(s, journey, hot, who, random, &error);
            if (id)
                acknowledged[std::size_t(who)].insert(*id);
            else
                ++workload.refused;
            // Sometimes the notifications are handled before the next edit, sometimes not:
            // edits made with and without knowing the others'.
            if (random.bounded(4) == 0)
                QCoreApplication::processEvents();
        }
        QCOMPARE(workload.attempted, editsPerSession * sessionCount);
        QVERIFY(workload.refused < workload.attempted / 4);

        // Until quiet: every session has applied the newest change.
        const qint64 newest = newestChange();
        for (const auto &s : sessions)
            QTRY_COMPARE_WITH_TIMEOUT(s->lastSeenChange(), newest, settleMs);

        std::vector<ClientOutcome> outcomes;
        for (int who = 0; who < sessionCount; ++who) {
            const ServerSession &s = *sessions[std::size_t(who)];
            outcomes.push_back({s.author(), acknowledged[std::size_t(who)], s.lostChanges(), journeyText(s.journey())});
        }
        checkConvergence(journey.id, outcomes, workload);
    }

    // The same clients truly at once: each session in a thread of its own with its own
    // connection, making random edits while the others make theirs (the server decides the
    // order, notifications arrive while a client is writing). When every client is done, each
    // reads what it missed; then every one holds what the database holds, and every
    // acknowledged change is there or was reported overwritten.
    void parallelClientsConverge()
    {
        mDatabase = QStringLiteral("parallel");
        Journey journey = test::workshopJourney(sessionCount);
        journey.votes.front().budget = 40;
        {
            test::TestConnection connection(mServer, mDatabase);
            QString error;
            QVERIFY2(ServerJourneys::publish(connection.db(), journey, &error), qPrintable(error));
        }
        const std::vector<QUuid> hot{journey.touchpoints[0].id, journey.touchpoints[1].id, journey.touchpoints[2].id};
        const PostgresAddress address = test::addressOf(mServer, mDatabase);

        struct Client {
            ClientOutcome outcome;
            Workload workload;
            QString failure; // why the client could not take part (connecting, catching up)
        };
        std::vector<Client> clients(static_cast<std::size_t>(sessionCount));
        std::atomic<int> editing{sessionCount};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int who = 0; who < sessionCount; ++who) {
            Client &client = clients[std::size_t(who)];
            threads.emplace_back(QThread::create([&, who] {
                // Everything of the session lives and dies in this thread: Qt SQL connections
                // belong to the thread that opened them.
                ServerSession s(address, journey.id, journey.participants[std::size_t(who)].name);
                client.outcome.author = s.author();
                QString error;
                const bool connected = s.connectToServer(&error);
                if (!connected)
                    client.failure = error;
                QRandomGenerator random(seed + quint32(who));
                for (int i = 0; connected && i < editsAtOnce; ++i) {
                    ++client.workload.attempted;
                    const auto id = mWorkload.randomEdit(s, journey, hot, who, random, &error);
                    if (id)
                        client.outcome.acknowledged.insert(*id);
                    else
                        ++client.workload.refused;
                    if (random.bounded(4) == 0)
                        QCoreApplication::processEvents(); // this thread's notifications
                }
                // Nobody writes once all are done: one catch-up then reads everything.
                --editing;
                while (editing.load() > 0) {
                    QCoreApplication::processEvents();
                    QThread::msleep(5);
                }
                if (connected && !s.catchUp(&error))
                    client.failure = error;
                client.outcome.lost = s.lostChanges();
                client.outcome.journey = journeyText(s.journey());
            }));
        }
        for (const auto &thread : threads)
            thread->start();
        for (const auto &thread : threads)
            thread->wait();

        Workload workload;
        std::vector<ClientOutcome> outcomes;
        for (const Client &client : clients) {
            QVERIFY2(client.failure.isEmpty(), qPrintable(client.outcome.author + QStringLiteral(": ") + client.failure));
            workload.attempted += client.workload.attempted;
            workload.refused += client.workload.refused;
            outcomes.push_back(client.outcome);
        }
        QCOMPARE(workload.attempted, editsAtOnce * sessionCount);
        QVERIFY(workload.refused < workload.attempted / 4);
        // They did write at once: changes made without having seen the one just before.
        const auto log = changes();
        const auto unseen = std::count_if(log.cbegin(), log.cend(), [](const auto &entry) { return entry.second.seen < entry.first - 1; });
        QVERIFY(unseen > 0);
        checkConvergence(journey.id, outcomes, workload);
    }

private:
    // Every client holds what the database holds, and every change a client had acknowledged
    // is in the log under its author, and is either what the journey holds now or was followed
    // by another change of the same thing, which its author was told of when that change did
    // not know of theirs.
    void checkConvergence(const QUuid &journeyId, const std::vector<ClientOutcome> &clients, const Workload &workload)
    {
        const Journey fromDatabase = opened(journeyId);
        QVERIFY(!fromDatabase.id.isNull());
        const QString expected = journeyText(fromDatabase);
        for (const ClientOutcome &client : clients)
            QVERIFY2(client.journey == expected, qPrintable(client.author + QStringLiteral(" ends with another journey than the database's")));

        const auto log = changes();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        const auto snapshot = ServerJourneys::readSnapshot(connection.db(), journeyId, &error);
        QVERIFY2(snapshot, qPrintable(error));
        std::size_t lostTotal = 0;
        for (const ClientOutcome &client : clients) {
            std::set<std::pair<qint64, qint64>> reported;
            for (const LostChange &lost : client.lost)
                reported.insert({lost.mine, lost.by.id});
            lostTotal += reported.size();
            for (const qint64 id : client.acknowledged) {
                const auto found = log.find(id);
                QVERIFY2(found != log.end(), qPrintable(QString::number(id)));
                const ServerChange &mine = found->second;
                QCOMPARE(mine.author, client.author);
                const ServerChange *next = nextOnSameThing(log, mine);
                if (!next) {
                    QVERIFY2(holds(snapshot->parts, mine), qPrintable(QStringLiteral("change %1 (%2 %3) is not in the journey").arg(id).arg(mine.kind, mine.field)));
                } else if (next->author != mine.author && next->concurrentWith(mine.id)) {
                    QVERIFY2(reported.count({mine.id, next->id}),
                             qPrintable(QStringLiteral("%1's change %2 (%3 %4) was overwritten by %5 without telling")
                                            .arg(client.author)
                                            .arg(mine.id)
                                            .arg(mine.kind, mine.field)
                                            .arg(next->id)));
                }
            }
        }
        // The workload did make conflicts (else the check above proved little).
        QVERIFY(lostTotal > 0);
        // And changed the structure, removals with cards included.
        const auto structure = std::count_if(log.cbegin(), log.cend(), [](const auto &entry) { return ServerChangeKind::isStructure(entry.second.kind); });
        const auto removals = std::count_if(log.cbegin(), log.cend(), [](const auto &entry) {
            return ServerChangeKind::isStructure(entry.second.kind) && entry.second.field == ServerChangeField::deleted;
        });
        QVERIFY(removals > 0);
        // And the workshop's schema 5 kinds: votes closed and reopened, dots taken back, comments changed and deleted.
        const auto count = [&](const QString &kind, bool deleted) {
            return std::count_if(log.cbegin(), log.cend(), [&](const auto &entry) {
                return entry.second.kind == kind && (entry.second.field == ServerChangeField::deleted) == deleted;
            });
        };
        // (Dots taken back and comments deleted are a few per thousand edits: shown, not
        // required, as a draw without one is possible when the clients run at once.)
        QVERIFY(count(ServerChangeKind::vote, false) > 0);
        qInfo("%td vote changes, %td dots taken back, %td comments deleted", count(ServerChangeKind::vote, false), count(ServerChangeKind::dot, true),
              count(ServerChangeKind::comment, true));
        // And schema 6's: arrows, personas and participants. Personas and participants are
        // facilitators' and rare among the random edits (a handful per thousand): their
        // counts are shown, not required, so an unlucky draw does not fail the run.
        QVERIFY(count(ServerChangeKind::arrow, false) > 0);
        qInfo("%td arrow changes (%td deleted), %td persona changes, %td participant renames", count(ServerChangeKind::arrow, false),
              count(ServerChangeKind::arrow, true), count(ServerChangeKind::persona, false) + count(ServerChangeKind::persona, true),
              count(ServerChangeKind::participant, false));
        // And schema 7's: the journey's own fields, the agenda and the business case (about one
        // edit in a hundred: shown, not required).
        const auto moves = std::count_if(log.cbegin(), log.cend(), [](const auto &entry) {
            return ServerChangeKind::isListItem(entry.second.kind) && entry.second.field == ServerChangeField::position;
        });
        qInfo("%td journey field changes, %td agenda changes, %td opportunity changes, %td agenda steps and opportunities moved",
              count(ServerChangeKind::journey, false), count(ServerChangeKind::agenda, false), count(ServerChangeKind::opportunity, false), moves);
        qInfo("%d edits tried, %d refused, %zu changes (%td of stages and lanes, %td removals), %zu reported overwritten", workload.attempted,
              workload.refused, log.size(), structure, removals, lostTotal);
    }

    // The change after `mine` to the same thing: the same card field (or position), or the
    // card's deletion (alone, or with its stage or lane); for a stage or lane the same field
    // or its removal; nullptr when none.
    const ServerChange *nextOnSameThing(const std::map<qint64, ServerChange> &log, const ServerChange &mine) const
    {
        const bool structure = ServerChangeKind::isStructure(mine.kind);
        if (mine.kind == ServerChangeKind::dot) {
            // A dot placed may have been taken back since (that one, or another of the same).
            const QJsonObject dot = mine.value.toObject();
            for (auto it = log.upper_bound(mine.id); it != log.end() && mine.field == ServerChangeField::added; ++it) {
                const QJsonObject later = it->second.value.toObject();
                if (it->second.kind == ServerChangeKind::dot && it->second.field == ServerChangeField::deleted
                    && later[QLatin1String("vote")] == dot[QLatin1String("vote")] && later[QLatin1String("participant")] == dot[QLatin1String("participant")]
                    && later[QLatin1String("card")] == dot[QLatin1String("card")])
                    return &it->second;
            }
            return nullptr;
        }
        const bool keyed = structure || mine.kind == ServerChangeKind::vote || mine.kind == ServerChangeKind::comment
            || ServerChangeKind::isListItem(mine.kind) || mine.kind == ServerChangeKind::journey;
        // An arrow also goes with either of its cards (deleted alone, or with its stage or lane).
        // Its ends: from the journey as set up, or from the change that drew it.
        std::optional<std::pair<QUuid, QUuid>> ends;
        if (const auto drawn = mArrowEnds.find(mine.entity); drawn != mArrowEnds.end())
            ends = drawn->second;
        for (auto it = log.begin(); !ends && mine.kind == ServerChangeKind::arrow && it != log.end(); ++it) {
            const ServerChange &change = it->second;
            if (change.kind == ServerChangeKind::arrow && change.entity == mine.entity && change.field == ServerChangeField::added) {
                const QJsonObject item = change.value.toObject()[QLatin1String("item")].toObject();
                ends = {QUuid::fromString(item[QLatin1String("from")].toString()), QUuid::fromString(item[QLatin1String("to")].toString())};
            }
        }
        const auto takesArrow = [&](const ServerChange &later) {
            if (mine.kind != ServerChangeKind::arrow || !ends)
                return false;
            for (const QUuid &card : {ends->first, ends->second}) {
                if ((later.kind == ServerChangeKind::card && later.field == ServerChangeField::deleted && later.entity == card)
                    || (later.kind != ServerChangeKind::department && ServerChangeKind::isStructure(later.kind) && later.field == ServerChangeField::deleted
                        && later.value.toObject()[QLatin1String("cards")].toArray().contains(card.toString(QUuid::WithoutBraces))))
                    return true;
            }
            return false;
        };
        if ((mine.kind != ServerChangeKind::card && !keyed) || mine.field == ServerChangeField::deleted)
            return nullptr;
        const QJsonValue id = mine.entity.toString(QUuid::WithoutBraces);
        for (auto it = log.upper_bound(mine.id); it != log.end(); ++it) {
            const ServerChange &later = it->second;
            if (later.kind == mine.kind && later.entity == mine.entity
                && (later.field == ServerChangeField::deleted || (later.field == mine.field && mine.field != ServerChangeField::added)))
                return &later;
            if (takesArrow(later))
                return &later;
            if (mine.kind == ServerChangeKind::card && later.kind != ServerChangeKind::department && ServerChangeKind::isStructure(later.kind)
                && later.field == ServerChangeField::deleted && later.value.toObject()[QLatin1String("cards")].toArray().contains(id))
                return &later;
        }
        return nullptr;
    }

    static bool holds(const JourneyParts &parts, const ServerChange &change)
    {
        if (change.kind == ServerChangeKind::comment) {
            const auto comment = std::find_if(parts.comments.cbegin(), parts.comments.cend(),
                                              [&](const QJsonObject &c) { return c[QLatin1String("id")].toString() == change.entity.toString(QUuid::WithoutBraces); });
            if (change.field == ServerChangeField::deleted)
                return comment == parts.comments.cend();
            return comment != parts.comments.cend() && (change.field == ServerChangeField::added || comment->value(change.field) == change.value);
        }
        if (change.kind == ServerChangeKind::vote) {
            const QJsonObject vote = ServerWorkshop::voteIn(parts.base, change.entity);
            return !vote.isEmpty() && (change.field == ServerChangeField::added || vote.value(change.field) == change.value);
        }
        if (change.kind == ServerChangeKind::dot && change.field == ServerChangeField::deleted)
            return true; // which dot went is the sessions' and the database's equal journeys' to show
        if (change.kind == ServerChangeKind::dot) {
            const QJsonObject value = change.value.toObject();
            return std::any_of(parts.dots.cbegin(), parts.dots.cend(), [&](const DotRow &d) {
                return d.dot[QLatin1String("card")] == value[QLatin1String("card")] && d.dot[QLatin1String("participant")] == value[QLatin1String("participant")];
            });
        }
        if (change.kind == ServerChangeKind::journey)
            return ServerJourneyFields::valueIn(parts.base, change.field) == change.value;
        if (ServerChangeKind::isListItem(change.kind)) {
            const QJsonObject item = ServerLists::itemIn(parts.base, change.kind, change.entity);
            if (change.field == ServerChangeField::deleted)
                return item.isEmpty();
            // A move's place: as a stage's (below), others' moves change it without touching it.
            return !item.isEmpty()
                && (change.field == ServerChangeField::added || change.field == ServerChangeField::position || item.value(change.field) == change.value);
        }
        if (ServerChangeKind::isStructure(change.kind)) {
            const QJsonArray list = parts.base[ServerStructure::listKey(change.kind)].toArray();
            const int at = ServerStructure::indexOf(list, change.entity);
            if (change.field == ServerChangeField::deleted)
                return at < 0;
            // Its place: others moving or removing its neighbours change it without touching it,
            // so only that it is there (the order itself is compared with every session's).
            if (at < 0)
                return false;
            if (change.field == ServerChangeField::added || change.field == ServerChangeField::position)
                return true;
            return list[at].toObject().value(change.field) == change.value;
        }
        const auto card = parts.cards.find(change.entity);
        if (change.field == ServerChangeField::deleted)
            return card == parts.cards.end();
        if (card == parts.cards.end())
            return false;
        const QJsonObject value = change.value.toObject();
        if (change.field == ServerChangeField::added)
            return true; // its fields may have been edited since; those edits are checked themselves
        if (change.field == ServerChangeField::position)
            return card->second.stage == QUuid::fromString(value[QLatin1String("stage")].toString())
                && card->second.lane == QUuid::fromString(value[QLatin1String("lane")].toString())
                && card->second.key == value[QLatin1String("key")].toString();
        return card->second.fields.value(change.field) == change.value;
    }

    std::map<qint64, ServerChange> changes()
    {
        std::map<qint64, ServerChange> log;
        test::TestConnection connection(mServer, mDatabase);
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("SELECT id, author, seen, kind, entity, field, jsonb_build_array(value)::text FROM changes ORDER BY id")))
            return log;
        while (query.next()) {
            ServerChange change;
            change.id = query.value(0).toLongLong();
            change.author = query.value(1).toString();
            change.seen = query.value(2).toLongLong();
            change.kind = query.value(3).toString();
            change.entity = QUuid::fromString(query.value(4).toString());
            change.field = query.value(5).toString();
            change.value = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array().at(0);
            log[change.id] = change;
        }
        return log;
    }

    qint64 newestChange()
    {
        return test::newestChange(mServer, mDatabase);
    }

    Journey opened(const QUuid &id)
    {
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        const auto journey = ServerJourneys::open(connection.db(), id, &error);
        if (!journey)
            qWarning("%s", qPrintable(error));
        return journey.value_or(Journey{});
    }

    PostgresServer mServer;
    QString mDatabase;
    test::RandomWorkload mWorkload;
    std::map<QUuid, std::pair<QUuid, QUuid>> mArrowEnds; // the arrows the journey was set up with, by id: from, to
};

QTEST_GUILESS_MAIN(TestServerConvergence)
#include "tst_serverconvergence.moc"
