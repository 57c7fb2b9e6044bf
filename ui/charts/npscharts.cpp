#include "npscharts.h"

#include "data/metrics/metric.h"
#include "charts/npschartstext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace waymark {

bool TrendPoint::operator==(const TrendPoint &other) const
{
    const auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return quarter == other.quarter && value == other.value && moe95 == other.moe95 && n == other.n
        && same(low95, other.low95) && same(high95, other.high95) && smallSample == other.smallSample;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

namespace {

const QColor promoterColour(0x2e, 0x9e, 0x44);
const QColor passiveColour(0xc9, 0xc9, 0xc9);
const QColor detractorColour(0xd6, 0x33, 0x2f);
const QColor seriesColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf)};

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}
} // namespace

ValueScale ValueScale::forMetric(const Metric &metric, double dataLow, double dataHigh)
{
    ValueScale scale;
    scale.metricKey = metric.key();
    scale.low = metric.lowestValue();
    scale.high = metric.highestValue();
    if (!std::isnan(scale.low) && !std::isnan(scale.high))
        return scale;
    // An open scale: the data's range, padded and rounded to a step of 1, 2 or 5 × 10ⁿ.
    if (std::isnan(dataLow) || std::isnan(dataHigh)) {
        dataLow = 0;
        dataHigh = 1;
    }
    const double span = std::max(dataHigh - dataLow, std::max(std::abs(dataHigh), 1.0) * 0.02);
    const double raw = span / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double step = raw / magnitude <= 1 ? magnitude : raw / magnitude <= 2 ? 2 * magnitude : raw / magnitude <= 5 ? 5 * magnitude : 10 * magnitude;
    scale.low = std::floor((dataLow - span * 0.05) / step) * step;
    scale.high = std::ceil((dataHigh + span * 0.05) / step) * step;
    return scale;
}

const Metric &ValueScale::metric() const
{
    const Metric *found = metricByKey(metricKey);
    return found ? *found : *allMetrics().front();
}

QString ValueScale::name() const
{
    return metric().name();
}

QString ValueScale::format(double value) const
{
    return metric().formatValue(value);
}

int ValueScale::tickCount() const
{
    const auto nice = [](double step) {
        if (!(step > 0))
            return false;
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
        for (double n : {1.0, 2.0, 2.5, 5.0, 10.0})
            if (std::abs(mantissa - n) < 1e-9)
                return true;
        return false;
    };
    for (int count : {5, 7, 6, 4, 3, 9, 8, 11})
        if (nice((high - low) / (count - 1)))
            return count;
    return 5;
}

QString ValueScale::axisLabelFormat() const
{
    const double step = (high - low) / (tickCount() - 1);
    const bool whole = std::abs(step - std::round(step)) < 1e-9 && std::abs(low - std::round(low)) < 1e-9;
    if (metricKey == QLatin1String("csat"))
        return whole ? QStringLiteral("%.0f %%") : QStringLiteral("%.1f %%");
    return whole ? QStringLiteral("%.0f") : step >= 0.1 ? QStringLiteral("%.1f") : QStringLiteral("%.2f");
}

QChart *npsTrendChart(const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                      std::optional<double> benchmark, const QString &benchmarkName)
{
    return trendChart(ValueScale(), series, goals, benchmark, benchmarkName);
}

