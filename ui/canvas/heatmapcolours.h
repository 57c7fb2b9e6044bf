#pragma once

#include <QBrush>
#include <QColor>
#include <QLinearGradient>
#include <QRectF>
#include <QString>

class QFont;
class QPainter;

namespace waymark {

// The heatmap's sequential scale, after ColorBrewer YlOrRd: pale yellow (no effort) through
// orange to red (the journey's worst card). It stops at YlOrRd's #e31a1c because the two
// darkest YlOrRd steps leave dark card text unreadable; every step keeps at least 4.4:1
// contrast with black text. Lightness falls monotonically, so the order also survives
// greyscale printing and the common colour-vision deficiencies.
QColor heatColour(double fraction); // fraction 0..1, clamped; NaN counts as 0

// The same scale left to right across `rect`, for a legend; `hotFirst` puts the hottest end
// on the left (a metric's legend reads from its lowest, worst figure to its highest).
QLinearGradient heatLegendGradient(const QRectF &rect, bool hotFirst = false);

// Laid over a heat colour where the figure behind it rests on too few answers to trust: thin
// grey diagonals, as the badges of small samples are hatched. Light enough to read text through.
QBrush smallSampleHatch();

// A legend on one line: `low` written left of a bar `barWidth` wide, `high` right of it, both
// in `ink` and outside the bar, so they keep their contrast whatever colour the bar has there.
// Either text may be empty. Drawn from rect's left, centred on its height; returns its width.
double paintHeatLegend(QPainter &painter, const QRectF &rect, double barWidth, const QString &low, const QString &high,
                       bool hotFirst, const QFont &font, const QColor &ink);
double heatLegendWidth(double barWidth, const QString &low, const QString &high, const QFont &font);

} // namespace waymark
