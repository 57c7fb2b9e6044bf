#include "data/answerstatistics.h"

#include "data/grouplabels.h"
#include "journey.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <cmath>
#include <map>
#include <unordered_map>

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
using GroupCodes = std::vector<qint64>;

constexpr qint64 noValueKey = -1;

// The texts one column holds as small codes, 1…n in order of first row (0: no text), and back.
struct TextCodes {
    std::vector<quint32> codeOf;  // string index -> code (0: none, or not in this column)
    std::vector<qint64> keyOf{noValueKey}; // code -> string index; code 0 is none
};

TextCodes textCodes(const std::vector<quint32> &column, std::size_t texts)
{
    TextCodes codes;
    codes.codeOf.assign(texts, 0);
    for (quint32 index : column) {
        if (index != 0 && codes.codeOf[index] == 0) {
            codes.codeOf[index] = quint32(codes.keyOf.size());
            codes.keyOf.push_back(qint64(index));
        }
    }
    return codes;
}

const std::vector<quint32> &textColumn(const AnswerTable &table, Dimension dimension)
{
    switch (dimension) {
    case Dimension::Touchpoint: return table.touchpoint;
    case Dimension::Segment: return table.segment;
    case Dimension::Channel: return table.channel;
    case Dimension::Department: return table.department;
    case Dimension::Location: return table.location;
    default: return table.stage;
    }
}

// Stage group keys as codes (0: none): a row's card stage through its touchpoint's code, else
// its own stage text's code; the same keys groupAnswers' general path gives.
struct StageCodes {
    std::vector<quint32> ofTouchpoint; // touchpoint code -> stage code (0: no card has the key)
    std::vector<quint32> ofStageText;  // stage-text code -> stage code
    const TextCodes *touchpoints = nullptr;
    const TextCodes *stages = nullptr;
    std::vector<qint64> keyOf{noValueKey};

    StageCodes() = default;
    StageCodes(const TextCodes &touchpointTexts, const TextCodes &stageTexts, const QHash<quint32, qint64> &stageOfKey)
        : touchpoints(&touchpointTexts)
        , stages(&stageTexts)
    {
        std::unordered_map<qint64, quint32> codeOfKey;
        const auto code = [&](qint64 key) {
            const auto [it, added] = codeOfKey.try_emplace(key, quint32(keyOf.size()));
            if (added)
                keyOf.push_back(key);
            return it->second;
        };
        ofTouchpoint.assign(touchpointTexts.keyOf.size(), 0);
        for (std::size_t c = 1; c < touchpointTexts.keyOf.size(); ++c)
            if (const auto it = stageOfKey.constFind(quint32(touchpointTexts.keyOf[c])); it != stageOfKey.constEnd())
                ofTouchpoint[c] = code(*it);
        ofStageText.assign(stageTexts.keyOf.size(), 0);
        for (std::size_t c = 1; c < stageTexts.keyOf.size(); ++c)
            ofStageText[c] = code(stageTexts.keyOf[c]);
    }
    quint64 codeOfRow(const AnswerTable &table, std::size_t row) const
    {
        if (const quint32 byCard = ofTouchpoint[touchpoints->codeOf[table.touchpoint[row]]])
            return byCard;
        return ofStageText[stages->codeOf[table.stage[row]]];
    }
};

} // namespace

QString allResponsesLabel()
{
    return QCoreApplication::translate("NpsStatistics", "All responses");
}

qint64 periodOf(Dimension dimension, qint64 day)
{
    if (day == noDate)
        return noValueKey;
    const QDate date = dateOf(day);
    switch (dimension) {
    case Dimension::Month: return date.year() * 100 + date.month();
    case Dimension::Quarter: return date.year() * 10 + (date.month() - 1) / 3 + 1;
    default: return date.year();
    }
}

