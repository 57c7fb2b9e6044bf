#include "pagedecor.h"

#include "canvas/carditem.h"
#include "canvas/cardsymbols.h"
#include "canvas/maplegendcontent.h"
#include "canvas/heatmapcolours.h"
#include "data/statisticscache.h"
#include "heatscale.h"
#include "journey.h"
#include "print/printpagestext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <functional>

namespace waymark::PageDecor {

namespace {

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

const QColor ink(0x1d, 0x23, 0x2b);
const QColor quiet(0x5f, 0x6b, 0x7a);

// Draws text from `x` on the band's middle line; returns the x after it plus a gap.
double label(QPainter &painter, double x, const QRectF &band, const QString &text, double points = 7.5, const QColor &colour = quiet)
{
    painter.setFont(font(points));
    painter.setPen(colour);
    const double width = QFontMetricsF(painter.font()).horizontalAdvance(text);
    painter.drawText(QRectF(x, band.top(), width + 2, band.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    return x + width + 10;
}
} // namespace

double headerHeight()
{
    return 44;
}

double footerHeight()
{
    return 18;
}

double legendHeight()
{
    return 52; // three lines: the legend wraps on portrait pages (marks, departments, badges, heat scale)
}

double paintHeader(QPainter &painter, const QRectF &page, const Journey &journey, const QString &fileName, const QString &subtitle)
{
    const QRectF band(page.left(), page.top(), page.width(), headerHeight());
    QStringList right;
    QStringList personas;
    for (const Persona &persona : journey.personas)
        personas << persona.name;
    if (!personas.isEmpty())
        right << PrintPagesText::tr("Persona: %1").arg(personas.join(QStringLiteral(", ")));
    right << QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    if (!fileName.isEmpty())
        right << fileName;
    painter.setFont(font(7.5));
    const QFontMetricsF small(painter.font());
    const QString rightText = right.join(QStringLiteral("  ·  "));
    const double rightWidth = std::min(small.horizontalAdvance(rightText) + 4, band.width() * 0.45);
    painter.setPen(quiet);
    painter.drawText(QRectF(band.right() - rightWidth, band.top(), rightWidth, 18), Qt::AlignRight | Qt::AlignVCenter,
                     small.elidedText(rightText, Qt::ElideMiddle, rightWidth));

    painter.setFont(font(14, true));
    painter.setPen(ink);
    const QFontMetricsF big(painter.font());
    const double titleWidth = band.width() - rightWidth - 16;
    painter.drawText(QRectF(band.left(), band.top(), titleWidth, 22), Qt::AlignLeft | Qt::AlignVCenter,
                     big.elidedText(journey.title, Qt::ElideRight, titleWidth));
    painter.setFont(font(8.5));
    painter.setPen(quiet);
    painter.drawText(QRectF(band.left(), band.top() + 22, band.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    painter.setPen(QPen(QColor(0xd5, 0xda, 0xe1), 1));
    painter.drawLine(QPointF(band.left(), band.bottom() - 2), QPointF(band.right(), band.bottom() - 2));
    return band.height();
}

void paintFooter(QPainter &painter, const QRectF &page, int page1Based, int pages)
{
    const QRectF band(page.left(), page.bottom() - footerHeight(), page.width(), footerHeight());
    painter.setFont(font(7.5));
    painter.setPen(quiet);
    painter.drawText(band, Qt::AlignCenter, PrintPagesText::tr("Page %1 of %2").arg(page1Based).arg(pages));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, PrintPagesText::tr("Customer journey map · Waymark"));
}

void paintLegend(QPainter &painter, const QRectF &band, const Journey &journey, const ExportOptions &options, const HeatLegend *heat)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd5, 0xda, 0xe1), 1));
    painter.drawLine(band.topLeft(), band.topRight());
    // Items flow left to right and wrap onto a second line on narrow pages.
    constexpr double lineHeight = 16;
    QRectF line(band.left(), band.top() + 2, band.width(), lineHeight);
    double x = line.left();
    const auto room = [&](double width) {
        if (x + width > band.right() && x > band.left()) {
            x = band.left();
            line.translate(0, lineHeight);
        }
    };
    const auto textWidth = [&](const QString &text, double points) {
        return QFontMetricsF(font(points)).horizontalAdvance(text) + 10;
    };
    const auto text = [&](const QString &words, double points = 7.5, const QColor &colour = quiet) {
        room(textWidth(words, points));
        x = label(painter, x, line, words, points, colour);
    };
    const auto swatch = [&](double width, const QString &words, const std::function<void(const QRectF &)> &draw) {
        room(width + 4 + textWidth(words, 7.5));
        draw(QRectF(x, line.center().y() - 7, width, 14));
        x = label(painter, x + width + 4, line, words);
    };

