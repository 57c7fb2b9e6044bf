#include "clvcharts.h"

#include "clv/repeattracking.h"
#include "npscharts.h"

#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
struct ClvChartsText {
    Q_DECLARE_TR_FUNCTIONS(ClvCharts)
};
} // namespace

QChart *repeatPurchasesChart(const clv::RepeatTracking &tracking, const QString &modelName)
{
    QChart *chart = newChart(ClvChartsText::tr("Cumulative repeat purchases, actual and expected"));
    auto *actual = new QLineSeries;
    actual->setName(ClvChartsText::tr("Actual"));
    actual->setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 2));
    auto *expected = new QLineSeries;
    expected->setName(ClvChartsText::tr("Expected (%1)").arg(modelName));
    expected->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 2, Qt::DashLine));
    double highest = 0;
    for (std::size_t i = 0; i < tracking.week.size(); ++i) {
        actual->append(tracking.week[i], tracking.actual[i]);
        highest = std::max(highest, tracking.actual[i]);
        if (std::isfinite(tracking.expected[i])) {
            expected->append(tracking.week[i], tracking.expected[i]);
            highest = std::max(highest, tracking.expected[i]);
        }
    }
    chart->addSeries(actual);
    chart->addSeries(expected);
    const int weeks = tracking.week.empty() ? 1 : tracking.week.back();
    auto *axisX = new QValueAxis;
    axisX->setTitleText(ClvChartsText::tr("Week"));
    axisX->setRange(0, weeks);
    // Ticks every quarter or half year from week 0, as the literature draws it.
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(weeks > 156 ? 52 : weeks > 52 ? 26 : 13);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(ClvChartsText::tr("Repeat purchases"));
    axisY->setRange(0, highest > 0 ? highest * 1.05 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *series : {actual, expected}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // The calibration end: where the model stops learning and starts forecasting.
    if (tracking.calibrationWeeks > 0 && tracking.calibrationWeeks < weeks) {
        auto *end = new QLineSeries;
        end->setName(ClvChartsText::tr("Calibration end (week %1)").arg(tracking.calibrationWeeks));
        end->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DotLine));
        end->append(tracking.calibrationWeeks, 0);
        end->append(tracking.calibrationWeeks, axisY->max());
        chart->addSeries(end);
        end->attachAxis(axisX);
        end->attachAxis(axisY);
    }
    return chart;
}

} // namespace waymark