QString periodLabel(Dimension dimension, qint64 value)
{
    if (value == noValueKey)
        return noValueLabel();
    switch (dimension) {
    case Dimension::Month: return QStringLiteral("%1-%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'));
    case Dimension::Quarter: return QStringLiteral("%1-Q%2").arg(value / 10).arg(value % 10);
    default: return QString::number(value);
    }
}

void finishGroups(std::vector<MetricGroup> &groups, const Metric &metric)
{
    for (MetricGroup &group : groups)
        group.summary = metric.summarize(group.tally);
    // Stable: a group without a value comes before one whose text reads "(none)", however
    // the groups were gathered.
    std::stable_sort(groups.begin(), groups.end(), [](const MetricGroup &a, const MetricGroup &b) {
        for (qsizetype i = 0; i < a.key.size(); ++i) {
            if (a.key[i].second != b.key[i].second)
                return a.key[i].second < b.key[i].second;
        }
        return false;
    });
}

std::vector<MetricGroup> groupAnswers(const AnswerTable &table, const Metric &metric, const std::vector<Dimension> &by,
                                      const Journey *journey)
{
    const std::size_t texts = table.strings.size();
    const bool byStage = std::find(by.begin(), by.end(), Dimension::Stage) != by.end();
    // The touchpoint and stage texts the rows hold, found once: the stage of a key and a stage
    // named by its text concern only those, not every text of the table (a million respondent ids).
    const TextCodes touchpointTexts = byStage ? textCodes(table.touchpoint, texts) : TextCodes();
    const TextCodes stageTexts = byStage ? textCodes(table.stage, texts) : TextCodes();

    // Stage of a touchpoint key, through the cards' data keys. The map says where a touchpoint
    // sits, so a card's stage wins over the row's own stage column (a survey exported with
    // other stage names, or a journey translated into another language, still lines up).
    QHash<quint32, qint64> stageOfKey; // touchpoint string index -> stage group key
    QHash<QString, qint64> stageKeyOfName;
    if (journey && byStage) {
        QHash<QString, QString> stageOfDataKey;
        for (const Touchpoint &card : journey->touchpoints) {
            if (const Stage *stage = journey->stage(card.stageId); stage && !card.dataKey.isEmpty())
                stageOfDataKey.insert(card.dataKey, stage->name);
        }
        // A stage name that rows also give as their stage keeps that text's index (the lowest,
        // should the text list hold it twice), so a row naming the stage and a card in it fall
        // in one group.
        QSet<QString> stageNames;
        for (const QString &name : std::as_const(stageOfDataKey))
            stageNames.insert(name);
        std::vector<qint64> rowStages(stageTexts.keyOf.begin() + 1, stageTexts.keyOf.end());
        std::sort(rowStages.begin(), rowStages.end());
        for (qint64 index : rowStages) {
            const QString &textAt = table.strings.at(quint32(index));
            if (stageNames.contains(textAt) && !stageKeyOfName.contains(textAt))
                stageKeyOfName.insert(textAt, index);
        }
        for (const QString &name : std::as_const(stageNames)) {
            if (!stageKeyOfName.contains(name))
                stageKeyOfName.insert(name, qint64(texts) + stageKeyOfName.size());
        }
        for (std::size_t code = 1; code < touchpointTexts.keyOf.size(); ++code) {
            const quint32 index = quint32(touchpointTexts.keyOf[code]);
            const auto it = stageOfDataKey.constFind(table.strings.at(index));
            if (it != stageOfDataKey.constEnd())
                stageOfKey.insert(index, stageKeyOfName.value(*it));
        }
    }
    const auto stageIndex = [&](std::size_t row) -> qint64 {
        const auto it = stageOfKey.constFind(table.touchpoint[row]);
        if (it != stageOfKey.constEnd())
            return *it;
        return table.stage[row] != 0 ? qint64(table.stage[row]) : noValueKey;
    };
    const auto text = [](quint32 index) -> qint64 { return index == 0 ? noValueKey : qint64(index); };

    const bool aggregated = table.isAggregated();
    const AggregateColumns &aggregate = table.aggregate;
    const auto addRow = [&](MetricTally &tally, std::size_t row) {
        if (aggregated)
            tally.addAggregate(aggregate.count[row], aggregate.low[row], aggregate.middle[row], aggregate.high[row], table.score[row],
                               aggregate.sd[row]);
        else
            tally.addAnswer(table.score[row], metric.band(table.score[row]));
    };

    // Each row's group as one integer: every dimension's value becomes a small code (0 for
    // none) and the codes are combined in mixed radix. A million rows then cost an array or
    // hash lookup each, not a map of vectors; periods come from a per-day table, not QDate.
    const std::size_t rows = table.size();
    qint64 firstDay = 0, lastDay = -1;
    for (qint64 day : table.day) {
        if (day == noDate)
            continue;
        if (lastDay < firstDay) {
            firstDay = lastDay = day;
        } else {
            firstDay = std::min(firstDay, day);
            lastDay = std::max(lastDay, day);
        }
    }
    // Text dimensions as small codes: the radix is the number of texts the column holds, not
    // the size of the table's text list, so the groups stay a short dense array.
    std::vector<TextCodes> textCodings(by.size());
    // Stage: a row's touchpoint code gives its card's stage when a card has that key, else
    // the row's stage text does; both as codes of one list of stage group keys.
    StageCodes stageCodes;
    if (byStage)
        stageCodes = StageCodes(touchpointTexts, stageTexts, stageOfKey);
    struct Coding {
        qint64 radix = 1;
        qint64 firstPeriod = 0;
        std::vector<qint64> periodOfDay; // day - firstDay -> period code
    };
    std::vector<Coding> codings(by.size());
    double product = 1; // as a double: only compared with limits far below where it loses precision
    for (std::size_t d = 0; d < by.size(); ++d) {
        Coding &c = codings[d];
        switch (by[d]) {
        case Dimension::Journey: c.radix = 1; break;
        case Dimension::Month:
        case Dimension::Quarter:
        case Dimension::Year:
            if (lastDay >= firstDay && lastDay - firstDay < 1'000'000) {
                c.firstPeriod = periodOf(by[d], firstDay);
                c.radix = periodOf(by[d], lastDay) - c.firstPeriod + 2;
                c.periodOfDay.resize(std::size_t(lastDay - firstDay + 1));
                for (qint64 day = firstDay; day <= lastDay; ++day)
                    c.periodOfDay[std::size_t(day - firstDay)] = periodOf(by[d], day) - c.firstPeriod + 1;
            } else {
                c.radix = 0; // dates spread over a million days: the general path below
            }
            break;
        case Dimension::Stage: c.radix = qint64(stageCodes.keyOf.size()); break;
        default:
            textCodings[d] = textCodes(textColumn(table, by[d]), texts);
            c.radix = qint64(textCodings[d].keyOf.size());
            break;
        }
        product *= double(std::max<qint64>(c.radix, 1));
        if (c.radix == 0)
            product = std::ldexp(1.0, 100);
    }
    const auto codeOf = [&](std::size_t d, std::size_t row) -> quint64 {
        switch (by[d]) {
        case Dimension::Journey: return 0;
        case Dimension::Stage: return stageCodes.codeOfRow(table, row);
        case Dimension::Touchpoint:
        case Dimension::Segment:
        case Dimension::Channel:
        case Dimension::Department:
        case Dimension::Location: return textCodings[d].codeOf[textColumn(table, by[d])[row]];
        default: return table.day[row] == noDate ? 0 : quint64(codings[d].periodOfDay[std::size_t(table.day[row] - firstDay)]);
        }
    };

    std::map<GroupCodes, MetricTally> counts;
    if (product < std::ldexp(1.0, 60)) {
        std::vector<quint64> stride(by.size(), 1);
        for (std::size_t d = 1; d < by.size(); ++d)
            stride[d] = stride[d - 1] * quint64(codings[d - 1].radix);
        const bool dense = product <= double(1u << 20);
        std::vector<qint32> denseSlot(dense ? std::size_t(product) : 0, -1);
        std::unordered_map<quint64, qint32> sparseSlot;
        std::vector<quint64> codeOfSlot;
        std::vector<MetricTally> tallies;
        // Whole answers on a short scale (NPS 0–10, CSAT 1–5, CES 1–7) are counted per value
        // and summed once per group at the end.
        const double lowest = metric.lowestAnswer();
        const bool histogram = !aggregated && metric.wholeAnswers() && metric.highestAnswer() - lowest <= 1000;
        const std::size_t values = histogram ? std::size_t(metric.highestAnswer() - lowest) + 1 : 0;
        std::vector<double> counted;
        for (std::size_t row = 0; row < rows; ++row) {
            quint64 code = 0;
            for (std::size_t d = 0; d < by.size(); ++d)
                code += codeOf(d, row) * stride[d];
            qint32 slot;
            if (dense) {
                slot = denseSlot[std::size_t(code)];
                if (slot < 0)
                    slot = denseSlot[std::size_t(code)] = qint32(tallies.size());
            } else {
                slot = sparseSlot.try_emplace(code, qint32(tallies.size())).first->second;
            }
            if (std::size_t(slot) == tallies.size()) {
                codeOfSlot.push_back(code);
                tallies.emplace_back();
                counted.resize(counted.size() + values, 0);
            }
            const double score = table.score[row];
            const double offset = score - lowest;
            if (histogram && offset >= 0 && offset < double(values) && offset == std::floor(offset))
                counted[std::size_t(slot) * values + std::size_t(offset)] += 1;
            else
                addRow(tallies[std::size_t(slot)], row);
        }
        for (std::size_t slot = 0; slot < tallies.size(); ++slot) {
            for (std::size_t v = 0; v < values; ++v)
                if (const double n = counted[slot * values + v]; n > 0)
                    tallies[slot].addAnswers(lowest + double(v), n, metric.band(lowest + double(v)));
            GroupCodes key(by.size());
            for (std::size_t d = 0; d < by.size(); ++d) {
                const qint64 code = qint64((codeOfSlot[slot] / stride[d]) % quint64(codings[d].radix));
                switch (by[d]) {
                case Dimension::Journey: key[d] = 0; break;
                case Dimension::Month:
                case Dimension::Quarter:
                case Dimension::Year: key[d] = code == 0 ? noValueKey : code - 1 + codings[d].firstPeriod; break;
                case Dimension::Stage: key[d] = stageCodes.keyOf[std::size_t(code)]; break;
                default: key[d] = textCodings[d].keyOf[std::size_t(code)]; break;
                }
            }
            counts[key].add(tallies[slot]);
        }
    } else {
        GroupCodes key(by.size());
        for (std::size_t row = 0; row < rows; ++row) {
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
            addRow(counts[key], row);
        }
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
            case Dimension::Journey: label = allResponsesLabel(); break;
            case Dimension::Month:
            case Dimension::Quarter:
            case Dimension::Year: label = periodLabel(by[d], value); break;
            default:
                label = value == noValueKey ? noValueLabel()
                      : value < qint64(table.strings.size()) ? table.strings.at(quint32(value))
                                                             : extraNames.value(value);
            }
            group.key.append({by[d], label});
        }
        group.tally = groupCounts;
        groups.push_back(std::move(group));
    }
    finishGroups(groups, metric);
    return groups;
}

