#include "data/answerstatistics.h"

#include "journey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace waymark {

const std::vector<Dimension> &allDimensions()
{
    static const std::vector<Dimension> dimensions{Dimension::Journey, Dimension::Stage, Dimension::Touchpoint, Dimension::Segment,
                                                   Dimension::Channel, Dimension::Department, Dimension::Location, Dimension::Month,
                                                   Dimension::Quarter, Dimension::Year};
    return dimensions;
}

bool tableCarries(const AnswerTable &table, Dimension dimension, const Journey *journey)
{
    const auto anyText = [](const std::vector<quint32> &column) {
        return std::any_of(column.begin(), column.end(), [](quint32 index) { return index != 0; });
    };
    switch (dimension) {
    case Dimension::Journey: return true;
    case Dimension::Stage:
        if (anyText(table.stage))
            return true;
        if (journey)
            for (const Touchpoint &card : journey->touchpoints)
                if (!card.dataKey.isEmpty() && anyText(table.touchpoint))
                    return true;
        return false;
    case Dimension::Touchpoint: return anyText(table.touchpoint);
    case Dimension::Segment: return anyText(table.segment);
    case Dimension::Channel: return anyText(table.channel);
    case Dimension::Department: return anyText(table.department);
    case Dimension::Location: return anyText(table.location);
    default: return std::any_of(table.day.begin(), table.day.end(), [](qint64 day) { return day != noDate; });
    }
}

QString dimensionKey(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Journey: return QStringLiteral("journey");
    case Dimension::Stage: return QStringLiteral("stage");
    case Dimension::Touchpoint: return QStringLiteral("touchpoint");
    case Dimension::Segment: return QStringLiteral("segment");
    case Dimension::Channel: return QStringLiteral("channel");
    case Dimension::Department: return QStringLiteral("department");
    case Dimension::Location: return QStringLiteral("location");
    case Dimension::Month: return QStringLiteral("month");
    case Dimension::Quarter: return QStringLiteral("quarter");
    case Dimension::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<Dimension> dimensionFromKey(const QString &key)
{
    for (Dimension d : allDimensions()) {
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

qint64 periodOf(Dimension dimension, qint64 day)
{
    if (day == noDate)
        return none;
    const QDate date = dateOf(day);
    switch (dimension) {
    case Dimension::Month: return date.year() * 100 + date.month();
    case Dimension::Quarter: return date.year() * 10 + (date.month() - 1) / 3 + 1;
    default: return date.year();
    }
}

QString periodLabel(Dimension dimension, qint64 value)
{
    if (value == none)
        return noValueLabel();
    switch (dimension) {
    case Dimension::Month: return QStringLiteral("%1-%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
    case Dimension::Quarter: return QStringLiteral("%1-Q%2").arg(value / 10).arg(value % 10);
    default: return QString::number(value);
    }
}

} // namespace

std::vector<MetricGroup> groupAnswers(const AnswerTable &table, const Metric &metric, const std::vector<Dimension> &by,
                                      const Journey *journey)
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

    std::map<Key, MetricTally> counts;
    const bool aggregated = table.isAggregated();
    const AggregateColumns &aggregate = table.aggregate;
    Key key(by.size());
    for (std::size_t row = 0; row < table.size(); ++row) {
        for (std::size_t d = 0; d < by.size(); ++d) {
            switch (by[d]) {
            case Dimension::Journey: key[d] = 0; break;
            case Dimension::Stage: key[d] = stageIndex(row); break;
            case Dimension::Touchpoint: key[d] = text(table.touchpoint[row]); break;
            case Dimension::Segment: key[d] = text(table.segment[row]); break;
            case Dimension::Channel: key[d] = text(table.channel[row]); break;
            case Dimension::Department: key[d] = text(table.department[row]); break;
            case Dimension::Location: key[d] = text(table.location[row]); break;
            default: key[d] = periodOf(by[d], table.day[row]); break;
            }
        }
        MetricTally &tally = counts[key];
        if (aggregated)
            tally.addAggregate(aggregate.count[row], aggregate.low[row], aggregate.middle[row], aggregate.high[row], table.score[row],
                               aggregate.sd[row]);
        else
            tally.addAnswer(table.score[row], metric.band(table.score[row]));
    }

    QHash<qint64, QString> extraNames; // stage names that are not texts of the table
    for (auto it = stageKeyOfName.cbegin(); it != stageKeyOfName.cend(); ++it) {
        if (it.value() >= qint64(table.strings.size()))
            extraNames.insert(it.value(), it.key());
    }
    std::vector<MetricGroup> groups;
    groups.reserve(counts.size());
    for (const auto &[groupKey, groupCounts] : counts) {
        MetricGroup group;
        for (std::size_t d = 0; d < by.size(); ++d) {
            const qint64 value = groupKey[d];
            QString label;
            switch (by[d]) {
            case Dimension::Journey: label = QCoreApplication::translate("NpsStatistics", "All responses"); break;
            case Dimension::Month:
            case Dimension::Quarter:
            case Dimension::Year: label = periodLabel(by[d], value); break;
            default:
                label = value == none ? noValueLabel()
                      : value < qint64(table.strings.size()) ? table.strings.at(quint32(value))
                                                             : extraNames.value(value);
            }
            group.key.append({by[d], label});
        }
        group.tally = groupCounts;
        group.summary = metric.summarize(groupCounts);
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const MetricGroup &a, const MetricGroup &b) {
        for (qsizetype i = 0; i < a.key.size(); ++i) {
            if (a.key[i].second != b.key[i].second)
                return a.key[i].second < b.key[i].second;
        }
        return false;
    });
    return groups;
}

std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const AnswerTable &table, const Journey &journey)
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

} // namespace waymark
