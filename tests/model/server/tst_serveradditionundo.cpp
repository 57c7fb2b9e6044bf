// Undo and redo of placing a dot and adding a comment while shared (docs/server.md, "Undo",
// "Redo"): that very dot taken back for everyone and placed again, the comment (or reply)
// deleted for everyone and added again with the same id, text and time; refused, naming who
// and which change, when someone took the dot back, closed or removed its vote, or changed or
// answered the comment since; a reply is not added again once its thread is gone. Offline: a
// dot placed and a comment added while the server is down are undone and redone on the queue,
// and what stays is sent on reconnect.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/offlinequeue.h"
#include "workshop/voting.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using test::journeyText;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

const Comment *commentIn(const Journey &journey, const QUuid &id)
{
    for (const Comment &comment : journey.comments) {
        if (comment.id == id)
            return &comment;
    }
    return nullptr;
}

Comment newReply(const Comment &thread, const QString &author, const QString &text, const QTime &at)
{
    Comment reply;
    reply.id = QUuid::createUuid();
    reply.parentId = thread.id;
    reply.target = thread.target;
    reply.targetId = thread.targetId;
    reply.author = author;
    reply.time = QDateTime(QDate(2026, 12, 5), at, Qt::UTC);
    reply.text = text;
    return reply;
}

// The replies of `thread` in the order the comments dock shows them (by time).
QList<QUuid> repliesOf(const Journey &journey, const QUuid &thread)
{
    std::vector<const Comment *> replies;
    for (const Comment &comment : journey.comments) {
        if (comment.parentId == thread)
            replies.push_back(&comment);
    }
    std::stable_sort(replies.begin(), replies.end(), [](const Comment *a, const Comment *b) { return a->time < b->time; });
    QList<QUuid> ids;
    for (const Comment *reply : replies)
        ids.append(reply->id);
    return ids;
}

} // namespace

class TestServerAdditionUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("additionundo%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mDir->isValid());
    }

    void cleanup()
    {
        if (!mServer.running())
            QVERIFY2(mServer.start(), qPrintable(mServer.error()));
    }

    // A dot placed: undone (gone for the other session and on the server), redone (back for
    // it), undone again; placed, taken back by hand, put back by undo, and then its placement
    // undone too: the dot put back is the one taken.
    void aPlacedDotIsUndoneAndRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Фасилитатор"));
        QVERIFY(a && b);
        QString error;
        const QUuid vote = mJourney.votes[0].id;
        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[3].id;
        QVERIFY2(a->addDot(vote, voter, card, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(b->journey(), voter, card), 1);
        QVERIFY(a->canUndo());
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(a->journey(), voter, card), 0);
        QCOMPARE(dotsOf(b->journey(), voter, card), 0);
        QCOMPARE(dotsOf(opened(), voter, card), 0);
        QVERIFY(a->canRedo());
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(b->journey(), voter, card), 1);
        QCOMPARE(dotsOf(opened(), voter, card), 1);
        QVERIFY(!a->canRedo());
        QVERIFY2(a->undo(&error), qPrintable(error)); // the redo is an undo step of its own
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(b->journey(), voter, card), 0);
        QCOMPARE(dotsOf(opened(), voter, card), 0);

        // Placed twice, one taken back by hand; undo puts it back, undo takes the second
        // placement back, undo the first: none left, and the published dots untouched.
        QVERIFY2(a->addDot(vote, voter, card, &error), qPrintable(error));
        QVERIFY2(a->addDot(vote, voter, card, &error), qPrintable(error));
        QVERIFY2(a->takeBackDot(vote, voter, card, &error), qPrintable(error));
        QCOMPARE(dotsOf(a->journey(), voter, card), 1);
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(dotsOf(a->journey(), voter, card), 2);
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(dotsOf(a->journey(), voter, card), 1);
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(opened(), voter, card), 0);
        QCOMPARE(opened().vote(vote)->dots.size(), mJourney.votes[0].dots.size());
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // The facilitator took the dot back since: refused, naming her and her change; the step is
    // dropped and the next undo goes on with the one before.
    void aDotSomeoneTookBackIsNotUndone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Фасилитатор"));
        QVERIFY(a && b);
        QString error;
        const QUuid vote = mJourney.votes[0].id;
        const QUuid voter = mJourney.participants[2].id;
        const Touchpoint &card = mJourney.touchpoints[3];
        const QString title = QStringLiteral("Ещё один · 하나 더");
        QVERIFY2(a->setCardField(mJourney.touchpoints[2].id, QStringLiteral("title"), title, &error), qPrintable(error));
        QVERIFY2(a->addDot(vote, voter, card.id, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto taken = b->takeBackDot(vote, voter, card.id, &error);
        QVERIFY2(taken, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Фасилитатор took the dot on card “%1” back since (change %2)").arg(card.title).arg(*taken));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the title, the step before
        settle({a.get(), b.get()});
        QCOMPARE(opened().touchpoint(mJourney.touchpoints[2].id)->title, mJourney.touchpoints[2].title);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // The vote was closed since, or removed: the dot stays, refused naming who; a dot whose
    // placement was undone is not placed again in a vote closed meanwhile.
    void aDotInAVoteClosedSinceStays()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Фасилитатор"));
        QVERIFY(a && b);
        QString error;
        const VoteRound &vote = mJourney.votes[0];
        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[3].id;
        QVERIFY2(a->addDot(vote.id, voter, card, &error), qPrintable(error));
        QVERIFY2(a->addDot(vote.id, voter, mJourney.touchpoints[4].id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto closed = b->setVoteField(vote.id, QStringLiteral("closed"), true, &error);
        QVERIFY2(closed, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Фасилитатор closed the vote “%1” since (change %2)").arg(vote.title).arg(*closed));
        QVERIFY(!a->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Фасилитатор closed the vote “%1” since (change %2)").arg(vote.title).arg(*closed));
        QCOMPARE(dotsOf(opened(), voter, card), 1);
        QCOMPARE(dotsOf(opened(), voter, mJourney.touchpoints[4].id), 0);

        // Reopened; a dot placed, and the vote deleted with its dots: refused, naming who.
        QVERIFY2(b->setVoteField(vote.id, QStringLiteral("closed"), false, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY2(a->addDot(vote.id, voter, card, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto removed = b->deleteVote(vote.id, &error);
        QVERIFY2(removed, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Фасилитатор removed the vote “%1” since (change %2)").arg(vote.title).arg(*removed));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // A reply added: undone (gone for the other session), redone with the same id, text and
    // time — the same place in its thread although someone replied after it meanwhile —
    // undone again; a comment of one's own deleted and brought back along the way.
    void anAddedCommentIsUndoneAndRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Comment thread = mJourney.comments[0];
        const Comment mine = newReply(thread, QStringLiteral("Ана"), QStringLiteral("Моя мысль · 내 생각"), QTime(9, 50));
        QVERIFY2(a->addComment(mine, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const Comment theirs = newReply(thread, QStringLiteral("Богдан"), QStringLiteral("А я после"), QTime(9, 55));
        QVERIFY2(b->addComment(theirs, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const QList<QUuid> order = repliesOf(b->journey(), thread.id);
        QCOMPARE(order.size(), 3);

        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!commentIn(b->journey(), mine.id));
        QVERIFY(!commentIn(opened(), mine.id));
        QVERIFY(commentIn(b->journey(), theirs.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(commentIn(b->journey(), mine.id));
        QCOMPARE(*commentIn(b->journey(), mine.id), mine);
        QCOMPARE(*commentIn(opened(), mine.id), mine);
        QCOMPARE(repliesOf(b->journey(), thread.id), order);
        QCOMPARE(repliesOf(opened(), thread.id), order);
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!commentIn(b->journey(), mine.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // Someone replied to the comment since, or resolved it: it stays, refused naming them.
    void aCommentSomeoneAnsweredStays()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        Comment mine = test::workshopJourney().comments[0];
        mine.id = QUuid::createUuid();
        mine.text = QStringLiteral("Новая тема");
        QVERIFY2(a->addComment(mine, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const Comment answer = newReply(mine, QStringLiteral("Богдан"), QStringLiteral("Согласен"), QTime(11, 0));
        QVERIFY2(b->addComment(answer, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Богдан replied to the comment; it stays while it has replies"));
        QVERIFY(commentIn(opened(), mine.id));

        Comment second = mine;
        second.id = QUuid::createUuid();
        second.text = QStringLiteral("Ещё тема");
        QVERIFY2(a->addComment(second, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto resolved = b->setCommentField(second.id, QStringLiteral("resolved"), true, &error);
        QVERIFY2(resolved, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: Богдан changed the comment since (change %1)").arg(*resolved));
        QVERIFY(commentIn(opened(), second.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // A reply undone, and its thread deleted by someone meanwhile: redo refuses, naming who.
    void aReplyWhoseThreadWentIsNotRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        Comment thread = mJourney.comments[0];
        thread.id = QUuid::createUuid();
        thread.author = QStringLiteral("Богдан");
        thread.text = QStringLiteral("Тема Богдана");
        QVERIFY2(b->addComment(thread, &error), qPrintable(error));
        settle({a.get(), b.get()});
        const Comment reply = newReply(thread, QStringLiteral("Ана"), QStringLiteral("Ответ Аны"), QTime(13, 0));
        QVERIFY2(a->addComment(reply, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto deleted = b->deleteComment(thread.id, &error);
        QVERIFY2(deleted, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан deleted the comment it replies to since (change %1)").arg(*deleted));
        QVERIFY(!a->canRedo());
        QVERIFY(!commentIn(opened(), reply.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // Offline: a dot placed and a comment added while the server is down are queued; undo takes
    // them off the queue (newest first) without the server, redo queues them again, and on
    // reconnect they are sent; the one undone again before reconnecting never is. Once sent,
    // the dot's placement is an undo step on the server like any other.
    void offlineAdditionsAreUndoneAndRedoneOnTheQueue()
    {
        auto a = session(QStringLiteral("Ана"), true);
        QVERIFY(a);
        mServer.stop();
        QString error;
        const QUuid vote = mJourney.votes[0].id;
        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[3].id;
        const Comment thread = mJourney.comments[0];
        const Comment offline = newReply(thread, QStringLiteral("Ана"), QStringLiteral("Без связи · 오프라인"), QTime(12, 0));
        QVERIFY2(a->addDot(vote, voter, card, &error), qPrintable(error));
        QVERIFY2(a->addComment(offline, &error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 2);
        QCOMPARE(dotsOf(a->journey(), voter, card), 1);

        QVERIFY2(a->undo(&error), qPrintable(error)); // the comment, off the queue
        QVERIFY(!commentIn(a->journey(), offline.id));
        QCOMPARE(a->queuedEdits(), 1);
        QVERIFY2(a->undo(&error), qPrintable(error)); // the dot
        QCOMPARE(dotsOf(a->journey(), voter, card), 0);
        QCOMPARE(a->queuedEdits(), 0);
        QVERIFY(a->canRedo());
        QVERIFY2(a->redo(&error), qPrintable(error)); // the dot queued again
        QCOMPARE(dotsOf(a->journey(), voter, card), 1);
        QVERIFY2(a->redo(&error), qPrintable(error)); // the comment queued again
        QVERIFY(commentIn(a->journey(), offline.id));
        QCOMPARE(a->queuedEdits(), 2);
        QVERIFY2(a->undo(&error), qPrintable(error)); // and the comment once more: never sent
        QCOMPARE(a->queuedEdits(), 1);

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(a->connectToServer(&error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 0);
        QCOMPARE(dotsOf(opened(), voter, card), 1);
        QVERIFY(!commentIn(opened(), offline.id));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(b);
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(b->journey(), voter, card), 1);

        QVERIFY2(a->undo(&error), qPrintable(error)); // the replayed dot, on the server now
        settle({a.get(), b.get()});
        QCOMPARE(dotsOf(b->journey(), voter, card), 0);
        QCOMPARE(dotsOf(opened(), voter, card), 0);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

private:
    std::unique_ptr<ServerSession> session(const QString &author, bool keepOffline = false)
    {
        return test::authorSession(mServer, mDatabase, mJourney.id, author, keepOffline ? mDir->path() : QString());
    }

    // Until every session has applied the newest change in the database.
    void settle(std::initializer_list<ServerSession *> sessions)
    {
        test::settleSessions(mServer, mDatabase, sessions, settleMs);
    }

    // The dots of `participant` on `card` in the first vote.
    int dotsOf(const Journey &journey, const QUuid &participant, const QUuid &card) const
    {
        const VoteRound *vote = journey.vote(mJourney.votes[0].id);
        return vote ? Voting::dotsOn(*vote, card, participant) : -1;
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mDir;
};

QTEST_GUILESS_MAIN(TestServerAdditionUndo)
#include "tst_serveradditionundo.moc"
