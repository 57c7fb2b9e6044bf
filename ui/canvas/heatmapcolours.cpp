#include "heatmapcolours.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace waymark {

namespace {

// ColorBrewer YlOrRd (9 classes), steps 1-7 of 9; evenly spaced over 0..1.
constexpr std::array<QRgb, 7> stops{0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c};

int mix(int a, int b, double t)
{
    return int(std::lround(a + (b - a) * t));
}

} // namespace

QColor heatColour(double fraction)
{
    if (!(fraction > 0.0)) // also NaN
        fraction = 0.0;
    fraction = std::min(fraction, 1.0);
    const double position = fraction * double(stops.size() - 1);
    const size_t lower = std::min(size_t(position), stops.size() - 2);
    const double t = position - double(lower);
    const QRgb a = stops[lower];
    const QRgb b = stops[lower + 1];
    // Every channel falls from one YlOrRd step to the next, so a straight sRGB mix keeps the
    // lightness falling too.
    return QColor(mix(qRed(a), qRed(b), t), mix(qGreen(a), qGreen(b), t), mix(qBlue(a), qBlue(b), t));
}

QLinearGradient heatLegendGradient(const QRectF &rect)
{
    QLinearGradient gradient(rect.topLeft(), rect.topRight());
    for (size_t i = 0; i < stops.size(); ++i)
        gradient.setColorAt(double(i) / double(stops.size() - 1), QColor(stops[i]));
    return gradient;
}

} // namespace waymark
