#include "presentationmode.h"

#include "canvas/canvaslayout.h"
#include "canvas/frozenheaders.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "journeydocument.h"
#include "presentationcaption.h"
#include "timebox.h"

#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QPainter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cmath>
#include <vector>

namespace waymark {

namespace {
constexpr int screenMargin = 24;  // pixels between the fitted column and the screen's edge
constexpr int noStageYet = -2;    // before enter() shows the first stage
} // namespace

PresentationMode::PresentationMode(QMainWindow *window, JourneyView *view, JourneyScene *scene, Timebox *timebox)
    : QObject(window)
    , mWindow(window)
    , mView(view)
    , mScene(scene)
    , mTimebox(timebox)
{
    setObjectName(QStringLiteral("presentationMode"));
}

PresentationMode::~PresentationMode()
{
    // No leave() here: this is usually destroyed with the window, which is half gone by then.
    delete mOverlay.data();
}

void PresentationMode::enter()
{
    if (mActive || !mWindow || !mView || !mScene)
        return;
    // An open in-place editor would float over the wrong spot once the view zooms.
    mView->commitEditor();

    mSaved = {};
    mSaved.state = mWindow->saveState();
    mSaved.geometry = mWindow->saveGeometry();
    mSaved.windowState = mWindow->windowState();
    mSaved.zoom = mView->zoom();
    mSaved.viewportSize = mView->viewport()->size();
    mSaved.centre = mView->mapToScene(mView->viewport()->rect().center());
    mSaved.horizontalScrollBar = mView->horizontalScrollBarPolicy();
    mSaved.verticalScrollBar = mView->verticalScrollBarPolicy();
    mSaved.frameShape = mView->frameShape();
    mRestoreViewOnResize = false;

    // Nothing but the map on the projector. isHidden(), not isVisible(): a dock behind
    // another dock's tab is not visible, yet must come back.
    const auto hideShown = [this](QWidget *widget) {
        if (widget && !widget->isHidden()) {
            mSaved.hidden.append(widget);
            widget->hide();
        }
    };
    for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        hideShown(dock);
    for (QToolBar *bar : mWindow->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        hideShown(bar);
    // menuWidget() and findChild, not menuBar() and statusBar(): those would create one.
    hideShown(mWindow->menuWidget());
    hideShown(mWindow->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly));
    // Whatever floats over the canvas (the legend, the vote banner, the find bar) would cover
    // cards on the projector. Frames only: the view's other children are its scroll bars.
    for (QWidget *owner : {static_cast<QWidget *>(mView.data()), mView->viewport()})
        for (QFrame *floating : owner->findChildren<QFrame *>(Qt::FindDirectChildrenOnly))
            hideShown(floating);
    // Every pixel for the map: no scroll bars (the keys move), no frame.
    mView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mView->setFrameShape(QFrame::NoFrame);
    mWindow->showFullScreen();

    mActive = true;
    mWindow->installEventFilter(this);
    mView->installEventFilter(this);
    mViewport = mView->viewport();
    mViewport->installEventFilter(this);

    if (mTimebox)
        mWhileActive.append(connect(mTimebox, &Timebox::changed, this, &PresentationMode::refreshOverlay));
    // The layout settles after the event loop runs (the scene coalesces changes): fit then.
    mWhileActive.append(connect(mScene, &QGraphicsScene::sceneRectChanged, this, &PresentationMode::journeyChanged,
                                Qt::QueuedConnection));
    if (JourneyDocument *document = mScene->document()) {
        for (auto signal : {&JourneyDocument::stageInserted, &JourneyDocument::stageRemoved, &JourneyDocument::stageChanged})
            mWhileActive.append(connect(document, signal, this, &PresentationMode::journeyChanged, Qt::QueuedConnection));
        for (auto signal : {&JourneyDocument::stagesReordered, &JourneyDocument::infoChanged, &JourneyDocument::journeyReset})
            mWhileActive.append(connect(document, signal, this, &PresentationMode::journeyChanged, Qt::QueuedConnection));
    }
    // QGraphicsView scrolls by moving the viewport's pixels, children included: put the
    // caption bar and the veil back at the top left after every scroll.
    mWhileActive.append(connect(mView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PresentationMode::placeOverlay));
    mWhileActive.append(connect(mView->verticalScrollBar(), &QScrollBar::valueChanged, this, &PresentationMode::placeOverlay));

    if (!mSpotlight)
        mSpotlight = new PresentationSpotlight(mView->viewport());
    if (!mOverlay)
        mOverlay = new PresentationCaption(mView->viewport());
    mSpotlight->raise();
    mOverlay->raise();

    mView->setFocus(Qt::OtherFocusReason);
    mStage = noStageYet;
    showStage(0);
    emit entered();
}

void PresentationMode::leave()
{
    if (!mActive)
        return;
    mActive = false;
    for (const QMetaObject::Connection &connection : std::as_const(mWhileActive))
        disconnect(connection);
    mWhileActive.clear();
    if (mOverlay)
        mOverlay->hide();
    if (mSpotlight)
        mSpotlight->setSpots({});

    if (mWindow) {
        mWindow->removeEventFilter(this);
        // The old window state first: restoreGeometry() keeps full screen if it is still on.
        mWindow->setWindowState(mSaved.windowState);
        mWindow->restoreGeometry(mSaved.geometry);
        mWindow->restoreState(mSaved.state);
        for (const QPointer<QWidget> &widget : std::as_const(mSaved.hidden))
            if (widget)
                widget->show();
    }
    if (mView) {
        mView->removeEventFilter(this);
        mView->setSceneRect(QRectF()); // follow the scene's rect again
        mView->setHorizontalScrollBarPolicy(mSaved.horizontalScrollBar);
        mView->setVerticalScrollBarPolicy(mSaved.verticalScrollBar);
        mView->setFrameShape(mSaved.frameShape);
        restoreView();
        mRestoreViewOnResize = mView->viewport()->size() != mSaved.viewportSize;
        if (!mRestoreViewOnResize)
            mView->viewport()->removeEventFilter(this);
    }
    mSaved.hidden.clear();
    emit left();
}

void PresentationMode::toggle()
{
    if (mActive)
        leave();
    else
        enter();
}

int PresentationMode::stageCount() const
{
    return mScene ? mScene->canvasLayout().stageCount() : 0;
}

void PresentationMode::nextStage()
{
    if (!mActive || mStage < 0)
        return; // the overview is the end
    setStage(mStage + 1 < stageCount() ? mStage + 1 : -1);
}

void PresentationMode::previousStage()
{
    if (!mActive)
        return;
    if (mStage < 0)
        setStage(stageCount() - 1); // -1 again (the overview) when there are no stages
    else if (mStage > 0)
        setStage(mStage - 1);
}

void PresentationMode::showStage(int stage)
{
    if (!mActive)
        return;
    const int count = stageCount();
    setStage(count == 0 ? -1 : std::clamp(stage, 0, count - 1));
}

void PresentationMode::showOverview()
{
    if (mActive)
        setStage(-1);
}

void PresentationMode::setParticipant(const QString &name, const QColor &colour)
{
    mParticipant = name;
    mParticipantColour = colour;
    if (mActive)
        refreshOverlay();
}

QWidget *PresentationMode::overlay() const
{
    return mOverlay;
}

PresentationSpotlight *PresentationMode::spotlight() const
{
    return mSpotlight;
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // The type first, and the viewport as a plain QWidget: while the view is being destroyed
    // its children still send events here, and the view is no JourneyView any more.
    if (event->type() == QEvent::Resize && mViewport && watched == mViewport.data()) {
        if (mActive) {
            placeOverlay();
            refreshOverlay(); // the font follows the viewport's height
            // After the view itself has taken the new size (it updates its scroll ranges
            // after this filter runs).
            QTimer::singleShot(0, this, &PresentationMode::fitCurrent);
        } else if (mRestoreViewOnResize) {
            mRestoreViewOnResize = false;
            mViewport->removeEventFilter(this);
            QTimer::singleShot(0, this, &PresentationMode::restoreView);
        }
        return false;
    }
    if (!mActive || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    const Step step = stepFor(static_cast<QKeyEvent *>(event));
    if (step == Step::None)
        return false;
    // Claiming the shortcut override keeps the window's shortcuts (arrow keys on the canvas,
    // an F5 action) from taking our keys; the key press then comes here.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        perform(step);
    return true;
}

PresentationMode::Step PresentationMode::stepFor(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::ShiftModifier && event->key() == Qt::Key_Space)
        return Step::Previous;
    if (modifiers != Qt::NoModifier)
        return Step::None;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        return Step::Next;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        return Step::Previous;
    case Qt::Key_Home:
        return Step::First;
    case Qt::Key_End:
        return Step::Overview;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        return Step::Leave;
    default:
        return Step::None;
    }
}

