// Issue 21, the window half: File → Publish to Server… and Open from Server… driven as a
// person would (typing, clicking, double-clicking, answering the modal dialogs), two windows
// on one shared journey, Undo while shared, what cannot be shared greyed, stages and lanes
// changed live by the facilitator, a lost connection.
// Against a throwaway PostgreSQL server (tests/support/README.md).
#include "modalanswer.h"
#include "serverwindowsupport.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "canvas/canvasactions.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "server/changemark.h"
#include "workshop/workshopdock.h"
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removestage.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/openfromserverdialog.h"
#include "server/publishdialog.h"
#include "server/replayreportdialog.h"
#include "server/lockcontrols.h"
#include "server/followme.h"
#include "canvas/journeyview.h"
#include <QToolButton>
#include "canvas/canvaslayout.h"
#include "server/serveraddressform.h"
#include "server/serverjourneys.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "warehouse/postgresconnection.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QTranslator>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;
using waymark::test::ModalAnswer;
using waymark::test::PostgresServer;
using waymark::test::action;
using waymark::test::serverState;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // QTest types ASCII only: Cyrillic goes in as an input method would
}

} // namespace

class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    // A test that failed with the server stopped leaves it running for the next.
    void cleanup()
    {
        if (!mServer.running())
            QVERIFY2(mServer.start(), qPrintable(mServer.error()));
    }

    // A wrong URL and a server that is not there are said in the dialog, which stays open;
    // the right URL publishes and the window switches to the shared journey and says so.
    void publishLikeAPerson()
    {
        MainWindow window;
        window.show();
        const QString title = window.document()->journey().title;
        QStringList seen;
        ModalAnswer answer([&](QWidget *widget) {
            auto *dialog = qobject_cast<PublishDialog *>(widget);
            QVERIFY(dialog);
            ServerAddressForm *form = dialog->form();
            QVERIFY(form->isVisible());
            type(form->urlEdit(), QStringLiteral("http://db.example.com/workshops"));
            QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
            seen << form->message();
            // Nobody listens on port 1: refused at once, said in the dialog.
            type(form->urlEdit(), QStringLiteral("postgresql://127.0.0.1:1/workshops"));
            QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
            QVERIFY(!dialog->publishButton()->isEnabled()); // busy while it works
            QTRY_VERIFY_WITH_TIMEOUT(!form->message().isEmpty(), settleMs);
            seen << form->message();
            type(form->urlEdit(), mUrl);
            type(form->authorEdit(), QStringLiteral("Фасилитатор"));
            QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        });
        action(window, "publishToServer")->trigger();
        QCOMPARE(answer.seen, QStringLiteral("waymark::PublishDialog"));
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen[0].contains(QStringLiteral("not a PostgreSQL URL")), qPrintable(seen[0]));
        QVERIFY2(seen[1].contains(QStringLiteral("Could not connect to")) && seen[1].contains(QStringLiteral("127.0.0.1")), qPrintable(seen[1]));

        QVERIFY(window.sharedJourney());
        QCOMPARE(window.sharedJourney()->session()->author(), QStringLiteral("Фасилитатор"));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("shared on postgresql://")), qPrintable(window.windowTitle()));
        QVERIFY2(serverState(window).contains(QStringLiteral("Shared on")), qPrintable(serverState(window)));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Published to")), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.document()->journey().title, title);
        // On the server, and the URL remembered for next time.
        QVERIFY(listedTitles().contains(title));
        OpenFromServerDialog again;
        QCOMPARE(again.form()->urlEdit()->text(), mUrl);
    }

    // The list shows what is there, sorts by a clicked column, and a double-click opens one.
    void openFromTheListLikeAPerson()
    {
        Journey first = test::smallJourney();
        first.id = QUuid::createUuid();
        first.title = QStringLiteral("Аааа — первый");
        Journey second = first;
        second.id = QUuid::createUuid();
        second.title = QStringLiteral("Яяяя — второй");
        QVERIFY(publish(first) && publish(second));

        MainWindow window;
        window.show();
        QStringList order;
        ModalAnswer answer([&](QWidget *widget) {
            auto *dialog = qobject_cast<OpenFromServerDialog *>(widget);
            QVERIFY(dialog);
            type(dialog->form()->urlEdit(), mUrl);
            QTest::keyClick(dialog->form()->urlEdit(), Qt::Key_Return); // Enter lists
            QTreeWidget *list = dialog->journeys();
            QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 2, settleMs);
            // Sort by title, as a click on its header does.
            QTest::mouseClick(list->header()->viewport(), Qt::LeftButton, {},
                              QPoint(list->header()->sectionViewportPosition(0) + 10, list->header()->height() / 2));
            if (list->header()->sortIndicatorOrder() == Qt::DescendingOrder)
                QTest::mouseClick(list->header()->viewport(), Qt::LeftButton, {},
                                  QPoint(list->header()->sectionViewportPosition(0) + 10, list->header()->height() / 2));
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                order << list->topLevelItem(i)->text(0);
            QTreeWidgetItem *target = nullptr;
            for (int i = 0; i < list->topLevelItemCount(); ++i) {
                if (list->topLevelItem(i)->text(0) == second.title)
                    target = list->topLevelItem(i);
            }
            QVERIFY(target);
            const QRect rect = list->visualItemRect(target);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        });
        action(window, "openFromServer")->trigger();
        QCOMPARE(answer.seen, QStringLiteral("waymark::OpenFromServerDialog"));
        QVERIFY(order.indexOf(first.title) >= 0 && order.indexOf(first.title) < order.indexOf(second.title));
        QVERIFY(window.sharedJourney());
        QCOMPARE(window.document()->journey().id, second.id);
        QCOMPARE(window.document()->journey().title, second.title);
    }

    // Two windows on one journey: an edit in one appears in the other; Undo takes back only
    // one's own change and refuses, naming who, after someone changed that thing.
    void twoWindowsEditLive()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow a;
        QVERIFY(a.openServerJourney(mUrl, journey.id.toString(QUuid::WithoutBraces)));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Богдан"));
        MainWindow b;
        QVERIFY(b.openServerJourney(mUrl, journey.id.toString()));

        // Who is connected, in the workshop dock.
        QTRY_VERIFY2_WITH_TIMEOUT(a.workshopDock()->connectedLine()->text().contains(QStringLiteral("Богдан")),
                                  qPrintable(a.workshopDock()->connectedLine()->text()), settleMs);
        QVERIFY(a.workshopDock()->connectedLine()->text().contains(QStringLiteral("Ана")));

        const QUuid id = journey.touchpoints[1].id;
        Touchpoint card = *a.document()->journey().touchpoint(id);
        card.title = QStringLiteral("От Аны");
        a.document()->push(new EditTouchpoint(a.document(), card));
        QTRY_COMPARE_WITH_TIMEOUT(b.document()->journey().touchpoint(id)->title, card.title, settleMs);
        QVERIFY2(b.statusBar()->currentMessage().contains(QStringLiteral("Ана")), qPrintable(b.statusBar()->currentMessage()));
        // Ана's colour on the card for a moment, with her name; none in her own window.
        const auto marks = [](MainWindow &window, const QUuid &cardId) {
            QList<ChangeMark *> found;
            for (QGraphicsItem *child : window.journeyScene()->cardItem(cardId)->childItems()) {
                if (auto *mark = dynamic_cast<ChangeMark *>(child))
                    found << mark;
            }
            return found;
        };
        QCOMPARE(marks(b, id).size(), 1);
        QCOMPARE(marks(b, id).front()->author(), QStringLiteral("Ана"));
        QCOMPARE(marks(b, id).front()->colour(), ChangeMark::colourOf(QStringLiteral("Ана"), b.document()->journey()));
        QVERIFY(marks(a, id).isEmpty());

        QAction *undoInA = action(a, "sharedUndo");
        QVERIFY(undoInA && undoInA->isEnabled());
        Touchpoint theirs = *b.document()->journey().touchpoint(id);
        theirs.title = QStringLiteral("От Богдана");
        b.document()->push(new EditTouchpoint(b.document(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(a.document()->journey().touchpoint(id)->title, theirs.title, settleMs);
        undoInA->trigger();
        QVERIFY2(a.statusBar()->currentMessage().contains(QStringLiteral("Богдан")), qPrintable(a.statusBar()->currentMessage()));
        QCOMPARE(a.document()->journey().touchpoint(id)->title, theirs.title);

        // Богдан's own undo is his to make.
        QAction *undoInB = action(b, "sharedUndo");
        QVERIFY(undoInB->isEnabled());
        undoInB->trigger();
        QCOMPARE(b.document()->journey().touchpoint(id)->title, card.title);
        QTRY_COMPARE_WITH_TIMEOUT(a.document()->journey().touchpoint(id)->title, card.title, settleMs);
        QVERIFY(!a.isWindowModified());
    }

    // The same field changed in two windows at once: the later change stays, and the person
    // whose change was replaced is told in plain words who replaced it.
    void anOverwrittenEditIsSaid()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow a;
        QVERIFY(a.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Богдан"));
        MainWindow b;
        QVERIFY(b.openServerJourney(mUrl, journey.id.toString()));
        const QUuid id = journey.touchpoints[0].id;
        Touchpoint mine = *a.document()->journey().touchpoint(id);
        mine.title = QStringLiteral("Версия Аны");
        Touchpoint theirs = *b.document()->journey().touchpoint(id);
        theirs.title = QStringLiteral("Версия Богдана");
        // No events in between: neither has seen the other's change when making its own.
        a.document()->push(new EditTouchpoint(a.document(), mine));
        b.document()->push(new EditTouchpoint(b.document(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(a.document()->journey().touchpoint(id)->title, theirs.title, settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(a.statusBar()->currentMessage().contains(QStringLiteral("at the same moment")),
                                  qPrintable(a.statusBar()->currentMessage()), settleMs);
        QVERIFY(a.statusBar()->currentMessage().contains(QStringLiteral("Богдан")));
        QVERIFY(a.statusBar()->currentMessage().contains(QStringLiteral("the title")));
        QCOMPARE(b.document()->journey().touchpoint(id)->title, theirs.title);
    }

    // Opportunities and the journey's title are shared since schema 7: a facilitator (here: the
    // tables' owner) changes them, stages and arrows as before; a participant's are greyed
    // (tst_serverjourneywindow). Opening a file again makes everything editable as usual.
    void whatCannotBeSharedIsGreyedWithTheReason()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        MainWindow window;
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        QVERIFY(window.canvasActions()->addStage()->isEnabled());
        QVERIFY(window.canvasActions()->connectTool()->isEnabled()); // arrows are shared (schema 6)
        QAction *opportunity = window.canvasActions()->createOpportunity();
        QVERIFY(opportunity->toolTip() != SharedJourney::journeyForFacilitators());
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("journeyTitleEdit"));
        QVERIFY(title && !title->isReadOnly());
        QVERIFY(window.canvasActions()->newCard()->isEnabled());
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        QVERIFY(!window.sharedJourney());
        QVERIFY(window.workshopDock()->connectedLine()->isHidden());
        QVERIFY(window.canvasActions()->addStage()->isEnabled());
        QVERIFY(!title->isReadOnly());
        QVERIFY(serverState(window).isEmpty());
    }

    // The facilitator adds a stage, renames a lane and removes a stage with its cards; the
    // participant's window follows and says so in the status bar, and greys its own stage and
    // lane actions with the reason.
    void structureChangesReachTheParticipantsWindow()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1400, 800);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));
        QVERIFY(facilitator.canvasActions()->addStage()->isEnabled());
        QAction *addStage = participant.canvasActions()->addStage();
        QVERIFY(!addStage->isEnabled());
        QVERIFY2(addStage->toolTip().contains(QStringLiteral("Only facilitators")), qPrintable(addStage->toolTip()));
        QVERIFY(!participant.canvasActions()->departments()->isEnabled());

        JourneyDocument *doc = facilitator.document();
        const Stage stage{QUuid::createUuid(), QStringLiteral("Возврат · 반품"), {}};
        doc->push(new AddEntity<Stage>(doc, 1, stage));
        QTRY_VERIFY_WITH_TIMEOUT(participant.document()->journey().stage(stage.id), settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("added the stage")),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        Lane lane = doc->journey().lanes[1];
        lane.name = QStringLiteral("Клиент в отделении");
        doc->push(new EditLane(doc, lane));
        QTRY_COMPARE_WITH_TIMEOUT(participant.document()->journey().lanes[1].name, lane.name, settleMs);
        const Stage removed = journey.stages[2];
        doc->push(new RemoveStage(doc, removed.id));
        QTRY_VERIFY_WITH_TIMEOUT(!participant.document()->journey().stage(removed.id), settleMs);
        for (const Touchpoint &card : participant.document()->journey().touchpoints)
            QVERIFY(card.stageId != removed.id);
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("removed a stage")),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        shot(&participant, QStringLiteral("server-structure"));
        const Journey server = test::openedJourney(mUrl, journey.id);
        QCOMPARE(participant.document()->journey().stages, server.stages);
        QCOMPARE(participant.document()->journey().lanes, server.lanes);
        QCOMPARE(participant.document()->journey().touchpoints, server.touchpoints);
    }

    // The server drops the window's connection: the journey stays open, the window says so,
    // and it is connected again by itself.
    void aLostConnectionIsSaidAndMended()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        const QString app = window.sharedJourney()->session()->applicationName();
        QVERIFY(mServer.psql(QStringLiteral("workshops"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'").arg(app)));
        // The next edit meets the dead connection: it is kept, and the window says so.
        Touchpoint card = window.document()->journey().touchpoints[0];
        card.title = QStringLiteral("Во время обрыва");
        window.document()->push(new EditTouchpoint(window.document(), card));
        QTRY_VERIFY2_WITH_TIMEOUT(serverState(window).contains(QStringLiteral("lost")), qPrintable(serverState(window)), settleMs);
        QVERIFY2(serverState(window).contains(QStringLiteral("kept on this laptop")), qPrintable(serverState(window)));
        QCOMPARE(window.document()->journey().touchpoint(card.id)->title, card.title); // not taken back
        QTRY_VERIFY2_WITH_TIMEOUT(serverState(window).contains(QStringLiteral("Shared on")), qPrintable(serverState(window)), settleMs);
        // Sent when the connection was back, and said so.
        QCOMPARE(titleOnServer(journey.id, card.id), card.title);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("made while offline reached the server")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!window.findChild<ReplayReportDialog *>()); // nothing met anyone else's change
        // And it works again.
        card.title = QStringLiteral("После обрыва");
        window.document()->push(new EditTouchpoint(window.document(), card));
        QTRY_COMPARE_WITH_TIMEOUT(titleOnServer(journey.id, card.id), card.title, settleMs);
    }

    // Offline, Ана changes a title that Богдан changes later: when Ана's window is connected
    // again the report says which card, what, who, and that Богдан's later change stayed.
    void aConflictMetOfflineIsReported()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        const QString app = window.sharedJourney()->session()->applicationName();
        QVERIFY(mServer.psql(QStringLiteral("workshops"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'").arg(app)));
        Touchpoint card = window.document()->journey().touchpoints[1];
        card.title = QStringLiteral("Версия Аны");
        window.document()->push(new EditTouchpoint(window.document(), card));
        QTest::qWait(50); // Богдан's change is made later (a margin on the clock, not a timing)
        QString error;
        ServerSession bogdan(*parsePostgresUrl(mUrl, &error), journey.id, QStringLiteral("Богдан"));
        QVERIFY2(bogdan.connectToServer(&error), qPrintable(error));
        QVERIFY2(bogdan.setCardField(card.id, QStringLiteral("title"), QStringLiteral("Версия Богдана"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ReplayReportDialog *>(), settleMs);
        auto *report = window.findChild<ReplayReportDialog *>();
        QVERIFY(report->isVisible());
        shot(report, QStringLiteral("server-offline-report"));
        shot(&window, QStringLiteral("server-offline-window"));
        QCOMPARE(report->table()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = report->table()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Версия Богдана"));
        QCOMPARE(row->text(1), QStringLiteral("the title"));
        QCOMPARE(row->text(2), QStringLiteral("Богдан"));
        QVERIFY2(row->text(3).startsWith(QStringLiteral("Theirs")) && row->text(3).contains(QStringLiteral("Версия Аны")), qPrintable(row->text(3)));
        QCOMPARE(window.document()->journey().touchpoint(card.id)->title, QStringLiteral("Версия Богдана"));
        QCOMPARE(titleOnServer(journey.id, card.id), QStringLiteral("Версия Богдана"));
        report->close();
    }

    // Offline, Ана renames a stage that Богдан renames later, and draws an arrow to a card
    // Богдан deletes meanwhile: both are queued (not taken back), and the report names the
    // stage and the arrow, what, who, and what stayed or why nothing did.
    void newKindsMetOfflineAreReported()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        const QString app = window.sharedJourney()->session()->applicationName();
        QVERIFY(mServer.psql(QStringLiteral("workshops"),
                             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '%1'").arg(app)));
        Stage stage = journey.stages[0];
        stage.name = QStringLiteral("Знакомство (Ана)");
        window.document()->push(new EditStage(window.document(), stage));
        const Touchpoint &gone = journey.touchpoints[7];
        const Connection arrow{QUuid::createUuid(), journey.touchpoints[1].id, gone.id, {}};
        window.document()->push(new AddEntity<Connection>(window.document(), arrow));
        QCOMPARE(window.document()->journey().stage(stage.id)->name, stage.name); // kept, not taken back
        QCOMPARE(window.sharedJourney()->session()->queuedEdits(), 2);
        QTest::qWait(50); // Богдан's change is made later (a margin on the clock, not a timing)
        QString error;
        ServerSession bogdan(*parsePostgresUrl(mUrl, &error), journey.id, QStringLiteral("Богдан"));
        QVERIFY2(bogdan.connectToServer(&error), qPrintable(error));
        QVERIFY2(bogdan.setStructureField(ServerChangeKind::stage, stage.id, QStringLiteral("name"), QStringLiteral("Знакомство (Богдан)"), &error),
                 qPrintable(error));
        QVERIFY2(bogdan.deleteCard(gone.id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ReplayReportDialog *>(), settleMs);
        auto *report = window.findChild<ReplayReportDialog *>();
        QVERIFY(report->isVisible());
        QCOMPARE(report->table()->topLevelItemCount(), 2);
        // The refusal's whole reason, cut off in its column, stands under the table for the chosen row.
        report->table()->setCurrentItem(report->table()->topLevelItem(1));
        auto *detail = report->findChild<QLabel *>(QStringLiteral("replayDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->text().contains(report->table()->topLevelItem(1)->text(3)), qPrintable(detail->text()));
        shot(report, QStringLiteral("server-offline-report-kinds"));
        const QTreeWidgetItem *renamed = report->table()->topLevelItem(0);
        QCOMPARE(renamed->text(0), QStringLiteral("Stage “Знакомство (Богдан)”"));
        QCOMPARE(renamed->text(1), QStringLiteral("the name"));
        QCOMPARE(renamed->text(2), QStringLiteral("Богдан"));
        QVERIFY2(renamed->text(3).startsWith(QStringLiteral("Theirs")) && renamed->text(3).contains(stage.name), qPrintable(renamed->text(3)));
        const QTreeWidgetItem *drawn = report->table()->topLevelItem(1);
        QVERIFY2(drawn->text(0).startsWith(QStringLiteral("Arrow")) && drawn->text(0).contains(gone.title), qPrintable(drawn->text(0)));
        QCOMPARE(drawn->text(1), QStringLiteral("adding it"));
        QCOMPARE(drawn->text(2), QStringLiteral("Богдан"));
        QVERIFY2(drawn->text(3).startsWith(QStringLiteral("Not saved")) && drawn->text(3).contains(QStringLiteral("Богдан"))
                     && drawn->text(3).contains(gone.title), // named by its title, not its id, though it is gone
                 qPrintable(drawn->text(3)));
        QCOMPARE(window.document()->journey().stage(stage.id)->name, QStringLiteral("Знакомство (Богдан)"));
        QVERIFY(std::none_of(window.document()->journey().connections.begin(), window.document()->journey().connections.end(),
                             [&](const Connection &each) { return each.id == arrow.id; }));
        report->close();
    }

    // Redo while shared: Ctrl+Shift+Z makes Ана's undone change again for everyone; after
    // Богдан changed the same title, her redo is refused naming him, and his title stays.
    void redoWhileShared()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow a;
        a.show();
        QVERIFY(a.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Богдан"));
        MainWindow b;
        QVERIFY(b.openServerJourney(mUrl, journey.id.toString()));
        QAction *redo = action(a, "sharedRedo");
        QVERIFY(redo && !redo->isEnabled());
        QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

        const QUuid id = journey.touchpoints[0].id;
        Touchpoint card = *a.document()->journey().touchpoint(id);
        card.title = QStringLiteral("Версия Аны");
        a.document()->push(new EditTouchpoint(a.document(), card));
        QTRY_COMPARE_WITH_TIMEOUT(b.document()->journey().touchpoint(id)->title, card.title, settleMs);
        action(a, "sharedUndo")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(b.document()->journey().touchpoint(id)->title, journey.touchpoints[0].title, settleMs);
        QVERIFY(redo->isEnabled());
        a.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&a));
        a.journeyView()->setFocus();
        QTest::keyClick(a.journeyView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(a.document()->journey().touchpoint(id)->title, card.title);
        QTRY_COMPARE_WITH_TIMEOUT(b.document()->journey().touchpoint(id)->title, card.title, settleMs);
        QVERIFY(!redo->isEnabled());

        // Undone again; Богдан writes his own title; Ана's redo would replace it: refused.
        action(a, "sharedUndo")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(b.document()->journey().touchpoint(id)->title, journey.touchpoints[0].title, settleMs);
        Touchpoint theirs = *b.document()->journey().touchpoint(id);
        theirs.title = QStringLiteral("Версия Богдана");
        b.document()->push(new EditTouchpoint(b.document(), theirs));
        QTRY_COMPARE_WITH_TIMEOUT(a.document()->journey().touchpoint(id)->title, theirs.title, settleMs);
        a.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&a));
        a.journeyView()->setFocus();
        QTest::keyClick(a.journeyView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        shot(&a, QStringLiteral("server-redo-refused"));
        const QString said = a.statusBar()->currentMessage();
        QVERIFY2(said.startsWith(QStringLiteral("Not redone")) && said.contains(QStringLiteral("Богдан")), qPrintable(said));
        QCOMPARE(a.document()->journey().touchpoint(id)->title, theirs.title);
        QCOMPARE(titleOnServer(journey.id, id), theirs.title);
        QVERIFY(!redo->isEnabled());
    }

    // The server does not answer when a journey is opened: the window opens this laptop's
    // copy, says it is offline (title and status bar), keeps the edits, and when the server
    // answers it is shared again and the edit is there. A journey this laptop never held
    // is refused with a clear message.
    void aJourneyOpensOfflineFromThisLaptopsCopy()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        Journey never = test::smallJourney();
        never.id = QUuid::createUuid();
        QVERIFY(publish(never));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        {
            MainWindow earlier;
            QVERIFY(earlier.openServerJourney(mUrl, journey.id.toString()));
        } // the copy stays on this laptop
        mServer.stop();
        MainWindow window;
        window.show();
        QStringList messages;
        window.setMessageSink([&](const QString &title, const QString &text) { messages << title + QLatin1Char(':') + text; });
        QVERIFY(!window.openServerJourney(mUrl, never.id.toString()));
        QVERIFY(!window.sharedJourney());

        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        QVERIFY(window.sharedJourney());
        QCOMPARE(window.document()->journey().touchpoints.size(), journey.touchpoints.size());
        Touchpoint card = window.document()->journey().touchpoints[0];
        card.title = QStringLiteral("Записано без сервера");
        window.document()->push(new EditTouchpoint(window.document(), card));
        QCOMPARE(window.sharedJourney()->session()->queuedEdits(), 1);
        shot(&window, QStringLiteral("server-offline-open"));
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].contains(QStringLiteral("no copy of the journey")), qPrintable(messages[0]));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("offline copy")), qPrintable(window.windowTitle()));
        QVERIFY2(serverState(window).contains(QStringLiteral("Offline")), qPrintable(serverState(window)));
        QVERIFY2(serverState(window).contains(QStringLiteral("kept on this laptop")), qPrintable(serverState(window)));

        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QTRY_VERIFY2_WITH_TIMEOUT(serverState(window).contains(QStringLiteral("Shared on")), qPrintable(serverState(window)), settleMs * 4);
        QVERIFY2(!window.windowTitle().contains(QStringLiteral("offline")), qPrintable(window.windowTitle()));
        QCOMPARE(titleOnServer(journey.id, card.id), card.title);
    }

    void saveAsKeepsACopyAndStaysShared()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        MainWindow window;
        QVERIFY(window.openServerJourney(mUrl, journey.id.toString()));
        const QString path = mDir.filePath(QStringLiteral("copy.waymark"));
        QVERIFY(window.saveAs(path)); // what File → Save As… does with the chosen name
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("stays shared")), qPrintable(window.statusBar()->currentMessage()));
        waymark::FormatError error;
        const auto copy = readJourneyFile(path, &error);
        QVERIFY2(copy, qPrintable(error.toString()));
        QCOMPARE(copy->id, journey.id);
        QVERIFY(copy->touchpoints == window.document()->journey().touchpoints);
        QVERIFY(window.sharedJourney());
        QVERIFY(window.document()->filePath().isEmpty());
    }

    void wrongCommandLineArgumentsAreSaid()
    {
        MainWindow window;
        QStringList messages;
        window.setMessageSink([&](const QString &title, const QString &text) { messages << title + QLatin1Char(':') + text; });
        QVERIFY(!window.openServerJourney(QStringLiteral("http://x/y"), QUuid::createUuid().toString()));
        QVERIFY(!window.openServerJourney(mUrl, QStringLiteral("not-an-id")));
        QVERIFY(!window.openServerJourney(mUrl, QUuid::createUuid().toString()));
        QCOMPARE(messages.size(), 3);
        QVERIFY2(messages[0].contains(QStringLiteral("not a PostgreSQL URL")), qPrintable(messages[0]));
        QVERIFY2(messages[1].contains(QStringLiteral("not a journey id")), qPrintable(messages[1]));
        QVERIFY(!window.sharedJourney());
    }

private:
    bool publish(const Journey &journey) { return test::publishJourney(mUrl, journey); }

    QStringList listedTitles()
    {
        return mServer.psql(QStringLiteral("workshops"), QStringLiteral("SELECT title FROM journeys")).value_or(QString()).split(QLatin1Char('\n'));
    }

    QString titleOnServer(const QUuid &journey, const QUuid &card) { return test::titleOnServer(mUrl, journey, card); }

    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
