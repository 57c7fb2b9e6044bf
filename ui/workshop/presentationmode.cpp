#include "presentationmode.h"

#include "canvas/canvaslayout.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "journeydocument.h"
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
constexpr int overlayMargin = 16; // pixels between the overlay and the viewport's corner
constexpr int noStageYet = -2;    // before enter() shows the first stage
} // namespace

// The box in the top-right corner: white text on a translucent dark rounded rectangle, so it
// reads on any card colour and still lets the map show through. Sized from the viewport's
// height, since the same text must be legible on a laptop and on a projector.
class PresentationOverlay : public QWidget
{
public:
    struct Line {
        Line(QString text_, bool title_ = false, QColor colour_ = Qt::white, QColor dot_ = {})
            : text(std::move(text_)), title(title_), colour(colour_), dot(dot_)
        {
        }
        QString text;
        bool title;
        QColor colour;
        QColor dot; // invalid: no dot
    };

    explicit PresentationOverlay(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("presentationOverlay"));
        // Clicks and the wheel reach the canvas underneath.
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
    }

    void setLines(std::vector<Line> lines, int viewportHeight, int maxWidth)
    {
        mLines = std::move(lines);
        const int pixels = std::clamp(viewportHeight / 36, 14, 40);
        mFont = font();
        mFont.setPixelSize(pixels);
        mTitleFont = mFont;
        mTitleFont.setPixelSize(pixels * 4 / 3);
        mTitleFont.setBold(true);
        mPadding = pixels * 2 / 3;

        int width = 0;
        int height = 0;
        for (const Line &line : mLines) {
            const QFontMetrics metrics(line.title ? mTitleFont : mFont);
            // Rounded up, with a pixel to spare: elidedText() measures in fractions and would
            // otherwise cut the widest line short.
            const int text = int(std::ceil(QFontMetricsF(line.title ? mTitleFont : mFont).horizontalAdvance(line.text))) + 1;
            width = std::max(width, dotRoom(line, metrics) + text);
            height += metrics.height();
        }
        height += std::max(0, int(mLines.size()) - 1) * lineGap();
        width = std::min(width + 2 * mPadding, std::max(maxWidth, 2 * mPadding + 1));
        resize(width, height + 2 * mPadding);
        setVisible(!mLines.empty());
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(18, 22, 28, 200));
        painter.drawRoundedRect(QRectF(rect()), mPadding, mPadding);

        int y = mPadding;
        for (const Line &line : mLines) {
            const QFont &font = line.title ? mTitleFont : mFont;
            const QFontMetrics metrics(font);
            int x = mPadding;
            if (line.dot.isValid()) {
                const qreal diameter = metrics.ascent() * 0.8;
                painter.setPen(QPen(Qt::white, 1.5));
                painter.setBrush(line.dot);
                painter.drawEllipse(QRectF(x, y + (metrics.height() - diameter) / 2, diameter, diameter));
                x += dotRoom(line, metrics);
            }
            painter.setFont(font);
            painter.setPen(line.colour);
            const int room = width() - mPadding - x;
            painter.drawText(QRect(x, y, room, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(line.text, Qt::ElideRight, room));
            y += metrics.height() + lineGap();
        }
    }

