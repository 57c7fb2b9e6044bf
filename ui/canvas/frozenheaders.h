#pragma once

#include <QPointF>
#include <QRectF>

class QPainter;

namespace waymark {

class JourneyScene;

// Frozen headers: when the map is scrolled right past the lane names, or down past the stage
// names, the view draws the headers again along the left and top edges of what is visible, so
// a card far right or far down still says which lane and stage it is in. Drawn over the scene
// as the view's foreground (the header items stay where they are, so dragging and renaming
// them work as before, where they really are).

// How far the lane headers (x) and the stage headers (y) are moved to stay in view: 0 when
// they are in view anyway.
QPointF frozenHeaderShift(JourneyScene &scene, const QRectF &visible);
// Paints the moved headers (scene coordinates), with the corner between them covered.
void paintFrozenHeaders(QPainter *painter, JourneyScene &scene, const QRectF &visible);

} // namespace waymark
