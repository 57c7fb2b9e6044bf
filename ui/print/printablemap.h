#pragma once

#include "exportoptions.h"
#include "journeydocument.h"
#include "pagedecor.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace waymark {

class JourneyScene;

// The journey map as the canvas draws it, set up for paper: the chosen layers, the
// department filter, no selection or hover, and every card at full detail. The same items
// paint the screen, the PDF, the printer, PNG and SVG.
class PrintableMap
{
public:
    PrintableMap(const Journey &journey, const MapLayers &layers, const QUuid &department);
    ~PrintableMap();

    QRectF bounds() const; // the whole map in scene units (96-dpi pixels at 100 %)
    // Draws `source` (scene units) into `target` (painter units).
    void render(QPainter *painter, const QRectF &target, const QRectF &source) const;
    // What a metric heatmap was drawn on, for the page legend (not valid for effort).
    PageDecor::HeatLegend heatLegend() const;

private:
    JourneyDocument mDocument;
    std::unique_ptr<JourneyScene> mScene;
    QRectF mBounds;
};

} // namespace waymark
