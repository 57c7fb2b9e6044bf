// Redo while shared of the workshop's kinds (docs/server.md, "Redo"): a dot taken back, a
// comment changed and deleted, a vote closed, started and deleted — each undone, redone (the
// other session sees it again), undone once more; and refused, naming who and which change,
// when someone else changed that thing after the undo (their change stays, the step is dropped).
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "workshop/voting.h"

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

} // namespace

class TestServerRedoWorkshop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("redoworkshop%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
    }

    // A dot taken back: undone (the dot is back for everyone), redone (gone again), undone again.
    void aDotTakenBackIsRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const VoteRound &vote = mJourney.votes[0];
        const QUuid participant = vote.dots[0].participantId;
        const QUuid card = vote.dots[0].touchpointId;
        QVERIFY2(a->takeBackDot(vote.id, participant, card, &error), qPrintable(error));
        QCOMPARE(dotsOn(opened(), card), 0);
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOn(b->journey(), card), 1);
        QVERIFY(a->canRedo());
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(dotsOn(b->journey(), card), 0);
        QCOMPARE(dotsOn(opened(), card), 0);
        QVERIFY(!a->canRedo());
        QVERIFY2(a->undo(&error), qPrintable(error)); // the redo is an undo step of its own
        settle({a.get(), b.get()});
        QCOMPARE(dotsOn(b->journey(), card), 1);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // After the undo someone took that dot back, or closed the vote: redo refuses, naming them.
    void aDotIsNotTakenBackTwice()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const VoteRound &vote = mJourney.votes[0];
        const QUuid participant = vote.dots[0].participantId;
        const QUuid card = vote.dots[0].touchpointId;
        QVERIFY2(a->takeBackDot(vote.id, participant, card, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto theirs = b->takeBackDot(vote.id, participant, card, &error);
        QVERIFY2(theirs, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан took back a dot from card “%1” since (change %2)").arg(mJourney.touchpoints[0].title).arg(*theirs));
        QVERIFY(!a->canRedo()); // the refused step is dropped

        // The other dot, and the vote closed after the undo.
        const QUuid otherParticipant = vote.dots[1].participantId;
        const QUuid otherCard = vote.dots[1].touchpointId;
        QVERIFY2(a->takeBackDot(vote.id, otherParticipant, otherCard, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto closed = b->setVoteField(vote.id, QStringLiteral("closed"), true, &error);
        QVERIFY2(closed, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан closed the vote “%1” since (change %2)").arg(vote.title).arg(*closed));
        QCOMPARE(dotsOn(opened(), otherCard), 1);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // A comment's text and a reply's deletion: undone, redone for everyone, undone again.
    void commentsAreRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Comment comment = mJourney.comments[0];
        const Comment reply = mJourney.comments[1];
        QVERIFY2(a->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("Очередь — 20 минут"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(commentIn(b->journey(), comment.id)->text, comment.text);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(commentIn(b->journey(), comment.id)->text, QStringLiteral("Очередь — 20 минут"));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(commentIn(b->journey(), comment.id)->text, comment.text);

        QVERIFY2(a->deleteComment(reply.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(commentIn(b->journey(), reply.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!commentIn(b->journey(), reply.id));
        QVERIFY(!commentIn(opened(), reply.id));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(commentIn(b->journey(), reply.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // Someone changed the comment after the undo: neither its text nor its deletion is redone.
    void aCommentSomeoneChangedIsNotRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Comment comment = mJourney.comments[0];
        const Comment reply = mJourney.comments[1];
        QVERIFY2(a->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("Моё"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto theirs = b->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("Богдана"), &error);
        QVERIFY2(theirs, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан changed the comment since (change %1)").arg(*theirs));
        QCOMPARE(commentIn(opened(), comment.id)->text, QStringLiteral("Богдана"));

        QVERIFY2(a->deleteComment(reply.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto resolved = b->setCommentField(reply.id, QStringLiteral("resolved"), true, &error);
        QVERIFY2(resolved, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан changed the comment since (change %1)").arg(*resolved));
        QVERIFY(commentIn(opened(), reply.id));
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
    }

    // A vote closed, a vote started and a vote deleted with its dots: each undone, redone for
    // everyone, undone again.
    void votesAreRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const QUuid open = mJourney.votes[0].id;
        QVERIFY2(a->setVoteField(open, QStringLiteral("closed"), true, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().vote(open)->closed);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(b->journey().vote(open)->closed);
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().vote(open)->closed);
        QVERIFY2(a->redo(&error), qPrintable(error)); // closed again, so another may start
        settle({a.get(), b.get()});

        VoteRound next;
        next.id = QUuid::createUuid();
        next.title = QStringLiteral("Что чинить первым? 먼저 고칠 것");
        next.scope = VoteScope::AllCards;
        next.budget = 2;
        next.minutes = 5;
        QVERIFY2(a->startVote(next, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().vote(next.id));
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(b->journey().vote(next.id));
        QCOMPARE(b->journey().vote(next.id)->title, next.title);
        QVERIFY(b->voteEndsAt(next.id).isValid()); // counted from the new start on the server's clock
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().vote(next.id));

        // The open one deleted with its dots; back with them; deleted again; back again.
        const std::size_t dots = opened().vote(open)->dots.size();
        QVERIFY(dots > 0);
        QVERIFY2(a->deleteVote(open, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().vote(open)->dots.size(), dots);
        QVERIFY2(a->redo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!b->journey().vote(open));
        QVERIFY(!opened().vote(open));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(b->journey().vote(open)->dots.size(), dots);
        QCOMPARE(journeyText(a->journey()), journeyText(opened()));
        QCOMPARE(journeyText(b->journey()), journeyText(opened()));
    }

    // After the undo someone renamed the vote, or placed a dot in the vote whose deletion
    // would be redone: refused, naming them; their change stays.
    void aVoteSomeoneChangedIsNotRedone()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const VoteRound &vote = mJourney.votes[0];
        QVERIFY2(a->setVoteField(vote.id, QStringLiteral("title"), QStringLiteral("Моё название"), &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto renamed = b->setVoteField(vote.id, QStringLiteral("title"), QStringLiteral("Название Богдана"), &error);
        QVERIFY2(renamed, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан changed the vote “Название Богдана” since (change %1)").arg(*renamed));
        QCOMPARE(opened().vote(vote.id)->title, QStringLiteral("Название Богдана"));

        QVERIFY2(a->deleteVote(vote.id, &error), qPrintable(error));
        QVERIFY2(a->undo(&error), qPrintable(error));
        settle({a.get(), b.get()});
        const auto dot = b->addDot(vote.id, mJourney.participants[2].id, mJourney.touchpoints[3].id, &error);
        QVERIFY2(dot, qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->redo(&error));
        QCOMPARE(error, QStringLiteral("cannot redo: Богдан placed a dot in the vote “Название Богдана” since (change %1)").arg(*dot));
        QCOMPARE(opened().vote(vote.id)->dots.size(), vote.dots.size() + 1);
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

    // The dots of the first vote on `card`.
    int dotsOn(const Journey &journey, const QUuid &card) const
    {
        const VoteRound *vote = journey.vote(mJourney.votes[0].id);
        if (!vote)
            return -1;
        return int(std::count_if(vote->dots.begin(), vote->dots.end(), [&](const Dot &dot) { return dot.touchpointId == card; }));
    }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
};

QTEST_GUILESS_MAIN(TestServerRedoWorkshop)
#include "tst_serverredoworkshop.moc"