QChart *trendChart(const ValueScale &scale, const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                   std::optional<double> benchmark, const QString &benchmarkName)
{
    QChart *chart = newChart(NpsChartsText::tr("%1 by quarter").arg(scale.name()));
    // Quarters on an evenly spaced axis: x = position of the quarter in the sorted list.
    std::set<QString> quarterSet;
    for (const TrendSeries &s : series)
        for (const TrendPoint &p : s.points)
            quarterSet.insert(p.quarter);
    for (const GoalLine &g : goals)
        for (const auto &p : g.points)
            quarterSet.insert(p.first);
    const std::vector<QString> quarters(quarterSet.begin(), quarterSet.end());
    const auto x = [&](const QString &quarter) {
        return double(std::lower_bound(quarters.begin(), quarters.end(), quarter) - quarters.begin());
    };

    // Years on the axis, at their first quarter: quarter names do not fit in a dock. A
    // point's tooltip names its quarter.
    auto *axisX = new QCategoryAxis;
    axisX->setRange(-0.5, std::max<double>(0.5, double(quarters.size()) - 0.5));
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (std::size_t i = 0; i < quarters.size(); ++i)
        if (i == 0 || quarters[i].endsWith(QLatin1String("Q1")))
            axisX->append(i == 0 && !quarters[i].endsWith(QLatin1String("Q1")) ? quarters[i] : quarters[i].left(4), double(i));
    // A narrow legend cannot name every line: then goals and the benchmark are explained by
    // their line style under the axis instead (their tooltips name them).
    const bool crowded = series.size() + goals.size() + (benchmark ? 1 : 0) > 5;
    QString axisTitle = quarters.empty() || crowded ? NpsChartsText::tr("Quarter") : NpsChartsText::tr("Quarter (%1 … %2)").arg(quarters.front(), quarters.back());
    if (crowded && !goals.empty())
        axisTitle += QStringLiteral(" · ") + NpsChartsText::tr("dashed: goals");
    if (crowded && benchmark)
        axisTitle += QStringLiteral(" · ") + NpsChartsText::tr("dotted: benchmark");
    axisX->setTitleText(axisTitle);
    auto *axisY = new QValueAxis;
    axisY->setRange(scale.low, scale.high);
    axisY->setTickCount(scale.tickCount());
    axisY->setLabelFormat(scale.axisLabelFormat());
    axisY->setTitleText(scale.name());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    for (std::size_t i = 0; i < series.size(); ++i) {
        const QColor colour = seriesColours[i % std::size(seriesColours)];
        auto *line = new QLineSeries;
        line->setName(series[i].name);
        line->setPen(QPen(colour, 2.5));
        auto *dots = new QScatterSeries;
        dots->setColor(colour);
        dots->setMarkerSize(7);
        for (const TrendPoint &p : series[i].points) {
            line->append(x(p.quarter), p.value);
            dots->append(x(p.quarter), p.value);
        }
        // Hovering a point says what it is, with the goal of that quarter when there is one.
        QObject::connect(dots, &QScatterSeries::hovered, dots, [points = series[i].points, name = series[i].name, goals, quarters, scale](const QPointF &at, bool entered) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            const std::size_t index = std::size_t(std::lround(at.x()));
            const auto point = std::find_if(points.begin(), points.end(), [&](const TrendPoint &p) { return index < quarters.size() && p.quarter == quarters[index]; });
            if (point == points.end())
                return;
            QString text = NpsChartsText::tr("%1, %2: %3 %4 (95 %: %5 … %6; n %7)")
                               .arg(name, point->quarter, scale.name(), scale.format(point->value), number(point->low()), number(point->high()))
                               .arg(point->n);
            for (const GoalLine &goal : goals)
                for (const auto &[quarter, value] : goal.points)
                    if (quarter == point->quarter)
                        text += QLatin1Char('\n') + NpsChartsText::tr("%1: %2 (%3 %4)").arg(goal.name, number(value),
                                                                        point->value >= value ? QStringLiteral("+") : QStringLiteral("−"),
                                                                        number(std::abs(point->value - value)));
            QToolTip::showText(QCursor::pos(), text);
        });
        attach(line);
        attach(dots);
        chart->legend()->markers(dots).constFirst()->setVisible(false);
        // Error bars: a short vertical line over the 95 % interval per point.
        for (const TrendPoint &p : series[i].points) {
            auto *bar = new QLineSeries;
            bar->setPen(QPen(colour, 1.2));
            bar->append(x(p.quarter) + 0.04 * double(i), std::max(scale.low, p.low()));
            bar->append(x(p.quarter) + 0.04 * double(i), std::min(scale.high, p.high()));
            attach(bar);
            chart->legend()->markers(bar).constFirst()->setVisible(false);
        }
    }
    for (std::size_t i = 0; i < goals.size(); ++i) {
        auto *goal = new QLineSeries;
        goal->setName(goals[i].name);
        // A goal wears the colour of the line it is a goal for.
        QColor colour(0x70, 0x70, 0x70);
        for (std::size_t k = 0; k < series.size(); ++k)
            if (series[k].name == goals[i].series)
                colour = seriesColours[k % std::size(seriesColours)];
        goal->setPen(QPen(colour, 1.5, Qt::DashLine));
        for (const auto &[quarter, value] : goals[i].points)
            goal->append(x(quarter), value);
        attach(goal);
        if (crowded)
            chart->legend()->markers(goal).constFirst()->setVisible(false);
    }
    if (benchmark) {
        auto *line = new QLineSeries;
        line->setName(benchmarkName.isEmpty() ? NpsChartsText::tr("Benchmark") : benchmarkName);
        line->setPen(QPen(QColor(0x70, 0x70, 0x70), 1.5, Qt::DotLine));
        line->append(-0.5, *benchmark);
        line->append(double(quarters.size()) - 0.5, *benchmark);
        attach(line);
        if (crowded)
            chart->legend()->markers(line).constFirst()->setVisible(false);
    }
    return chart;
}