void PresentationMode::perform(Step step)
{
    switch (step) {
    case Step::Next: nextStage(); break;
    case Step::Previous: previousStage(); break;
    case Step::First: showStage(0); break;
    case Step::Overview: showOverview(); break;
    case Step::Leave: leave(); break;
    case Step::None: break;
    }
}

void PresentationMode::setStage(int stage)
{
    const bool changed = stage != mStage;
    mStage = stage;
    refreshOverlay(); // first: the fit keeps clear of the overlay, which depends on the text
    fitCurrent();
    if (changed)
        emit stageChanged(stage);
}

void PresentationMode::fitCurrent()
{
    if (!mActive || !mScene)
        return;
    fitTo(mStage >= 0 ? stageRect(mStage) : mScene->canvasLayout().sceneRect());
}

QRectF PresentationMode::stageRect(int stage) const
{
    // The stage's header, every cell of its column and its slice of the totals row.
    const CanvasLayout &layout = mScene->canvasLayout();
    QRectF rect = layout.stageHeaderRect(stage);
    for (int lane = 0; lane < layout.laneCount(); ++lane)
        rect |= layout.cellRect(stage, lane);
    const QRectF totals = layout.totalsRowRect();
    rect |= QRectF(rect.left(), totals.top(), rect.width(), totals.height());
    // Room on the left for the lane names: the view draws them frozen along its left edge
    // (frozenheaders.h), and there they name the rows instead of covering the first cards.
    rect.setLeft(rect.left() - layout.headerColumnWidth());
    return rect;
}

