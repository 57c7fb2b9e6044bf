#include "journeyview.h"

#include "carditem.h"
#include "commands/editentity.h"
#include "frozenheaders.h"
#include "headeritems.h"
#include "journeydocument.h"
#include "journeyscene.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace waymark {

namespace {
constexpr qreal minZoom = 0.1;
constexpr qreal maxZoom = 4.0;
constexpr qreal zoomStep = 1.2;

// Closes the editor on Escape (cancel) and on focus loss (commit), which QLineEdit does
// not signal by itself.
class EditorKeys : public QObject
{
public:
    EditorKeys(QObject *parent, std::function<void(bool)> close)
        : QObject(parent)
        , mClose(std::move(close))
    {
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            mClose(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) {
            mClose(true);
            return false;
        }
        return false;
    }

private:
    std::function<void(bool)> mClose;
};
} // namespace

JourneyView::JourneyView(JourneyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , mScene(scene)
{
    setObjectName(QStringLiteral("journeyView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Journey canvas"));
    connect(scene, &JourneyScene::editCardTitleRequested, this, &JourneyView::editCardTitle);
    connect(scene, &JourneyScene::editHeaderRequested, this, &JourneyView::editHeader);
}

JourneyView::~JourneyView()
{
    // The document may already be gone: drop an open editor without committing.
    mCommit = nullptr;
    delete std::exchange(mEditor, nullptr);
}

qreal JourneyView::zoom() const
{
    return transform().m11();
}

void JourneyView::setZoom(qreal factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    setTransform(QTransform::fromScale(factor, factor));
    placeEditor();
    emit zoomChanged(factor);
}

void JourneyView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void JourneyView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void JourneyView::resetZoom()
{
    setZoom(1.0);
}

void JourneyView::zoomToFit()
{
    mScene->ensureLayout();
    const QRectF content = mScene->canvasLayout().sceneRect();
    if (content.isEmpty())
        return;
    const QSizeF room = viewport()->size() - QSize(8, 8);
    setZoom(std::min(room.width() / content.width(), room.height() / content.height()));
    centerOn(content.center());
}

void JourneyView::zoomToSelection()
{
    mScene->ensureLayout();
    QRectF selection;
    for (const QUuid &id : mScene->selectedTouchpoints())
        selection |= mScene->canvasLayout().cardRect(id);
    if (selection.isEmpty())
        return;
    selection.adjust(-24, -24, 24, 24); // the cards' neighbourhood, so they are not read out of context
    const QSizeF room = viewport()->size() - QSize(8, 8);
    // Twice the size at most: one card filling a projector is not what the room wants to read.
    setZoom(std::min({room.width() / selection.width(), room.height() / selection.height(), 2.0}));
    centerOn(selection.center());
}

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(zoom() * std::pow(zoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !mEditor) {
        mSpaceHeld = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveSelection(Qt::Key(event->key()));
            event->accept();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && mSpaceHeld) {
        mSpaceHeld = false;
        setDragMode(QGraphicsView::RubberBandDrag);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        mPanning = true;
        mPanStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint delta = event->position().toPoint() - mPanStart;
        mPanStart = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning && event->button() == Qt::MiddleButton) {
        mPanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    placeEditor();
    // The frozen headers stay put while the rest moves: scrolling the pixels would move them.
    viewport()->update();
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (mScene->document())
        paintFrozenHeaders(painter, *mScene, mapToScene(viewport()->rect()).boundingRect());
}

void JourneyView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xe8, 0xea, 0xee));
}

void JourneyView::moveSelection(Qt::Key direction)
{
    mScene->ensureLayout();
    const QList<QUuid> selected = mScene->selectedTouchpoints();
    const Journey &journey = mScene->document()->journey();
    if (journey.touchpoints.empty()) {
        stepCurrentCell(direction);
        return;
    }
    if (selected.isEmpty() && !mScene->currentCell()) {
        const QUuid first = journey.canonical().touchpoints.front().id;
        mScene->selectTouchpoints({first});
        centerOnCard(first);
        return;
    }
    const CanvasLayout &layout = mScene->canvasLayout();
    const QPointF from = !selected.isEmpty() ? layout.cardRect(selected.constLast()).center()
                                             : layout.cellRect(mScene->currentCell()->stage, mScene->currentCell()->lane).center();
    QUuid best;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const Touchpoint &card : journey.touchpoints) {
        const QPointF to = layout.cardRect(card.id).center();
        const QPointF d = to - from;
        qreal along = 0;
        qreal across = 0;
        switch (direction) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        default: along = d.y(); across = d.x(); break;
        }
        if (along <= 1)
            continue;
        // Prefer the card straight ahead over a nearer one off to the side.
        const qreal score = along + 3 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = card.id;
        }
    }
    // A card in the current cell or next to it comes first; with none that way, the current
    // cell moves one step, so an empty cell can be reached to put a card in.
    if (best.isNull() || !nextToCurrentCell(best, direction)) {
        stepCurrentCell(direction);
        return;
    }
    mScene->selectTouchpoints({best});
    centerOnCard(best);
}

bool JourneyView::nextToCurrentCell(const QUuid &card, Qt::Key direction) const
{
    const auto cell = mScene->currentCell();
    const Journey &journey = mScene->document()->journey();
    const Touchpoint *target = journey.touchpoint(card);
    if (!cell || !target)
        return true;
    const int stage = journey.stageIndex(target->stageId).value_or(-1);
    const int lane = journey.laneIndex(target->laneId).value_or(-1);
    const bool horizontal = direction == Qt::Key_Left || direction == Qt::Key_Right;
    const int step = horizontal ? std::abs(stage - cell->stage) : std::abs(lane - cell->lane);
    return step <= 1;
}

