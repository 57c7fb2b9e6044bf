#pragma once

#include "exportoptions.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace waymark {

class Journey;

// What every printed page carries, drawn in 96-dpi page units.
namespace PageDecor {

inline constexpr double dpi = 96.0;
inline double mm(double millimetres) { return millimetres * dpi / 25.4; }

// Title on the left; persona, date and file name on the right; `subtitle` (what this page
// is: "Executive summary", "Map — row 1, column 2 of 2 × 3") under the title. Returns the
// height used.
double paintHeader(QPainter &painter, const QRectF &page, const Journey &journey, const QString &fileName,
                   const QString &subtitle);
// "Page 3 of 7" in the middle of the bottom edge, "Waymark" on the left.
void paintFooter(QPainter &painter, const QRectF &page, int page1Based, int pages);
// What a metric heatmap was drawn on: its scale's ends and whether some cards are hatched as
// small samples (PrintableMap::heatLegend()).
struct HeatLegend {
    MetricScale scale;
    bool smallSamples = false;
};

// Department colours, an effort badge, the NPS colour scale, CLV at risk, the heat scale
// (a metric's with its end figures) and the layers shown, in a band above the footer (on
// every page, so a page torn off still explains itself). `heat`: the map's metric heat scale;
// without it a metric heatmap's scale is counted here.
void paintLegend(QPainter &painter, const QRectF &band, const Journey &journey, const ExportOptions &options,
                 const HeatLegend *heat = nullptr);
double legendHeight();
double headerHeight();
double footerHeight();

} // namespace PageDecor

} // namespace waymark
