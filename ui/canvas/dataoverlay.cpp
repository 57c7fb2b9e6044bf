#include "dataoverlay.h"

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
    const std::optional<DatasetRef> clv = clv::lifetimeValues(journey, cache); // modelled from purchases, else imported
    if (nps && clv && showClvAtRisk) {
        const auto join = cache.clvJoin(*nps, *clv, (*clv)->currency.isEmpty() ? journey.currency : (*clv)->currency);
        QHash<QString, QString> byKey;
        for (const ClvAtRisk &risk : join->atRisk)
            byKey.insert(risk.touchpoint, risk.amounts.front().currency + QChar(0x00A0) + compactAmount(risk.amounts.front().total)
                                              + (risk.amounts.size() > 1 ? QStringLiteral(" +") : QString()));
        for (const Touchpoint &card : journey.touchpoints)
            if (!card.dataKey.isEmpty() && byKey.contains(card.dataKey))
                overlay.clvAtRisk.insert(card.id, byKey.value(card.dataKey));
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

void applyDataOverlay(JourneyScene &scene, const DataOverlay &overlay)
{
    JourneyDocument *document = scene.document();
    if (!document)
        return;
    const Journey &journey = document->journey();
    for (const Touchpoint &card : journey.touchpoints) {
        CardItem *item = scene.cardItem(card.id);
        if (!item)
            continue;
        clearBadges(item);
        const QRectF rect = item->boundingRect().adjusted(2, 2, -2, -2);
        if (const auto it = overlay.cards.constFind(card.id); it != overlay.cards.constEnd()) {
            NpsBadgeItem *nps = badge(item, NpsRole);
            nps->setNps(*it);
            nps->placeAt(rect.right() - 42, rect.top()); // straddles the top edge, clear of the marks
        }
        if (const auto it = overlay.clvAtRisk.constFind(card.id); it != overlay.clvAtRisk.constEnd()) {
            NpsBadgeItem *clv = badge(item, ClvRole);
            clv->setText(clvAtRiskText(*it), clvAtRiskColour());
            clv->setToolTip(QCoreApplication::translate("DataOverlay", "Lifetime value of the customers who were detractors here"));
            clv->placeAt(rect.right() - 4, rect.bottom()); // straddles the bottom edge
        }
        if (const auto it = overlay.complaints.constFind(card.id); it != overlay.complaints.constEnd()) {
            NpsBadgeItem *complaint = badge(item, ComplaintRole);
            complaint->setText(QCoreApplication::translate("DataOverlay", "“%1”").arg(*it), QColor(0x8e, 0x2b, 0x2b));
            complaint->setToolTip(QCoreApplication::translate("DataOverlay", "What this card's detractors write about most distinctly"));
            complaint->placeAt(rect.left() + 4 + complaint->boundingRect().width(), rect.bottom()); // bottom-left, clear of the CLV pill
        }
    }
    for (std::size_t s = 0; s < journey.stages.size(); ++s) {
        HeaderItem *header = scene.stageHeader(int(s));
        if (!header)
            continue;
        clearBadges(header);
        if (const auto it = overlay.stages.constFind(journey.stages[s].id); it != overlay.stages.constEnd()) {
            NpsBadgeItem *nps = badge(header, NpsRole);
            nps->setNps(*it);
            nps->placeAt(header->rect().right() - 4, header->rect().bottom() - 9);
        }
    }
}

} // namespace waymark
