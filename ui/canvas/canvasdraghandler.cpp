#include "canvasdraghandler.h"

#include "arrowroute.h"
#include "carditem.h"
#include "commands/addentity.h"
#include "commands/movetouchpoints.h"
#include "commands/reorderentity.h"
#include "connectionitem.h"
#include "headeritems.h"
#include "journeydocument.h"
#include "journeyscene.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>
#include <QSet>

namespace waymark {

namespace {
const QColor indicatorColour(0x1f, 0x6f, 0xd1);
}

CanvasDragHandler::CanvasDragHandler(JourneyScene *scene)
    : mScene(scene)
{
}

CanvasDragHandler::~CanvasDragHandler() = default;

QUuid CanvasDragHandler::cardAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : mScene->items(scenePos)) {
        if (item->type() == CardItem::Type && item->isVisible())
            return static_cast<CardItem *>(item)->id();
    }
    return {};
}

bool CanvasDragHandler::press(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mScene->document())
        return false;
    clearPreview();
    mMode = Mode::None;
    mPressPos = event->scenePos();
    mPressedCard = cardAt(event->scenePos());
    mPressedHeader = nullptr;
    for (QGraphicsItem *item : mScene->items(event->scenePos())) {
        if (item->type() == HeaderItem::Type) {
            mPressedHeader = static_cast<HeaderItem *>(item);
            break;
        }
    }
    const bool connecting = (event->modifiers() & Qt::AltModifier) || mScene->connectMode();
    if (!mPressedCard.isNull() && connecting) {
        mMode = Mode::Connection;
        mConnectionPreview = new QGraphicsPathItem;
        mConnectionPreview->setPen(QPen(indicatorColour, 2, Qt::DashLine));
        mConnectionPreview->setZValue(10);
        mScene->addItem(mConnectionPreview);
        return true; // no selection change while drawing
    }
    if (!mPressedCard.isNull() || mPressedHeader)
        mMode = Mode::Pressed;
    return false;
}

bool CanvasDragHandler::move(QGraphicsSceneMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return false;
    switch (mMode) {
    case Mode::None:
        return false;
    case Mode::Pressed:
        if ((event->scenePos() - mPressPos).manhattanLength() < QApplication::startDragDistance())
            return true;
        if (!mPressedCard.isNull()) {
            beginCardDrag();
            updateCardDrag(event->scenePos());
        } else if (mPressedHeader) {
            mMode = Mode::Header;
            updateHeaderDrag(event->scenePos());
        }
        return true;
    case Mode::Cards:
        updateCardDrag(event->scenePos());
        return true;
    case Mode::Header:
        updateHeaderDrag(event->scenePos());
        return true;
    case Mode::Connection:
        updateConnection(event->scenePos());
        return true;
    }
    return false;
}

bool CanvasDragHandler::release(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const Mode mode = std::exchange(mMode, Mode::None);
    switch (mode) {
    case Mode::None:
    case Mode::Pressed:
        clearPreview();
        return false; // a click: the scene's own selection handling
    case Mode::Cards:
        finishCardDrag(event->scenePos());
        return true;
    case Mode::Header:
        finishHeaderDrag(event->scenePos());
        return true;
    case Mode::Connection:
        finishConnection(event->scenePos());
        return true;
    }
    return false;
}

void CanvasDragHandler::cancel()
{
    const bool wasDragging = mMode == Mode::Cards;
    mMode = Mode::None;
    clearPreview();
    if (wasDragging)
        layoutChanged();
}

void CanvasDragHandler::layoutChanged()
{
    // Put dragged cards back where the layout says (a cancelled or finished drag).
    if (mMode == Mode::Cards)
        return;
    const CanvasLayout &layout = mScene->canvasLayout();
    for (const QUuid &id : std::exchange(mDragged, {})) {
        if (CardItem *item = mScene->cardItem(id)) {
            item->setPos(layout.cardRect(id).topLeft());
            item->setZValue(2);
            item->setOpacity(item->isDimmed() ? 0.25 : 1.0);
        }
    }
}

void CanvasDragHandler::clearPreview()
{
    delete std::exchange(mIndicator, nullptr);
    delete std::exchange(mConnectionPreview, nullptr);
}

// ---- Cards ----

void CanvasDragHandler::beginCardDrag()
{
    mMode = Mode::Cards;
    CardItem *pressed = mScene->cardItem(mPressedCard);
    if (pressed && !pressed->isSelected()) {
        mScene->clearSelection();
        pressed->setSelected(true);
    }
    mDragged = mScene->selectedTouchpoints();
    for (const QUuid &id : std::as_const(mDragged)) {
        if (CardItem *item = mScene->cardItem(id)) {
            item->setZValue(8);
            item->setOpacity(0.75);
        }
    }
    mIndicator = new QGraphicsLineItem;
    mIndicator->setPen(QPen(indicatorColour, 3, Qt::SolidLine, Qt::RoundCap));
    mIndicator->setZValue(9);
    mScene->addItem(mIndicator);
}

std::optional<CanvasDragHandler::CardDrop> CanvasDragHandler::cardDropAt(const QPointF &scenePos) const
{
    const CanvasLayout &layout = const_cast<JourneyScene *>(mScene)->canvasLayout();
    const auto cell = layout.cellAt(scenePos);
    if (!cell)
        return std::nullopt;
    const Journey &journey = mScene->document()->journey();
    const auto cards = journey.cell(journey.stages[std::size_t(cell->stage)].id, journey.lanes[std::size_t(cell->lane)].id);
    CardDrop drop;
    drop.cell = *cell;
    drop.indexAmongAll = layout.insertionIndexAt(scenePos.y(), cell->lane, int(cards.size()));
    const UuidSet dragged(mDragged.begin(), mDragged.end());
    for (int i = 0; i < drop.indexAmongAll; ++i) {
        if (!dragged.contains(cards[std::size_t(i)]->id))
            ++drop.indexAmongStaying;
    }
    return drop;
}

