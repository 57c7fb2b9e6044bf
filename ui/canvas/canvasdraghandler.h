#pragma once

#include "canvaslayout.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QUuid>

#include <optional>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSceneMouseEvent;

namespace waymark {

class HeaderItem;
class JourneyScene;

// The canvas's drag gestures: moving cards between and within cells, reordering stages
// and lanes by their headers, and drawing a connection (Alt-drag or the connect tool).
// While a gesture runs only a preview changes; the release pushes one command, so a whole
// drag is one undo step and Escape leaves no trace.
class CanvasDragHandler
{
public:
    explicit CanvasDragHandler(JourneyScene *scene);
    ~CanvasDragHandler();

    // Each returns true when it consumed the event.
    bool press(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);

    bool isActive() const { return mMode != Mode::None; }
    void cancel();
    // The scene re-laid out: a running drag's preview may point at stale geometry.
    void layoutChanged();

private:
    enum class Mode { None, Pressed, Cards, Header, Connection };

    struct CardDrop {
        CellIndex cell;
        int indexAmongAll = 0;     // position in the cell counting the dragged cards (for the indicator)
        int indexAmongStaying = 0; // what MoveTouchpoints takes
    };
    std::optional<CardDrop> cardDropAt(const QPointF &scenePos) const;
    int headerDropAt(const QPointF &scenePos) const;
    void beginCardDrag();
    void updateCardDrag(const QPointF &scenePos);
    void finishCardDrag(const QPointF &scenePos);
    void updateHeaderDrag(const QPointF &scenePos);
    void finishHeaderDrag(const QPointF &scenePos);
    void updateConnection(const QPointF &scenePos);
    void finishConnection(const QPointF &scenePos);
    QUuid cardAt(const QPointF &scenePos) const;
    void clearPreview();

    JourneyScene *mScene;
    Mode mMode = Mode::None;
    QPointF mPressPos;
    QUuid mPressedCard;
    HeaderItem *mPressedHeader = nullptr;
    QList<QUuid> mDragged;
    QGraphicsLineItem *mIndicator = nullptr;
    QGraphicsPathItem *mConnectionPreview = nullptr;
};

} // namespace waymark
