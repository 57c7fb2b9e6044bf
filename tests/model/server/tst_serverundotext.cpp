// What the shared Undo and Redo actions say (docs/server.md, "Undo"): the kind of change and the
// thing's name, following the stack (a change, an undo, a redo, a refused step dropped) and the
// journey (someone else renames the card); for every family of step and for queued offline
// edits; "&Undo My Last Change" when there is nothing. The bridge signals each new text.
#include "postgresserver.h"
#include "sessiontestsupport.h"
#include "workshopjourney.h"

#include "server/serverundotext.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

constexpr int settleMs = 10000; // generous: notifications on one machine take milliseconds

const QString nothingToUndo = QStringLiteral("&Undo My Last Change");
const QString nothingToRedo = QStringLiteral("&Redo My Undone Change");

QString undoOf(const QString &what)
{
    return QStringLiteral("&Undo ") + what;
}

QString redoOf(const QString &what)
{
    return QStringLiteral("&Redo ") + what;
}

} // namespace

class TestServerUndoText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { WAYMARK_START_POSTGRES(mServer); }

    void init()
    {
        static int next = 0;
        mDatabase = QStringLiteral("undotext%1").arg(++next);
        QVERIFY(mServer.createDatabase(mDatabase));
        mJourney = test::workshopJourney();
        test::TestConnection connection(mServer, mDatabase);
        QString error;
        QVERIFY2(ServerJourneys::publish(connection.db(), mJourney, &error), qPrintable(error));
        mDir = std::make_unique<QTemporaryDir>();
        QVERIFY(mDir->isValid());
    }

    // Names cut at 30 characters with "…", never half a character; an "&" in a name stays
    // itself rather than becoming the action's shortcut letter.
    void namesAreElidedAndEscaped()
    {
        QCOMPARE(ServerUndoText::elided(QStringLiteral("Open account")), QStringLiteral("Open account"));
        const QString long40 = QStringLiteral("Открытие счёта в отделении банка и в приложении");
        const QString cut = ServerUndoText::elided(long40);
        QCOMPARE(cut.size(), ServerUndoText::maxNameLength);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(long40.startsWith(cut.chopped(1)));
        QCOMPARE(ServerUndoText::elided(QStringLiteral("Two\nlines")), QStringLiteral("Two lines"));
        // An emoji astride the cut goes whole.
        const QString emoji = QString(28, u'a') + QStringLiteral("😤😤");
        QCOMPARE(ServerUndoText::elided(emoji), QString(28, u'a') + QChar(0x2026));
        QCOMPARE(ServerUndoText::undoAction(QStringLiteral("Move “R&D”")), QStringLiteral("&Undo Move “R&&D”"));
        QCOMPARE(ServerUndoText::undoAction({}), nothingToUndo);
        QCOMPARE(ServerUndoText::redoAction({}), nothingToRedo);
    }

    // A card moved: undo names the move and the card; undone, redo names it; someone else
    // renames the card: the redo text follows; redone, the undo text names it again.
    void aMoveIsNamedAndFollowsARename()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QCOMPARE(a->undoText(), nothingToUndo);
        QCOMPARE(a->redoText(), nothingToRedo);
        QString error;
        const Touchpoint &card = mJourney.touchpoints[0];
        QVERIFY2(a->moveCard(card.id, mJourney.stages[1].id, card.laneId, {}, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Move “%1”").arg(card.title)));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->undoText(), nothingToUndo);
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Move “%1”").arg(card.title)));

        settle({a.get(), b.get()});
        QVERIFY2(b->setCardField(card.id, QStringLiteral("title"), QStringLiteral("Счёт & карта"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Move “Счёт && карта”")));
        QVERIFY2(a->redo(&error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Move “Счёт && карта”")));
        QCOMPARE(a->redoText(), nothingToRedo);
    }

    // A refused undo drops its step: the text then names the step before it.
    void aRefusedStepIsDroppedFromTheText()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        QString error;
        const Touchpoint &first = mJourney.touchpoints[1];
        const Touchpoint &moved = mJourney.touchpoints[2];
        const QString longTitle = QStringLiteral("Консультация в отделении после записи через приложение");
        QVERIFY2(a->setCardField(first.id, QStringLiteral("title"), longTitle, &error), qPrintable(error));
        QVERIFY2(a->deleteCard(moved.id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Delete “%1”").arg(moved.title)));
        QVERIFY2(a->undo(&error), qPrintable(error)); // the card is back
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Delete “%1”").arg(moved.title)));
        const QString renamed = undoOf(QStringLiteral("Rename “%1”").arg(ServerUndoText::elided(longTitle)));
        QCOMPARE(a->undoText(), renamed);
        QVERIFY(renamed.endsWith(QStringLiteral("…”")));

        settle({a.get(), b.get()});
        QVERIFY2(b->setCardField(first.id, QStringLiteral("title"), QStringLiteral("Богдан"), &error), qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Rename “Богдан”")));
        QVERIFY(!a->undo(&error)); // Богдан changed it since: refused, the step dropped
        QVERIFY2(error.contains(QStringLiteral("Богдан")), qPrintable(error));
        QCOMPARE(a->undoText(), nothingToUndo);
    }

    // Each family names its kind of change and its thing.
    void everyFamilyIsNamed()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        QString error;
        const Stage &stage = mJourney.stages[0];
        const Lane &lane = mJourney.lanes[1];
        const VoteRound &vote = mJourney.votes[0];
        QVERIFY2(a->setStructureField(ServerChangeKind::stage, stage.id, QStringLiteral("name"), QStringLiteral("Первый шаг"), &error),
                 qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Rename Stage “Первый шаг”")));
        QVERIFY2(a->moveStructure(ServerChangeKind::lane, lane.id, {}, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Move Lane “%1”").arg(lane.name)));
        QVERIFY2(a->setLock(ServerLockKind::lane, lane.id, true, QStringLiteral("доклад"), &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Lock Lane “%1”").arg(lane.name)));
        QVERIFY2(a->setLock(ServerLockKind::board, mJourney.id, true, {}, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Freeze the Board")));
        QVERIFY2(a->setLock(ServerLockKind::board, mJourney.id, false, {}, &error), qPrintable(error));
        QVERIFY2(a->addDot(vote.id, mJourney.participants[3].id, mJourney.touchpoints[4].id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Place Dot in “%1”").arg(vote.title)));
        QVERIFY2(a->takeBackDot(vote.id, mJourney.participants[3].id, mJourney.touchpoints[4].id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Take Back Dot in “%1”").arg(vote.title)));
        QVERIFY2(a->setVoteField(vote.id, QStringLiteral("closed"), true, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Close Vote “%1”").arg(vote.title)));
        QVERIFY2(a->setJourneyField(QStringLiteral("title"), QStringLiteral("Новое имя"), &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Edit Journey Title")));
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = mJourney.touchpoints[1].id;
        comment.author = QStringLiteral("Ана");
        comment.time = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        comment.text = QStringLiteral("Долго");
        QVERIFY2(a->addComment(comment, &error), qPrintable(error));
        const QString addComment = QStringLiteral("Add Comment on “%1”").arg(mJourney.touchpoints[1].title);
        QCOMPARE(a->undoText(), undoOf(addComment));
        const Participant &participant = mJourney.participants[4]; // without dots
        QVERIFY2(a->removeListItem(ServerChangeKind::participant, participant.id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Remove Participant “%1”").arg(participant.name))); // named though gone
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Remove Participant “%1”").arg(participant.name)));
        QCOMPARE(a->undoText(), undoOf(addComment));
        // Down the stack, each text in turn.
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Edit Journey Title")));
        QCOMPARE(a->redoText(), redoOf(addComment));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Close Vote “%1”").arg(vote.title)));
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Edit Journey Title")));
    }

    // A card's field says which (a flag which way it went); a comment says what it is on — a
    // card, a stage, the journey — following a rename, and plainly once its card is gone.
    void cardFieldsAndCommentsSayWhich()
    {
        auto a = session(QStringLiteral("Ана"));
        QVERIFY(a);
        QString error;
        const Touchpoint &card = mJourney.touchpoints[2];
        const Stage &stage = mJourney.stages[1];
        QVERIFY2(a->setCardField(card.id, QStringLiteral("notes"), QStringLiteral("Звонок"), &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Edit Notes of “%1”").arg(card.title)));
        QVERIFY2(a->setCardField(card.id, QStringLiteral("painPoint"), !card.painPoint, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf((card.painPoint ? QStringLiteral("Unmark “%1” as a Pain Point") : QStringLiteral("Mark “%1” as a Pain Point"))
                                           .arg(card.title)));
        QVERIFY2(a->setCardField(card.id, QStringLiteral("momentOfTruth"), !card.momentOfTruth, &error), qPrintable(error));
        QCOMPARE(a->undoText(),
                 undoOf((card.momentOfTruth ? QStringLiteral("Unmark “%1” as a Moment of Truth") : QStringLiteral("Mark “%1” as a Moment of Truth"))
                            .arg(card.title)));
        Touchpoint edited = *a->journey().touchpoint(card.id);
        edited.effort.emotion = edited.effort.emotion < 9 ? edited.effort.emotion + 1 : 0;
        QVERIFY2(a->editCard(edited, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Change Effort of “%1”").arg(card.title)));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Change Effort of “%1”").arg(card.title)));

        auto comment = [&](CommentTarget target, const QUuid &id) {
            Comment c;
            c.id = QUuid::createUuid();
            c.target = target;
            c.targetId = id;
            c.author = QStringLiteral("Ана");
            c.time = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
            c.text = QStringLiteral("Зачем?");
            return c;
        };
        const Comment onJourney = comment(CommentTarget::Journey, {});
        QVERIFY2(a->addComment(onJourney, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Add Comment on the Journey")));
        const Comment onStage = comment(CommentTarget::Stage, stage.id);
        QVERIFY2(a->addComment(onStage, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Add Comment on “%1”").arg(stage.name)));
        QVERIFY2(a->setCommentField(onStage.id, QStringLiteral("resolved"), true, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Resolve Comment on “%1”").arg(stage.name)));
        // Someone else renames the stage: the text follows.
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(b);
        QVERIFY2(b->setStructureField(ServerChangeKind::stage, stage.id, QStringLiteral("name"), QStringLiteral("Ожидание"), &error),
                 qPrintable(error));
        settle({a.get(), b.get()});
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Resolve Comment on “Ожидание”")));
        QVERIFY2(a->deleteComment(onJourney.id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Delete Comment on the Journey"))); // named from the deleted comment's own object
        // A comment on a card that is gone says only what it did.
        const Comment onCard = comment(CommentTarget::Card, card.id);
        QVERIFY2(a->addComment(onCard, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Add Comment on “%1”").arg(card.title)));
        QVERIFY2(b->deleteCard(card.id, &error), qPrintable(error));
        settle({a.get(), b.get()});
        QVERIFY(!a->journey().touchpoint(card.id));
        QVERIFY2(a->setCommentField(onCard.id, QStringLiteral("text"), QStringLiteral("Уже нет"), &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Edit Comment")));
    }

    // Offline: undo names the newest queued edit (a card deleted offline named by the title it
    // had), redo the one undo took off the queue.
    void queuedEditsAreNamed()
    {
        auto a = session(QStringLiteral("Ана"), true);
        QVERIFY(a);
        QString error;
        const Touchpoint &moved = mJourney.touchpoints[0];
        const Touchpoint &deleted = mJourney.touchpoints[3];
        QVERIFY2(a->setStructureField(ServerChangeKind::lane, mJourney.lanes[0].id, QStringLiteral("name"), QStringLiteral("Онлайн"), &error),
                 qPrintable(error)); // a step on the server, before the Wi-Fi went
        a->disconnectFromServer();
        QVERIFY2(a->moveCard(moved.id, mJourney.stages[2].id, moved.laneId, {}, &error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 1);
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Move “%1”").arg(moved.title)));
        QVERIFY2(a->deleteCard(deleted.id, &error), qPrintable(error));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Delete “%1”").arg(deleted.title)));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Delete “%1”").arg(deleted.title)));
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Move “%1”").arg(moved.title)));
        QVERIFY2(a->undo(&error), qPrintable(error));
        QCOMPARE(a->queuedEdits(), 0);
        // Nothing queued: the server's own step is named (it waits for the connection).
        QCOMPARE(a->undoText(), undoOf(QStringLiteral("Rename Lane “Онлайн”")));
        QCOMPARE(a->redoText(), redoOf(QStringLiteral("Move “%1”").arg(moved.title)));
    }

    // The bridge says each new text: after a change in the window, and after someone else's
    // rename of the thing.
    void theBridgeSignalsNewTexts()
    {
        auto a = session(QStringLiteral("Ана"));
        auto b = session(QStringLiteral("Богдан"));
        QVERIFY(a && b);
        JourneyDocument document(a->journey());
        SharedJourney shared(&document, a.get());
        QSignalSpy undoTexts(&shared, &SharedJourney::undoTextChanged);
        QCOMPARE(shared.undoText(), nothingToUndo);
        QString error;
        const QUuid stage = mJourney.stages[1].id;
        QVERIFY2(a->setStructureField(ServerChangeKind::stage, stage, QStringLiteral("description"), QStringLiteral("…"), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!undoTexts.isEmpty(), settleMs);
        QCOMPARE(undoTexts.back().at(0).toString(), undoOf(QStringLiteral("Edit Stage “%1”").arg(mJourney.stages[1].name)));
        QVERIFY2(b->setStructureField(ServerChangeKind::stage, stage, QStringLiteral("name"), QStringLiteral("Оплата"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(undoTexts.back().at(0).toString(), undoOf(QStringLiteral("Edit Stage “Оплата”")), settleMs);
        QCOMPARE(shared.undoText(), undoOf(QStringLiteral("Edit Stage “Оплата”")));
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

    PostgresServer mServer;
    QString mDatabase;
    Journey mJourney;
    std::unique_ptr<QTemporaryDir> mDir;
};

QTEST_GUILESS_MAIN(TestServerUndoText)
#include "tst_serverundotext.moc"
