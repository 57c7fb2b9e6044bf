#include "data/npsstatistics.h"

#include "journey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace waymark {

void NpsCounts::add(int score)
{
    if (score >= 9)
        ++promoters;
    else if (score >= 7)
        ++passives;
    else
        ++detractors;
}

NpsSummary summarize(const NpsCounts &counts)
{
    NpsSummary s;
    s.n = counts.n();
    s.promoters = counts.promoters;
    s.passives = counts.passives;
    s.detractors = counts.detractors;
    s.lowConfidence = s.n < 30;
    if (s.n == 0)
        return s; // all zero, flagged empty: no NaN leaks into tables or charts
    const double n = double(s.n);
    s.promoterShare = double(s.promoters) / n;
    s.passiveShare = double(s.passives) / n;
    s.detractorShare = double(s.detractors) / n;
    const double net = s.promoterShare - s.detractorShare;
    s.nps = 100.0 * net;
    // Variance of the per-answer score (+1, 0, −1): E[x²] − E[x]² = p⁺ + p⁻ − (p⁺ − p⁻)².
    const double variance = std::max(0.0, s.promoterShare + s.detractorShare - net * net);
    s.standardError = 100.0 * std::sqrt(variance / n);
    s.moe95 = 1.96 * s.standardError;
    return s;
}

