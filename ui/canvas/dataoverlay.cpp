#include "dataoverlay.h"

#include "canvaslayout.h"
#include "carditem.h"
#include "charts/chartdata.h"
#include "clv/journeyclv.h"
#include "data/clvstatistics.h"
#include "data/metrics/metric.h"
#include "data/npsstatistics.h"
#include "data/statisticscache.h"
#include "headeritems.h"
#include "journeyscene.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {
constexpr int roleKey = 0;
enum BadgeRole { NpsRole = 1, ClvRole = 2, ComplaintRole = 3 };

void clearBadges(QGraphicsItem *item)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->data(roleKey).isValid())
            delete child;
    }
}

NpsBadgeItem *badge(QGraphicsItem *parent, BadgeRole role)
{
    auto *item = new NpsBadgeItem(parent);
    item->setData(roleKey, int(role));
    return item;
}
} // namespace

QString compactAmount(double value)
{
    const QLocale locale;
    const double size = std::abs(value);
    if (size >= 999'500)
        return locale.toString(value / 1e6, 'f', size >= 9'950'000 ? 0 : 1) + QCoreApplication::translate("DataOverlay", "M", "millions");
    if (size >= 9'995)
        return locale.toString(value / 1e3, 'f', 0) + QCoreApplication::translate("DataOverlay", "k", "thousands");
    return locale.toString(value, 'f', 0);
}

DataOverlay dataOverlay(const Journey &journey, bool showNps, bool showClvAtRisk)
{
    StatisticsCache cache;
    return dataOverlay(journey, cache, QStringLiteral("nps"), showNps, showClvAtRisk);
}

DataOverlay dataOverlay(const Journey &journey, StatisticsCache &cache, const QString &metricKey, bool showBadges, bool showClvAtRisk)
{
    DataOverlay overlay;
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    // Modelled from purchases, else imported. The window's cache fits the model and joins
    // behind it: placeholders meanwhile, and the window asks again when they are in.
    const clv::LifetimeValuesNow clv = showClvAtRisk && nps ? clv::lifetimeValuesIfReady(journey, cache) : clv::LifetimeValuesNow();
    std::shared_ptr<const ClvJoin> join;
    if (clv.values && !(*nps)->rowsPending()) {
        const DatasetRef &values = *clv.values;
        join = cache.clvJoinIfReady(*nps, values, values->currency.isEmpty() ? journey.currency : values->currency);
        if (!join)
            overlay.clvAnswersBeingMatched = qint64((*nps)->rows());
    } else if (clv.values) {
        overlay.clvAnswersBeingRead = qint64((*nps)->rows());
    } else {
        overlay.clvCustomersBeingFitted = clv.customersBeingFitted;
    }
    if (join) {
        QHash<QString, QString> byKey;
        for (const ClvAtRisk &risk : join->atRisk)
            byKey.insert(risk.touchpoint, risk.amounts.front().currency + QChar(0x00A0) + compactAmount(risk.amounts.front().total)
                                              + (risk.amounts.size() > 1 ? QStringLiteral(" +") : QString()));
        for (const Touchpoint &card : journey.touchpoints)
            if (!card.dataKey.isEmpty() && byKey.contains(card.dataKey))
                overlay.clvAtRisk.insert(card.id, byKey.value(card.dataKey));
    } else if (overlay.clvAnswersBeingRead > 0 || overlay.clvAnswersBeingMatched > 0 || overlay.clvCustomersBeingFitted > 0) {
        // Which cards will have an amount is known from the summary: those with detractors.
        QSet<QString> withDetractors;
        for (const MetricGroup &group : *cache.groups(*nps, {Dimension::Touchpoint}, &journey))
            if (!group.key.isEmpty() && group.tally.bandN > 0 && group.summary.bandShares[std::size_t(Band::Low)] > 0)
                withDetractors.insert(group.key.front().second);
        for (const Touchpoint &card : journey.touchpoints)
            if (!card.dataKey.isEmpty() && withDetractors.contains(card.dataKey))
                overlay.clvReading.insert(card.id);
    }
    const DatasetRef *answers = journey.newestDataset(metricKey);
    const Metric *metric = metricByKey(metricKey);
    if (!showBadges || !answers || !metric)
        return overlay;

    // Open scales (any numeric measure) colour from the lowest to the highest group shown.
    double lowest = metric->lowestValue(), highest = metric->highestValue();
    const auto scaleFrom = [&](const std::vector<MetricGroup> &groups) {
        if (!std::isnan(metric->lowestValue()))
            return;
        for (const MetricGroup &group : groups) {
            if (!group.summary.hasValue)
                continue;
            lowest = std::isnan(lowest) ? group.summary.value : std::min(lowest, group.summary.value);
            highest = std::isnan(highest) ? group.summary.value : std::max(highest, group.summary.value);
        }
    };
    const auto badgeOf = [&](const MetricSummary &s) {
        const double span = highest - lowest;
        const double position = span > 0 ? (s.value - lowest) / span : 0.5;
        return NpsBadge{s.value, (s.high95 - s.low95) / 2, qint64(std::llround(s.n)), s.smallSample, metricKey, position};
    };
    const auto byLabel = [&](const std::vector<MetricGroup> &groups) {
        QHash<QString, NpsBadge> badges;
        for (const MetricGroup &group : groups)
            if (group.summary.hasValue)
                badges.insert(group.key[0].second, badgeOf(group.summary));
        return badges;
    };
    if (metric->aboutEmployees()) {
        const auto groups = cache.groups(*answers, {Dimension::Department}, &journey);
        scaleFrom(*groups);
        const QHash<QString, NpsBadge> byDepartment = byLabel(*groups);
        for (const Touchpoint &card : journey.touchpoints)
            if (const Department *department = journey.department(card.departmentId); department && byDepartment.contains(department->name))
                overlay.cards.insert(card.id, byDepartment.value(department->name));
        return overlay;
    }
    const auto cardGroups = cache.groups(*answers, {Dimension::Touchpoint}, &journey);
    const auto stageGroups = cache.groups(*answers, {Dimension::Stage}, &journey);
    scaleFrom(*cardGroups);
    scaleFrom(*stageGroups);
    const QHash<QString, NpsBadge> byKey = byLabel(*cardGroups);
    for (const Touchpoint &card : journey.touchpoints)
        if (!card.dataKey.isEmpty() && byKey.contains(card.dataKey))
            overlay.cards.insert(card.id, byKey.value(card.dataKey));
    const QHash<QString, NpsBadge> byStage = byLabel(*stageGroups);
    for (const Stage &stage : journey.stages)
        if (byStage.contains(stage.name))
            overlay.stages.insert(stage.id, byStage.value(stage.name));
    return overlay;
}

QString clvAtRiskText(const QString &amount)
{
    return QCoreApplication::translate("DataOverlay", "%1 at risk").arg(amount);
}

QColor clvAtRiskColour()
{
    return {0x7b, 0x2c, 0x8f};
}

QString clvReadingText()
{
    //: The CLV-at-risk pill on a card while the survey answers are still being read.
    return QCoreApplication::translate("DataOverlay", "CLV …");
}

QColor clvReadingColour()
{
    return {0xa8, 0x8c, 0xb3}; // the CLV pill's purple, paled: not a figure yet
}

QString clvReadingExplanation(qint64 answers)
{
    return QCoreApplication::translate("DataOverlay", "CLV at risk: reading the %L1 survey answers… The amounts appear here by "
                                                      "themselves when they are read.")
        .arg(answers);
}

QString clvWaitingExplanation(const DataOverlay &overlay)
{
    if (overlay.clvCustomersBeingFitted > 0)
        return QCoreApplication::translate("DataOverlay", "CLV at risk: fitting the lifetime-value model to %L1 customers… The amounts "
                                                          "appear here by themselves when it is done.")
            .arg(overlay.clvCustomersBeingFitted);
    if (overlay.clvAnswersBeingMatched > 0)
        return QCoreApplication::translate("DataOverlay", "CLV at risk: matching %L1 survey answers to customers… The amounts appear "
                                                          "here by themselves when they are matched.")
            .arg(overlay.clvAnswersBeingMatched);
    return clvReadingExplanation(overlay.clvAnswersBeingRead);
}

int cardDataRows(const DataOverlay &overlay)
{
    const bool figures = !overlay.cards.isEmpty() || !overlay.clvAtRisk.isEmpty() || !overlay.clvReading.isEmpty();
    return (figures ? 1 : 0) + (overlay.complaints.isEmpty() ? 0 : 1);
}

bool stageDataRow(const DataOverlay &overlay)
{
    return !overlay.stages.isEmpty();
}

CanvasMetrics canvasMetricsFor(const DataOverlay &overlay)
{
    CanvasMetrics metrics;
    metrics.cardHeight += cardDataRows(overlay) * metrics.dataRowHeight;
    if (stageDataRow(overlay))
        metrics.headerRowHeight += metrics.dataRowHeight;
    return metrics;
}

void addEvidence(DataOverlay &overlay, const Journey &journey, StatisticsCache &cache)
{
    overlay.evidence = journeyEvidence(journey, cache).cards;
}

void applyDataOverlay(JourneyScene &scene, const DataOverlay &overlay)
{
    JourneyDocument *document = scene.document();
    if (!document)
        return;
    const Journey &journey = document->journey();
    constexpr qreal gap = 4;
    for (const Touchpoint &card : journey.touchpoints) {
        CardItem *item = scene.cardItem(card.id);
        if (!item)
            continue;
        clearBadges(item);
        if (const auto it = overlay.evidence.constFind(card.id); it != overlay.evidence.constEnd())
            item->setEvidence(it->level, describeEvidence(*it));
        else
            item->setEvidence(std::nullopt);
        // The figure on the left of the first row, the money on its right; the complaint in a
        // row of its own (a customer's phrase can be long).
        const QRectF figures = item->dataRowRect(0);
        NpsBadgeItem *figure = nullptr;
        if (const auto it = overlay.cards.constFind(card.id); it != overlay.cards.constEnd()) {
            figure = badge(item, NpsRole);
            figure->setNps(*it);
        }
        NpsBadgeItem *money = nullptr;
        if (const auto it = overlay.clvAtRisk.constFind(card.id); it != overlay.clvAtRisk.constEnd()) {
            money = badge(item, ClvRole);
            // The amount alone: "at risk" beside every figure would not leave the NPS room; the
            // legend and the tooltip say what the purple pill is.
            money->setText(*it, clvAtRiskColour());
            money->setToolTip(QCoreApplication::translate("DataOverlay", "%1: the lifetime value of the customers who were detractors here")
                                  .arg(clvAtRiskText(*it)));
        } else if (overlay.clvReading.contains(card.id)) {
            money = badge(item, ClvRole);
            money->setText(clvReadingText(), clvReadingColour());
            money->setToolTip(clvWaitingExplanation(overlay));
        }
        qreal left = figures.left();
        if (figure) {
            // The amount is what the CLV layer is for, and short: the figure gives way first
            // (shortened in its middle, its whole text in the tooltip), down to half the row.
            const qreal moneyWidth = money ? money->boundingRect().width() + gap : 0;
            figure->fitWidth(std::max(figures.width() - moneyWidth, figures.width() / 2));
            figure->placeAt(figures.left() + figure->boundingRect().width(), figures.center().y());
            left += figure->boundingRect().width() + gap;
        }
        if (money) {
            money->fitWidth(figures.right() - left);
            money->placeAt(figures.right(), figures.center().y());
        }
        if (const auto it = overlay.complaints.constFind(card.id); it != overlay.complaints.constEnd()) {
            const QRectF row = item->dataRowRect(cardDataRows(overlay) - 1);
            NpsBadgeItem *complaint = badge(item, ComplaintRole);
            complaint->setText(QCoreApplication::translate("DataOverlay", "“%1”").arg(*it), QColor(0x8e, 0x2b, 0x2b));
            complaint->setToolTip(QCoreApplication::translate("DataOverlay", "What this card's detractors write about most distinctly"));
            complaint->fitWidth(row.width());
            complaint->placeAt(row.left() + complaint->boundingRect().width(), row.center().y());
        }
    }
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        HeaderItem *header = scene.stageHeader(int(s));
        if (!header)
            continue;
        clearBadges(header);
        if (const auto it = overlay.stages.constFind(journey.stages[s].id); it != overlay.stages.constEnd()) {
            const QRectF strip = header->badgeStripRect();
            NpsBadgeItem *nps = badge(header, NpsRole);
            nps->setNps(*it);
            nps->fitWidth(strip.width());
            nps->placeAt(strip.center().x() + nps->boundingRect().width() / 2, strip.center().y());
        }
    }
}

} // namespace waymark
