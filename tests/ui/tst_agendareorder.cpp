// Reordering the workshop's agenda in the main window: Alt+Down and Alt+Up move the chosen
// step (one undo step each, the choice following the step), Ctrl+Z brings the old order back,
// the arrow buttons are greyed at the ends, and a step dragged in the list moves the journey's
// step as one undo step. WAYMARK_AGENDA_SCREENSHOT=dir saves the agenda with its move controls
// (WAYMARK_SCREENSHOT_LANG picks the language, WAYMARK_EXTRA_QM a .qm of strings not merged yet).
#include "i18n/translations.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/serverchange.h"
#include "server/sharednotices.h"
#include "workshop/agendapanel.h"
#include "workshop/workshopdock.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace waymark;

namespace {

QStringList titles(const JourneyDocument *document)
{
    QStringList result;
    for (const AgendaItem &step : document->journey().agenda)
        result << step.title;
    return result;
}

QStringList rows(const QListWidget *list)
{
    QStringList result;
    for (int row = 0; row < list->count(); ++row)
        result << list->item(row)->text();
    return result;
}

// The panel refreshes once per burst of signals, on the next turn of the event loop.
void settle()
{
    QTest::qWait(5);
}

} // namespace

class TestAgendaReorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkAgendaReorderTest"));
    }

    void altDownMovesTheStepAndCtrlZBringsItBack()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // shortcuts reach the active window only
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(window.document());
        JourneyDocument *document = window.document();
        WorkshopDock *dock = window.workshopDock();
        dock->show();
        dock->raise();
        dock->tabs()->setCurrentIndex(WorkshopDock::AgendaTab);
        AgendaPanel *agenda = dock->agenda();
        QVERIFY(agenda->useFourSteps());
        settle();
        const QStringList four{QStringLiteral("Map the stages"), QStringLiteral("Add touchpoints"), QStringLiteral("Attach effort"),
                               QStringLiteral("Vote on pain points")};
        QCOMPARE(titles(document), four);
        QListWidget *list = agenda->list();
        list->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentRow(1);
        const int steps = document->undoStack()->count();

        // "Add touchpoints" one down.
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        const QStringList moved{QStringLiteral("Map the stages"), QStringLiteral("Attach effort"), QStringLiteral("Add touchpoints"),
                                QStringLiteral("Vote on pain points")};
        QCOMPARE(titles(document), moved);
        QCOMPARE(document->undoStack()->count(), steps + 1);
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Move agenda step"));
        settle();
        QCOMPARE(rows(list), moved);
        QCOMPARE(list->currentRow(), 2); // the choice follows the step: Alt+Down again moves it on

        // Ctrl+Z: the old order, the step still chosen.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(titles(document), four);
        settle();
        QCOMPARE(rows(list), four);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(document->undoStack()->count(), steps + 1); // undone, not gone: Ctrl+Shift+Z redoes it
        QCOMPARE(document->undoStack()->index(), steps);

        // Alt+Up to the top: the up arrow greys there, the down arrow at the bottom.
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        settle();
        QCOMPARE(titles(document).front(), QStringLiteral("Add touchpoints"));
        QCOMPARE(list->currentRow(), 0);
        QVERIFY(!agenda->moveUpButton()->isEnabled());
        QVERIFY(agenda->moveDownButton()->isEnabled());
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier); // nothing above: no step
        QCOMPARE(document->undoStack()->index(), steps + 1);
        list->setCurrentRow(3);
        QVERIFY(!agenda->moveDownButton()->isEnabled());
        QTest::mouseClick(agenda->moveUpButton(), Qt::LeftButton);
        QCOMPARE(titles(document)[2], QStringLiteral("Vote on pain points"));
        QCOMPARE(document->undoStack()->index(), steps + 2);

        // A drag within the list moves the row (QListWidget's internal move does exactly this);
        // the journey follows as one undo step.
        settle();
        const QStringList before = titles(document);
        QCOMPARE(rows(list), before);
        QVERIFY(list->model()->moveRow(QModelIndex(), 3, QModelIndex(), 0));
        QCOMPARE(titles(document).front(), before[3]);
        QCOMPARE(document->undoStack()->index(), steps + 3);
        settle();
        QCOMPARE(rows(list), titles(document));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(titles(document), before);
        settle();
        QCOMPARE(rows(list), before);
    }

    void readOnlyInReview()
    {
        JourneyDocument document;
        WorkshopDock dock(&document);
        AgendaPanel *agenda = dock.agenda();
        QVERIFY(agenda->useFourSteps());
        settle();
        document.setReviewOnly(true);
        settle();
        agenda->list()->setCurrentRow(1);
        QVERIFY(!agenda->moveDownButton()->isEnabled());
        QVERIFY(!agenda->moveDownAction()->isEnabled());
        QVERIFY(!agenda->moveCurrentStep(+1));
        QVERIFY(!(agenda->list()->item(1)->flags() & Qt::ItemIsDragEnabled));
        QCOMPARE(document.journey().agenda[1].title, QStringLiteral("Add touchpoints"));
    }

    // While shared, the status bar says who moved which step, opportunity or scenario.
    void theStatusBarSaysWhoMovedWhat()
    {
        Journey journey;
        journey.agenda = {{QUuid::createUuid(), QStringLiteral("Голосование"), false}};
        Opportunity kiosk;
        kiosk.id = QUuid::createUuid();
        kiosk.title = QStringLiteral("Kiosk");
        journey.opportunities = {kiosk};
        journey.scenarios = {{QUuid::createUuid(), QStringLiteral("Quick wins"), {}}};
        ServerChange change = changeOf(ServerChangeKind::agenda, journey.agenda[0].id, ServerChangeField::position);
        change.author = QStringLiteral("Фэй");
        QCOMPARE(SharedNotices::remoteChange(change, journey), QStringLiteral("Фэй moved the agenda step “Голосование”."));
        change.kind = ServerChangeKind::opportunity;
        change.entity = kiosk.id;
        QCOMPARE(SharedNotices::remoteChange(change, journey), QStringLiteral("Фэй moved the opportunity “Kiosk”."));
        change.kind = ServerChangeKind::scenario;
        change.entity = journey.scenarios[0].id;
        QCOMPARE(SharedNotices::remoteChange(change, journey), QStringLiteral("Фэй moved the scenario “Quick wins”."));
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("WAYMARK_AGENDA_SCREENSHOT");
        if (dir.isEmpty())
            QSKIP("set WAYMARK_AGENDA_SCREENSHOT to a folder to save screenshots");
        const QString language = qEnvironmentVariable("WAYMARK_SCREENSHOT_LANG", QStringLiteral("en"));
        Translations::install(language);
        QTranslator extra;
        if (qEnvironmentVariableIsSet("WAYMARK_EXTRA_QM") && extra.load(qEnvironmentVariable("WAYMARK_EXTRA_QM")))
            QCoreApplication::installTranslator(&extra);
        JourneyDocument document;
        WorkshopDock dock(&document);
        dock.setWindowTitle(QStringLiteral("Waymark"));
        dock.tabs()->setCurrentIndex(WorkshopDock::AgendaTab);
        dock.resize(440, 420);
        dock.move(40, 40);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        AgendaPanel *agenda = dock.agenda();
        QVERIFY(agenda->useFourSteps());
        settle();
        agenda->setDone(document.journey().agenda[0].id, true);
        settle();
        QListWidget *list = agenda->list();
        list->setCurrentRow(2);
        list->setFocus(Qt::OtherFocusReason);
        // Its context menu with the keys, opened below the steps so it hides none of them.
        QMenu menu;
        menu.addActions(list->actions());
        const QRect last = list->visualItemRect(list->item(list->count() - 1));
        menu.popup(list->viewport()->mapToGlobal(QPoint(last.left() + 24, last.bottom() + 24)));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        QTest::qWait(200); // let the window system draw both before the screen is read
        const QRect area = dock.frameGeometry().united(menu.geometry()).adjusted(-8, -8, 8, 8);
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
        const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
        QVERIFY(shot.save(dir + QStringLiteral("/agenda-reorder%1.png").arg(suffix)));
        menu.close();
        Translations::install(QStringLiteral("en"));
    }

private:
    QTemporaryDir mDir;
};

QTEST_MAIN(TestAgendaReorder)
#include "tst_agendareorder.moc"