std::vector<QPair<QString, qint64>> touchpointRowCounts(const AnswerTable &table)
{
    // Answers, not table rows: an aggregated table (a summary, a live source) has one row per group.
    std::vector<qint64> rows(table.strings.size(), 0);
    if (table.isAggregated()) {
        for (std::size_t row = 0; row < table.size(); ++row)
            rows[table.touchpoint[row]] += qint64(std::llround(table.aggregate.count[row]));
    } else {
        for (quint32 index : table.touchpoint)
            ++rows[index];
    }
    std::vector<QPair<QString, qint64>> result;
    for (std::size_t i = 1; i < rows.size(); ++i) // string 0 is the empty text: no key
        if (rows[i] > 0)
            result.push_back({table.strings.at(quint32(i)), rows[i]});
    return result;
}

std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const std::vector<QPair<QString, qint64>> &rowCounts, const Journey &journey)
{
    QSet<QString> keys;
    for (const Touchpoint &card : journey.touchpoints)
        keys.insert(card.dataKey);
    std::vector<QPair<QString, qint64>> result;
    std::copy_if(rowCounts.begin(), rowCounts.end(), std::back_inserter(result), [&](const auto &count) { return !keys.contains(count.first); });
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}

std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const AnswerTable &table, const Journey &journey)
{
    return unmatchedTouchpointKeys(touchpointRowCounts(table), journey);
}

} // namespace waymark
