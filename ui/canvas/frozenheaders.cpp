#include "frozenheaders.h"

#include "headeritems.h"
#include "journeyscene.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace waymark {

QPointF frozenHeaderShift(JourneyScene &scene, const QRectF &visible)
{
    const CanvasLayout &layout = scene.canvasLayout();
    if (layout.stageCount() == 0 || layout.laneCount() == 0)
        return {};
    // Frozen only while some of the grid is still in view beside them.
    const qreal right = layout.columnX(layout.stageCount() - 1) + layout.columnWidth();
    const qreal bottom = layout.rowY(layout.laneCount() - 1) + layout.rowHeight(layout.laneCount() - 1);
    const qreal dx = visible.left() > 0 && visible.left() < right ? visible.left() : 0;
    const qreal dy = visible.top() > 0 && visible.top() < bottom ? visible.top() : 0;
    return {dx, dy};
}

void paintFrozenHeaders(QPainter *painter, JourneyScene &scene, const QRectF &visible)
{
    const QPointF shift = frozenHeaderShift(scene, visible);
    if (shift.isNull())
        return;
    const CanvasLayout &layout = scene.canvasLayout();
    QStyleOptionGraphicsItem option;
    const QColor edge(0x9a, 0xa3, 0xae);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const auto paintShifted = [&](HeaderItem *header, const QPointF &by) {
        if (!header)
            return;
        painter->save();
        painter->translate(by);
        painter->setOpacity(header->opacity()); // dimmed by the department filter as the original
        header->paint(painter, &option, nullptr);
        painter->restore();
    };
    if (shift.x() > 0) {
        for (int lane = 0; lane < layout.laneCount(); ++lane)
            paintShifted(scene.laneHeader(lane), QPointF(shift.x(), 0));
        const qreal x = shift.x() + layout.headerColumnWidth();
        painter->setPen(QPen(edge, 0)); // a hairline at any zoom: where the frozen column ends
        painter->drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
    }
    if (shift.y() > 0) {
        for (int stage = 0; stage < layout.stageCount(); ++stage)
            paintShifted(scene.stageHeader(stage), QPointF(0, shift.y()));
        const qreal y = shift.y() + layout.headerRowHeight();
        painter->setPen(QPen(edge, 0));
        painter->drawLine(QPointF(visible.left(), y), QPointF(visible.right(), y));
    }
    // The corner where the frozen row and column meet: neither header's, kept plain.
    painter->fillRect(QRectF(shift, QSizeF(layout.headerColumnWidth(), layout.headerRowHeight())), QColor(0xe8, 0xea, 0xee));
    painter->restore();
}

} // namespace waymark
