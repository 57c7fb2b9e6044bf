#pragma once

#include <QColor>
#include <QLinearGradient>
#include <QRectF>

namespace waymark {

// The heatmap's sequential scale, after ColorBrewer YlOrRd: pale yellow (no effort) through
// orange to red (the journey's worst card). It stops at YlOrRd's #e31a1c because the two
// darkest YlOrRd steps leave dark card text unreadable; every step keeps at least 4.4:1
// contrast with black text. Lightness falls monotonically, so the order also survives
// greyscale printing and the common colour-vision deficiencies.
QColor heatColour(double fraction); // fraction 0..1, clamped; NaN counts as 0

// The same scale left to right across `rect`, for a legend.
QLinearGradient heatLegendGradient(const QRectF &rect);

} // namespace waymark
