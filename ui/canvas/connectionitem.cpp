#include "connectionitem.h"

#include "arrowroute.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace waymark {

ConnectionItem::ConnectionItem(const QUuid &id)
    : mId(id)
{
    setFlag(ItemIsSelectable);
    setZValue(3);
}

QPainterPath ConnectionItem::route(const QRectF &from, const QPointF &to, bool toIsLeft)
{
    QPainterPath path;
    const QPointF start = toIsLeft ? QPointF(from.left(), from.center().y()) : QPointF(from.right(), from.center().y());
    const qreal bend = std::max(30.0, std::abs(to.x() - start.x()) / 2);
    const qreal direction = toIsLeft ? -1 : 1;
    path.moveTo(start);
    path.cubicTo(start + QPointF(direction * bend, 0), to - QPointF(direction * bend, 0), to);
    return path;
}

void ConnectionItem::setRoute(const QPolygonF &corners)
{
    if (corners.size() < 2)
        return;
    const QPainterPath path = ArrowRoute::path(corners);
    // The head points along the last straight piece.
    const QPointF tip = corners.back();
    const QPointF before = corners[corners.size() - 2];
    const qreal angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const qreal size = 9;
    mHead = QPolygonF{tip, tip - QPointF(size * std::cos(angle - 0.45), size * std::sin(angle - 0.45)),
                      tip - QPointF(size * std::cos(angle + 0.45), size * std::sin(angle + 0.45))};
    setPath(path); // QGraphicsPathItem announces the geometry change itself
}

QRectF ConnectionItem::boundingRect() const
{
    return path().boundingRect().united(mHead.boundingRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath area = stroker.createStroke(path());
    area.addPolygon(mHead);
    return area;
}

void ConnectionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const QColor colour = selected ? QColor(0x1f, 0x6f, 0xd1) : QColor(0x6b, 0x74, 0x80);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, selected ? 2.5 : 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(mHead);
}

} // namespace waymark