    // The marks on the cards, drawn by the same code as on the canvas.
    const bool star = std::any_of(journey.touchpoints.begin(), journey.touchpoints.end(), [](const Touchpoint &c) { return c.momentOfTruth; });
    const bool pain = std::any_of(journey.touchpoints.begin(), journey.touchpoints.end(), [](const Touchpoint &c) { return c.painPoint; });
    if (star)
        swatch(12, PrintPagesText::tr("moment of truth"), [&](const QRectF &r) { paintMomentOfTruthMark(&painter, QRectF(r.left(), r.center().y() - 6, 12, 12)); });
    if (pain)
        swatch(12, PrintPagesText::tr("pain point"), [&](const QRectF &r) { paintPainPointMark(&painter, QRectF(r.left(), r.center().y() - 6, 12, 12)); });
    if (star || pain)
        x += 6;
    text(PrintPagesText::tr("Departments:"), 7.5, ink);
    for (const Department &department : journey.departments) {
        if (!options.department.isNull() && department.id != options.department)
            continue;
        swatch(10, department.name, [&](const QRectF &r) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(department.colour);
            painter.drawRoundedRect(QRectF(r.left(), r.center().y() - 5, 10, 10), 2, 2);
        });
    }
    if (options.layers.effort) {
        x += 6;
        swatch(34, PrintPagesText::tr("time"), [&](const QRectF &r) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xe8, 0xf0, 0xfb));
            painter.drawRoundedRect(r, 7, 7);
            painter.setFont(font(6.5));
            painter.setPen(QColor(0x2b, 0x4c, 0x7e));
            painter.drawText(r, Qt::AlignCenter, PrintPagesText::tr("min"));
        });
        swatch(12, PrintPagesText::tr("negative emotion 0–10"), [&](const QRectF &r) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(CardItem::emotionColour(7));
            painter.drawEllipse(QRectF(r.left(), r.center().y() - 6, 12, 12));
        });
    }
    if (options.layers.nps) {
        x += 6;
        swatch(80, PrintPagesText::tr("NPS (grey: fewer than 30 answers)"), [&](const QRectF &r) {
            QLinearGradient scale(r.topLeft(), r.topRight());
            scale.setColorAt(0, QColor(0xd6, 0x33, 0x2f));
            scale.setColorAt(0.5, QColor(0xe0, 0xb0, 0x2a));
            scale.setColorAt(1, QColor(0x2e, 0x9e, 0x44));
            painter.setPen(Qt::NoPen);
            painter.setBrush(scale);
            painter.drawRoundedRect(r.adjusted(0, 2, 0, -2), 3, 3);
            painter.setFont(font(5.5));
            painter.setPen(Qt::white);
            painter.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("−100"));
            painter.drawText(r.adjusted(3, 0, -3, 0), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("+100"));
        });
    }
    if (options.layers.clv) {
        x += 6;
        swatch(50, PrintPagesText::tr("CLV of the detractors"), [&](const QRectF &r) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x7b, 0x2c, 0x8f));
            painter.drawRoundedRect(r, 7, 7);
            painter.setFont(font(6.5));
            painter.setPen(Qt::white);
            painter.drawText(r, Qt::AlignCenter, PrintPagesText::tr("at risk"));
        });
    }
    if (options.layers.evidence) {
        x += 6;
        // Bars from an assumption (one) to measured data (four), as on the cards.
        for (const Evidence level : {Evidence::Assumption, Evidence::Workshop, Evidence::Research, Evidence::Measured})
            swatch(12, displayName(level).toLower(), [&](const QRectF &r) {
                paintEvidenceMark(&painter, QRectF(r.left(), r.center().y() - 6, 12, 12), level);
            });
    }
    if (options.layers.heatmap) {
        x += 6;
        const HeatmapChoice choice = options.layers.heatChoice();
        HeatLegend counted;
        if (choice.isMetric() && !heat) {
            StatisticsCache cache;
            const MetricHeat metric = metricHeat(journey, cache, choice.metricKey());
            counted = {metric.scale, !metric.smallSamples.isEmpty()};
            heat = &counted;
        }
        if (choice.isMetric() && heat->scale.isValid()) {
            // "heat: CSAT  0 % [red … pale] 100 %": the worst figure hottest, on the left.
            text(PrintPagesText::tr("heat: %1").arg(choice.name()));
            constexpr double barWidth = 60;
            const QFont small = font(6.5);
            const QString low = heat->scale.lowestText(), high = heat->scale.highestText();
            const double width = heatLegendWidth(barWidth, low, high, small);
            room(width + 10);
            paintHeatLegend(painter, QRectF(x, line.center().y() - 6, width, 12), barWidth, low, high, true, small, quiet);
            x += width + 10;
            if (heat->smallSamples)
                swatch(16, PrintPagesText::tr("hatched: too few answers to trust"), [&](const QRectF &r) {
                    painter.setPen(Qt::NoPen);
                    for (const QBrush &brush : {QBrush(heatColour(0.6)), smallSampleHatch()}) {
                        painter.setBrush(brush);
                        painter.drawRoundedRect(r.adjusted(0, 1, 0, -1), 3, 3);
                    }
                });
        } else if (const auto dimension = choice.effort()) {
            // "heat: Time  ≤ 2 min [pale … red] ≥ 50 min": the capped ends of the effort scale.
            text(PrintPagesText::tr("heat: %1").arg(choice.name()));
            const EffortHeatScale scale = effortHeatScale(journey, *dimension, EffortWeights::fromSettings(journey.settings));
            constexpr double barWidth = 60;
            const QFont small = font(6.5);
            const QString low = scale.isEmpty() ? QString() : heatLowText(scale, journey.currency);
            const QString high = scale.isEmpty() ? QString() : heatHighText(scale, journey.currency);
            const double width = heatLegendWidth(barWidth, low, high, small);
            room(width + 10);
            paintHeatLegend(painter, QRectF(x, line.center().y() - 6, width, 12), barWidth, low, high, false, small, quiet);
            x += width + 10;
        }
    }
    x += 6;
    text(PrintPagesText::tr("Layers: %1").arg(describeLayers(options.layers)));
    painter.restore();
}

} // namespace waymark::PageDecor
