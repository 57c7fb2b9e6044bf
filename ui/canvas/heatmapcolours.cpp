#include "heatmapcolours.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace waymark {

namespace {

// ColorBrewer YlOrRd (9 classes), steps 1-7 of 9; each covers 1/7 of 0..1.
constexpr std::array<QRgb, 7> stops{0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c};

} // namespace

QColor heatColour(double fraction)
{
    if (!(fraction > 0.0)) // also NaN
        fraction = 0.0;
    // A hair over, so that a step's own lower edge (i / 7, not exact in binary) is that step's.
    const auto step = std::min(size_t(fraction * double(stops.size()) + 1e-9), stops.size() - 1);
    return QColor(stops[step]);
}

int heatStepCount()
{
    return int(stops.size());
}

QLinearGradient heatLegendGradient(const QRectF &rect, bool hotFirst)
{
    // Hard edges between the steps: each step spans 1/n of the bar, as it spans 1/n of the scale.
    QLinearGradient gradient(rect.topLeft(), rect.topRight());
    constexpr double edge = 1e-6;
    const double width = 1.0 / double(stops.size());
    for (size_t i = 0; i < stops.size(); ++i) {
        const double from = double(i) * width;
        const double to = i + 1 == stops.size() ? 1.0 : double(i + 1) * width - edge;
        gradient.setColorAt(hotFirst ? 1.0 - to : from, QColor(stops[i]));
        gradient.setColorAt(hotFirst ? 1.0 - from : to, QColor(stops[i]));
    }
    return gradient;
}

double relativeLuminance(const QColor &colour)
{
    // WCAG 2.x: linearised sRGB channels, weighted.
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor cardInk()
{
    return QColor(0x1d, 0x23, 0x2b);
}

QColor readableInk(const QColor &fill)
{
    const QColor dark = cardInk(), light(Qt::white);
    return contrastRatio(dark, fill) >= contrastRatio(light, fill) ? dark : light;
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