QChart *stageMixChart(const std::vector<StageMix> &stages)
{
    return bandMixChart(stages, NpsChartsText::tr("Promoters, passives and detractors by stage"),
                        {NpsChartsText::tr("Detractors"), NpsChartsText::tr("Passives"), NpsChartsText::tr("Promoters")});
}

QChart *bandMixChart(const std::vector<StageMix> &stages, const QString &title, const QStringList &bandNames)
{
    QChart *chart = newChart(title);
    auto *high = new QBarSet(bandNames.value(2));
    auto *middle = new QBarSet(bandNames.value(1));
    auto *low = new QBarSet(bandNames.value(0));
    high->setColor(promoterColour);
    middle->setColor(passiveColour);
    low->setColor(detractorColour);
    QStringList names;
    // Horizontal bars, so stage names have room in a dock; they list bottom-up, so the
    // journey's first stage goes in last to stand on top.
    for (auto stage = stages.rbegin(); stage != stages.rend(); ++stage) {
        *low << stage->low;
        *middle << stage->middle;
        *high << stage->high;
        names << QStringLiteral("%1 (n %2)").arg(stage->stage).arg(stage->n);
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append(low);
    series->append(middle);
    series->append(high);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTickCount(5);
    axisX->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}

QChart *stageValueChart(const std::vector<StageMix> &stages, const ValueScale &scale, const QString &title)
{
    QChart *chart = newChart(title);
    auto *values = new QBarSet(scale.name());
    values->setColor(seriesColours[0]);
    values->setSelectedColor(QColor(0xbd, 0xbd, 0xbd)); // small samples are "selected" to wear grey
    QStringList names;
    const int decimals = scale.high - scale.low <= 10 ? 1 : 0;
    // Bottom-up, as in bandMixChart: the journey's first stage on top.
    for (auto stage = stages.rbegin(); stage != stages.rend(); ++stage) {
        *values << (stage->hasValue ? std::round(stage->value * std::pow(10, decimals)) / std::pow(10, decimals) : 0.0);
        names << QStringLiteral("%1 (n %2)").arg(stage->stage).arg(stage->n);
    }
    for (int i = 0; i < int(stages.size()); ++i)
        if (stages[stages.size() - 1 - std::size_t(i)].smallSample)
            values->selectBar(i);
    auto *series = new QHorizontalBarSeries;
    series->append(values);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideBase);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    auto *axisX = new QValueAxis;
    axisX->setRange(scale.low, scale.high);
    axisX->setTickCount(scale.tickCount());
    axisX->setLabelFormat(scale.axisLabelFormat());
    axisX->setTitleText(NpsChartsText::tr("%1 with its 95 % interval").arg(scale.name()));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    // The intervals: a whisker across each bar's end.
    for (int i = 0; i < int(stages.size()); ++i) {
        const StageMix &stage = stages[stages.size() - 1 - std::size_t(i)];
        if (!stage.hasValue)
            continue;
        auto *whisker = new QLineSeries;
        whisker->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
        whisker->append(std::max(scale.low, stage.low95), double(i));
        whisker->append(std::min(scale.high, stage.high95), double(i));
        chart->addSeries(whisker);
        whisker->attachAxis(axisX);
        whisker->attachAxis(axisY);
        chart->legend()->markers(whisker).constFirst()->setVisible(false);
    }
    chart->legend()->setVisible(false);
    return chart;
}

QChart *clvByCategoryChart(const std::vector<ClvBar> &bars, const QString &currency)
{
    QChart *chart = newChart(NpsChartsText::tr("Mean customer lifetime value by NPS category (%1)").arg(currency));
    auto *set = new QBarSet(NpsChartsText::tr("Mean CLV"));
    set->setColor(QColor(0x7b, 0x2c, 0x8f));
    QStringList names;
    double highest = 0;
    for (const ClvBar &bar : bars) {
        *set << std::round(bar.mean); // whole units on the bars; the table has cents
        names << bar.category;
        highest = std::max(highest, bar.mean);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(std::max(1, int(std::floor(std::log10(std::max(1.0, highest)))) + 1)); // whole units
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(names);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axisX->setLabelsFont(small);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, highest > 0 ? highest * 1.15 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace waymark
