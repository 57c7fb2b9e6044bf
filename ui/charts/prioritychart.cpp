#include "prioritychart.h"

#include "business/businesscase.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
struct PriorityChartText {
    Q_DECLARE_TR_FUNCTIONS(PriorityChart)
};
} // namespace

QChart *valueCostChart(const BusinessCase &b)
{
    auto *chart = new QChart;
    chart->setTitle(PriorityChartText::tr("Value per year against one-off cost (bubble: CLV at risk)"));
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    x->setTitleText(PriorityChartText::tr("One-off cost (%1)").arg(b.currency));
    y->setTitleText(PriorityChartText::tr("Value per year (%1)").arg(b.currency));
    x->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double largestRisk = 0, highestCost = 0, highestValue = 0, lowestValue = 0;
    for (const OpportunityCase &c : b.opportunities) {
        largestRisk = std::max(largestRisk, c.clvAtRisk);
        highestCost = std::max(highestCost, c.oneOffCost);
        highestValue = std::max(highestValue, c.benefitsPerYear.total());
        lowestValue = std::min(lowestValue, c.benefitsPerYear.total());
    }
    const QLocale locale;
    for (const OpportunityCase &c : b.opportunities) {
        auto *series = new QScatterSeries;
        series->setName(c.title);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        // Area, not radius, grows with the money at stake; every bubble stays visible.
        const double share = largestRisk > 0 ? std::sqrt(c.clvAtRisk / largestRisk) : 0.0;
        series->setMarkerSize(12 + 36 * share);
        series->append(c.oneOffCost, c.benefitsPerYear.total());
        QColor colour = series->color();
        colour.setAlpha(170);
        series->setColor(colour);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // Room around the bubbles so none is cut at an axis.
    x->setRange(0, highestCost > 0 ? highestCost * 1.2 : 1);
    y->setRange(lowestValue < 0 ? lowestValue * 1.2 : 0, highestValue > 0 ? highestValue * 1.2 : 1);
    x->applyNiceNumbers();
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace waymark