void PresentationMode::fitTo(const QRectF &sceneRect)
{
    if (!mView || !mScene || sceneRect.isEmpty())
        return;
    QWidget *viewport = mView->viewport();
    const QRectF screen = QRectF(viewport->rect()).adjusted(screenMargin, screenMargin, -screenMargin, -screenMargin);
    if (screen.isEmpty())
        return;
    // Below the caption bar: it never lies over what is shown.
    QRectF room = screen;
    if (mOverlay && mOverlay->isVisible())
        room.setTop(std::max(room.top(), qreal(mOverlay->geometry().bottom() + 1 + screenMargin)));
    if (room.isEmpty())
        return;
    // The view's own zoom, so its zoom label and in-place editors follow.
    mView->setZoom(std::min(room.width() / sceneRect.width(), room.height() / sceneRect.height()));
    const qreal zoom = mView->zoom();
    QRectF target(QPointF(), sceneRect.size() * zoom);
    target.moveCenter(room.center());
    // centerOn() puts a point in the middle of the viewport: offset it by how far the
    // target's middle is from there.
    const QPointF centre = sceneRect.center() - (target.center() - QRectF(viewport->rect()).center()) / zoom;
    // The scene's rect ends at the grid's edges and would pin the first and last stage to a
    // side of the screen: give the view room to place any stage anywhere.
    QRectF seen(QPointF(), QSizeF(viewport->size()) / zoom);
    seen.moveCenter(centre);
    mView->setSceneRect(mScene->sceneRect() | seen);
    mView->centerOn(centre);
    placeSpotlight(sceneRect);
}

