#include "portfolio/journeyheadline.h"

#include "clv/journeyclv.h"
#include "data/statisticscache.h"
#include "efforttotals.h"
#include "journey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace waymark {

namespace {

constexpr qsizetype largestHeadline = 64 << 10;
const QString ownerKey = QStringLiteral("journey/owner");

} // namespace

QByteArray JourneyHeadline::toJson() const
{
    QJsonObject o{{QStringLiteral("title"), title},
                  {QStringLiteral("owner"), owner},
                  {QStringLiteral("savedAt"), savedAt.isValid() ? savedAt.toUTC().toString(Qt::ISODate) : QString()},
                  {QStringLiteral("stages"), stages},
                  {QStringLiteral("cards"), cards},
                  {QStringLiteral("effortMinutes"), effortMinutes},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("clvAtRisk"), clvAtRisk},
                  {QStringLiteral("openComments"), openComments},
                  {QStringLiteral("opportunities"), opportunities}};
    if (hasNps)
        o.insert(QStringLiteral("nps"), QJsonObject{{QStringLiteral("value"), nps}, {QStringLiteral("margin"), npsMargin},
                                                    {QStringLiteral("answers"), npsAnswers}});
    QJsonArray statuses;
    for (int count : opportunitiesByStatus)
        statuses.append(count);
    o.insert(QStringLiteral("opportunitiesByStatus"), statuses);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<JourneyHeadline> JourneyHeadline::fromJson(const QByteArray &json)
{
    if (json.size() > largestHeadline)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const auto number = [&](const QJsonObject &from, const char *key, double &out) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return false;
        out = v.toDouble();
        return true;
    };
    const auto count = [&](const QJsonValue &v, int &out) {
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e9)
            return false;
        out = int(v.toDouble());
        return true;
    };
    JourneyHeadline h;
    if (!o.value(QStringLiteral("title")).isString() || !o.value(QStringLiteral("currency")).isString())
        return std::nullopt;
    h.title = o.value(QStringLiteral("title")).toString();
    h.owner = o.value(QStringLiteral("owner")).toString();
    h.currency = o.value(QStringLiteral("currency")).toString();
    h.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
    if (!count(o.value(QStringLiteral("stages")), h.stages) || !count(o.value(QStringLiteral("cards")), h.cards)
        || !number(o, "effortMinutes", h.effortMinutes) || !number(o, "clvAtRisk", h.clvAtRisk)
        || !count(o.value(QStringLiteral("openComments")), h.openComments)
        || !count(o.value(QStringLiteral("opportunities")), h.opportunities))
        return std::nullopt;
    if (o.contains(QStringLiteral("nps"))) {
        const QJsonObject n = o.value(QStringLiteral("nps")).toObject();
        if (!number(n, "value", h.nps) || !number(n, "margin", h.npsMargin) || !number(n, "answers", h.npsAnswers))
            return std::nullopt;
        h.hasNps = true;
    }
    const QJsonArray statuses = o.value(QStringLiteral("opportunitiesByStatus")).toArray();
    for (qsizetype i = 0; i < statuses.size() && i < qsizetype(h.opportunitiesByStatus.size()); ++i)
        if (!count(statuses[i], h.opportunitiesByStatus[std::size_t(i)]))
            return std::nullopt;
    return h;
}

JourneyHeadline journeyHeadline(const Journey &journey, StatisticsCache &cache)
{
    JourneyHeadline h;
    h.title = journey.title;
    h.currency = journey.currency;
    if (const Department *owner = journey.department(QUuid::fromString(journey.settings.value(ownerKey))))
        h.owner = owner->name;
    h.savedAt = QDateTime::currentDateTimeUtc();
    h.stages = int(journey.stages.size());
    h.cards = int(journey.touchpoints.size());
    h.effortMinutes = EffortCalculator::forJourney(journey).minutes;
    const DatasetRef *nps = journey.newestDataset(QStringLiteral("nps"));
    if (nps) {
        const auto groups = cache.groups(*nps, {Dimension::Journey}, &journey);
        if (!groups->empty() && groups->front().summary.hasValue) {
            const MetricSummary &s = groups->front().summary;
            h.hasNps = true;
            h.nps = s.value;
            h.npsMargin = (s.high95 - s.low95) / 2;
            h.npsAnswers = s.n;
        }
    }
    if (const auto clv = clv::lifetimeValues(journey, cache); nps && clv) {
        const auto join = cache.clvJoin(*nps, *clv, (*clv)->currency.isEmpty() ? journey.currency : (*clv)->currency);
        // Each detractor once (by their latest answer): summing the touchpoints' figures would
        // count a customer unhappy at three touchpoints three times.
        for (const ClvAmount &amount : join->byCategory[std::size_t(NpsCategory::Detractor)])
            if (amount.currency == journey.currency)
                h.clvAtRisk += amount.total;
    }
    for (const Comment &comment : journey.comments)
        if (!comment.resolved && comment.parentId.isNull())
            ++h.openComments;
    h.opportunities = int(journey.opportunities.size());
    for (const Opportunity &o : journey.opportunities)
        ++h.opportunitiesByStatus[std::size_t(o.status)];
    return h;
}

} // namespace waymark
