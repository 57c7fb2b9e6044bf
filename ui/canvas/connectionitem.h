#pragma once

#include <QGraphicsPathItem>
#include <QUuid>

namespace waymark {

// An arrow from one card to another. Selectable, so Delete removes the connection.
class ConnectionItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 4 };
    explicit ConnectionItem(const QUuid &id);
    const QUuid &id() const { return mId; }
    int type() const override { return Type; }

    // Routes the arrow between two card rectangles (scene coordinates).
    void setEnds(const QRectF &from, const QRectF &to);
    // The path an arrow between two rectangles takes; also used for the drag preview.
    static QPainterPath route(const QRectF &from, const QPointF &to, bool toIsLeft);
    static QPainterPath route(const QRectF &from, const QRectF &to);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QUuid mId;
    QPolygonF mHead;
};

} // namespace waymark
