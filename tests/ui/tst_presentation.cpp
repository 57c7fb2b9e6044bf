#include "canvas/carditem.h"
#include "canvas/frozenheaders.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "testjourneys.h"
#include "workshop/presentationcaption.h"
#include "workshop/presentationmode.h"
#include "workshop/timebox.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace waymark;

namespace {

using test::sampleJourney;

// The main window as Waymark has it, reduced to what presentation mode touches: the canvas in
// the middle, a dock, a tool bar, a menu bar and a status bar.
struct Workshop {
    Workshop()
        : document(sampleJourney())
    {
        scene.setDocument(&document);
        view = new JourneyView(&scene);
        window.setCentralWidget(view);
        dock = new QDockWidget(QStringLiteral("Properties"), &window);
        dock->setObjectName(QStringLiteral("propertiesDock")); // saveState() needs names
        dock->setWidget(new QLabel(QStringLiteral("dock"), dock));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        toolBar = window.addToolBar(QStringLiteral("Canvas"));
        toolBar->setObjectName(QStringLiteral("canvasToolBar"));
        toolBar->addAction(QStringLiteral("New Card"));
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.statusBar()->showMessage(QStringLiteral("Ready"));
        timebox.setClockForTesting([this] { return now; });
        mode = new PresentationMode(&window, view, &scene, &timebox);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        scene.ensureLayout();
        view->setFocus();
    }

    // Full screen and the queued fit arrive through the event loop, as on a real screen.
    void settle()
    {
        QVERIFY(QTest::qWaitFor([this] { return !mode->isActive() || window.geometry() == window.screen()->geometry(); }, 2000));
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }

    QRectF visibleSceneRect() const { return view->mapToScene(view->viewport()->rect()).boundingRect(); }
    QPointF visibleCentre() const { return view->mapToScene(view->viewport()->rect().center()); }
    const CanvasLayout &layout() { return scene.canvasLayout(); }

    qint64 now = 0;
    JourneyDocument document;
    JourneyScene scene;
    Timebox timebox;
    QMainWindow window; // destroyed first: the view goes before the scene it shows
    JourneyView *view = nullptr;
    QDockWidget *dock = nullptr;
    QToolBar *toolBar = nullptr;
    PresentationMode *mode = nullptr;
};

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void timeboxKeepsExactTimeAcrossPauses()
    {
        qint64 now = 5000; // any origin: only differences count
        Timebox timebox;
        timebox.setClockForTesting([&now] { return now; });
        QSignalSpy finished(&timebox, &Timebox::finished);
        QCOMPARE(timebox.duration(), 600);
        QCOMPARE(timebox.text(), QStringLiteral("10:00"));

        timebox.setDuration(180);
        QCOMPARE(timebox.text(), QStringLiteral("03:00"));
        timebox.start();
        QVERIFY(timebox.isRunning());
        now += 90'000;
        timebox.checkTime();
        QCOMPARE(timebox.remainingSeconds(), 90);
        QCOMPARE(timebox.text(), QStringLiteral("01:30"));

        timebox.pause();
        QVERIFY(!timebox.isRunning());
        now += 60'000; // a paused timebox does not count
        timebox.checkTime();
        QCOMPARE(timebox.remainingSeconds(), 90);

        timebox.start(); // resumes
        now += 500;
        QCOMPARE(timebox.text(), QStringLiteral("01:30")); // rounded up: 89.5 s left
        now += 89'499;
        timebox.checkTime();
        QCOMPARE(timebox.text(), QStringLiteral("00:01"));
        QCOMPARE(finished.count(), 0);
        now += 1;
        timebox.checkTime();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!timebox.isRunning());
        QVERIFY(timebox.isFinished());
        QCOMPARE(timebox.text(), QStringLiteral("00:00"));

        now += 30'000; // never negative, never finished twice
        timebox.checkTime();
        timebox.pause();
        QCOMPARE(timebox.text(), QStringLiteral("00:00"));
        QCOMPARE(finished.count(), 1);

