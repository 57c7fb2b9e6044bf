#include "heatmapcolours.h"

#include <QFontMetricsF>
#include <QPainter>

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

QLinearGradient heatLegendGradient(const QRectF &rect, bool hotFirst)
{
    QLinearGradient gradient(rect.topLeft(), rect.topRight());
    for (size_t i = 0; i < stops.size(); ++i) {
        const double at = double(i) / double(stops.size() - 1);
        gradient.setColorAt(hotFirst ? 1.0 - at : at, QColor(stops[i]));
    }
    return gradient;
}

QBrush smallSampleHatch()
{
    return QBrush(QColor(0x3c, 0x46, 0x55, 90), Qt::BDiagPattern);
}

namespace {
constexpr double textGap = 4;
}

double heatLegendWidth(double barWidth, const QString &low, const QString &high, const QFont &font)
{
    const QFontMetricsF metrics(font);
    double width = barWidth;
    for (const QString &text : {low, high})
        if (!text.isEmpty())
            width += std::ceil(metrics.horizontalAdvance(text)) + textGap;
    return width;
}

double paintHeatLegend(QPainter &painter, const QRectF &rect, double barWidth, const QString &low, const QString &high,
                       bool hotFirst, const QFont &font, const QColor &ink)
{
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double x = rect.left();
    const auto write = [&](const QString &text) {
        if (text.isEmpty())
            return;
        const double width = std::ceil(metrics.horizontalAdvance(text));
        painter.setPen(ink);
        painter.drawText(QRectF(x, rect.top(), width + 1, rect.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + textGap;
    };
    write(low);
    const QRectF bar(x, rect.top(), barWidth, rect.height());
    painter.fillRect(bar, heatLegendGradient(bar, hotFirst));
    painter.setPen(QColor(0x80, 0x80, 0x80));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0.5, 0.5, -0.5, -0.5));
    x += barWidth + textGap;
    write(high);
    painter.restore();
    return heatLegendWidth(barWidth, low, high, font);
}

} // namespace waymark