void JourneyView::stepCurrentCell(Qt::Key direction)
{
    const Journey &journey = mScene->document()->journey();
    if (journey.stages.empty() || journey.lanes.empty())
        return;
    CellIndex cell = mScene->currentCell().value_or(CellIndex{0, 0});
    switch (direction) {
    case Qt::Key_Left: --cell.stage; break;
    case Qt::Key_Right: ++cell.stage; break;
    case Qt::Key_Up: --cell.lane; break;
    default: ++cell.lane; break;
    }
    cell.stage = std::clamp(cell.stage, 0, int(journey.stages.size()) - 1);
    cell.lane = std::clamp(cell.lane, 0, int(journey.lanes.size()) - 1);
    mScene->selectTouchpoints({});
    mScene->setCurrentCell(cell);
    ensureVisible(mScene->canvasLayout().cellRect(cell.stage, cell.lane), 40, 40);
}

void JourneyView::centerOnCard(const QUuid &id)
{
    if (CardItem *item = mScene->cardItem(id)) {
        item->setFocus();
        ensureVisible(item, 40, 40);
    }
}

void JourneyView::editCardTitle(const QUuid &id)
{
    JourneyDocument *document = mScene->document();
    const Touchpoint *card = document ? document->journey().touchpoint(id) : nullptr;
    if (!card)
        return;
    mScene->ensureLayout();
    centerOnCard(id);
    const QRectF rect = mScene->canvasLayout().cardRect(id);
    openEditor(QRectF(rect.left() + 6, rect.top() + 4, rect.width() - 12, 24), card->title,
               [this, id](const QString &text) {
                   JourneyDocument *doc = mScene->document();
                   const Touchpoint *current = doc ? doc->journey().touchpoint(id) : nullptr;
                   if (!current || current->title == text)
                       return;
                   Touchpoint changed = *current;
                   changed.title = text;
                   // Mergeable: a new card waiting for its title takes it into its own step.
                   doc->push(new EditTouchpoint(doc, changed, tr("Rename card"), true));
               });
    mEditor->selectAll();
}

void JourneyView::editHeader(HeaderItem *header)
{
    openHeaderEditor(header, false);
}

void JourneyView::nameNewHeader(HeaderItem *header)
{
    openHeaderEditor(header, true);
}

void JourneyView::openHeaderEditor(HeaderItem *header, bool joinsAdd)
{
    JourneyDocument *document = mScene->document();
    if (!document || !header)
        return;
    const QUuid id = header->id();
    const bool stage = header->orientation() == HeaderItem::Orientation::Stage;
    const QRectF rect = header->rect();
    // A new column at the far right or a row at the bottom is off screen: bring it in first.
    ensureVisible(rect, 40, 40);
    // Over the name: centred in a stage header; on a lane's first line, so that the zone under
    // it (front, middle or back office) stays readable while typing.
    const QRectF editorRect = stage ? QRectF(rect.left() + 4, rect.center().y() - 13, rect.width() - 8, 26)
                                    : QRectF(rect.left() + 4, rect.top() + 1, rect.width() - 8, 22);
    openEditor(editorRect, header->text(),
               [this, id, stage, joinsAdd](const QString &text) {
                   JourneyDocument *doc = mScene->document();
                   if (!doc || text.trimmed().isEmpty())
                       return; // a header needs a name: an empty one is treated as Escape
                   if (stage) {
                       if (const Stage *current = doc->journey().stage(id); current && current->name != text) {
                           Stage changed = *current;
                           changed.name = text.trimmed();
                           doc->push(new EditStage(doc, changed, tr("Rename stage"), joinsAdd));
                       }
                   } else if (const Lane *current = doc->journey().lane(id); current && current->name != text) {
                       Lane changed = *current;
                       changed.name = text.trimmed();
                       doc->push(new EditLane(doc, changed, tr("Rename lane"), joinsAdd));
                   }
               });
    mEditor->selectAll();
}

void JourneyView::openEditor(const QRectF &sceneRect, const QString &text, std::function<void(const QString &)> commit)
{
    closeEditor(true);
    mEditor = new QLineEdit(text, viewport());
    mEditor->setObjectName(QStringLiteral("inPlaceEditor"));
    mEditor->setFrame(true);
    mEditorSceneRect = sceneRect;
    mCommit = std::move(commit);
    mEditor->installEventFilter(new EditorKeys(mEditor, [this](bool accept) { closeEditor(accept); }));
    connect(mEditor, &QLineEdit::returnPressed, this, [this] { closeEditor(true); });
    placeEditor();
    mEditor->show();
    mEditor->setFocus(Qt::OtherFocusReason);
}

void JourneyView::placeEditor()
{
    if (!mEditor)
        return;
    const QRect rect = mapFromScene(mEditorSceneRect).boundingRect();
    QFont font = mEditor->font();
    font.setPointSizeF(std::clamp(9.0 * zoom(), 7.0, 28.0));
    mEditor->setFont(font);
    mEditor->setGeometry(rect.x(), rect.y(), std::max(rect.width(), 80),
                         std::max(rect.height(), mEditor->sizeHint().height()));
}

void JourneyView::closeEditor(bool commit)
{
    if (!mEditor)
        return;
    // Detach first: committing may trigger focus changes that call back here.
    QLineEdit *editor = std::exchange(mEditor, nullptr);
    auto action = std::exchange(mCommit, nullptr);
    const QString text = editor->text();
    editor->hide();
    editor->deleteLater();
    setFocus(Qt::OtherFocusReason);
    if (commit && action)
        action(text);
}

} // namespace waymark
