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
// orange to red (the journey's worst cards), in 7 steps of 1/7 each. Steps, not a smooth
// blend: cards a step apart read as different at a glance (on a projector too), and no fill
// lands where neither dark nor white text is readable — a smooth blend from orange to red
// passes through reds (relative luminance 0.175–0.183) on which both stay under WCAG AA's
// 4.5:1; every step here has one that passes (readableInk()). Lightness falls step by step,
// so the order survives greyscale printing and the common colour-vision deficiencies.
QColor heatColour(double fraction); // fraction 0..1, clamped; NaN counts as 0
int heatStepCount();

// The same scale left to right across `rect`, for a legend, with hard edges between steps;
// `hotFirst` puts the hottest end on the left (a metric's legend reads from its lowest,
// worst figure to its highest).
QLinearGradient heatLegendGradient(const QRectF &rect, bool hotFirst = false);

// WCAG 2.x relative luminance (0 black .. 1 white) and the contrast ratio of two colours (1..21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// The ink of card titles on a white card, and the ink for text on `fill`: that dark ink or
// white, whichever contrasts more.
QColor cardInk();
QColor readableInk(const QColor &fill);

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
