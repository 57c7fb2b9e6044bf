// Issue 21, survey and purchase data in the window (server schema 8): the facilitator imports
// this quarter's NPS answers and then a re-import; the participant's map shows the same badges
// on its cards and stages as the facilitator's, and the status bar says who imported what. The
// participant's window offers no import, refresh or removal (greyed with the reason, in the Data
// menu and the data dock), and a removal pushed anyway is taken back with the server's rule.
// Against a throwaway PostgreSQL server (tests/support/README.md).
#include "serverwindowsupport.h"
#include "heldtransfer.h"
#include "manyanswers.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "canvas/dataoverlay.h"
#include "canvas/journeyscene.h"
#include "commands/datasetcommands.h"
#include "commands/editentity.h"
#include "docks/datadock.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/sharedjourney.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

QList<QAction *> importActions(MainWindow &window)
{
    QList<QAction *> found;
    for (QAction *action : window.findChildren<QMenu *>(QStringLiteral("dataMenu")).value(0)->actions()) {
        const QString text = action->text();
        if (text.startsWith(MainWindow::tr("Import &Survey…")) || text.startsWith(MainWindow::tr("Import C&LV…"))
            || text.startsWith(MainWindow::tr("Import &Purchases…")))
            found << action;
    }
    return found;
}

// Before a picture only: the map's legend gathers a burst of changes for 30 ms.
void settleForShot()
{
    if (qEnvironmentVariableIsSet("WAYMARK_SHOTS"))
        QTest::qWait(300);
}

} // namespace

class TestServerDataWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    void anImportReachesTheParticipantsBadges()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));

        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1600, 1000);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));

        // The participant is not offered the data's import, refresh or removal, and is told why.
        const QList<QAction *> imports = importActions(participant);
        QCOMPARE(imports.size(), 3);
        for (QAction *action : imports) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QCOMPARE(action->toolTip(), SharedJourney::datasetsForFacilitators());
        }
        for (QAction *action : importActions(facilitator))
            QVERIFY(action->isEnabled());
        DataDock *theirDock = participant.dataDock();
        QVERIFY(theirDock->sharedNote()->isVisibleTo(theirDock));
        QCOMPARE(theirDock->sharedNote()->text(), SharedJourney::datasetsForFacilitators());
        QVERIFY(!facilitator.dataDock()->sharedNote()->isVisibleTo(facilitator.dataDock()));
        QVERIFY(participant.journeyScene()->dataOverlay().cards.isEmpty());

        // The facilitator imports this quarter's answers: the participant's badges are the
        // facilitator's, card by card and stage by stage.
        Dataset quarter = test::manyAnswers(3000, 17);
        quarter.name = QStringLiteral("NPS Q3 · 3분기");
        facilitator.document()->push(new AddDataset(facilitator.document(), quarter));
        QTRY_VERIFY_WITH_TIMEOUT(!participant.journeyScene()->dataOverlay().cards.isEmpty(), settleMs);
        QVERIFY(!facilitator.journeyScene()->dataOverlay().cards.isEmpty());
        QCOMPARE(participant.journeyScene()->dataOverlay().cards, facilitator.journeyScene()->dataOverlay().cards);
        QCOMPARE(participant.journeyScene()->dataOverlay().stages, facilitator.journeyScene()->dataOverlay().stages);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("Фасилитатор"))
                                      && participant.statusBar()->currentMessage().contains(quarter.name),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        theirDock->show();
        theirDock->raise();
        participant.resizeDocks({theirDock}, {560}, Qt::Vertical); // its buttons and the note in the picture
        settleForShot();
        shot(&participant, QStringLiteral("server-dataset-arrived"));

        // A re-import with other answers: the badges change with it.
        const DataOverlay before = participant.journeyScene()->dataOverlay();
        Dataset again = test::manyAnswers(1200, 91);
        again.id = quarter.id;
        again.name = quarter.name;
        facilitator.document()->push(new ReplaceDataset(facilitator.document(), again, QStringLiteral("Refresh")));
        QTRY_VERIFY_WITH_TIMEOUT(participant.journeyScene()->dataOverlay().cards != before.cards, settleMs);
        QCOMPARE(participant.journeyScene()->dataOverlay().cards, facilitator.journeyScene()->dataOverlay().cards);

        // Removing it anyway (as a stale menu might): taken back, the server's rule in the status bar.
        participant.document()->push(new RemoveDataset(participant.document(), quarter.id));
        QVERIFY2(participant.statusBar()->currentMessage().contains(QStringLiteral("facilitators-data")),
                 qPrintable(participant.statusBar()->currentMessage()));
        QCOMPARE(participant.document()->journey().datasets.size(), std::size_t(1));
        QVERIFY(!theirDock->list()->topLevelItem(0)->flags().testFlag(Qt::ItemIsEditable));
        settleForShot();
        shot(&participant, QStringLiteral("server-dataset-refused"));
        QCOMPARE(test::openedJourney(mUrl, journey.id).datasets.size(), std::size_t(1));
    }

    // While the participant's window receives the facilitator's import (its read held by the
    // test with the row read), the status bar says what and from whom, the map has no badges
    // of it yet, and the facilitator's card edit still arrives; released, the badges are the
    // facilitator's and the notice is gone.
    void aDatasetArrivingIsSaidAndTheMapGoesOn()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        test::addWorkshopParticipants(journey);
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1600, 1000);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));
        const auto notice = [](MainWindow &window) {
            auto *label = window.findChild<QLabel *>(QStringLiteral("datasetTransfer"));
            return label && label->isVisible() ? label->text() : QString();
        };
        QCOMPARE(notice(participant), QString());

        test::HeldTransfer held(ServerDatasetTransfers::Stage::RowRead, QStringLiteral("Pat"));
        Dataset quarter = test::manyAnswers(3000, 23);
        quarter.name = QStringLiteral("Survey 2026");
        facilitator.document()->push(new AddDataset(facilitator.document(), quarter));
        QVERIFY2(notice(facilitator).contains(QStringLiteral("Survey 2026")), qPrintable(notice(facilitator)));
        QVERIFY(!facilitator.journeyScene()->dataOverlay().cards.isEmpty()); // its own badges at once
        QTRY_VERIFY_WITH_TIMEOUT(held.reached(), settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(notice(facilitator), QString(), settleMs);
        const QString receiving = notice(participant);
        QVERIFY2(receiving.contains(QStringLiteral("Survey 2026")) && receiving.contains(QStringLiteral("Фасилитатор")), qPrintable(receiving));
        QVERIFY(participant.journeyScene()->dataOverlay().cards.isEmpty());

        Touchpoint card = facilitator.document()->journey().touchpoints.front();
        card.title = QStringLiteral("Edited while the data comes");
        facilitator.document()->push(new EditEntity<Touchpoint>(facilitator.document(), card));
        QTRY_COMPARE_WITH_TIMEOUT(participant.document()->journey().touchpoint(card.id)->title, card.title, settleMs);
        QCOMPARE(notice(participant), receiving);
        settleForShot();
        shot(&participant, QStringLiteral("server-dataset-receiving"));

        held.release();
        QTRY_VERIFY_WITH_TIMEOUT(!participant.journeyScene()->dataOverlay().cards.isEmpty(), settleMs);
        QCOMPARE(participant.journeyScene()->dataOverlay().cards, facilitator.journeyScene()->dataOverlay().cards);
        QCOMPARE(notice(participant), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(quarter.name),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
    }

private:
    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerDataWindow)
#include "tst_serverdatawindow.moc"
