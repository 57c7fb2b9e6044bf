#include "npscharts.h"

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
#include <QHorizontalPercentBarSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace waymark {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(NpsCharts)
};

const QColor promoterColour(0x2e, 0x9e, 0x44);
const QColor passiveColour(0xc9, 0xc9, 0xc9);
const QColor detractorColour(0xd6, 0x33, 0x2f);
const QColor seriesColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0x17, 0xbe, 0xcf)};

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}
} // namespace

QChart *npsTrendChart(const std::vector<TrendSeries> &series, const std::vector<GoalLine> &goals,
                      std::optional<double> benchmark, const QString &benchmarkName)
{
    QChart *chart = newChart(Text::tr("NPS by quarter"));
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
    QString axisTitle = quarters.empty() || crowded ? Text::tr("Quarter") : Text::tr("Quarter (%1 … %2)").arg(quarters.front(), quarters.back());
    if (crowded && !goals.empty())
        axisTitle += QStringLiteral(" · ") + Text::tr("dashed: goals");
    if (crowded && benchmark)
        axisTitle += QStringLiteral(" · ") + Text::tr("dotted: benchmark");
    axisX->setTitleText(axisTitle);
    auto *axisY = new QValueAxis;
    axisY->setRange(-100, 100);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(Text::tr("NPS"));
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
            line->append(x(p.quarter), p.nps);
            dots->append(x(p.quarter), p.nps);
        }
        // Hovering a point says what it is, with the goal of that quarter when there is one.
        QObject::connect(dots, &QScatterSeries::hovered, dots, [points = series[i].points, name = series[i].name, goals, quarters](const QPointF &at, bool entered) {
            if (!entered) {
                QToolTip::hideText();
                return;
            }
            const std::size_t index = std::size_t(std::lround(at.x()));
            const auto point = std::find_if(points.begin(), points.end(), [&](const TrendPoint &p) { return index < quarters.size() && p.quarter == quarters[index]; });
            if (point == points.end())
                return;
            QString text = Text::tr("%1, %2: NPS %3 ± %4 (n %5)")
                               .arg(name, point->quarter, QLocale().toString(point->nps, 'f', 1), QLocale().toString(point->moe95, 'f', 1))
                               .arg(point->n);
            for (const GoalLine &goal : goals)
                for (const auto &[quarter, value] : goal.points)
                    if (quarter == point->quarter)
                        text += QLatin1Char('\n') + Text::tr("%1: %2 (%3 %4)").arg(goal.name, QLocale().toString(value, 'f', 1),
                                                                        point->nps >= value ? QStringLiteral("+") : QStringLiteral("−"),
                                                                        QLocale().toString(std::abs(point->nps - value), 'f', 1));
            QToolTip::showText(QCursor::pos(), text);
        });
        attach(line);
        attach(dots);
        chart->legend()->markers(dots).constFirst()->setVisible(false);
        // Error bars: a short vertical line from nps − moe to nps + moe per point.
        for (const TrendPoint &p : series[i].points) {
            auto *bar = new QLineSeries;
            bar->setPen(QPen(colour, 1.2));
            bar->append(x(p.quarter) + 0.04 * double(i), std::max(-100.0, p.nps - p.moe95));
            bar->append(x(p.quarter) + 0.04 * double(i), std::min(100.0, p.nps + p.moe95));
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
        line->setName(benchmarkName.isEmpty() ? Text::tr("Benchmark") : benchmarkName);
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
    QChart *chart = newChart(Text::tr("Promoters, passives and detractors by stage"));
    auto *promoters = new QBarSet(Text::tr("Promoters"));
    auto *passives = new QBarSet(Text::tr("Passives"));
    auto *detractors = new QBarSet(Text::tr("Detractors"));
    promoters->setColor(promoterColour);
    passives->setColor(passiveColour);
    detractors->setColor(detractorColour);
    QStringList names;
    // Horizontal bars, so stage names have room in a dock; they list bottom-up, so the
    // journey's first stage goes in last to stand on top.
    for (auto stage = stages.rbegin(); stage != stages.rend(); ++stage) {
        *detractors << stage->detractors;
        *passives << stage->passives;
        *promoters << stage->promoters;
        names << QStringLiteral("%1 (n %2)").arg(stage->stage).arg(stage->n);
    }
    auto *series = new QHorizontalPercentBarSeries;
    series->append(detractors);
    series->append(passives);
    series->append(promoters);
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

QChart *clvByCategoryChart(const std::vector<ClvBar> &bars, const QString &currency)
{
    QChart *chart = newChart(Text::tr("Mean customer lifetime value by NPS category (%1)").arg(currency));
    auto *set = new QBarSet(Text::tr("Mean CLV"));
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
