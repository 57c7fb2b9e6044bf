#include "summarypages.h"

#include "charts/chartdata.h"
#include "charts/npscharts.h"
#include "data/metrictargets.h"
#include "data/statisticscache.h"
#include "evidence/cardevidence.h"
#include "business/techgap.h"
#include "effortscore.h"
#include "efforttotals.h"
#include "workshop/voting.h"
#include "journey.h"
#include "print/exportoptions.h"
#include "print/printtext.h"
#include "print/wrappingtable.h"
#include "print/printpagestext.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>

#include <cmath>
#include <memory>

namespace waymark::SummaryPages {

namespace {


using namespace PrintText;

void placeholder(QPainter &painter, const QRectF &area, const QString &text)
{
    painter.setPen(QPen(rule, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(4, 4, -4, -4));
    painter.setFont(font(9));
    painter.setPen(quiet);
    painter.drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
}

// A key figure: a small caption, a big number, lines of detail (wrapped, never cut).
struct Tile {
    QString caption;
    QString figure;
    QStringList detail;
    QColor figureColour = ink;
};

constexpr double tilePadX = 14, tilePadTop = 10, tilePadBottom = 10, captionHeight = 16, figureHeight = 40;

double detailHeight(const Tile &t, double width, QPaintDevice *device)
{
    const QFontMetricsF small(font(8), device);
    double height = 0;
    for (const QString &line : t.detail)
        height += small.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, line).height();
    return height;
}

// The height a row of tiles this wide needs so every line of every tile shows.
double tileHeight(const std::vector<Tile> &tiles, double width, QPaintDevice *device)
{
    double detail = 0;
    for (const Tile &t : tiles)
        detail = std::max(detail, detailHeight(t, width - 2 * tilePadX, device));
    return tilePadTop + captionHeight + figureHeight + detail + tilePadBottom + 6;
}

void paintTile(QPainter &painter, const QRectF &area, const Tile &t)
{
    painter.setPen(QPen(rule, 1));
    painter.setBrush(QColor(0xf7, 0xf8, 0xfa));
    painter.drawRoundedRect(area.adjusted(3, 3, -3, -3), 6, 6);
    const QRectF inner = area.adjusted(tilePadX, tilePadTop, -tilePadX, -tilePadBottom);
    painter.setFont(font(8));
    painter.setPen(quiet);
    const QFontMetricsF small(painter.font(), painter.device());
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     small.elidedText(t.caption, Qt::ElideRight, inner.width()));
    // The figure shrinks to fit a narrow tile rather than lose its end.
    QFont big = font(22, true);
    const double natural = QFontMetricsF(big, painter.device()).horizontalAdvance(t.figure);
    if (natural > inner.width())
        big.setPointSizeF(std::max(9.0, 22 * inner.width() / natural));
    painter.setFont(big);
    painter.setPen(t.figureColour);
    painter.drawText(QRectF(inner.left(), inner.top() + captionHeight, inner.width(), figureHeight), Qt::AlignLeft | Qt::AlignVCenter, t.figure);
    painter.setFont(font(8));
    painter.setPen(quiet);
    double y = inner.top() + captionHeight + figureHeight;
    for (const QString &line : t.detail) {
        const QRectF box = small.boundingRect(QRectF(inner.left(), y, inner.width(), 1e6), Qt::TextWordWrap, line);
        painter.drawText(QRectF(inner.left(), y, inner.width(), box.height()), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line);
        y += box.height();
    }
}

// Type grows with the page: an A1 poster's tables are read from further away than A4's.
double typeScale = 1.0;

// A titled table: numbers as wide as they need (never cut), text columns share the rest by
// `weights` and wrap (wrappingtable.h). Returns the height used.
double table(QPainter &painter, const QRectF &area, const QString &title, const QStringList &headers, const QList<QStringList> &rows,
             const QList<double> &weights, const QList<bool> &numeric)
{
    double y = area.top();
    painter.setFont(font(10 * typeScale, true));
    painter.setPen(ink);
    painter.drawText(QRectF(area.left(), y, area.width(), 20 * typeScale), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += 24 * typeScale;
    if (rows.isEmpty()) {
        painter.setFont(font(8));
        painter.setPen(quiet);
        painter.drawText(QRectF(area.left() + 3, y, area.width(), 17 * typeScale), Qt::AlignLeft | Qt::AlignVCenter, PrintPagesText::tr("Nothing to show."));
        return y + 17 * typeScale - area.top();
    }
    WrappingTable wrapping;
    wrapping.headers = headers;
    wrapping.rows = rows;
    wrapping.numeric = numeric;
    wrapping.textWeights = weights;
    wrapping.points = 8 * typeScale;
    y += wrapping.paint(painter, QRectF(area.left(), y, area.width(), area.bottom() - y));
    return y - area.top();
}

QString signedNumber(double value, int decimals = 0)
{
    const double unit = std::pow(10.0, -decimals) / 2;
    const QString text = QLocale().toString(std::abs(value), 'f', decimals);
    return value >= unit ? QStringLiteral("+") + text : value <= -unit ? QStringLiteral("−") + text : QLocale().toString(0.0, 'f', decimals);
}

// A KPI's tile: the journey's figure with its interval and n, and its gap to the benchmark.
Tile kpiTile(StatisticsCache &cache, const Journey &journey, const QString &key)
{
    const Metric *metric = metricByKey(key);
    const QLocale locale;
    const auto figure = journeyFigure(cache, journey, key);
    Tile t{PrintPagesText::tr("Journey %1 (95 % interval)").arg(metric->name()), QStringLiteral("—"), {}};
    if (!figure) {
        t.detail << PrintPagesText::tr("No %1 answers to count.").arg(metric->name());
        return t;
    }
    const MetricSummary &s = *figure;
    const double low = metric->lowestValue(), high = metric->highestValue();
    const int decimals = !std::isnan(low) && high - low <= 10 ? 2 : 1; // the margin's
    // Gaps and interval ends as precise as the figure itself ("+12", "84 %", "85.1").
    const QString third = metric->formatValue(1.0 / 3.0);
    const qsizetype point = third.indexOf(QLocale().decimalPoint());
    int whole = 0;
    if (point >= 0)
        while (point + 1 + whole < third.size() && third.at(point + 1 + whole).isDigit())
            ++whole;
    const bool symmetric = std::abs((s.value - s.low95) - (s.high95 - s.value)) < 1e-6;
    const QString n = locale.toString(qint64(std::llround(s.n)));
    if (symmetric) {
        t.figure = PrintPagesText::tr("%1 ± %2").arg(metric->formatValue(s.value), locale.toString((s.high95 - s.low95) / 2, 'f', decimals));
        t.detail << PrintPagesText::tr("%1 answers").arg(n);
    } else {
        t.figure = metric->formatValue(s.value);
        t.detail << PrintPagesText::tr("95 % interval %1 to %2; %3 answers")
                        .arg(metric->formatValue(s.low95), metric->formatValue(s.high95), n);
    }
    if (s.smallSample)
        t.detail << PrintPagesText::tr("Small sample: fewer than %1 answers").arg(metric->trustedSample());
    else if (metric->hasBands() && s.bandShares[0] + s.bandShares[2] > 0)
        t.detail << PrintPagesText::tr("%1: %2 % · %3: %4 %")
                        .arg(metric->bandNames().value(2), locale.toString(100 * s.bandShares[2], 'f', 0), metric->bandNames().value(0),
                             locale.toString(100 * s.bandShares[0], 'f', 0));
    const MetricTargets targets = MetricTargets::fromSettings(journey.settings, key);
    if (targets.benchmark) {
        t.detail << PrintPagesText::tr("%1 against %2 (%3)")
                        .arg(signedNumber(s.value - *targets.benchmark, whole),
                             targets.benchmarkName.isEmpty() ? PrintPagesText::tr("the benchmark") : targets.benchmarkName,
                             metric->formatValue(*targets.benchmark));
        t.figureColour = s.value < *targets.benchmark ? QColor(0xb7, 0x28, 0x25) : QColor(0x1f, 0x7a, 0x35);
    } else {
        t.detail << PrintPagesText::tr("No benchmark set (Data dock → Goals…)");
        if (low < 0 && high > 0) // NPS: the sign says it
            t.figureColour = s.value < 0 ? QColor(0xb7, 0x28, 0x25) : QColor(0x1f, 0x7a, 0x35);
    }
    if (s.smallSample)
        t.figureColour = quiet;
    return t;
}

} // namespace

void paintFigures(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    StatisticsCache cache; // the KPIs' figures and charts; `data` brings NPS's and the CLV

    // The tiles: one per key figure the journey chose, then CLV and the effort.
    const QStringList kpis = summaryKpis(journey);
    std::vector<Tile> tiles;
    for (const QString &key : kpis)
        tiles.push_back(kpiTile(cache, journey, key));
    if (kpis.isEmpty())
        tiles.push_back({PrintPagesText::tr("Journey NPS"), QStringLiteral("—"), {PrintPagesText::tr("No survey answers imported yet.")}});
    if (data.hasClv && data.clv.size() == 3)
        tiles.push_back({PrintPagesText::tr("Mean CLV: promoter vs detractor"),
                         PrintPagesText::tr("%1 vs %2").arg(locale.toString(data.clv[0].mean, 'f', 0), locale.toString(data.clv[2].mean, 'f', 0)),
                         {PrintPagesText::tr("%1; %2 customers with an answer and a CLV").arg(data.clvCurrency, locale.toString(data.clvJoined))}});
    else
        tiles.push_back({PrintPagesText::tr("Customer lifetime value"), QStringLiteral("—"), {PrintPagesText::tr("No CLV data imported yet.")}});
    const EffortTotals totals = EffortCalculator::forJourney(journey);
    tiles.push_back({PrintPagesText::tr("The customer's effort, end to end"), formatMinutes(totals.minutes),
                     {PrintPagesText::tr("%1; mean negative emotion %2/10 over %3 touchpoints")
                          .arg(totals.hundredthsByCurrency.empty() ? PrintPagesText::tr("no fees") : formatMoneyTotals(totals.hundredthsByCurrency),
                               locale.toString(totals.meanEmotion(), 'f', 1))
                          .arg(totals.cards)}});
    // What the pain points rest on: a board trusts a measured pain more than a guessed one.
    const JourneyEvidence evidence = journeyEvidence(journey, cache);
    if (const int painPoints = evidence.painPointCount(); painPoints > 0) {
        QStringList rest;
        for (const Evidence level : {Evidence::Research, Evidence::Workshop, Evidence::Assumption, Evidence::Unstated})
            if (const int n = evidence.painPoints[std::size_t(level)]; n > 0)
                rest << PrintPagesText::tr("%1 %2").arg(locale.toString(n), displayName(level).toLower());
        const int measured = evidence.painPoints[std::size_t(Evidence::Measured)];
        QStringList detail{PrintPagesText::tr("%1 of %2 pain points rest on measured data (%3 answers or more)")
                               .arg(locale.toString(measured), locale.toString(painPoints))
                               .arg(measuredEvidenceAnswers)};
        if (!rest.isEmpty())
            detail << PrintPagesText::tr("The rest: %1").arg(rest.join(QStringLiteral(", ")));
        tiles.push_back({PrintPagesText::tr("Pain points on measured data"), PrintPagesText::tr("%1 %").arg(evidence.measuredPainPointPercent()), detail});
    }
    // As many tiles in a row as fit at 180 units each; rows balanced.
    const int count = int(tiles.size());
    const int fit = std::max(1, int(area.width() / 180));
    const int tileRows = (count + fit - 1) / fit;
    const int columns = (count + tileRows - 1) / tileRows;
    const double tileWidth = area.width() / columns;
    const double rowHeight = tileHeight(tiles, tileWidth, painter.device());
    for (int i = 0; i < count; ++i)
        paintTile(painter, QRectF(area.left() + (i % columns) * tileWidth, area.top() + (i / columns) * rowHeight, tileWidth, rowHeight), tiles[std::size_t(i)]);

    // Charts: the first KPI's trend and stages; below, CLV by category and what is at risk.
    const ChartData first = kpis.isEmpty() || kpis.front() == data.metricKey ? data : chartData(cache, journey, kpis.front());
    const QString firstName = first.scale.name();
    const double top = area.top() + tileRows * rowHeight + 8;
    const double chartsHeight = (area.bottom() - top) * (data.hasClv ? 0.56 : 1.0);
    const QRectF trendArea(area.left(), top, area.width() * 0.56, chartsHeight);
    const QRectF mixArea(trendArea.right(), top, area.width() - trendArea.width(), chartsHeight);
    if (first.trend.empty())
        placeholder(painter, trendArea, PrintPagesText::tr("The %1 trend by quarter appears here once answers with dates are imported.").arg(firstName));
    else
        paintChart(painter, trendChart(first.scale, first.trend, first.goals, first.benchmark, first.benchmarkName), trendArea);
    if (first.stages.empty())
        placeholder(painter, mixArea, PrintPagesText::tr("%1 per stage appears here with survey data.").arg(firstName));
    else
        paintChart(painter, stagesChart(first), mixArea);
    if (data.hasClv) {
        const QRectF clvArea(area.left(), trendArea.bottom() + 6, area.width() * 0.40, area.bottom() - trendArea.bottom() - 6);
        paintChart(painter, clvByCategoryChart(data.clv, data.clvCurrency), clvArea);
        QList<QStringList> rows;
        for (std::size_t i = 0; i < std::min<std::size_t>(5, data.atRisk.size()); ++i) {
            const ClvAtRisk &risk = data.atRisk[i];
            rows << QStringList{data.cardTitles.value(risk.touchpoint, risk.touchpoint), locale.toString(risk.detractors),
                                formatAmounts(risk.amounts)};
        }
        table(painter, QRectF(clvArea.right() + 16, clvArea.top() + 8, area.right() - clvArea.right() - 16, clvArea.height() - 8),
              PrintPagesText::tr("Most customer lifetime value at risk"), {PrintPagesText::tr("Touchpoint"), PrintPagesText::tr("Detractors"), PrintPagesText::tr("CLV at risk")}, rows, {5, 1.3, 2},
              {false, true, true});
    }
    painter.restore();
}

void paintTables(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data)
{
    Q_UNUSED(data);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    typeScale = std::clamp(area.width() / 1000.0, 1.0, 1.6);
    const EffortWeights weights = EffortWeights::fromSettings(journey.settings);
    const double gap = 18;
    const double columnWidth = (area.width() - 2 * gap) / 3;
    double tallest = 0;
    int column = 0;
    for (EffortDimension dimension : {EffortDimension::Time, EffortDimension::Money, EffortDimension::Emotion}) {
        QList<QStringList> rows;
        const auto ranked = rankTouchpoints(journey, dimension, weights);
        for (std::size_t i = 0; i < std::min<std::size_t>(5, ranked.size()); ++i) {
            const Touchpoint *card = journey.touchpoint(ranked[i].id);
            const Stage *stage = card ? journey.stage(card->stageId) : nullptr;
            rows << QStringList{QString::number(i + 1), card ? card->title : QString(), stage ? stage->name : QString(),
                                formatEffortScore(ranked[i].score, dimension, journey.currency)};
        }
        const QRectF box(area.left() + column * (columnWidth + gap), area.top(), columnWidth, area.height() / 2);
        tallest = std::max(tallest, table(painter, box, PrintPagesText::tr("Top 5 hotspots: %1").arg(effortDimensionName(dimension)),
                                          {PrintPagesText::tr("#"), PrintPagesText::tr("Touchpoint"), PrintPagesText::tr("Stage"), effortDimensionName(dimension)}, rows, {0.5, 6, 2.2, 1.6},
                                          {true, false, false, true}));
        ++column;
    }

    const auto perStage = EffortCalculator::perStage(journey);
    QList<QStringList> rows;
    const QLocale locale;
    for (const Stage &stage : journey.stages) {
        const EffortTotals totals = perStage.value(stage.id);
        rows << QStringList{stage.name, locale.toString(totals.cards), formatMinutes(totals.minutes),
                            totals.hundredthsByCurrency.empty() ? QStringLiteral("—") : formatMoneyTotals(totals.hundredthsByCurrency),
                            locale.toString(totals.meanEmotion(), 'f', 1), locale.toString(totals.emotionMax)};
    }
    const EffortTotals all = EffortCalculator::forJourney(journey);
    rows << QStringList{PrintPagesText::tr("Whole journey"), locale.toString(all.cards), formatMinutes(all.minutes),
                        all.hundredthsByCurrency.empty() ? QStringLiteral("—") : formatMoneyTotals(all.hundredthsByCurrency),
                        locale.toString(all.meanEmotion(), 'f', 1), locale.toString(all.emotionMax)};
    const double tableTop = area.top() + tallest + 28;
    const double used = table(painter, QRectF(area.left(), tableTop, area.width(), area.height() - tallest - 28), PrintPagesText::tr("Effort per stage"),
                              {PrintPagesText::tr("Stage"), PrintPagesText::tr("Touchpoints"), PrintPagesText::tr("Time"), PrintPagesText::tr("Money"), PrintPagesText::tr("Mean emotion"), PrintPagesText::tr("Worst emotion")}, rows,
                              {4, 1.2, 1.6, 2.4, 1.4, 1.4}, {false, true, true, true, true, true});

    // Where it hurts, stage by stage: mean and worst negative emotion. Beside it, when the
    // workshop voted, what the room ranked first (the latest closed vote).
    QRectF chartArea(area.left(), tableTop + used + 16, area.width(), area.bottom() - tableTop - used - 16);
    // The systems behind the pain (cards in Systems lanes), before the charts.
    if (const std::vector<TechGap> gaps = techGaps(journey); !gaps.empty() && chartArea.height() > 80) {
        QList<QStringList> gapRows;
        for (const TechGap &system : gaps) {
            QStringList pains, fixes;
            for (const QUuid &id : system.painPoints)
                if (const Touchpoint *card = journey.touchpoint(id))
                    pains << card->title;
            for (const QUuid &id : system.opportunities)
                if (const Opportunity *opportunity = journey.opportunity(id))
                    fixes << opportunity->title;
            gapRows << QStringList{system.system, system.ageYears > 0 ? PrintPagesText::tr("%1 y").arg(locale.toString(system.ageYears, 'f', 0)) : QStringLiteral("—"),
                                   system.limitations, pains.isEmpty() ? QStringLiteral("—") : pains.join(QStringLiteral("; ")),
                                   fixes.isEmpty() ? QStringLiteral("—") : fixes.join(QStringLiteral("; "))};
        }
        const double gapHeight = table(painter, chartArea, PrintPagesText::tr("Technology gap"),
                                       {PrintPagesText::tr("System"), PrintPagesText::tr("Age"), PrintPagesText::tr("What it cannot do"), PrintPagesText::tr("Pain points it causes"),
                                        PrintPagesText::tr("Opportunities replacing it")},
                                       gapRows, {2, 0, 3, 4, 3}, {false, true, false, false, false});
        chartArea.setTop(chartArea.top() + gapHeight + 16);
    }
    const auto closedVote = std::find_if(journey.votes.rbegin(), journey.votes.rend(), [](const VoteRound &round) { return round.closed; });
    if (closedVote != journey.votes.rend() && chartArea.height() > 80) {
        QList<QStringList> voteRows;
        for (const Voting::RankedCard &entry : Voting::ranking(journey, *closedVote)) {
            if (voteRows.size() == 8)
                break;
            const Touchpoint *card = journey.touchpoint(entry.touchpointId);
            const Stage *stage = journey.stage(card->stageId);
            voteRows << QStringList{entry.tied ? QStringLiteral("=%1").arg(entry.rank) : QString::number(entry.rank),
                                    locale.toString(entry.dots), card->title, stage ? stage->name : QString()};
        }
        const QRectF voteArea(chartArea.left(), chartArea.top(), chartArea.width() * 0.42, chartArea.height());
        table(painter, voteArea, PrintPagesText::tr("The workshop's vote: %1").arg(closedVote->title),
              {PrintPagesText::tr("#"), PrintPagesText::tr("Dots"), PrintPagesText::tr("Touchpoint"), PrintPagesText::tr("Stage")}, voteRows, {0.6, 0.8, 5, 2.2},
              {true, true, false, false});
        chartArea.setLeft(voteArea.right() + gap);
    }
    if (chartArea.height() > 160 && !journey.stages.empty()) {
        auto *chart = new QChart;
        chart->setTitle(PrintPagesText::tr("Negative emotion by stage (0 calm – 10 worst)"));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *mean = new QBarSet(PrintPagesText::tr("Mean"));
        auto *worst = new QBarSet(PrintPagesText::tr("Worst"));
        mean->setColor(QColor(0xe0, 0x8a, 0x2a));
        worst->setColor(QColor(0xc0, 0x39, 0x2b));
        QStringList names;
        for (const Stage &stage : journey.stages) {
            const EffortTotals totals = perStage.value(stage.id);
            *mean << totals.meanEmotion();
            *worst << totals.emotionMax;
            names << stage.name;
        }
        auto *series = new QBarSeries;
        series->append(mean);
        series->append(worst);
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(names);
        auto *axisY = new QValueAxis;
        axisY->setRange(0, 10);
        axisY->setTickCount(6);
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
        paintChart(painter, chart, chartArea);
    }
    painter.restore();
}

} // namespace waymark::SummaryPages
