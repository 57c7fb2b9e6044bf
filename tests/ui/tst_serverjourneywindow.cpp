// Issue 21, the journey's own fields, the business case and a vote's time limit in the window
// (server schema 7): the facilitator types a new title in the Journey dock and changes an
// opportunity's figures; the participant's window shows both, says who did it, and keeps its
// own title field and Create Opportunity read-only with the reason. A vote with a time limit the
// facilitator starts counts down in the participant's window too, to the same moment on the
// server's clock. Offline, the facilitator's rename and agenda step are queued and what met
// someone else's change is in the replay report. Against a throwaway PostgreSQL server
// (tests/support/README.md).
#include "serverwindowsupport.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "business/opportunitiesdock.h"
#include "canvas/canvasactions.h"
#include "commands/editentity.h"
#include "commands/editjourneyinfo.h"
#include "commands/removeentity.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/replayreportdialog.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "workshop/agendapanel.h"
#include "workshop/timebox.h"
#include "workshop/votepanel.h"
#include "workshop/voting.h"
#include "workshop/workshopdock.h"

#include <QAction>
#include <QPushButton>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

} // namespace

class TestServerJourneyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    void titleFiguresAndCountdownReachTheParticipant()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        Opportunity queue;
        queue.id = QUuid::createUuid();
        queue.title = QStringLiteral("Запись онлайн · 온라인 예약");
        queue.oneOffCost = Money{4000000, journey.currency};
        queue.runningCostPerYear = Money{600000, journey.currency};
        queue.monthsToDeliver = 6;
        journey.opportunities.push_back(queue);
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

        // The participant's own fields are read-only, saying why.
        auto *theirTitle = facilitator.findChild<QLineEdit *>(QStringLiteral("journeyTitleEdit"));
        auto *myTitle = participant.findChild<QLineEdit *>(QStringLiteral("journeyTitleEdit"));
        QVERIFY(theirTitle && myTitle);
        QVERIFY(!theirTitle->isReadOnly());
        QVERIFY(myTitle->isReadOnly());
        QCOMPARE(participant.canvasActions()->createOpportunity()->toolTip(), SharedJourney::journeyForFacilitators());
        QVERIFY(!participant.canvasActions()->createOpportunity()->isEnabled());
        QVERIFY(!participant.opportunitiesDock()->addButton()->isEnabled());
        QCOMPARE(participant.opportunitiesDock()->addButton()->toolTip(), SharedJourney::journeyForFacilitators());
        QVERIFY(!participant.workshopDock()->agenda()->addButton()->isEnabled());
        QVERIFY(facilitator.opportunitiesDock()->addButton()->isEnabled());
        QVERIFY(facilitator.workshopDock()->agenda()->addButton()->isEnabled());

        // The facilitator types a new title: it reaches the participant's dock, the title bar
        // and the status bar.
        const QString title = QStringLiteral("Счёт за 10 минут · 10분 만에 계좌");
        theirTitle->setFocus();
        theirTitle->selectAll();
        QTest::keyClicks(theirTitle, QStringLiteral("Account in 10 min")); // typed (QTest types ASCII only) …
        QTest::keyClick(theirTitle, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(participant.document()->journey().title, QStringLiteral("Account in 10 min"), settleMs);
        theirTitle->setText(title); // … then in Russian and Korean, as an input method enters it
        QTest::keyClick(theirTitle, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(participant.document()->journey().title, title, settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(myTitle->text(), title, settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("Фасилитатор"))
                                      && participant.statusBar()->currentMessage().contains(title),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.windowTitle().contains(title), qPrintable(participant.windowTitle()), settleMs);
        shot(&participant, QStringLiteral("server-journey-title"));

        // The facilitator's business case: cheaper and sooner; the participant's dock follows.
        Opportunity cheaper = queue;
        cheaper.oneOffCost.hundredths = 2500000;
        cheaper.monthsToDeliver = 3;
        facilitator.document()->push(new EditEntity<Opportunity>(facilitator.document(), cheaper));
        QTRY_COMPARE_WITH_TIMEOUT(*participant.document()->journey().opportunity(queue.id), cheaper, settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(queue.title),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        participant.opportunitiesDock()->show();
        participant.opportunitiesDock()->raise();
        shot(&participant, QStringLiteral("server-business-case"));

        // A vote with a time limit: the participant's countdown ends when the facilitator's does.
        VoteRound round;
        round.title = QStringLiteral("Пять минут · 5분");
        round.scope = VoteScope::AllCards;
        round.minutes = 5;
        QString why;
        QVERIFY2(facilitator.workshopDock()->votes()->startVote(round, &why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(Voting::openRound(participant.document()->journey()), settleMs);
        Timebox *countdown = participant.workshopDock()->timebox();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isRunning(), settleMs);
        const VoteRound *open = Voting::openRound(participant.document()->journey());
        const QDateTime ends = open->startedAt.addSecs(5 * 60);
        QCOMPARE(ends, participant.sharedJourney()->session()->voteEndsAt(open->id));
        // What it shows is the time left to that moment on the server's clock, within a second or two.
        const qint64 left = participant.sharedJourney()->session()->serverNow().secsTo(ends);
        QVERIFY2(std::abs(countdown->remainingSeconds() - left) <= 2,
                 qPrintable(QStringLiteral("%1 shown, %2 left").arg(countdown->remainingSeconds()).arg(left)));
        participant.workshopDock()->raise();
        participant.workshopDock()->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        shot(&participant, QStringLiteral("server-vote-countdown"));

        // Closed by the facilitator: the participant's countdown ends with it.
        QVERIFY(facilitator.workshopDock()->votes()->closeVote());
        QTRY_VERIFY_WITH_TIMEOUT(!Voting::openRound(participant.document()->journey()), settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(!countdown->isRunning(), settleMs);
    }

    // Offline, the facilitator renames the journey and removes an agenda step; meanwhile Богдан
    // renames it later and ticks the step off. Both are queued (not taken back); the report names
    // the journey with Богдан's later title kept, and the step, not removed because he changed it.
    void theJourneyAndTheAgendaMetOfflineAreReported()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        journey.agenda = {{QUuid::createUuid(), QStringLiteral("Знакомство · 소개"), false}, {QUuid::createUuid(), QStringLiteral("Голосование"), false}};
        QVERIFY(test::publishJourney(mUrl, journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        const QString app = window.sharedJourney()->session()->applicationName();
        QVERIFY(mServer.psql(QStringLiteral("workshops"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'").arg(app)));
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Поезд Ани"), journey.description, journey.currency}));
        const AgendaItem &step = journey.agenda[0];
        doc->push(new RemoveEntity<AgendaItem>(doc, step.id));
        QCOMPARE(doc->journey().title, QStringLiteral("Поезд Ани")); // kept, not taken back
        QCOMPARE(doc->journey().agenda.size(), std::size_t(1));
        QCOMPARE(window.sharedJourney()->session()->queuedEdits(), 2);
        QTest::qWait(50); // Богдан's change is made later (a margin on the clock, not a timing)
        QString error;
        ServerSession bogdan(*parsePostgresUrl(mUrl, &error), journey.id, QStringLiteral("Богдан"));
        QVERIFY2(bogdan.connectToServer(&error), qPrintable(error));
        QVERIFY2(bogdan.setJourneyField(QStringLiteral("title"), QStringLiteral("Поезд Богдана"), &error), qPrintable(error));
        QVERIFY2(bogdan.setListItemField(ServerChangeKind::agenda, step.id, QStringLiteral("done"), true, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ReplayReportDialog *>(), settleMs);
        auto *report = window.findChild<ReplayReportDialog *>();
        QVERIFY(report->isVisible());
        QCOMPARE(report->table()->topLevelItemCount(), 2);
        report->table()->setCurrentItem(report->table()->topLevelItem(1));
        shot(report, QStringLiteral("server-offline-report-journey"));
        const QTreeWidgetItem *renamed = report->table()->topLevelItem(0);
        QCOMPARE(renamed->text(0), QStringLiteral("Journey “Поезд Богдана”"));
        QCOMPARE(renamed->text(1), QStringLiteral("the title"));
        QCOMPARE(renamed->text(2), QStringLiteral("Богдан"));
        QVERIFY2(renamed->text(3).startsWith(QStringLiteral("Theirs")) && renamed->text(3).contains(QStringLiteral("Поезд Ани")),
                 qPrintable(renamed->text(3)));
        const QTreeWidgetItem *kept = report->table()->topLevelItem(1);
        QCOMPARE(kept->text(0), QStringLiteral("Agenda step “%1”").arg(step.title));
        QCOMPARE(kept->text(1), QStringLiteral("removing it"));
        QCOMPARE(kept->text(2), QStringLiteral("Богдан"));
        QVERIFY2(kept->text(3).startsWith(QStringLiteral("Not saved")) && kept->text(3).contains(QStringLiteral("Богдан")), qPrintable(kept->text(3)));
        QCOMPARE(doc->journey().title, QStringLiteral("Поезд Богдана"));
        QCOMPARE(doc->journey().agenda.size(), std::size_t(2));
        QVERIFY(doc->journey().agenda[0].done);
        report->close();
    }

private:
    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerJourneyWindow)
#include "tst_serverjourneywindow.moc"
