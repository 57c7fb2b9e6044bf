// Votes started and closed for everyone, dots taken back, comments changed and deleted, live
// (issue 21; server schema 5): each reaches every session and window, each is refused by the
// database for the wrong role (through Waymark and through SQL typed by hand), a dot placed
// while the vote closes lands in one order everybody sees, and undo takes back one's own
// change unless someone changed that thing since, naming who.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "commands/addentity.h"
#include "commands/changedot.h"
#include "commands/editentity.h"
#include "commands/removeentity.h"
#include "journeydocument.h"
#include "server/serverschema.h"
#include "server/sharedjourney.h"
#include "workshop/voting.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// One person's window without widgets: the document the views would show, its session and
// the bridge between them (as tst_sharedjourney).
using Window = test::SharedWindow;

VoteRound newVote(const QString &title)
{
    VoteRound vote;
    vote.id = QUuid::createUuid();
    vote.title = title;
    vote.scope = VoteScope::AllCards;
    vote.budget = 2;
    vote.startedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    return vote;
}

Comment newComment(const QUuid &card, const QString &author, const QString &text)
{
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.target = CommentTarget::Card;
    comment.targetId = card;
    comment.author = author;
    comment.time = QDateTime(QDate(2026, 12, 5), QTime(9, 45), Qt::UTC);
    comment.text = text;
    return comment;
}

int dotsOf(const Journey &journey, const QUuid &vote, const QUuid &participant, const QUuid &card)
{
    const VoteRound *round = journey.vote(vote);
    return round ? Voting::dotsOn(*round, card, participant) : -1;
}

const Comment *commentIn(const Journey &journey, const QUuid &id)
{
    for (const Comment &comment : journey.comments) {
        if (comment.id == id)
            return &comment;
    }
    return nullptr;
}

} // namespace

class TestServerVotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES_WITH_LOGINS(mServer, QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE flo LOGIN IN ROLE waymark_facilitator; "
                                               "CREATE ROLE sam LOGIN IN ROLE waymark_participant; "
                                               "CREATE ROLE pia LOGIN IN ROLE waymark_participant; "
                                               "CREATE ROLE rita LOGIN IN ROLE waymark_reviewer"));
    }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("votes%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mOpen = mJourney.votes[0].id;
    }

    // The facilitator closes the published vote and starts a new one in her window; the
    // participant's window shows both, places a dot in the new vote, and a third session ends
    // with what the database holds.
    void startAndCloseReachEveryone()
    {
        auto fay = open(QStringLiteral("fay"));
        auto sam = open(QStringLiteral("sam"));
        auto watcher = session(QStringLiteral("flo"));
        QVERIFY(fay && sam && watcher);
        QSignalSpy votesInSam(sam->doc(), &JourneyDocument::voteInserted);
        JourneyDocument *doc = fay->doc();

        VoteRound closed = *doc->journey().vote(mOpen);
        closed.closed = true;
        doc->push(new EditEntity<VoteRound>(doc, closed));
        QTRY_VERIFY_WITH_TIMEOUT(sam->doc()->journey().vote(mOpen)->closed, settleMs);
        QVERIFY(!Voting::openRound(sam->doc()->journey()));

        const VoteRound started = newVote(QStringLiteral("Что чинить первым? 무엇부터"));
        doc->push(new AddEntity<VoteRound>(doc, started));
        QTRY_VERIFY_WITH_TIMEOUT(sam->doc()->journey().vote(started.id), settleMs);
        QCOMPARE(votesInSam.size(), 1);
        QCOMPARE(Voting::openRound(sam->doc()->journey())->id, started.id);
        // Its start is the server's clock (schema 7: a time limit ends at one moment for everybody).
        VoteRound arrived = *sam->doc()->journey().vote(started.id);
        QVERIFY(arrived.startedAt.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(doc->journey().vote(started.id)->startedAt, arrived.startedAt, settleMs);
        arrived.startedAt = started.startedAt;
        QCOMPARE(arrived, started);

        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[1].id;
        sam->doc()->setActiveParticipant(voter);
        QString why;
        QVERIFY2(changeDot(sam->doc(), card, DotChange::Place, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(fay->doc()->journey(), started.id, voter, card), 1, settleMs);
        QVERIFY2(fay->refusals.isEmpty() && sam->refusals.isEmpty(), qPrintable((fay->refusals + sam->refusals).join(u'\n')));

        QString error;
        QVERIFY2(watcher->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QCOMPARE(test::journeyText(watcher->journey()), test::journeyText(server));
        QCOMPARE(sam->doc()->journey().votes, server.votes);
        QCOMPARE(fay->doc()->journey().votes, server.votes);
    }

    // Only facilitators start, close or change a vote: the database refuses the others,
    // whether through Waymark, through the window (the step is taken back, naming the rule),
    // or through SQL typed by hand.
    void votesAreTheFacilitators()
    {
        auto sam = open(QStringLiteral("sam"));
        QVERIFY(sam);
        QString error;
        QVERIFY(!sam->session->setVoteField(mOpen, QStringLiteral("closed"), true, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-vote")), qPrintable(error));
        QVERIFY(!sam->session->setVoteField(mJourney.votes[1].id, QStringLiteral("title"), QStringLiteral("мой"), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-vote")), qPrintable(error));

        VoteRound closed = *sam->doc()->journey().vote(mOpen);
        closed.closed = true;
        sam->doc()->push(new EditEntity<VoteRound>(sam->doc(), closed));
        QVERIFY(!sam->doc()->journey().vote(mOpen)->closed);
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals.front().contains(QStringLiteral("facilitators-vote")), qPrintable(sam->refusals.front()));

        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes,0,closed}', 'true') WHERE id = '%1'")
                                .arg(idText(mJourney.id))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule facilitators-vote")),
                 qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO changes (journey, author, seen, kind, entity, field, value) "
                                           "VALUES ('%1', 'sam', 0, 'vote', '%2', 'closed', 'true')")
                                .arg(idText(mJourney.id), idText(mOpen))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule facilitators-vote")),
                 qPrintable(query.lastError().databaseText()));
        // A new vote is refused the same way (after the facilitator closed the open one).
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        QVERIFY2(fay->setVoteField(mOpen, QStringLiteral("closed"), true, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(sam->doc()->journey().vote(mOpen)->closed, settleMs);
        QVERIFY(!sam->session->startVote(newVote(QStringLiteral("Самозванец")), &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-vote")), qPrintable(error));
        // And a second open vote even for facilitators: one at a time, naming who opened it.
        QVERIFY2(fay->startVote(newVote(QStringLiteral("Первое")), &error), qPrintable(error));
        auto flo = session(QStringLiteral("flo"));
        QVERIFY(flo);
        QVERIFY(!flo->startVote(newVote(QStringLiteral("Второе")), &error));
        QVERIFY2(error.contains(QStringLiteral("still open (fay started it")), qPrintable(error));
    }

    // Dots taken back: one's own (through the session and through the window) everywhere;
    // another login's dot, or a published one, only by a facilitator; a reviewer not at all;
    // SQL by hand refused the same.
    void dotsTakenBack()
    {
        auto sam = open(QStringLiteral("sam"));
        auto fay = open(QStringLiteral("fay"));
        auto rita = session(QStringLiteral("rita"));
        QVERIFY(sam && fay && rita);
        const QUuid voter = mJourney.participants[2].id;
        const QUuid card = mJourney.touchpoints[2].id;
        QString error;
        QVERIFY2(sam->session->addDot(mOpen, voter, card, &error), qPrintable(error));
        QVERIFY2(sam->session->addDot(mOpen, voter, card, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(fay->doc()->journey(), mOpen, voter, card), 2, settleMs);
        QVERIFY2(sam->session->takeBackDot(mOpen, voter, card, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(fay->doc()->journey(), mOpen, voter, card), 1, settleMs);
        QCOMPARE(dotsOf(sam->doc()->journey(), mOpen, voter, card), 1);

        // Through the window: a right-click's command, as the canvas runs it.
        sam->doc()->setActiveParticipant(voter);
        QString why;
        QVERIFY2(changeDot(sam->doc(), card, DotChange::TakeBack, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(fay->doc()->journey(), mOpen, voter, card), 0, settleMs);
        QVERIFY2(sam->refusals.isEmpty(), qPrintable(sam->refusals.join(u'\n')));

        // Fay's login placed this one: Sam may not take it back, Rita may not take any.
        const QUuid other = mJourney.participants[3].id;
        QVERIFY2(fay->session->addDot(mOpen, other, card, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(sam->doc()->journey(), mOpen, other, card), 1, settleMs);
        QVERIFY(!sam->session->takeBackDot(mOpen, other, card, &error));
        QVERIFY2(error.contains(QStringLiteral("dots-own")), qPrintable(error));
        QVERIFY2(rita->catchUp(&error), qPrintable(error));
        QVERIFY(!rita->takeBackDot(mOpen, other, card, &error));
        QVERIFY2(error.contains(QStringLiteral("reviewers-comment-only")), qPrintable(error));
        // The window takes the refused step back, saying why.
        sam->doc()->setActiveParticipant(other);
        QVERIFY2(changeDot(sam->doc(), card, DotChange::TakeBack, &why), qPrintable(why));
        QCOMPARE(dotsOf(sam->doc()->journey(), mOpen, other, card), 1);
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals.front().contains(QStringLiteral("dots-own")), qPrintable(sam->refusals.front()));

        // Published with the journey (by the publisher's login): the facilitator takes it back.
        const Dot published = mJourney.votes[0].dots[0];
        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM dots WHERE journey = '%1' AND participant = '%2'")
                                .arg(idText(mJourney.id), idText(published.participantId))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule dots-own")), qPrintable(query.lastError().databaseText()));
        QVERIFY2(fay->session->takeBackDot(mOpen, published.participantId, published.touchpointId, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(dotsOf(sam->doc()->journey(), mOpen, published.participantId, published.touchpointId), 0, settleMs);

        const Journey server = opened();
        QCOMPARE(sam->doc()->journey().votes, server.votes);
        QCOMPARE(fay->doc()->journey().votes, server.votes);
    }

    // Comments: one's own changed and deleted, anyone's thread resolved; someone else's text
    // refused (through Waymark, the window and SQL by hand); a reviewer edits her own; a
    // facilitator deletes anyone's.
    void commentsChangedAndDeleted()
    {
        auto sam = open(QStringLiteral("sam"));
        auto fay = open(QStringLiteral("fay"));
        auto rita = session(QStringLiteral("rita"));
        QVERIFY(sam && fay && rita);
        JourneyDocument *doc = sam->doc();
        Comment mine = newComment(mJourney.touchpoints[0].id, QStringLiteral("Сэм"), QStringLiteral("Первая мысль"));
        doc->push(new AddEntity<Comment>(doc, mine));
        mine.text = QStringLiteral("Вторая мысль · 두 번째");
        doc->push(new EditEntity<Comment>(doc, mine));
        QTRY_VERIFY_WITH_TIMEOUT(commentIn(fay->doc()->journey(), mine.id) && commentIn(fay->doc()->journey(), mine.id)->text == mine.text, settleMs);

        Comment thread = mJourney.comments[0];
        thread.resolved = true;
        doc->push(new EditEntity<Comment>(doc, thread));
        QTRY_VERIFY_WITH_TIMEOUT(commentIn(fay->doc()->journey(), thread.id)->resolved, settleMs);
        QVERIFY2(sam->refusals.isEmpty(), qPrintable(sam->refusals.join(u'\n')));

        thread.text = QStringLiteral("Переписал чужое");
        doc->push(new EditEntity<Comment>(doc, thread));
        QCOMPARE(commentIn(doc->journey(), thread.id)->text, mJourney.comments[0].text);
        QCOMPARE(sam->refusals.size(), 1);
        QVERIFY2(sam->refusals.front().contains(QStringLiteral("comments-own")), qPrintable(sam->refusals.front()));
        QString error;
        const QUuid reply = mJourney.comments[1].id;
        QVERIFY(!sam->session->deleteComment(reply, &error));
        QVERIFY2(error.contains(QStringLiteral("comments-own")), qPrintable(error));
        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("sam"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE comments SET body = jsonb_set(body, '{text}', '\"x\"') WHERE id = '%1'").arg(idText(thread.id))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule comments-own")), qPrintable(query.lastError().databaseText()));
        // Claiming the comment changes nothing: who wrote it stays as the database recorded it.
        query.exec(QStringLiteral("UPDATE comments SET db_user = 'sam' WHERE id = '%1'").arg(idText(thread.id)));
        QCOMPARE(mServer.psql(mDatabase, QStringLiteral("SELECT db_user = 'sam' FROM comments WHERE id = '%1'").arg(idText(thread.id)))
                     .value_or(QString()).trimmed(),
                 QStringLiteral("f"));

        // A reviewer changes and deletes her own comment, not Sam's.
        QVERIFY2(rita->catchUp(&error), qPrintable(error));
        const Comment review = newComment(mJourney.touchpoints[1].id, QStringLiteral("Рита"), QStringLiteral("Проверить цифры"));
        QVERIFY2(rita->addComment(review, &error), qPrintable(error));
        QVERIFY2(rita->setCommentField(review.id, QStringLiteral("text"), QStringLiteral("Цифры верны ✓"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(commentIn(sam->doc()->journey(), review.id) && commentIn(sam->doc()->journey(), review.id)->text == QStringLiteral("Цифры верны ✓"), settleMs);
        QVERIFY(!rita->setCommentField(mine.id, QStringLiteral("text"), QStringLiteral("чужое"), &error));
        QVERIFY2(error.contains(QStringLiteral("comments-own")), qPrintable(error));
        QVERIFY2(rita->deleteComment(review.id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!commentIn(sam->doc()->journey(), review.id), settleMs);

        // The facilitator deletes Sam's comment in her window.
        fay->doc()->push(new RemoveEntity<Comment>(fay->doc(), mine.id));
        QTRY_VERIFY_WITH_TIMEOUT(!commentIn(sam->doc()->journey(), mine.id), settleMs);
        QVERIFY2(fay->refusals.isEmpty(), qPrintable(fay->refusals.join(u'\n')));

        // A comment someone answered meanwhile stays (its reply would be left hanging).
        const Comment question = newComment(mJourney.touchpoints[2].id, QStringLiteral("Сэм"), QStringLiteral("Кто отвечает?"));
        QVERIFY2(sam->session->addComment(question, &error), qPrintable(error));
        auto flo = session(QStringLiteral("flo")); // has the question, will not hear of the answer
        QVERIFY(flo);
        QVERIFY2(rita->catchUp(&error), qPrintable(error));
        Comment answer = newComment(question.targetId, QStringLiteral("Рита"), QStringLiteral("Отдел продаж"));
        answer.parentId = question.id;
        QVERIFY2(rita->addComment(answer, &error), qPrintable(error));
        QVERIFY(!flo->deleteComment(question.id, &error));
        QVERIFY2(error.contains(QStringLiteral("Рита replied")), qPrintable(error));

        QTRY_VERIFY_WITH_TIMEOUT(commentIn(fay->doc()->journey(), answer.id), settleMs);
        const Journey server = opened();
        QCOMPARE(sam->doc()->journey().comments, server.comments);
        QCOMPARE(fay->doc()->journey().comments, server.comments);
    }

    // The facilitator closes the vote while a participant, who has not heard of it yet, places
    // a dot: the close came first, so the dot is refused naming who closed the vote. The other
    // way round the dot is in, and the vote closes with it. Everybody ends the same.
    void aDotAndTheCloseTakeTurns()
    {
        auto fay = session(QStringLiteral("fay"));
        auto sam = session(QStringLiteral("sam"));
        auto pia = session(QStringLiteral("pia"));
        QVERIFY(fay && sam && pia);
        const QUuid voter = mJourney.participants[4].id;
        const QUuid card = mJourney.touchpoints[3].id;
        QString error;
        // Pia's dot first, the close (not having seen it) after: both stay.
        const auto dot = pia->addDot(mOpen, voter, card, &error);
        QVERIFY2(dot, qPrintable(error));
        const auto close = fay->setVoteField(mOpen, QStringLiteral("closed"), true, &error);
        QVERIFY2(close, qPrintable(error));
        QVERIFY(*close > *dot);
        // Sam's copy still has the vote open (no event handled since): his dot passes his own
        // checks and is refused by the server, naming who closed the vote.
        QVERIFY(!sam->journey().vote(mOpen)->closed);
        QVERIFY(!sam->addDot(mOpen, voter, card, &error));
        QVERIFY2(error.contains(QStringLiteral("fay closed the vote")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("change %1").arg(*close)), qPrintable(error));
        // The database refuses it to SQL by hand too, and a dot taken back from the closed vote.
        test::TestConnection byHand(mServer, mDatabase, QStringLiteral("pia"));
        QSqlQuery query(byHand.db());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO dots (journey, seq, vote, participant, card) VALUES ('%1', 987654321, '%2', '%3', '%4')")
                                .arg(idText(mJourney.id), idText(mOpen), idText(voter), idText(card))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule vote-closed")), qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM dots WHERE journey = '%1' AND vote = '%2'").arg(idText(mJourney.id), idText(mOpen))));
        QVERIFY2(query.lastError().databaseText().contains(QStringLiteral("waymark rule vote-closed")), qPrintable(query.lastError().databaseText()));
        QVERIFY(!pia->takeBackDot(mOpen, voter, card, &error));

        for (ServerSession *s : {fay.get(), sam.get(), pia.get()})
            QVERIFY2(s->catchUp(&error), qPrintable(error));
        const Journey server = opened();
        QVERIFY(server.vote(mOpen)->closed);
        QCOMPARE(dotsOf(server, mOpen, voter, card), 1);
        for (ServerSession *s : {fay.get(), sam.get(), pia.get()})
            QCOMPARE(test::journeyText(s->journey()), test::journeyText(server));
    }

    // Undo of one's own vote changes, dots taken back and comment edits, for everyone;
    // refused, naming who and which change, when someone changed that thing since.
    void undoAndItsRefusals()
    {
        auto fay = session(QStringLiteral("fay"));
        auto flo = session(QStringLiteral("flo"));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(fay && flo && sam);
        const auto settle = [&] {
            QString error;
            for (ServerSession *s : {fay.get(), flo.get(), sam.get()})
                QVERIFY2(s->catchUp(&error), qPrintable(error));
        };
        const QString closed = QStringLiteral("closed");
        QString error;
        // A close undone reopens the vote everywhere.
        QVERIFY2(fay->setVoteField(mOpen, closed, true, &error), qPrintable(error));
        QVERIFY2(fay->undo(&error), qPrintable(error));
        settle();
        QVERIFY(!flo->journey().vote(mOpen)->closed);
        // Closed again, and reopened by Flo: Fay's close stays undone no more.
        QVERIFY2(fay->setVoteField(mOpen, closed, true, &error), qPrintable(error));
        settle();
        const auto reopened = flo->setVoteField(mOpen, closed, false, &error);
        QVERIFY2(reopened, qPrintable(error));
        settle();
        QVERIFY(!fay->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: flo reopened the vote “%1” since (change %2)").arg(mJourney.votes[0].title).arg(*reopened));
        QVERIFY2(flo->setVoteField(mOpen, closed, true, &error), qPrintable(error));
        settle();

        // A start undone removes the vote; after someone's dot it stays, naming them.
        const VoteRound first = newVote(QStringLiteral("Пробное"));
        QVERIFY2(fay->startVote(first, &error), qPrintable(error));
        QVERIFY2(fay->undo(&error), qPrintable(error));
        settle();
        QVERIFY(!sam->journey().vote(first.id));
        const VoteRound second = newVote(QStringLiteral("Настоящее · 진짜"));
        QVERIFY2(fay->startVote(second, &error), qPrintable(error));
        settle();
        const QUuid voter = mJourney.participants[1].id;
        const QUuid card = mJourney.touchpoints[0].id;
        const auto dot = sam->addDot(second.id, voter, card, &error);
        QVERIFY2(dot, qPrintable(error));
        settle();
        QVERIFY(!fay->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: sam placed a dot in the vote “%1” since (change %2)").arg(second.title).arg(*dot));
        QVERIFY(opened().vote(second.id));

        // A dot taken back comes back; not after the vote closed, naming who closed it.
        QVERIFY2(sam->takeBackDot(second.id, voter, card, &error), qPrintable(error));
        QVERIFY2(sam->undo(&error), qPrintable(error));
        settle();
        QCOMPARE(dotsOf(fay->journey(), second.id, voter, card), 1);
        QVERIFY2(sam->takeBackDot(second.id, voter, card, &error), qPrintable(error));
        settle();
        const auto close = fay->setVoteField(second.id, closed, true, &error);
        QVERIFY2(close, qPrintable(error));
        settle();
        QVERIFY(!sam->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: fay closed the vote “%1” since (change %2)").arg(second.title).arg(*close));
        QCOMPARE(dotsOf(opened(), second.id, voter, card), 0);

        // A comment's text back; not after someone else changed it, naming them.
        const Comment comment = newComment(card, QStringLiteral("Сэм"), QStringLiteral("было"));
        QVERIFY2(sam->addComment(comment, &error), qPrintable(error));
        QVERIFY2(sam->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("стало"), &error), qPrintable(error));
        QVERIFY2(sam->undo(&error), qPrintable(error));
        settle();
        QCOMPARE(commentIn(fay->journey(), comment.id)->text, QStringLiteral("было"));
        QVERIFY2(sam->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("стало"), &error), qPrintable(error));
        settle();
        const auto theirs = fay->setCommentField(comment.id, QStringLiteral("text"), QStringLiteral("поправила Фэй"), &error);
        QVERIFY2(theirs, qPrintable(error));
        settle();
        QVERIFY(!sam->undo(&error));
        QCOMPARE(error, QStringLiteral("cannot undo: fay changed the comment since (change %1)").arg(*theirs));
        // A deleted comment comes back.
        QVERIFY2(sam->deleteComment(comment.id, &error), qPrintable(error));
        settle();
        QVERIFY(!commentIn(flo->journey(), comment.id));
        QVERIFY2(sam->undo(&error), qPrintable(error));
        settle();
        QCOMPARE(commentIn(flo->journey(), comment.id)->text, QStringLiteral("поправила Фэй"));

        const Journey server = opened();
        for (ServerSession *s : {fay.get(), flo.get(), sam.get()})
            QCOMPARE(test::journeyText(s->journey()), test::journeyText(server));
    }

    // Schema 5 over an older database: dots and comments from before it belong to nobody (only
    // facilitators take them back or change them), and the rules hold; run twice, nothing changes.
    void theMigrationIsIdempotent()
    {
        QVERIFY(mServer.psql(mDatabase, QStringLiteral("UPDATE waymark_schema SET version = 4; UPDATE dots SET db_user = NULL")));
        test::TestConnection owner(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerSchema::migrate(owner.db(), &error), qPrintable(error));
        QCOMPARE(ServerSchema::versionOf(owner.db(), &error), std::optional<int>(ServerSchema::version));
        auto sam = session(QStringLiteral("sam"));
        QVERIFY(sam);
        const Dot published = mJourney.votes[0].dots[0];
        QVERIFY(!sam->takeBackDot(mOpen, published.participantId, published.touchpointId, &error));
        QVERIFY2(error.contains(QStringLiteral("dots-own")), qPrintable(error));
        QVERIFY(!sam->setVoteField(mOpen, QStringLiteral("closed"), true, &error));
        QVERIFY2(error.contains(QStringLiteral("facilitators-vote")), qPrintable(error));
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        QVERIFY2(fay->takeBackDot(mOpen, published.participantId, published.touchpointId, &error), qPrintable(error));
    }

    // Offline these kinds are queued like cards (tst_serverofflinekinds replays them), and
    // nothing reaches the server before the connection is back.
    void offlineTheyAreQueued()
    {
        auto fay = session(QStringLiteral("fay"));
        QVERIFY(fay);
        fay->keepOfflineEdits(mRecovery.path());
        fay->disconnectFromServer();
        QString error;
        QVERIFY2(fay->setVoteField(mOpen, QStringLiteral("closed"), true, &error), qPrintable(error));
        QVERIFY2(fay->deleteComment(mJourney.comments[1].id, &error), qPrintable(error));
        QCOMPARE(fay->queuedEdits(), 2);
        QVERIFY(fay->journey().vote(mOpen)->closed);
        QVERIFY(!opened().vote(mOpen)->closed);
    }

private:
    std::unique_ptr<ServerSession> session(const QString &user) { return test::connectedSession(mServer, mDatabase, mJourney.id, user); }

    std::unique_ptr<Window> open(const QString &user) { return test::openShared(mServer, mDatabase, mJourney.id, user); }

    Journey opened() { return test::journeyOnServer(mServer, mDatabase, mJourney.id); }

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    QUuid mOpen; // the published open vote
    QTemporaryDir mRecovery;
};

QTEST_GUILESS_MAIN(TestServerVotes)
#include "tst_servervotes.moc"