void PresentationMode::placeSpotlight(const QRectF &shown)
{
    if (!mSpotlight || !mView || !mScene)
        return;
    if (!mActive || mStage < 0) {
        mSpotlight->setSpots({}); // the overview: all of it is the subject
        return;
    }
    mSpotlight->setGeometry(mView->viewport()->rect());
    // The stage's column (`shown` has room for the lane names on its left) and the lane
    // names, where the view draws them: in place, or frozen along the left edge.
    const CanvasLayout &layout = mScene->canvasLayout();
    const QRectF column = shown.adjusted(layout.headerColumnWidth(), 0, 0, 0);
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    const qreal frozenX = frozenHeaderShift(*mScene, visible).x();
    const qreal namesX = frozenX > 0 ? frozenX : (layout.laneCount() > 0 ? layout.laneHeaderRect(0).left() : column.left());
    const QRectF names(namesX, column.top(), layout.headerColumnWidth(), column.height());
    mSpotlight->setSpots({mView->mapFromScene(column).boundingRect(), mView->mapFromScene(names).boundingRect()});
    if (mOverlay)
        mOverlay->raise();
}

void PresentationMode::refreshOverlay()
{
    if (!mOverlay || !mView)
        return;
    if (!mActive) {
        mOverlay->hide();
        return;
    }
    std::vector<PresentationCaption::Line> lines;
    const JourneyDocument *document = mScene ? mScene->document() : nullptr;
    const int count = stageCount();
    if (mStage >= 0 && mStage < count) {
        QString name;
        if (document && mStage < int(document->journey().stages.size()))
            name = document->journey().stages[std::size_t(mStage)].name;
        lines.push_back({name.isEmpty() ? tr("Untitled stage") : name, PresentationCaption::Place::Title});
        lines.push_back({tr("Stage %1 of %2").arg(mStage + 1).arg(count)});
    } else {
        const QString title = document ? document->journey().title : QString();
        lines.push_back({tr("Overview"), PresentationCaption::Place::Title});
        lines.push_back({title.isEmpty() ? tr("The whole journey") : title});
    }
    // The time only once the timebox is in use, so an idle 10:00 does not distract.
    if (mTimebox && (mTimebox->isRunning() || mTimebox->remainingSeconds() < mTimebox->duration())) {
        if (mTimebox->isFinished())
            lines.push_back({tr("Time is up"), PresentationCaption::Place::Right, QColor(0xff, 0x9c, 0x9c)});
        else if (mTimebox->isRunning())
            lines.push_back({tr("Time left %1").arg(mTimebox->text()), PresentationCaption::Place::Right});
        else
            lines.push_back({tr("Paused at %1").arg(mTimebox->text()), PresentationCaption::Place::Right, QColor(0xd8, 0xdc, 0xe2)});
    }
    if (!mParticipant.isEmpty())
        lines.push_back({mParticipant, PresentationCaption::Place::Right, Qt::white,
                         mParticipantColour.isValid() ? mParticipantColour : QColor(Qt::gray)});

    QStringList texts;
    for (const auto &line : lines)
        texts.append(line.text);
    mOverlay->setAccessibleName(texts.join(QLatin1Char('\n')));
    const QSize viewport = mView->viewport()->size();
    const QSize before = mOverlay->size();
    mOverlay->setLines(std::move(lines), viewport.height(), viewport.width());
    placeOverlay();
    // A line more or less (the timebox started, a participant named) may now cover the cards.
    if (mOverlay->size() != before)
        fitCurrent();
}

void PresentationMode::placeOverlay()
{
    if (!mOverlay || !mView)
        return;
    mOverlay->move(0, 0);
    if (mSpotlight)
        mSpotlight->move(0, 0); // scrolling moved it with the viewport's pixels
    mOverlay->raise();
}

void PresentationMode::journeyChanged()
{
    if (!mActive)
        return;
    // A removed stage may have been the one shown: the last one left takes its place.
    if (mStage >= stageCount()) {
        showStage(mStage);
        return;
    }
    refreshOverlay();
    fitCurrent();
}

void PresentationMode::restoreView()
{
    if (!mView || mActive)
        return;
    mView->setZoom(mSaved.zoom);
    mView->centerOn(mSaved.centre);
}

} // namespace waymark
