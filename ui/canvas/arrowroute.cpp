#include "arrowroute.h"

#include "canvaslayout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace waymark::ArrowRoute {

namespace {

// Whether a card other than the two ends lies in `area`.
bool blocked(const CanvasLayout &layout, const QRectF &area, const QRectF &from, const QRectF &to)
{
    const auto &cards = layout.cardRects();
    return std::any_of(cards.cbegin(), cards.cend(), [&](const QRectF &card) { return card != from && card != to && card.intersects(area); });
}

// The lane boundary (an empty gap: cards are inset in their cells) that makes the detour shortest.
qreal laneGapNear(const CanvasLayout &layout, qreal y1, qreal y2)
{
    qreal best = layout.rowY(0);
    const auto cost = [&](qreal y) { return std::abs(y - y1) + std::abs(y - y2); };
    for (int lane = 0; lane <= layout.laneCount(); ++lane) {
        const qreal y = lane < layout.laneCount() ? layout.rowY(lane) : layout.rowY(lane - 1) + layout.rowHeight(lane - 1);
        if (cost(y) < cost(best))
            best = y;
    }
    return best;
}

} // namespace

QPolygonF corners(const CanvasLayout &layout, const QRectF &from, const QRectF &to)
{
    const int a = layout.stageAtX(from.center().x());
    const int b = layout.stageAtX(to.center().x());
    if (a < 0 || b < 0 || layout.laneCount() == 0)
        return QPolygonF{from.center(), to.center()};
    if (a == b) {
        const bool down = to.center().y() > from.center().y();
        const qreal top = down ? from.bottom() : to.bottom();
        const qreal bottom = down ? to.top() : from.top();
        if (!blocked(layout, QRectF(from.left(), top, from.width(), bottom - top), from, to))
            return QPolygonF{QPointF(from.center().x(), down ? from.bottom() : from.top()),
                             QPointF(to.center().x(), down ? to.top() : to.bottom())};
        // Around the cards between, along the gap right of the column.
        const qreal gap = layout.columnX(a) + layout.columnWidth() - 5; // nearer its own column than arrows passing by
        return QPolygonF{QPointF(from.right(), from.center().y()), QPointF(gap, from.center().y()), QPointF(gap, to.center().y()),
                         QPointF(to.right(), to.center().y())};
    }
    const bool forward = b > a;
    const QPointF start(forward ? from.right() : from.left(), from.center().y());
    const QPointF end(forward ? to.left() : to.right(), to.center().y());
    if (start.y() == end.y() && !blocked(layout, QRectF(std::min(start.x(), end.x()), start.y() - 1, std::abs(end.x() - start.x()), 2), from, to))
        return QPolygonF{start, end};
    const qreal leave = forward ? layout.columnX(a) + layout.columnWidth() : layout.columnX(a);
    const qreal enter = forward ? layout.columnX(b) : layout.columnX(b) + layout.columnWidth();
    if (leave == enter) // neighbouring columns: one gap between them
        return QPolygonF{start, QPointF(leave, start.y()), QPointF(leave, end.y()), end};
    const qreal across = laneGapNear(layout, start.y(), end.y());
    return QPolygonF{start, QPointF(leave, start.y()), QPointF(leave, across), QPointF(enter, across), QPointF(enter, end.y()), end};
}

QPainterPath path(const QPolygonF &corners, qreal radius)
{
    QPainterPath path;
    if (corners.isEmpty())
        return path;
    path.moveTo(corners.front());
    for (qsizetype i = 1; i + 1 < corners.size(); ++i) {
        const QLineF in(corners[i], corners[i - 1]);
        const QLineF out(corners[i], corners[i + 1]);
        if (in.length() == 0 || out.length() == 0)
            continue;
        const qreal r = std::min({radius, in.length() / 2, out.length() / 2});
        path.lineTo(in.pointAt(r / in.length()));
        path.quadTo(corners[i], out.pointAt(r / out.length()));
    }
    path.lineTo(corners.back());
    return path;
}

} // namespace waymark::ArrowRoute
