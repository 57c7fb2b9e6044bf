// Issue 21, votes in the window (server schema 5): the facilitator starts a vote and the
// participant's window shows it and places a dot in it; the participant's Start and Close
// buttons are greyed with the reason; the facilitator's Close Vote click closes it for
// everyone; a participant deleting someone else's comment is taken back with the server's
// rule in the status bar; a dot taken back is redone with Ctrl+Shift+Z, and refused after the
// facilitator closed the vote; a dot placed is undone with Ctrl+Z and placed again with
// Ctrl+Shift+Z, and its undo refused after the facilitator closed the vote. Against a throwaway PostgreSQL server (tests/support/README.md).
#include "serverwindowsupport.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "canvas/journeyview.h"
#include "commands/addentity.h"
#include "commands/removeentity.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/sharedjourney.h"
#include "workshop/commentsdock.h"
#include "workshop/votepanel.h"
#include "workshop/voting.h"
#include "workshop/workshopdock.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

} // namespace

class TestServerVoteWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    void aVoteTheFacilitatorStartsReachesTheParticipant()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        Comment remark;
        remark.id = QUuid::createUuid();
        remark.target = CommentTarget::Card;
        remark.targetId = journey.touchpoints[0].id;
        remark.author = QStringLiteral("Фасилитатор");
        remark.time = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        remark.text = QStringLiteral("Сначала очередь, потом приложение");
        journey.comments.push_back(remark);
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));

        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1500, 900);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));

        VotePanel *mine = participant.workshopDock()->votes();
        VotePanel *theirs = facilitator.workshopDock()->votes();
        QVERIFY(theirs->startButton()->isEnabled());
        QVERIFY(!mine->startButton()->isEnabled());
        QCOMPARE(mine->startButton()->toolTip(), SharedJourney::votesForFacilitators());

        VoteRound round;
        round.title = QStringLiteral("Где больнее всего?");
        round.scope = VoteScope::AllCards;
        round.budget = 3;
        QString why;
        QVERIFY2(theirs->startVote(round, &why), qPrintable(why));
        const VoteRound *started = Voting::openRound(facilitator.document()->journey());
        QVERIFY(started);
        const QUuid vote = started->id;
        QTRY_VERIFY_WITH_TIMEOUT(Voting::openRound(participant.document()->journey()), settleMs);
        QCOMPARE(Voting::openRound(participant.document()->journey())->id, vote);
        // (Checked by name and title, so the test runs in any language for the pictures.)
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("Фасилитатор"))
                                      && participant.statusBar()->currentMessage().contains(round.title),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        const QString startedNotice = participant.statusBar()->currentMessage();
        QTRY_VERIFY2_WITH_TIMEOUT(mine->statusLabel()->text().contains(round.title), qPrintable(mine->statusLabel()->text()), settleMs);
        QVERIFY(!mine->closeButton()->isEnabled());

        // Pat votes for Pat: two dots, which the facilitator's window shows.
        const QUuid pat = journey.participants[1].id;
        participant.document()->setActiveParticipant(pat);
        QVERIFY2(mine->castDot(journey.touchpoints[0].id, &why), qPrintable(why));
        QVERIFY2(mine->castDot(journey.touchpoints[1].id, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(Voting::dotsUsed(*facilitator.document()->journey().vote(vote), pat), 2, settleMs);
        participant.workshopDock()->raise();
        participant.workshopDock()->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        QTRY_VERIFY2_WITH_TIMEOUT(mine->votersLabel()->text().contains(QStringLiteral("Pat")), qPrintable(mine->votersLabel()->text()), settleMs);
        shot(&participant, QStringLiteral("server-vote"));

        // The facilitator closes it with a click: closed for Pat too, the results shown.
        QTest::mouseClick(theirs->closeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(participant.document()->journey().vote(vote)->closed, settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(round.title)
                                      && participant.statusBar()->currentMessage() != startedNotice,
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        QVERIFY(!Voting::openRound(participant.document()->journey()));
        QVERIFY(!mine->castDot(journey.touchpoints[2].id, &why)); // no open vote: the window's own rule

        // Pat deletes the facilitator's comment: taken back, the server's rule said.
        participant.commentsDock()->raise();
        participant.document()->push(new RemoveEntity<Comment>(participant.document(), remark.id));
        QCOMPARE(participant.document()->journey().comments.size(), std::size_t(1));
        QVERIFY2(participant.statusBar()->currentMessage().contains(QStringLiteral("comments-own")),
                 qPrintable(participant.statusBar()->currentMessage()));
        shot(&participant, QStringLiteral("server-comment-refused"));

        const Journey server = test::openedJourney(mUrl, journey.id);
        QCOMPARE(participant.document()->journey().votes, server.votes);
        QCOMPARE(facilitator.document()->journey().votes, server.votes);
        QCOMPARE(server.comments.size(), std::size_t(1));
    }

    // Redo of a dot taken back (docs/server.md, "Redo"): Pat takes back one of his dots, Ctrl+Z
    // puts it back and Ctrl+Shift+Z takes it back again, for the facilitator's window too; after
    // the facilitator closed the vote, Ctrl+Shift+Z is refused naming her in the status bar.
    void aDotTakenBackIsRedoneWithCtrlShiftZ()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        VoteRound round;
        round.id = QUuid::createUuid();
        round.title = QStringLiteral("Где больнее всего?");
        round.scope = VoteScope::AllCards;
        round.budget = 3;
        round.startedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        journey.votes.push_back(round);
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1500, 900);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));

        const QUuid pat = journey.participants[1].id;
        const QUuid card = journey.touchpoints[0].id;
        const auto dotsInFacilitatorsWindow = [&] { return Voting::dotsUsed(*facilitator.document()->journey().vote(round.id), pat); };
        VotePanel *mine = participant.workshopDock()->votes();
        participant.document()->setActiveParticipant(pat);
        QString why;
        QVERIFY2(mine->castDot(card, &why), qPrintable(why));
        QVERIFY2(mine->castDot(card, &why), qPrintable(why));
        QVERIFY2(mine->takeBackDot(card, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 1, settleMs);

        const auto pressRedo = [&] {
            participant.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&participant));
            participant.journeyView()->setFocus();
            QTest::keyClick(participant.journeyView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        };
        QAction *undo = test::action(participant, "sharedUndo");
        QAction *redo = test::action(participant, "sharedRedo");
        QVERIFY(undo && redo);
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 2, settleMs);
        QVERIFY(redo->isEnabled());
        pressRedo();
        QCOMPARE(Voting::dotsUsed(*participant.document()->journey().vote(round.id), pat), 1);
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 1, settleMs);
        QVERIFY(!redo->isEnabled());

        // Undone again; the facilitator closes the vote; the redo would take a dot out of a
        // closed vote: refused, naming her.
        undo->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 2, settleMs);
        QTest::mouseClick(facilitator.workshopDock()->votes()->closeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(participant.document()->journey().vote(round.id)->closed, settleMs);
        pressRedo();
        participant.workshopDock()->raise();
        participant.workshopDock()->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        shot(&participant, QStringLiteral("server-redo-refused-dot"));
        const QString said = participant.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("Фасилитатор")) && said.contains(round.title), qPrintable(said));
        QVERIFY(!redo->isEnabled());
        QCOMPARE(Voting::dotsUsed(*test::openedJourney(mUrl, journey.id).vote(round.id), pat), 2);
        QCOMPARE(Voting::dotsUsed(*participant.document()->journey().vote(round.id), pat), 2);
    }

    // Undo of a dot placed (docs/server.md, "Undo"): Pat clicks a dot onto a card, Ctrl+Z takes
    // that dot back in the facilitator's window too and Ctrl+Shift+Z places it again; after the
    // facilitator closed the vote, Ctrl+Z is refused naming her in the status bar and the dot stays.
    void aPlacedDotIsUndoneWithCtrlZ()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        VoteRound round;
        round.id = QUuid::createUuid();
        round.title = QStringLiteral("Что чинить первым?");
        round.scope = VoteScope::AllCards;
        round.budget = 3;
        round.startedAt = QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC);
        journey.votes.push_back(round);
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1500, 900);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));

        const QUuid pat = journey.participants[1].id;
        const QUuid card = journey.touchpoints[1].id;
        const auto dotsInFacilitatorsWindow = [&] { return Voting::dotsUsed(*facilitator.document()->journey().vote(round.id), pat); };
        const auto press = [&](Qt::KeyboardModifiers modifiers) {
            participant.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&participant));
            participant.journeyView()->setFocus();
            QTest::keyClick(participant.journeyView(), Qt::Key_Z, modifiers);
        };
        VotePanel *mine = participant.workshopDock()->votes();
        participant.document()->setActiveParticipant(pat);
        QString why;
        QVERIFY2(mine->castDot(card, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 1, settleMs);
        QAction *undo = test::action(participant, "sharedUndo");
        QAction *redo = test::action(participant, "sharedRedo");
        QVERIFY(undo && redo);
        QVERIFY(undo->isEnabled());

        press(Qt::ControlModifier);
        QCOMPARE(Voting::dotsUsed(*participant.document()->journey().vote(round.id), pat), 0);
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 0, settleMs);
        QVERIFY(redo->isEnabled());
        press(Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(Voting::dotsUsed(*participant.document()->journey().vote(round.id), pat), 1);
        QTRY_COMPARE_WITH_TIMEOUT(dotsInFacilitatorsWindow(), 1, settleMs);

        // The facilitator closes the vote: the dot is in the results, and stays.
        QTest::mouseClick(facilitator.workshopDock()->votes()->closeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(participant.document()->journey().vote(round.id)->closed, settleMs);
        press(Qt::ControlModifier);
        participant.workshopDock()->raise();
        participant.workshopDock()->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        shot(&participant, QStringLiteral("server-undo-refused-dot"));
        const QString said = participant.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("Фасилитатор")) && said.contains(round.title), qPrintable(said));
        QCOMPARE(Voting::dotsUsed(*test::openedJourney(mUrl, journey.id).vote(round.id), pat), 1);
        QCOMPARE(Voting::dotsUsed(*participant.document()->journey().vote(round.id), pat), 1);
        QCOMPARE(dotsInFacilitatorsWindow(), 1);
    }

private:
    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerVoteWindow)
#include "tst_servervotewindow.moc"
