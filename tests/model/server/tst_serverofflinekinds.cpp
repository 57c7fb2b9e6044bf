// Off the network, every kind (issue 21: "losing the connection keeps the journey open and
// editable; changes queue locally and replay on reconnect with a report of any that
// conflicted"): stages, lanes, departments, votes, dots taken back, comments changed and
// deleted, arrows, personas and participants are queued like cards, survive a crash (the
// queue re-read by a new session), reach the server through the live writers and another
// session; what met someone else's change, and what the database refuses at replay (a role,
// the frozen board, a closed vote), is in the replay report with who and why; undo offline
// takes the newest of them off the queue.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "journeydocument.h"
#include "server/offlinequeue.h"
#include "server/serverlists.h"
#include "server/serverlock.h"
#include "server/serverschema.h"
#include "server/serverstructure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QStringList queueFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("server-queue-*.json")}, QDir::Files);
}

// Two edits made one after the other must carry different times (the later one wins a
// conflict); the clock's resolution is a millisecond, this is a safe margin, not a timing.
void tick()
{
    QTest::qWait(50);
}

// The .waymark.json object of the newest item of `key` ("stages", "personas", …) in `journey`,
// as the session's writers take it.
QJsonObject lastItem(const Journey &journey, const QString &key)
{
    QJsonObject all = ServerStructure::structureOf(journey);
    const QJsonObject lists = ServerLists::listsOf(journey);
    for (auto it = lists.begin(); it != lists.end(); ++it)
        all.insert(it.key(), it.value());
    return all[key].toArray().last().toObject();
}

const Connection *arrowIn(const Journey &journey, const QUuid &id)
{
    const auto it = std::find_if(journey.connections.begin(), journey.connections.end(), [&](const Connection &c) { return c.id == id; });
    return it == journey.connections.end() ? nullptr : &*it;
}

const Comment *commentIn(const Journey &journey, const QUuid &id)
{
    const auto it = std::find_if(journey.comments.begin(), journey.comments.end(), [&](const Comment &c) { return c.id == id; });
    return it == journey.comments.end() ? nullptr : &*it;
}

const ReplayConflict *conflictOn(const ReplayReport &report, const QString &kind, const QString &field = {})
{
    const auto it = std::find_if(report.conflicts.begin(), report.conflicts.end(),
                                 [&](const ReplayConflict &c) { return c.kind == kind && (field.isEmpty() || c.field == field); });
    return it == report.conflicts.end() ? nullptr : &*it;
}

} // namespace