private:
    static int dotRoom(const Line &line, const QFontMetrics &metrics)
    {
        return line.dot.isValid() ? metrics.ascent() * 4 / 5 + metrics.averageCharWidth() : 0;
    }
    int lineGap() const { return mPadding / 3; }

    std::vector<Line> mLines;
    QFont mFont;
    QFont mTitleFont;
    int mPadding = 12;
};

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
    // overlay back in its corner after every scroll.
    mWhileActive.append(connect(mView->horizontalScrollBar(), &QScrollBar::valueChanged, this, &PresentationMode::placeOverlay));
    mWhileActive.append(connect(mView->verticalScrollBar(), &QScrollBar::valueChanged, this, &PresentationMode::placeOverlay));

    if (!mOverlay)
        mOverlay = new PresentationOverlay(mView->viewport());
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
    const auto zoomFor = [&sceneRect](const QRectF &room) {
        return room.isEmpty() ? 0.0 : std::min(room.width() / sceneRect.width(), room.height() / sceneRect.height());
    };
    // The whole screen, unless the overlay would then cover part of what is shown: then the
    // room left of it or below it, whichever shows the cards larger.
    QRectF room = screen;
    if (mOverlay && mOverlay->isVisible()) {
        const QRectF overlay = QRectF(mOverlay->geometry()).adjusted(-overlayMargin, 0, 0, overlayMargin);
        QRectF fitted(QPointF(), sceneRect.size() * zoomFor(screen));
        fitted.moveCenter(screen.center());
        if (fitted.intersects(overlay)) {
            const QRectF left(screen.topLeft(), QPointF(overlay.left(), screen.bottom()));
            const QRectF below(QPointF(screen.left(), overlay.bottom()), screen.bottomRight());
            room = zoomFor(left) >= zoomFor(below) ? left : below;
        }
    }
    // The view's own zoom, so its zoom label and in-place editors follow.
    mView->setZoom(zoomFor(room));
    const qreal zoom = mView->zoom();
    // As centred as the overlay allows: moved only as far as it takes to clear it.
    QRectF target(QPointF(), sceneRect.size() * zoom);
    target.moveCenter(screen.center());
    if (room.right() < screen.right())
        target.moveRight(std::min(target.right(), room.right()));
    else if (room.top() > screen.top())
        target.moveTop(std::max(target.top(), room.top()));
    // centerOn() puts a point in the middle of the viewport: offset it by how far the
    // target's middle is from there.
    const QPointF centre = sceneRect.center() - (target.center() - QRectF(viewport->rect()).center()) / zoom;
    // The scene's rect ends at the grid's edges and would pin the first and last stage to a
    // side of the screen: give the view room to place any stage anywhere.
    QRectF seen(QPointF(), QSizeF(viewport->size()) / zoom);
    seen.moveCenter(centre);
    mView->setSceneRect(mScene->sceneRect() | seen);
    mView->centerOn(centre);
}

void PresentationMode::refreshOverlay()
{
    if (!mOverlay || !mView)
        return;
    if (!mActive) {
        mOverlay->hide();
        return;
    }
    std::vector<PresentationOverlay::Line> lines;
    const JourneyDocument *document = mScene ? mScene->document() : nullptr;
    const int count = stageCount();
    if (mStage >= 0 && mStage < count) {
        QString name;
        if (document && mStage < int(document->journey().stages.size()))
            name = document->journey().stages[std::size_t(mStage)].name;
        lines.push_back({name.isEmpty() ? tr("Untitled stage") : name, true});
        lines.push_back({tr("Stage %1 of %2").arg(mStage + 1).arg(count)});
    } else {
        const QString title = document ? document->journey().title : QString();
        lines.push_back({tr("Overview"), true});
        lines.push_back({title.isEmpty() ? tr("The whole journey") : title});
    }
    // The time only once the timebox is in use, so an idle 10:00 does not distract.
    if (mTimebox && (mTimebox->isRunning() || mTimebox->remainingSeconds() < mTimebox->duration())) {
        if (mTimebox->isFinished())
            lines.push_back({tr("Time is up"), false, QColor(0xff, 0x9c, 0x9c)});
        else if (mTimebox->isRunning())
            lines.push_back({tr("Time left %1").arg(mTimebox->text())});
        else
            lines.push_back({tr("Paused at %1").arg(mTimebox->text()), false, QColor(0xd8, 0xdc, 0xe2)});
    }
    if (!mParticipant.isEmpty())
        lines.push_back({mParticipant, false, Qt::white, mParticipantColour.isValid() ? mParticipantColour : QColor(Qt::gray)});

    QStringList texts;
    for (const auto &line : lines)
        texts.append(line.text);
    mOverlay->setAccessibleName(texts.join(QLatin1Char('\n')));
    const QSize viewport = mView->viewport()->size();
    const QSize before = mOverlay->size();
    mOverlay->setLines(std::move(lines), viewport.height(), viewport.width() * 3 / 5);
    placeOverlay();
    // A line more or less (the timebox started, a participant named) may now cover the cards.
    if (mOverlay->size() != before)
        fitCurrent();
}

void PresentationMode::placeOverlay()
{
    if (!mOverlay || !mView)
        return;
    mOverlay->move(mView->viewport()->width() - mOverlay->width() - overlayMargin, overlayMargin);
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