QString dimensionKey(NpsDimension dimension)
{
    switch (dimension) {
    case NpsDimension::Journey: return QStringLiteral("journey");
    case NpsDimension::Stage: return QStringLiteral("stage");
    case NpsDimension::Touchpoint: return QStringLiteral("touchpoint");
    case NpsDimension::Segment: return QStringLiteral("segment");
    case NpsDimension::Channel: return QStringLiteral("channel");
    case NpsDimension::Month: return QStringLiteral("month");
    case NpsDimension::Quarter: return QStringLiteral("quarter");
    case NpsDimension::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<NpsDimension> dimensionFromKey(const QString &key)
{
    for (NpsDimension d : {NpsDimension::Journey, NpsDimension::Stage, NpsDimension::Touchpoint, NpsDimension::Segment,
                           NpsDimension::Channel, NpsDimension::Month, NpsDimension::Quarter, NpsDimension::Year}) {
        if (dimensionKey(d) == key.trimmed().toLower())
            return d;
    }
    return std::nullopt;
}

QString noValueLabel()
{
    return QCoreApplication::translate("NpsStatistics", "(none)");
}

namespace {

// Row values are small integers (string indices, day-derived periods), so a group key is a
// short vector of integers and the one pass needs no string work per row.
using Key = std::vector<qint64>;

constexpr qint64 none = -1;

qint64 periodOf(NpsDimension dimension, qint64 day)
{
    if (day == noDate)
        return none;
    const QDate date = dateOf(day);
    switch (dimension) {
    case NpsDimension::Month: return date.year() * 100 + date.month();
    case NpsDimension::Quarter: return date.year() * 10 + (date.month() - 1) / 3 + 1;
    default: return date.year();
    }
}

QString periodLabel(NpsDimension dimension, qint64 value)
{
    if (value == none)
        return noValueLabel();
    switch (dimension) {
    case NpsDimension::Month: return QStringLiteral("%1-%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
    case NpsDimension::Quarter: return QStringLiteral("%1-Q%2").arg(value / 10).arg(value % 10);
    default: return QString::number(value);
    }
}

} // namespace

std::vector<NpsGroup> groupNps(const NpsTable &table, const std::vector<NpsDimension> &by, const Journey *journey)
{
    // Stage of a touchpoint key, through the cards' data keys. The map says where a touchpoint
    // sits, so a card's stage wins over the row's own stage column (a survey exported with
    // other stage names, or a journey translated into another language, still lines up).
    QHash<quint32, qint64> stageOfKey; // touchpoint string index -> stage group key
    QHash<QString, qint64> stageKeyOfName;
    if (journey) {
        QHash<QString, QString> stageOfDataKey;
        for (const Touchpoint &card : journey->touchpoints) {
            if (const Stage *stage = journey->stage(card.stageId); stage && !card.dataKey.isEmpty())
                stageOfDataKey.insert(card.dataKey, stage->name);
        }
        // A stage name that is also a text of the table keeps that text's index, so a row
        // naming the stage and a card in it fall in one group.
        QSet<QString> stageNames;
        for (const QString &name : std::as_const(stageOfDataKey))
            stageNames.insert(name);
        for (std::size_t i = 1; i < table.strings.size(); ++i) {
            const QString &textAt = table.strings.at(quint32(i));
            if (stageNames.contains(textAt) && !stageKeyOfName.contains(textAt))
                stageKeyOfName.insert(textAt, qint64(i));
        }
        for (const QString &name : std::as_const(stageNames)) {
            if (!stageKeyOfName.contains(name))
                stageKeyOfName.insert(name, qint64(table.strings.size()) + stageKeyOfName.size());
        }
        for (std::size_t i = 1; i < table.strings.size(); ++i) {
            const auto it = stageOfDataKey.constFind(table.strings.at(quint32(i)));
            if (it != stageOfDataKey.constEnd())
                stageOfKey.insert(quint32(i), stageKeyOfName.value(*it));
        }
    }
    const auto stageIndex = [&](std::size_t row) -> qint64 {
        const auto it = stageOfKey.constFind(table.touchpoint[row]);
        if (it != stageOfKey.constEnd())
            return *it;
        return table.stage[row] != 0 ? qint64(table.stage[row]) : none;
    };
    const auto text = [](quint32 index) -> qint64 { return index == 0 ? none : qint64(index); };

    std::map<Key, NpsCounts> counts;
    Key key(by.size());
    for (std::size_t row = 0; row < table.size(); ++row) {
        for (std::size_t d = 0; d < by.size(); ++d) {
            switch (by[d]) {
            case NpsDimension::Journey: key[d] = 0; break;
            case NpsDimension::Stage: key[d] = stageIndex(row); break;
            case NpsDimension::Touchpoint: key[d] = text(table.touchpoint[row]); break;
            case NpsDimension::Segment: key[d] = text(table.segment[row]); break;
            case NpsDimension::Channel: key[d] = text(table.channel[row]); break;
            default: key[d] = periodOf(by[d], table.day[row]); break;
            }
        }
        counts[key].add(table.score[row]);
    }

    QHash<qint64, QString> extraNames; // stage names that are not texts of the table
    for (auto it = stageKeyOfName.cbegin(); it != stageKeyOfName.cend(); ++it) {
        if (it.value() >= qint64(table.strings.size()))
            extraNames.insert(it.value(), it.key());
    }
    std::vector<NpsGroup> groups;
    groups.reserve(counts.size());
    for (const auto &[groupKey, groupCounts] : counts) {
        NpsGroup group;
        for (std::size_t d = 0; d < by.size(); ++d) {
            const qint64 value = groupKey[d];
            QString label;
            switch (by[d]) {
            case NpsDimension::Journey: label = QCoreApplication::translate("NpsStatistics", "All responses"); break;
            case NpsDimension::Month:
            case NpsDimension::Quarter:
            case NpsDimension::Year: label = periodLabel(by[d], value); break;
            default:
                label = value == none ? noValueLabel()
                      : value < qint64(table.strings.size()) ? table.strings.at(quint32(value))
                                                             : extraNames.value(value);
            }
            group.key.append({by[d], label});
        }
        group.summary = summarize(groupCounts);
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const NpsGroup &a, const NpsGroup &b) {
        for (qsizetype i = 0; i < a.key.size(); ++i) {
            if (a.key[i].second != b.key[i].second)
                return a.key[i].second < b.key[i].second;
        }
        return false;
    });
    return groups;
}

std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const NpsTable &table, const Journey &journey)
{
    QSet<QString> keys;
    for (const Touchpoint &card : journey.touchpoints)
        keys.insert(card.dataKey);
    std::vector<qint64> rows(table.strings.size(), 0);
    for (quint32 index : table.touchpoint)
        ++rows[index];
    std::vector<QPair<QString, qint64>> result;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i] > 0 && !keys.contains(table.strings.at(quint32(i))))
            result.push_back({table.strings.at(quint32(i)), rows[i]});
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}

NpsDifference compare(const NpsSummary &a, const NpsSummary &b)
{
    NpsDifference d;
    d.difference = a.nps - b.nps;
    d.halfWidth95 = 1.96 * std::sqrt(a.standardError * a.standardError + b.standardError * b.standardError);
    d.low = d.difference - d.halfWidth95;
    d.high = d.difference + d.halfWidth95;
    d.significant = !a.empty() && !b.empty() && (d.low > 0 || d.high < 0);
    return d;
}

} // namespace waymark