        timebox.reset();
        QVERIFY(!timebox.isFinished());
        QCOMPARE(timebox.remainingSeconds(), 180);
        QCOMPARE(timebox.text(), QStringLiteral("03:00"));
    }

    void timeboxStartsAgainAfterRunningOut()
    {
        qint64 now = 0;
        Timebox timebox;
        timebox.setClockForTesting([&now] { return now; });
        QSignalSpy finished(&timebox, &Timebox::finished);
        timebox.setDuration(60);
        timebox.start();
        now += 61'000;
        timebox.pause(); // ran out before the tick noticed: finishes rather than pauses
        QCOMPARE(finished.count(), 1);
        timebox.start();
        QCOMPARE(timebox.text(), QStringLiteral("01:00"));
        now += 60'000;
        timebox.checkTime();
        QCOMPARE(finished.count(), 2);

        timebox.setDuration(125 * 60); // minutes beyond an hour stay minutes
        QCOMPARE(timebox.text(), QStringLiteral("125:00"));
    }

    void timeboxWidgetControlsTheTimebox()
    {
        qint64 now = 0;
        Timebox timebox;
        timebox.setClockForTesting([&now] { return now; });
        TimeboxWidget widget(&timebox);
        widget.show();
        auto *minutes = widget.findChild<QSpinBox *>();
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 10);
        minutes->setValue(2);
        QCOMPARE(timebox.duration(), 120);

        QToolButton *startPause = nullptr;
        QToolButton *reset = nullptr;
        for (QToolButton *button : widget.findChildren<QToolButton *>())
            (button->text() == QStringLiteral("Reset") ? reset : startPause) = button;
        QVERIFY(startPause && reset);
        QCOMPARE(startPause->text(), QStringLiteral("Start"));
        startPause->click();
        QVERIFY(timebox.isRunning());
        QCOMPARE(startPause->text(), QStringLiteral("Pause"));
        QVERIFY(!minutes->isEnabled());
        now += 30'000;
        startPause->click();
        QCOMPARE(startPause->text(), QStringLiteral("Resume"));
        startPause->click();
        now += 90'000;
        timebox.checkTime();
        QVERIFY(timebox.isFinished());

        QLabel *time = nullptr;
        for (QLabel *label : widget.findChildren<QLabel *>())
            if (label->text() == QStringLiteral("00:00"))
                time = label;
        QVERIFY(time);
        const QColor alarm = time->palette().color(QPalette::Window);
        QVERIFY(alarm.red() > alarm.green() + 40); // red when the time is up
        widget.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("timebox.png")));
        reset->click();
        QCOMPARE(time->text(), QStringLiteral("02:00"));
        QCOMPARE(time->palette().color(QPalette::Window), QColor(Qt::white));

        widget.setCompact(true);
        QVERIFY(!minutes->isVisible());
        QVERIFY(!startPause->isVisible());
        QVERIFY(time->isVisible());
        widget.setCompact(false);
        QVERIFY(minutes->isVisible());
    }

    void enterHidesEverythingButTheMap()
    {
        Workshop w;
        // Floating over the canvas as the legend (a child of the view) and a banner (of the viewport) do.
        auto *legend = new QFrame(w.view);
        auto *banner = new QFrame(w.view->viewport());
        legend->show();
        banner->show();
        QSignalSpy entered(w.mode, &PresentationMode::entered);
        QSignalSpy stages(w.mode, &PresentationMode::stageChanged);
        w.mode->enter();
        w.settle();
        QVERIFY(w.mode->isActive());
        QCOMPARE(entered.count(), 1);
        QVERIFY(legend->isHidden());
        QVERIFY(banner->isHidden());
        QVERIFY(!w.view->horizontalScrollBar()->isVisible()); // the scroll bars are off, not hidden as floating frames
        QVERIFY(w.window.windowState() & Qt::WindowFullScreen);
        QVERIFY(!w.dock->isVisible());
        QVERIFY(!w.toolBar->isVisible());
        QVERIFY(!w.window.menuBar()->isVisible());
        QVERIFY(!w.window.statusBar()->isVisible());
        QCOMPARE(w.mode->currentStage(), 0);
        QCOMPARE(stages.count(), 1);
        QCOMPARE(stages.last().at(0).toInt(), 0);
        const QRectF header = w.layout().stageHeaderRect(0);
        QVERIFY(w.visibleSceneRect().contains(header));
        w.mode->leave();
        QVERIFY(legend->isVisible());
        QVERIFY(banner->isVisible());
    }

    void keysWalkTheStagesThenTheOverview()
    {
        Workshop w;
        w.mode->enter();
        w.settle();
        const int count = w.layout().stageCount();
        QCOMPARE(count, 7);
        QSignalSpy stages(w.mode, &PresentationMode::stageChanged);

        QTest::keyClick(w.view, Qt::Key_PageDown);
        w.settle();
        QCOMPARE(w.mode->currentStage(), 1);
        QCOMPARE(stages.count(), 1);
        const QRectF header = w.layout().stageHeaderRect(1);
        const QPointF centre = w.visibleCentre();
        QVERIFY2(centre.x() >= header.left() && centre.x() <= header.right(),
                 qPrintable(QStringLiteral("centre %1 outside %2..%3").arg(centre.x()).arg(header.left()).arg(header.right())));
        // The whole column fits: header, every lane and the totals below it.
        const QRectF visible = w.visibleSceneRect();
        QVERIFY(visible.contains(header));
        QVERIFY(visible.bottom() >= w.layout().totalsRowRect().bottom());
        const qreal stageZoom = w.view->zoom();
        // The caption is a bar across the top although the view scrolled under it,
        QWidget *overlay = w.mode->overlay();
        QVERIFY(overlay && overlay->isVisible());
        QCOMPARE(overlay->geometry(), QRect(0, 0, w.view->viewport()->width(), overlay->height()));
        QVERIFY(overlay->height() < w.view->viewport()->height() / 8);
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Stage 2 of 7")));
        // and the column is fitted below it.
        QRectF column = header;
        for (int lane = 0; lane < w.layout().laneCount(); ++lane)
            column |= w.layout().cellRect(1, lane);
        QVERIFY(!overlay->geometry().intersects(w.view->mapFromScene(column).boundingRect()));
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Research & compare")));

        QTest::keyClick(w.view, Qt::Key_Right);
        QCOMPARE(w.mode->currentStage(), 2);
        QTest::keyClick(w.view, Qt::Key_Left);
        QTest::keyClick(w.view, Qt::Key_PageUp);
        QTest::keyClick(w.view, Qt::Key_PageUp); // stops at the first
        QCOMPARE(w.mode->currentStage(), 0);
        QTest::keyClick(w.view, Qt::Key_Space);
        QCOMPARE(w.mode->currentStage(), 1);
        QTest::keyClick(w.view, Qt::Key_Home);
        QCOMPARE(w.mode->currentStage(), 0);

        QTest::keyClick(w.view, Qt::Key_End);
        w.settle();
        QVERIFY(w.mode->isOverview());
        QCOMPARE(stages.last().at(0).toInt(), -1);
        QVERIFY(w.visibleSceneRect().contains(w.layout().sceneRect()));
        QVERIFY(!w.mode->spotlight()->isVisible()); // the whole journey is the subject
        QVERIFY(w.view->zoom() < stageZoom);
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Overview")));
        QTest::keyClick(w.view, Qt::Key_PageDown); // the overview is the end
        QVERIFY(w.mode->isOverview());

        QTest::keyClick(w.view, Qt::Key_PageUp); // back to the last stage
        QCOMPARE(w.mode->currentStage(), count - 1);
        QTest::keyClick(w.view, Qt::Key_PageDown); // after the last stage: the overview
        QVERIFY(w.mode->isOverview());
        w.mode->showStage(99);
        QCOMPARE(w.mode->currentStage(), count - 1);
    }

    void everyStageIsFittedWithNothingOverItsCards()
    {
        Workshop w;
        w.mode->enter();
        w.settle();
        const CanvasLayout &layout = w.layout();
        const std::vector<Touchpoint> &cards = w.document.journey().touchpoints;
        QVERIFY(!cards.empty());
        for (int stage = 0; stage < layout.stageCount(); ++stage) {
            if (stage > 0)
                QTest::keyClick(w.view, Qt::Key_PageDown);
            w.settle();
            QCOMPARE(w.mode->currentStage(), stage);
            // The whole column: its header, every lane and its slice of the totals row.
            const QRectF visible = w.visibleSceneRect();
            QRectF column = layout.stageHeaderRect(stage);
            for (int lane = 0; lane < layout.laneCount(); ++lane)
                column |= layout.cellRect(stage, lane);
            column.setBottom(layout.totalsRowRect().bottom());
            QVERIFY2(visible.contains(column), qPrintable(QStringLiteral("stage %1 not fitted").arg(stage)));
            // Zoomed to the stage: the column fills most of the height below the caption.
            const QRect shown = w.view->mapFromScene(column).boundingRect();
            const int room = w.view->viewport()->height() - w.mode->overlay()->height();
            QVERIFY2(shown.height() > room * 3 / 4, qPrintable(QStringLiteral("stage %1 is %2 of %3 px high").arg(stage).arg(shown.height()).arg(room)));
            // The stage stays bright; the veil lies over the others.
            PresentationSpotlight *spotlight = w.mode->spotlight();
            QVERIFY(spotlight && spotlight->isVisible());
            QVERIFY(!spotlight->spots().isEmpty() && spotlight->spots().constFirst().contains(shown.adjusted(1, 1, -1, -1)));
            // Neither the caption bar nor the lane names frozen along the left edge lie over a card.
            const QRectF caption = w.view->mapToScene(w.mode->overlay()->geometry()).boundingRect();
            const QPointF frozen = frozenHeaderShift(w.scene, visible);
            const QRectF laneNames = frozen.x() > 0 ? QRectF(frozen.x(), visible.top(), layout.headerColumnWidth(), visible.height()) : QRectF();
            for (const Touchpoint &card : cards) {
                const QRectF rect = w.scene.cardItem(card.id)->sceneBoundingRect();
                if (!visible.intersects(rect))
                    continue;
                QVERIFY2(!caption.intersects(rect), qPrintable(QStringLiteral("caption over %1").arg(card.title)));
                if (column.intersects(rect))
                    QVERIFY2(!laneNames.intersects(rect), qPrintable(QStringLiteral("lane names over %1").arg(card.title)));
            }
        }
    }

    void escapeRestoresTheWindow()
    {
        Workshop w;
        w.view->setZoom(0.8);
        w.view->centerOn(QPointF(900, 400));
        w.settle();
        const QRect geometry = w.window.geometry();
        const QPointF centre = w.visibleCentre();
        w.dock->hide(); // hidden before: stays hidden
        w.mode->enter();
        w.settle();
        QSignalSpy left(w.mode, &PresentationMode::left);
        QTest::keyClick(w.view, Qt::Key_PageDown);
        QTest::keyClick(w.view, Qt::Key_Escape);
        w.settle();
        QVERIFY(!w.mode->isActive());
        QCOMPARE(left.count(), 1);
        QVERIFY(!(w.window.windowState() & Qt::WindowFullScreen));
        // The size only: on the offscreen platform even a plain saveGeometry()/restoreGeometry()
        // round trip moves the window down by a title bar.
        QTRY_COMPARE(w.window.size(), geometry.size());
        w.settle();
        QVERIFY(w.dock->isHidden());
        QVERIFY(w.toolBar->isVisible());
        QVERIFY(w.window.menuBar()->isVisible());
        QVERIFY(w.window.statusBar()->isVisible());
        QVERIFY(!w.mode->overlay()->isVisible());
        QCOMPARE(w.view->zoom(), 0.8);
        QVERIFY(QLineF(w.visibleCentre(), centre).length() < 2);

        // Keys belong to the canvas again.
        QSignalSpy stages(w.mode, &PresentationMode::stageChanged);
        QTest::keyClick(w.view, Qt::Key_PageDown);
        QVERIFY(!w.mode->isActive());
        QCOMPARE(stages.count(), 0);
        QCOMPARE(w.view->zoom(), 0.8);

        // And a second round shows what the first one restored.
        w.dock->show();
        w.mode->enter();
        w.settle();
        QVERIFY(!w.dock->isVisible());
        w.mode->leave();
        w.settle();
        QVERIFY(w.dock->isVisible());
    }

    void f5ActionAndKeyAgree()
    {
        // The main window may put F5 on an action that toggles the mode: while presenting,
        // the key must leave exactly once, not toggle twice.
        Workshop w;
        auto *action = new QAction(QStringLiteral("Present"), &w.window);
        action->setShortcut(Qt::Key_F5);
        w.window.addAction(action);
        QObject::connect(action, &QAction::triggered, w.mode, &PresentationMode::toggle);
        QSignalSpy left(w.mode, &PresentationMode::left);
        QTest::keyClick(w.view, Qt::Key_F5);
        QVERIFY(w.mode->isActive());
        w.settle();
        QTest::keyClick(w.view, Qt::Key_F5);
        QVERIFY(!w.mode->isActive());
        QCOMPARE(left.count(), 1);
    }

    void overlayShowsTimeAndParticipant()
    {
        Workshop w;
        w.mode->enter();
        w.settle();
        QWidget *overlay = w.mode->overlay();
        QVERIFY(!overlay->accessibleName().contains(QStringLiteral("10:00"))); // an idle timebox stays out of the way
        w.timebox.start();
        w.now += 75'000;
        w.timebox.checkTime();
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Time left 08:45")));
        w.mode->setParticipant(QStringLiteral("Ana (branch network)"), QColor(0x2e, 0x86, 0xde));
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Ana (branch network)")));
        // One bar, the stage on the left, the time and the speaker on the right.
        QCOMPARE(overlay->width(), w.view->viewport()->width());

        QTest::keyClick(w.view, Qt::Key_PageDown);
        QTest::keyClick(w.view, Qt::Key_PageDown);
        QTest::keyClick(w.view, Qt::Key_PageDown);
        w.settle();
        w.window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("presentation.png")));
        w.mode->showOverview();
        w.settle();
        w.window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("presentation-overview.png")));

        w.mode->setParticipant(QString(), QColor());
        QVERIFY(!overlay->accessibleName().contains(QStringLiteral("Ana")));
        w.now += 10 * 60'000;
        w.timebox.checkTime();
        QVERIFY(overlay->accessibleName().contains(QStringLiteral("Time is up")));
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
