#include "prioritiespage.h"

#include "business/businesscase.h"
#include "business/findings.h"
#include "business/futurestate.h"
#include "data/statisticscache.h"
#include "efforttotals.h"
#include "journey.h"
#include "printtext.h"
#include "wrappingtable.h"
#include "print/printpagestext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace waymark::PrioritiesPage {

namespace {


using namespace PrintText;

QString range(double low, double high, const QString &currency)
{
    return QStringLiteral("%1 – %2").arg(money(low, currency), QLocale().toString(high, 'f', 0));
}

QString payback(const OpportunityCase &c, int horizonYears)
{
    return c.paybackMonths ? PrintPagesText::tr("month %1").arg(*c.paybackMonths)
                           : PrintPagesText::tr("not within %n year(s)", nullptr, horizonYears);
}

QStringList row(const QString &rank, const OpportunityCase &c, const BusinessCase &b)
{
    return {rank,
            c.title,
            money(c.oneOffCost, b.currency),
            money(c.runningCostPerYear, b.currency),
            range(c.benefitsLow.total(), c.benefitsHigh.total(), b.currency),
            money(c.npv, b.currency),
            range(c.npvLow, c.npvHigh, b.currency),
            payback(c, b.horizonYears)};
}

// Effort per stage in hours, today and after the scenario, side by side.
void paintEffortChart(QPainter &painter, const QRectF &area, const Journey &journey, const BusinessCase &b)
{
    const Scenario *scenario = journey.scenario(b.scenarioId);
    std::vector<QUuid> ids;
    if (scenario)
        ids = scenario->opportunityIds;
    else
        for (const Opportunity &o : journey.opportunities)
            ids.push_back(o.id);
    const FutureState future = applyOpportunities(journey, ids);
    const auto today = EffortCalculator::perStage(journey);
    const auto after = EffortCalculator::perStage(future.journey);
    auto *now = new QBarSet(PrintPagesText::tr("Today"));
    auto *then = new QBarSet(b.scenarioName.isEmpty() ? PrintPagesText::tr("After every opportunity") : PrintPagesText::tr("After “%1”").arg(b.scenarioName));
    now->setColor(QColor(0xd6, 0x33, 0x2f));
    then->setColor(QColor(0x2e, 0x9e, 0x44));
    QStringList stages;
    double highest = 0;
    for (const Stage &stage : journey.stages) {
        stages << stage.name;
        const double before = today.value(stage.id).minutes / 60, later = after.value(stage.id).minutes / 60;
        *now << before;
        *then << later;
        highest = std::max({highest, before, later});
    }
    auto *series = new QBarSeries;
    series->append(now);
    series->append(then);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(PrintPagesText::tr("Customer time per stage (hours per customer)"));
    chart->setTitleFont(font(9, true));
    auto *x = new QBarCategoryAxis;
    x->append(stages);
    x->setLabelsFont(font(7));
    x->setTruncateLabels(false); // a stage's name is never cut; long ones slant instead
    if (stages.join(QString()).size() > 8 * stages.size())
        x->setLabelsAngle(-30);
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setLabelsFont(font(7));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font(8));
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

} // namespace

bool applies(const Journey &journey)
{
    return !journey.opportunities.empty();
}

void paint(QPainter &painter, const QRectF &area, const Journey &journey, const BusinessCase &b)
{
    // Top: the findings beside the effort chart; below, across the page, the ranked table.
    const double gap = 18;
    const QRectF left(area.left(), area.top(), area.width() * 0.58 - gap / 2, area.height());
    const QRectF right(left.right() + gap, area.top(), area.right() - left.right() - gap, area.height());

    double y = left.top();
    y += paragraph(painter, QRectF(left.left(), y, left.width(), 0), PrintPagesText::tr("What we found"), font(13, true), ink) + 6;
    StatisticsCache cache;
    const auto findings = journeyFindings(journey, cache);
    int number = 0;
    for (const Finding &finding : findings) {
        const QString headline = QStringLiteral("%1. %2").arg(++number).arg(finding.headline);
        y += paragraph(painter, QRectF(left.left(), y, left.width(), 0), headline, font(10, true), ink) + 1;
        y += paragraph(painter, QRectF(left.left() + 14, y, left.width() - 14, 0), finding.detail, font(9), quiet) + 6;
    }
    if (findings.empty())
        y += paragraph(painter, QRectF(left.left(), y, left.width(), 0), PrintPagesText::tr("Add effort to the cards or import NPS and CLV data to see findings."),
                       font(9), quiet) + 6;
    const double chartHeight = std::clamp(right.width() * 0.62, 180.0, area.height() * 0.4);
    paintEffortChart(painter, QRectF(right.left(), right.top(), right.width(), chartHeight), journey, b);

    y = std::max(y, area.top() + chartHeight) + 12;
    const QString heading = b.scenarioName.isEmpty() ? PrintPagesText::tr("What to fix first: every opportunity")
                                                     : PrintPagesText::tr("What to fix first: “%1”").arg(b.scenarioName);
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0), heading, font(13, true), ink) + 2;
    y += paragraph(painter, QRectF(area.left(), y, area.width(), 0),
                   PrintPagesText::tr("Ranked by net present value over %n year(s) at a %1 % discount rate; ranges from the confidence of each "
                            "estimate and the 95 % margins of the NPS shares it rests on.", nullptr, b.horizonYears)
                       .arg(QLocale().toString(b.discountRate * 100, 'f', 1)),
                   font(8), quiet) + 6;

    WrappingTable table;
    table.headers = {PrintPagesText::tr("#"), PrintPagesText::tr("Opportunity"), PrintPagesText::tr("One-off cost"), PrintPagesText::tr("Running cost per year"),
                     PrintPagesText::tr("Value per year (low – high)"), PrintPagesText::tr("NPV"), PrintPagesText::tr("NPV (low – high)"), PrintPagesText::tr("Payback")};
    table.numeric = {true, false, true, true, true, true, true, true};
    table.textWeights = {0, 1, 0, 0, 0, 0, 0, 0};
    int rank = 0;
    for (int index : rankOpportunities(b, RankBy::Npv)) {
        table.rows << row(QString::number(++rank), b.opportunities[std::size_t(index)], b);
        table.boldRows << false;
    }
    table.rows << row(QString(), b.total, b);
    table.rows.last()[1] = PrintPagesText::tr("Total");
    table.boldRows << true;
    y += table.paint(painter, QRectF(area.left(), y, area.width(), area.bottom() - y)) + 8;

    if (!b.problems.isEmpty() && y < area.bottom() - 20) {
        const QString notes = PrintPagesText::tr("Left out: %1").arg(b.problems.join(QStringLiteral("; ")));
        paragraph(painter, QRectF(area.left(), y, area.width(), area.bottom() - y), notes, font(7.5), quiet);
    }
}

} // namespace waymark::PrioritiesPage
