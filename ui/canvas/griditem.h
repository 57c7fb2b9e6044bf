#pragma once

#include "canvaslayout.h"
#include "enums.h"

#include <QGraphicsItem>

namespace waymark {

// The canvas background: lane rows tinted by office zone, cell borders, the corner cell,
// the labels of the totals row and column, and the line of visibility between what the
// customer sees (customer, front office) and what they do not (middle, back office).
class GridItem : public QGraphicsItem
{
public:
    GridItem();

    void setGrid(const CanvasLayout &layout, std::vector<OfficeZone> laneZones);

    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasLayout mLayout;
    std::vector<OfficeZone> mZones;
    QRectF mBounds;
};

} // namespace waymark