void CanvasDragHandler::updateCardDrag(const QPointF &scenePos)
{
    const CanvasLayout &layout = mScene->canvasLayout();
    const QPointF delta = scenePos - mPressPos;
    for (const QUuid &id : std::as_const(mDragged)) {
        if (CardItem *item = mScene->cardItem(id))
            item->setPos(layout.cardRect(id).topLeft() + delta);
    }
    const auto drop = cardDropAt(scenePos);
    mIndicator->setVisible(drop.has_value());
    if (!drop)
        return;
    const QRectF cell = layout.cellRect(drop->cell.stage, drop->cell.lane);
    const qreal y = layout.insertionY(drop->cell.lane, drop->indexAmongAll);
    mIndicator->setLine(cell.left() + 8, y, cell.right() - 8, y);
}

void CanvasDragHandler::finishCardDrag(const QPointF &scenePos)
{
    const auto drop = cardDropAt(scenePos);
    const QList<QUuid> ids = mDragged;
    clearPreview();
    layoutChanged(); // back to their places; the command moves them for real
    if (!drop || ids.isEmpty())
        return;
    JourneyDocument *document = mScene->document();
    const Journey &journey = document->journey();
    document->push(new MoveTouchpoints(document, ids, journey.stages[std::size_t(drop->cell.stage)].id,
                                       journey.lanes[std::size_t(drop->cell.lane)].id, drop->indexAmongStaying));
    mScene->ensureLayout();
    mScene->selectTouchpoints(ids);
    mScene->setCurrentCell(drop->cell);
}

// ---- Headers ----

// The position the dragged header would take: the stage or lane under the pointer.
int CanvasDragHandler::headerDropAt(const QPointF &scenePos) const
{
    const CanvasLayout &layout = const_cast<JourneyScene *>(mScene)->canvasLayout();
    if (mPressedHeader->orientation() == HeaderItem::Orientation::Stage) {
        const qreal left = layout.headerColumnWidth();
        const int count = layout.stageCount();
        return std::clamp(int((scenePos.x() - left) / layout.columnWidth()), 0, count - 1);
    }
    int lane = layout.laneAtY(scenePos.y());
    if (lane < 0)
        lane = scenePos.y() < layout.headerRowHeight() ? 0 : layout.laneCount() - 1;
    return lane;
}

void CanvasDragHandler::updateHeaderDrag(const QPointF &scenePos)
{
    if (!mIndicator) {
        mIndicator = new QGraphicsLineItem;
        mIndicator->setPen(QPen(indicatorColour, 4, Qt::SolidLine, Qt::RoundCap));
        mIndicator->setZValue(9);
        mScene->addItem(mIndicator);
    }
    const CanvasLayout &layout = mScene->canvasLayout();
    const int target = headerDropAt(scenePos);
    const QRectF scene = layout.sceneRect();
    if (mPressedHeader->orientation() == HeaderItem::Orientation::Stage) {
        const auto from = mScene->document()->journey().stageIndex(mPressedHeader->id()).value_or(0);
        // The indicator sits on the side the stage will land on.
        const qreal x = target > from ? layout.columnX(target) + layout.columnWidth() : layout.columnX(target);
        mIndicator->setLine(x, 0, x, scene.bottom());
    } else {
        const auto from = mScene->document()->journey().laneIndex(mPressedHeader->id()).value_or(0);
        const qreal y = target > from ? layout.rowY(target) + layout.rowHeight(target) : layout.rowY(target);
        mIndicator->setLine(0, y, scene.right(), y);
    }
}

void CanvasDragHandler::finishHeaderDrag(const QPointF &scenePos)
{
    const int target = headerDropAt(scenePos);
    clearPreview();
    JourneyDocument *document = mScene->document();
    const Journey &journey = document->journey();
    if (mPressedHeader->orientation() == HeaderItem::Orientation::Stage) {
        if (const auto from = journey.stageIndex(mPressedHeader->id()); from && *from != target)
            document->push(new MoveStage(document, *from, target));
    } else if (const auto from = journey.laneIndex(mPressedHeader->id()); from && *from != target) {
        document->push(new MoveLane(document, *from, target));
    }
    mPressedHeader = nullptr;
}

// ---- Connections ----

void CanvasDragHandler::updateConnection(const QPointF &scenePos)
{
    const CanvasLayout &layout = mScene->canvasLayout();
    const QRectF from = layout.cardRect(mPressedCard);
    const QUuid target = cardAt(scenePos);
    if (!target.isNull() && target != mPressedCard)
        mConnectionPreview->setPath(ArrowRoute::path(ArrowRoute::corners(layout, from, layout.cardRect(target))));
    else
        mConnectionPreview->setPath(ConnectionItem::route(from, scenePos, scenePos.x() < from.center().x()));
}

void CanvasDragHandler::finishConnection(const QPointF &scenePos)
{
    clearPreview();
    const QUuid target = cardAt(scenePos);
    if (target.isNull() || target == mPressedCard)
        return;
    JourneyDocument *document = mScene->document();
    for (const Connection &existing : document->journey().connections) {
        if (existing.fromId == mPressedCard && existing.toId == target)
            return; // already connected: a second arrow would only hide the first
    }
    Connection connection;
    connection.id = QUuid::createUuid();
    connection.fromId = mPressedCard;
    connection.toId = target;
    document->push(new AddConnection(document, connection));
}

} // namespace waymark
