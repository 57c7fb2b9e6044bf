#include "summarypages.h"

#include "charts/chartdata.h"
#include "charts/npscharts.h"
#include "data/npsstatistics.h"
#include "effortscore.h"
#include "efforttotals.h"
#include "workshop/voting.h"
#include "journey.h"

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

#include <memory>

namespace waymark::SummaryPages {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PrintPages)
};

const QColor ink(0x1d, 0x23, 0x2b);
const QColor quiet(0x5f, 0x6b, 0x7a);
const QColor rule(0xd5, 0xda, 0xe1);

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// A chart is a graphics item: put it in a scene of its own size and paint that scene.
void paintChart(QPainter &painter, QChart *chart, const QRectF &area)
{
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns it now
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setGeometry(QRectF(QPointF(0, 0), area.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), area.size()));
    scene.render(&painter, area, scene.sceneRect());
}

void placeholder(QPainter &painter, const QRectF &area, const QString &text)
{
    painter.setPen(QPen(rule, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(4, 4, -4, -4));
    painter.setFont(font(9));
    painter.setPen(quiet);
    painter.drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, text);
}

// A key figure: a small caption, a big number, a line of detail.
void tile(QPainter &painter, const QRectF &area, const QString &caption, const QString &figure, const QString &detail,
          const QColor &figureColour = ink)
{
    painter.setPen(QPen(rule, 1));
    painter.setBrush(QColor(0xf7, 0xf8, 0xfa));
    painter.drawRoundedRect(area.adjusted(3, 3, -3, -3), 6, 6);
    const QRectF inner = area.adjusted(14, 10, -14, -8);
    painter.setFont(font(8));
    painter.setPen(quiet);
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.setFont(font(22, true));
    painter.setPen(figureColour);
    const QFontMetricsF big(painter.font());
    painter.drawText(QRectF(inner.left(), inner.top() + 16, inner.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                     big.elidedText(figure, Qt::ElideRight, inner.width()));
    painter.setFont(font(8));
    painter.setPen(quiet);
    painter.drawText(QRectF(inner.left(), inner.top() + 56, inner.width(), inner.height() - 56), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     detail);
}

// Type grows with the page: an A1 poster's tables are read from further away than A4's.
double typeScale = 1.0;

// A titled table with elided cells; columns sized by `weights`, numbers right-aligned.
// Returns the height used.
double table(QPainter &painter, const QRectF &area, const QString &title, const QStringList &headers, const QList<QStringList> &rows,
             const QList<double> &weights, const QList<bool> &numeric)
{
    double y = area.top();
    const double rowHeight = 17 * typeScale;
    painter.setFont(font(10 * typeScale, true));
    painter.setPen(ink);
    painter.drawText(QRectF(area.left(), y, area.width(), 20 * typeScale), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += 24 * typeScale;
    double total = 0;
    for (double w : weights)
        total += w;
    const auto cells = [&](const QStringList &values, bool header) {
        painter.setFont(font(8 * typeScale, header));
        const QFontMetricsF metrics(painter.font());
        double x = area.left();
        for (int c = 0; c < headers.size(); ++c) {
            const double width = area.width() * weights.value(c) / total;
            const QRectF cell(x + 3, y, width - 6, rowHeight);
            painter.setPen(header ? quiet : ink);
            painter.drawText(cell, (numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                             metrics.elidedText(values.value(c), Qt::ElideRight, cell.width()));
            x += width;
        }
        y += rowHeight;
        painter.setPen(QPen(rule, header ? 1 : 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    };
    cells(headers, true);
    for (const QStringList &row : rows)
        cells(row, false);
    if (rows.isEmpty()) {
        painter.setFont(font(8));
        painter.setPen(quiet);
        painter.drawText(QRectF(area.left() + 3, y, area.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter, Text::tr("Nothing to show."));
        y += rowHeight;
    }
    return y - area.top();
}

QString signedNumber(double value)
{
    const QString text = QLocale().toString(std::abs(value), 'f', 0);
    return value > 0.5 ? QStringLiteral("+") + text : value < -0.5 ? QStringLiteral("−") + text : QStringLiteral("0");
}

} // namespace

void paintFigures(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const double tileHeight = 104;
    const double tileWidth = area.width() / 4;
    const Dataset *nps = newestDataset(journey, DatasetKind::Answers);

    // 1. Journey NPS with its margin.
    if (nps) {
        const std::vector<NpsGroup> all = groupNps(nps->answers, {Dimension::Journey});
        const NpsSummary s = all.empty() ? NpsSummary() : all.front().summary;
        tile(painter, QRectF(area.left(), area.top(), tileWidth, tileHeight), Text::tr("Journey NPS (95 % margin)"),
             Text::tr("%1 ± %2").arg(signedNumber(s.nps), locale.toString(s.moe95, 'f', 1)),
             Text::tr("%1 answers: %2 % promoters, %3 % detractors")
                 .arg(locale.toString(s.n), locale.toString(100 * s.promoterShare, 'f', 0), locale.toString(100 * s.detractorShare, 'f', 0)),
             s.nps < 0 ? QColor(0xb7, 0x28, 0x25) : QColor(0x1f, 0x7a, 0x35));
        // 2. Against the benchmark.
        if (data.benchmark) {
            const double gap = s.nps - *data.benchmark;
            tile(painter, QRectF(area.left() + tileWidth, area.top(), tileWidth, tileHeight), Text::tr("Against the benchmark"),
                 signedNumber(gap),
                 Text::tr("%1: %2").arg(data.benchmarkName.isEmpty() ? Text::tr("Benchmark") : data.benchmarkName, signedNumber(*data.benchmark)));
        } else {
            tile(painter, QRectF(area.left() + tileWidth, area.top(), tileWidth, tileHeight), Text::tr("Against the benchmark"), QStringLiteral("—"),
                 Text::tr("No benchmark set (Data dock → Goals…)"));
        }
    } else {
        tile(painter, QRectF(area.left(), area.top(), 2 * tileWidth, tileHeight), Text::tr("Journey NPS"), QStringLiteral("—"),
             Text::tr("No survey answers imported yet."));
    }
    // 3. What promoters and detractors are worth.
    if (data.hasClv && data.clv.size() == 3) {
        tile(painter, QRectF(area.left() + 2 * tileWidth, area.top(), tileWidth, tileHeight), Text::tr("Mean CLV: promoter vs detractor"),
             Text::tr("%1 vs %2").arg(locale.toString(data.clv[0].mean, 'f', 0), locale.toString(data.clv[2].mean, 'f', 0)),
             Text::tr("%1; %2 customers with an answer and a CLV").arg(data.clvCurrency, locale.toString(data.clvJoined)));
    } else {
        tile(painter, QRectF(area.left() + 2 * tileWidth, area.top(), tileWidth, tileHeight), Text::tr("Customer lifetime value"), QStringLiteral("—"),
             Text::tr("No CLV data imported yet."));
    }
    // 4. The customer's effort in total.
    const EffortTotals totals = EffortCalculator::forJourney(journey);
    tile(painter, QRectF(area.left() + 3 * tileWidth, area.top(), tileWidth, tileHeight), Text::tr("The customer's effort, end to end"),
         formatMinutes(totals.minutes),
         Text::tr("%1; mean negative emotion %2/10 over %3 touchpoints")
             .arg(totals.hundredthsByCurrency.empty() ? Text::tr("no fees") : formatMoneyTotals(totals.hundredthsByCurrency),
                  locale.toString(totals.meanEmotion(), 'f', 1))
             .arg(totals.cards));

    // Charts: trend and stage mix; below, CLV by category and what is at risk.
    const double top = area.top() + tileHeight + 8;
    const double chartsHeight = (area.bottom() - top) * (data.hasClv ? 0.56 : 1.0);
    const QRectF trendArea(area.left(), top, area.width() * 0.56, chartsHeight);
    const QRectF mixArea(trendArea.right(), top, area.width() - trendArea.width(), chartsHeight);
    if (data.trend.empty())
        placeholder(painter, trendArea, Text::tr("The NPS trend by quarter appears here once survey answers with dates are imported."));
    else
        paintChart(painter, npsTrendChart(data.trend, data.goals, data.benchmark, data.benchmarkName), trendArea);
    if (data.stages.empty())
        placeholder(painter, mixArea, Text::tr("Promoters, passives and detractors per stage appear here with survey data."));
    else
        paintChart(painter, stageMixChart(data.stages), mixArea);
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
              Text::tr("Most customer lifetime value at risk"), {Text::tr("Touchpoint"), Text::tr("Detractors"), Text::tr("CLV at risk")}, rows, {5, 1.3, 2},
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
        tallest = std::max(tallest, table(painter, box, Text::tr("Top 5 hotspots: %1").arg(effortDimensionName(dimension)),
                                          {Text::tr("#"), Text::tr("Touchpoint"), Text::tr("Stage"), effortDimensionName(dimension)}, rows, {0.5, 6, 2.2, 1.6},
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
    rows << QStringList{Text::tr("Whole journey"), locale.toString(all.cards), formatMinutes(all.minutes),
                        all.hundredthsByCurrency.empty() ? QStringLiteral("—") : formatMoneyTotals(all.hundredthsByCurrency),
                        locale.toString(all.meanEmotion(), 'f', 1), locale.toString(all.emotionMax)};
    const double tableTop = area.top() + tallest + 28;
    const double used = table(painter, QRectF(area.left(), tableTop, area.width(), area.height() - tallest - 28), Text::tr("Effort per stage"),
                              {Text::tr("Stage"), Text::tr("Touchpoints"), Text::tr("Time"), Text::tr("Money"), Text::tr("Mean emotion"), Text::tr("Worst emotion")}, rows,
                              {4, 1.2, 1.6, 2.4, 1.4, 1.4}, {false, true, true, true, true, true});

    // Where it hurts, stage by stage: mean and worst negative emotion. Beside it, when the
    // workshop voted, what the room ranked first (the latest closed vote).
    QRectF chartArea(area.left(), tableTop + used + 16, area.width(), area.bottom() - tableTop - used - 16);
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
        table(painter, voteArea, Text::tr("The workshop's vote: %1").arg(closedVote->title),
              {Text::tr("#"), Text::tr("Dots"), Text::tr("Touchpoint"), Text::tr("Stage")}, voteRows, {0.6, 0.8, 5, 2.2},
              {true, true, false, false});
        chartArea.setLeft(voteArea.right() + gap);
    }
    if (chartArea.height() > 160 && !journey.stages.empty()) {
        auto *chart = new QChart;
        chart->setTitle(Text::tr("Negative emotion by stage (0 calm – 10 worst)"));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *mean = new QBarSet(Text::tr("Mean"));
        auto *worst = new QBarSet(Text::tr("Worst"));
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
