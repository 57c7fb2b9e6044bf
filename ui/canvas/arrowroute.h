#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

namespace waymark {

class CanvasLayout;

// How an arrow between two cards runs: in straight lines along the free space of the grid,
// never through a card. Cards sit inset in their cells, so the gap around every column
// boundary and along every lane boundary is empty: the arrow leaves its card sideways, runs
// along the column gap, along a lane gap when it must cross columns, and enters the other
// card from the side facing it. Two cards stacked in one column with nothing between are
// joined straight.
namespace ArrowRoute {

// The corners of the route, first point on `from`'s edge, last on `to`'s.
QPolygonF corners(const CanvasLayout &layout, const QRectF &from, const QRectF &to);
// The polyline drawn with rounded corners.
QPainterPath path(const QPolygonF &corners, qreal radius = 6);

} // namespace ArrowRoute

} // namespace waymark