class TestServerOfflineKinds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ReplayReport>();
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE sam LOGIN IN ROLE waymark_participant"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("kinds%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mQueueDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mQueueDir->isValid());
    }

    // Every new kind, queued by a facilitator offline: on the journey at once and on disk; the
    // session then gone as in a crash; the next session on the journey sends the queue it
    // finds, in order, and another session that stayed connected ends with the same journey.
    void everyKindQueuedSurvivesACrashAndArrives()
    {
        auto watcher = test::connectedSession(mServer, mDatabase, mJourney.id, QStringLiteral("flo"));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(watcher && fay);
        fay->disconnectFromServer(); // the Wi-Fi went
        QString error;
        const VoteRound &open = mJourney.votes[0];

        Journey grown = mJourney;
        grown.stages.push_back({QUuid::createUuid(), QStringLiteral("Офлайн · 오프라인"), QStringLiteral("добавлена в поезде")});
        grown.personas.push_back({QUuid::createUuid(), QStringLiteral("Мин-джи"), QStringLiteral("지하철에서"), {}, {}});
        const Stage &stage = grown.stages.back();
        const Persona &persona = grown.personas.back();
        QVERIFY2(fay->addStructure(ServerChangeKind::stage, lastItem(grown, QStringLiteral("stages")), mJourney.stages.back().id, &error),
                 qPrintable(error));
        QVERIFY2(fay->setStructureField(ServerChangeKind::lane, mJourney.lanes[0].id, QStringLiteral("name"), QStringLiteral("Клиент, офлайн"), &error),
                 qPrintable(error));
        QVERIFY2(fay->moveStructure(ServerChangeKind::stage, mJourney.stages[2].id, {}, &error), qPrintable(error));
        QVERIFY2(fay->setStructureField(ServerChangeKind::department, mJourney.departments[1].id, QStringLiteral("name"), QStringLiteral("Naplata"), &error),
                 qPrintable(error));
        QVERIFY2(fay->removeStructure(ServerChangeKind::lane, mJourney.lanes[4].id, &error), qPrintable(error)); // no cards
        QVERIFY2(fay->takeBackDot(open.id, open.dots[0].participantId, open.dots[0].touchpointId, &error), qPrintable(error));
        QVERIFY2(fay->setVoteField(open.id, QStringLiteral("closed"), true, &error), qPrintable(error));
        VoteRound next;
        next.id = QUuid::createUuid();
        next.title = QStringLiteral("Что чинить первым? 먼저 고칠 것");
        next.scope = VoteScope::AllCards;
        next.budget = 2;
        next.startedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        QVERIFY2(fay->startVote(next, &error), qPrintable(error));
        QVERIFY2(fay->setCommentField(mJourney.comments[0].id, QStringLiteral("resolved"), true, &error), qPrintable(error));
        QVERIFY2(fay->deleteComment(mJourney.comments[1].id, &error), qPrintable(error));
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[1].id, mJourney.touchpoints[5].id, {}};
        QVERIFY2(fay->addArrow(arrow, &error), qPrintable(error));
        QVERIFY2(fay->setListItemField(ServerChangeKind::arrow, arrow.id, QStringLiteral("label"), QStringLiteral("потом · 나중에"), &error),
                 qPrintable(error));
        QVERIFY2(fay->addListItem(ServerChangeKind::persona, lastItem(grown, QStringLiteral("personas")), mJourney.personas.back().id, &error),
                 qPrintable(error));
        QVERIFY2(fay->setListItemField(ServerChangeKind::participant, mJourney.participants[4].id, QStringLiteral("name"), QStringLiteral("Олена К."), &error),
                 qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 14);
        QVERIFY(!fay->isConnected());

        // On the journey at once.
        const Journey offline = fay->journey();
        QVERIFY(offline.stage(stage.id));
        QCOMPARE(offline.stages.front().id, mJourney.stages[2].id);
        QCOMPARE(offline.lane(mJourney.lanes[0].id)->name, QStringLiteral("Клиент, офлайн"));
        QVERIFY(!offline.lane(mJourney.lanes[4].id));
        QVERIFY(offline.vote(open.id)->closed);
        QCOMPARE(offline.vote(open.id)->dots.size(), open.dots.size() - 1);
        QVERIFY(offline.vote(next.id));
        QVERIFY(!commentIn(offline, mJourney.comments[1].id));
        QCOMPARE(arrowIn(offline, arrow.id)->label, QStringLiteral("потом · 나중에"));
        QVERIFY(offline.personaIndex(persona.id));
        // Nothing of it on the server yet.
        QVERIFY(!opened().stage(stage.id));
        QCOMPARE(queueFiles(mQueueDir->path()).size(), 1);
        fay.reset(); // the laptop's battery died

        // The queue on disk holds all of it, in order.
        const QStringList files = queueFiles(mQueueDir->path());
        QCOMPARE(files.size(), 1);
        QString server;
        QUuid journey;
        std::vector<QueuedEdit> kept;
        QVERIFY2(OfflineQueue::read(QDir(mQueueDir->path()).filePath(files.front()), &server, &journey, &kept, &error), qPrintable(error));
        QCOMPARE(kept.size(), std::size_t(14));
        // Marked as a queue a Waymark from before these kinds refuses rather than misreads.
        QFile file(QDir(mQueueDir->path()).filePath(files.front()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[QLatin1String("version")].toInt(), 2);
        QCOMPARE(kept.front().kind, ServerChangeKind::stage);
        QCOMPARE(kept.back().kind, ServerChangeKind::participant);

        auto again = std::make_unique<ServerSession>(address(QStringLiteral("fay")), mJourney.id, QStringLiteral("fay"));
        again->keepOfflineEdits(mQueueDir->path());
        QSignalSpy replayed(again.get(), &ServerSession::replayed);
        QVERIFY2(again->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        for (const ReplayConflict &conflict : report.conflicts)
            qWarning("unexpected: %s %s: %s", qPrintable(conflict.kind), qPrintable(conflict.field), qPrintable(conflict.why));
        QCOMPARE(report.sent, 14);
        QVERIFY(report.conflicts.empty());
        QCOMPARE(report.remaining, 0);
        QVERIFY(queueFiles(mQueueDir->path()).isEmpty());
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT string_agg(kind || ':' || field, ',' ORDER BY id) FROM changes")).value_or(QString()).trimmed(),
                 QStringLiteral("stage:added,lane:name,stage:position,department:name,lane:deleted,dot:deleted,vote:closed,vote:added,"
                                "comment:resolved,comment:deleted,arrow:added,arrow:label,persona:added,participant:name"));

        const Journey onServer = opened();
        QCOMPARE(journeyText(again->journey()), journeyText(onServer));
        QCOMPARE(journeyText(offline), journeyText(onServer)); // exactly what the laptop showed
        settle({watcher.get()});
        QCOMPARE(journeyText(watcher->journey()), journeyText(onServer));
        QCOMPARE(watcher->journey().participants[4].name, QStringLiteral("Олена К."));
        QVERIFY(watcher->journey().vote(open.id)->closed);
        QVERIFY(commentIn(watcher->journey(), mJourney.comments[0].id)->resolved);
    }

    // Someone else changed the same things meanwhile: each is reported with who and what
    // stayed (the later rename), and what would take their work along (a lane they put a card
    // in, a persona they removed, an arrow to a card they deleted) is not done, saying why.
    void conflictsAtReplayAreReported()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = test::connectedSession(mServer, mDatabase, mJourney.id, QStringLiteral("flo"));
        QVERIFY(fay && flo);
        QSignalSpy replayed(fay.get(), &ServerSession::replayed);
        fay->disconnectFromServer();
        QString error;
        const QUuid stage = mJourney.stages[0].id;
        const QUuid lane = mJourney.lanes[1].id;
        const QUuid emptyLane = mJourney.lanes[2].id;
        const QUuid persona = mJourney.personas[0].id;
        const QUuid doomed = mJourney.touchpoints[7].id;
        QVERIFY2(flo->setStructureField(ServerChangeKind::stage, stage, QStringLiteral("name"), QStringLiteral("Flo first"), &error), qPrintable(error));
        tick();
        QVERIFY2(fay->setStructureField(ServerChangeKind::stage, stage, QStringLiteral("name"), QStringLiteral("Fay later"), &error), qPrintable(error));
        QVERIFY2(fay->setStructureField(ServerChangeKind::lane, lane, QStringLiteral("name"), QStringLiteral("Fay earlier"), &error), qPrintable(error));
        QVERIFY2(fay->removeStructure(ServerChangeKind::lane, emptyLane, &error), qPrintable(error));
        QVERIFY2(fay->setListItemField(ServerChangeKind::persona, persona, QStringLiteral("description"), QStringLiteral("в самолёте"), &error),
                 qPrintable(error));
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[0].id, doomed, QStringLiteral("к удалённой")};
        QVERIFY2(fay->addArrow(arrow, &error), qPrintable(error));
        const Connection &labelled = mJourney.connections[1];
        QVERIFY2(fay->setListItemField(ServerChangeKind::arrow, labelled.id, QStringLiteral("label"), QStringLiteral("в самолёте"), &error),
                 qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 6);
        tick();
        QVERIFY2(flo->setStructureField(ServerChangeKind::lane, lane, QStringLiteral("name"), QStringLiteral("Flo later"), &error), qPrintable(error));
        Touchpoint added;
        added.id = QUuid::createUuid();
        added.stageId = stage;
        added.laneId = emptyLane;
        added.title = QStringLiteral("Фло положила сюда");
        added.effort.money.currency = mJourney.currency;
        QVERIFY2(flo->addCard(added, {}, &error), qPrintable(error));
        // The persona goes: first off the cards that name it, as the window does.
        for (const Touchpoint &card : mJourney.touchpoints) {
            if (!card.personaIds.empty())
                QVERIFY2(flo->setCardField(card.id, QStringLiteral("personas"), QJsonValue(), &error), qPrintable(error));
            if (!card.personaEmotions.empty())
                QVERIFY2(flo->setCardField(card.id, QStringLiteral("personaEmotions"), QJsonValue(), &error), qPrintable(error));
        }
        QVERIFY2(flo->removeListItem(ServerChangeKind::persona, persona, &error), qPrintable(error));
        QVERIFY2(flo->deleteCard(doomed, &error), qPrintable(error));
        const Touchpoint &arrowEnd = *mJourney.touchpoint(labelled.toId);
        QVERIFY2(flo->deleteCard(arrowEnd.id, &error), qPrintable(error)); // its arrows go with it

        QVERIFY2(fay->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.remaining, 0);
        QCOMPARE(report.sent, 1); // the stage's name
        QCOMPARE(int(report.conflicts.size()), 6);

        const ReplayConflict *mine = &report.conflicts[0];
        QCOMPARE(mine->kind, ServerChangeKind::stage);
        QCOMPARE(mine->kept, ReplayConflict::Kept::Yours);
        QCOMPARE(mine->by, QStringLiteral("flo"));
        QCOMPARE(mine->theirs.toString(), QStringLiteral("Flo first"));
        const ReplayConflict *theirs = &report.conflicts[1];
        QCOMPARE(theirs->kind, ServerChangeKind::lane);
        QCOMPARE(theirs->field, QStringLiteral("name"));
        QCOMPARE(theirs->kept, ReplayConflict::Kept::Theirs);
        QCOMPARE(theirs->yours.toString(), QStringLiteral("Fay earlier"));
        const ReplayConflict *removal = &report.conflicts[2];
        QCOMPARE(removal->field, ServerChangeField::deleted);
        QCOMPARE(removal->kept, ReplayConflict::Kept::Neither);
        QCOMPARE(removal->by, QStringLiteral("flo"));
        QVERIFY2(removal->why.contains(QStringLiteral("Фло положила сюда")), qPrintable(removal->why));
        const ReplayConflict *personaGone = &report.conflicts[3];
        QCOMPARE(personaGone->kind, ServerChangeKind::persona);
        QCOMPARE(personaGone->by, QStringLiteral("flo"));
        QCOMPARE(personaGone->title, mJourney.personas[0].name);
        QVERIFY2(personaGone->why.contains(QStringLiteral("flo")), qPrintable(personaGone->why));
        const ReplayConflict *cardGone = &report.conflicts[4];
        QCOMPARE(cardGone->kind, ServerChangeKind::arrow);
        QCOMPARE(cardGone->kept, ReplayConflict::Kept::Neither);
        QCOMPARE(cardGone->by, QStringLiteral("flo"));
        QVERIFY2(cardGone->why.contains(QStringLiteral("flo")) && cardGone->why.contains(mJourney.touchpoints[7].title), qPrintable(cardGone->why));
        const ReplayConflict *wentWithCard = &report.conflicts[5];
        QCOMPARE(wentWithCard->kind, ServerChangeKind::arrow);
        QCOMPARE(wentWithCard->field, QStringLiteral("label"));
        QCOMPARE(wentWithCard->title, QStringLiteral("в самолёте")); // named as this laptop showed it, though gone
        QCOMPARE(wentWithCard->by, QStringLiteral("flo"));
        QVERIFY2(wentWithCard->why.contains(arrowEnd.title), qPrintable(wentWithCard->why));

        settle({fay.get(), flo.get()});
        const Journey onServer = opened();
        QCOMPARE(onServer.stage(stage)->name, QStringLiteral("Fay later"));
        QCOMPARE(onServer.lane(lane)->name, QStringLiteral("Flo later"));
        QVERIFY(onServer.lane(emptyLane));
        QVERIFY(onServer.touchpoint(added.id));
        QVERIFY(!arrowIn(onServer, arrow.id));
        QCOMPARE(journeyText(fay->journey()), journeyText(onServer));
        QCOMPARE(journeyText(flo->journey()), journeyText(onServer));
        // flo is told that fay's replayed name replaced hers: made without seeing it.
        QCOMPARE(flo->lostChanges().size(), std::size_t(1));
        QCOMPARE(flo->lostChanges().front().by.author, QStringLiteral("fay"));
    }

    // A participant's queue: the database's rules decide at replay as online. A stage renamed
    // and a persona added are refused by role at once (not queued: tst_serverofflinejourney); a
    // dot taken back from a vote a facilitator closed meanwhile, and an arrow drawn while the
    // board was frozen, are refused at replay naming the rule or who closed it; each is
    // reported, none stays queued, nothing reaches the server.
    void theDatabaseDecidesAtReplay()
    {
        auto sam = session(QStringLiteral("sam"));
        auto fay = test::connectedSession(mServer, mDatabase, mJourney.id, QStringLiteral("fay"));
        QVERIFY(sam && fay);
        QSignalSpy replayed(sam.get(), &ServerSession::replayed);
        QString error;
        const VoteRound &open = mJourney.votes[0];
        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[2].id;
        QVERIFY2(sam->addDot(open.id, voter, card, &error), qPrintable(error)); // online: his own dot
        sam->disconnectFromServer();
        QVERIFY(!sam->setStructureField(ServerChangeKind::stage, mJourney.stages[1].id, QStringLiteral("name"), QStringLiteral("Сэм"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-structure")), qPrintable(error));
        Journey grown = mJourney;
        grown.personas.push_back({QUuid::createUuid(), QStringLiteral("Sam's"), {}, {}, {}});
        QVERIFY(!sam->addListItem(ServerChangeKind::persona, lastItem(grown, QStringLiteral("personas")), mJourney.personas.back().id, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-personas")), qPrintable(error));
        QVERIFY2(sam->takeBackDot(open.id, voter, card, &error), qPrintable(error));
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[2].id, mJourney.touchpoints[6].id, {}};
        QVERIFY2(sam->addArrow(arrow, &error), qPrintable(error));
        QCOMPARE(sam->queuedEdits(), 2);
        QVERIFY2(fay->setVoteField(open.id, QStringLiteral("closed"), true, &error), qPrintable(error));
        QVERIFY2(fay->setLock(ServerLockKind::board, mJourney.id, true, QStringLiteral("доклад"), &error), qPrintable(error));

        QVERIFY2(sam->connectToServer(&error), qPrintable(error));
        QCOMPARE(replayed.size(), 1);
        const auto report = replayed.front().at(0).value<ReplayReport>();
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.remaining, 0);
        QCOMPARE(int(report.conflicts.size()), 2);
        for (const ReplayConflict &conflict : report.conflicts)
            QCOMPARE(conflict.kept, ReplayConflict::Kept::Neither);
        const ReplayConflict *dot = conflictOn(report, ServerChangeKind::dot);
        QCOMPARE(dot->by, QStringLiteral("fay"));
        QCOMPARE(dot->card, card);
        QVERIFY2(dot->why.contains(QStringLiteral("fay")), qPrintable(dot->why));
        QVERIFY2(conflictOn(report, ServerChangeKind::arrow)->why.contains(QStringLiteral("board-frozen")),
                 qPrintable(conflictOn(report, ServerChangeKind::arrow)->why));
        QCOMPARE(sam->queuedEdits(), 0);
        QVERIFY(queueFiles(mQueueDir->path()).isEmpty());

        settle({sam.get(), fay.get()});
        const Journey onServer = opened();
        QCOMPARE(onServer.stages[1].name, mJourney.stages[1].name);
        QCOMPARE(onServer.personas.size(), mJourney.personas.size());
        QCOMPARE(onServer.vote(open.id)->dots.size(), open.dots.size() + 1); // his dot stays in the closed vote
        QVERIFY(!arrowIn(onServer, arrow.id));
        QCOMPARE(journeyText(sam->journey()), journeyText(onServer));
    }

    // Undo while offline takes the newest queued edit of any kind back (off the file first,
    // then off the journey); redo queues it again; what is left reaches the server, and the
    // undone edits never do, not even after a crash.
    void undoOfflineTakesNewKindsBack()
    {
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        fay->disconnectFromServer();
        QString error;
        const QUuid stage = mJourney.stages[0].id;
        const QUuid reply = mJourney.comments[1].id;
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[0].id, mJourney.touchpoints[6].id, QStringLiteral("→")};
        QVERIFY2(fay->setStructureField(ServerChangeKind::stage, stage, QStringLiteral("name"), QStringLiteral("Переименована"), &error), qPrintable(error));
        QVERIFY2(fay->setVoteField(mJourney.votes[0].id, QStringLiteral("closed"), true, &error), qPrintable(error));
        QVERIFY2(fay->addArrow(arrow, &error), qPrintable(error));
        QVERIFY2(fay->deleteComment(reply, &error), qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 4);

        QVERIFY(fay->canUndo());
        QVERIFY2(fay->undo(&error), qPrintable(error)); // the comment's deletion
        QVERIFY(commentIn(fay->journey(), reply));
        QVERIFY2(fay->undo(&error), qPrintable(error)); // the arrow
        QVERIFY(!arrowIn(fay->journey(), arrow.id));
        QCOMPARE(fay->queuedEdits(), 2);
        QVERIFY2(fay->undo(&error), qPrintable(error)); // the vote's close
        QVERIFY(!fay->journey().vote(mJourney.votes[0].id)->closed);
        QCOMPARE(fay->queuedEdits(), 1);
        QVERIFY2(fay->redo(&error), qPrintable(error)); // closed again, queued again
        QVERIFY(fay->journey().vote(mJourney.votes[0].id)->closed);
        QCOMPARE(fay->queuedEdits(), 2);
        // The file holds exactly what is queued: a crash now sends these two.
        const QStringList files = queueFiles(mQueueDir->path());
        QCOMPARE(files.size(), 1);
        QString server;
        QUuid journey;
        std::vector<QueuedEdit> kept;
        QVERIFY2(OfflineQueue::read(QDir(mQueueDir->path()).filePath(files.front()), &server, &journey, &kept, &error), qPrintable(error));
        QCOMPARE(kept.size(), std::size_t(2));
        QCOMPARE(kept[0].kind, ServerChangeKind::stage);
        QCOMPARE(kept[1].kind, ServerChangeKind::vote);
        fay.reset();

        auto again = session(QStringLiteral("fay"));
        QVERIFY(again);
        const Journey onServer = opened();
        QCOMPARE(onServer.stage(stage)->name, QStringLiteral("Переименована"));
        QVERIFY(onServer.vote(mJourney.votes[0].id)->closed);
        QVERIFY(!arrowIn(onServer, arrow.id));
        QVERIFY(commentIn(onServer, reply));
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT count(*) FROM changes")).value_or(QString()).trimmed(), QStringLiteral("2"));
        QCOMPARE(journeyText(again->journey()), journeyText(onServer));
    }

    // The window's half: a facilitator's arrow drawn while the connection is down stays on the
    // map (not taken back) and reaches the server when the session is connected again.
    void theWindowKeepsANewKindOffline()
    {
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        JourneyDocument document(fay->journey());
        SharedJourney shared(&document, fay.get());
        QSignalSpy refused(&shared, &SharedJourney::refused);
        fay->disconnectFromServer();
        const Connection arrow{QUuid::createUuid(), mJourney.touchpoints[3].id, mJourney.touchpoints[5].id, QStringLiteral("в метро")};
        document.push(new AddEntity<Connection>(&document, arrow));
        QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.front().at(0).toString()));
        QVERIFY(arrowIn(document.journey(), arrow.id));
        QCOMPARE(fay->queuedEdits(), 1);
        QString error;
        QVERIFY2(fay->connectToServer(&error), qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 0);
        QCOMPARE(*arrowIn(opened(), arrow.id), arrow);
        QCOMPARE(journeyText(document.journey()), journeyText(opened()));
    }

private:
    PostgresAddress address(const QString &user) const
    {
        PostgresAddress where = test::addressOf(mServer, mDatabase);
        where.user = user;
        return where;
    }

    std::unique_ptr<ServerSession> session(const QString &user)
    {
        auto s = std::make_unique<ServerSession>(address(user), mJourney.id, user);
        s->keepOfflineEdits(mQueueDir->path());
        QString error;
        if (!s->connectToServer(&error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        return s;
    }

    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mQueueDir;
};

QTEST_GUILESS_MAIN(TestServerOfflineKinds)
#include "tst_serverofflinekinds.moc"
