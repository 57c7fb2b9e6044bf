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

    // The arrow along these corners (ArrowRoute), its head on the last one.
    void setRoute(const QPolygonF &corners);
    // The drag preview's path from a card to the pointer.
    static QPainterPath route(const QRectF &from, const QPointF &to, bool toIsLeft);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QUuid mId;
    QPolygonF mHead;
};

} // namespace waymark
