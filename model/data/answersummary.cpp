#include "data/answersummary.h"

#include "data/metrics/metric.h"

#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>

namespace waymark {

qint64 monthStart(qint64 day)
{
    if (day == noDate)
        return noDate;
    const QDate date = dateOf(day);
    return dayNumber(QDate(date.year(), date.month(), 1));
}

namespace {

constexpr std::size_t textColumns = 6; // touchpoint, stage, segment, channel, department, location

std::array<const std::vector<quint32> *, textColumns> textColumnsOf(const AnswerTable &table)
{
    return {&table.touchpoint, &table.stage, &table.segment, &table.channel, &table.department, &table.location};
}

} // namespace

// Abseil's flat tables (Debian: libabsl-dev): every answer of an import is counted here, and
// std::unordered_map's chase from bucket to node was an eighth of a million-answer import.
struct AnswerSummarizer::Groups {
    // Nested, not in the anonymous namespace: Groups has external linkage.
    struct Key {
        std::array<quint32, textColumns> texts{};
        qint64 month = noDate;
        double score = 0;
        bool operator==(const Key &o) const { return texts == o.texts && month == o.month && score == o.score; }
        template<typename H>
        friend H AbslHashValue(H h, const Key &key)
        {
            return H::combine(std::move(h), key.texts, key.month, key.score);
        }
    };

    absl::flat_hash_map<qint64, qint64> months; // a journey's answers fall on a few thousand days
    absl::flat_hash_map<Key, double> counts;
    std::unordered_map<quint32, QString> texts{{0, QString()}}; // of the indices the groups use
};

AnswerSummarizer::AnswerSummarizer(const Metric &metric)
    : mMetric(metric)
    , mGroups(std::make_unique<Groups>())
{
}

AnswerSummarizer::~AnswerSummarizer() = default;

void AnswerSummarizer::add(const AnswerTable &rows)
{
    const auto columns = textColumnsOf(rows);
    auto &[months, counts, texts] = *mGroups;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Groups::Key key;
        for (std::size_t c = 0; c < textColumns; ++c)
            key.texts[c] = (*columns[c])[row];
        const qint64 day = rows.day[row];
        auto month = months.find(day);
        if (month == months.end())
            month = months.emplace(day, monthStart(day)).first;
        key.month = month->second;
        key.score = rows.score[row];
        auto [group, added] = counts.try_emplace(key, 0.0);
        group->second += 1;
        if (added) // a new group may bring texts the next parts no longer hold
            for (quint32 text : key.texts)
                if (!texts.contains(text))
                    texts.emplace(text, rows.strings.at(text));
    }
}

AnswerTable summarizeAnswers(const AnswerTable &rows, const Metric &metric)
{
    AnswerSummarizer summarizer(metric);
    summarizer.add(rows);
    return summarizer.summary();
}

AnswerTable AnswerSummarizer::summary() const
{
    // Named, not bound: clang (the fuzz build) does not let lambdas capture structured bindings.
    const absl::flat_hash_map<Groups::Key, double> &counts = mGroups->counts;
    const std::unordered_map<quint32, QString> &texts = mGroups->texts;
    // Sorted by the texts themselves, not their indices: two tables holding the same answers
    // in another order number their texts differently but summarise alike. Each text gets its
    // place among the texts first, so the groups' sort compares numbers: comparing the texts at
    // every step (a lookup and a QString compare) was the last 60 ms of a million-answer import.
    const auto textOf = [&](quint32 index) -> const QString & { return texts.at(index); };
    std::vector<std::pair<const QString *, quint32>> byText;
    byText.reserve(texts.size());
    for (const auto &[index, text] : texts)
        byText.emplace_back(&text, index);
    std::sort(byText.begin(), byText.end(), [](const auto &a, const auto &b) { return a.first->compare(*b.first) < 0; });
    std::unordered_map<quint32, quint32> rankOf;
    rankOf.reserve(byText.size());
    quint32 rank = 0;
    for (std::size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && *byText[i].first != *byText[i - 1].first)
            ++rank; // equal texts under two indices share a place, as they compared equal before
        rankOf.emplace(byText[i].second, rank);
    }
    struct Ranked {
        std::array<quint32, textColumns> ranks;
        qint64 month;
        double score;
        const Groups::Key *key;
        double count;
    };
    std::vector<Ranked> groups;
    groups.reserve(counts.size());
    for (const auto &[key, count] : counts) {
        Ranked ranked{{}, key.month, key.score, &key, count};
        for (std::size_t c = 0; c < textColumns; ++c)
            ranked.ranks[c] = rankOf.at(key.texts[c]);
        groups.push_back(ranked);
    }
    std::sort(groups.begin(), groups.end(), [](const Ranked &a, const Ranked &b) {
        if (a.ranks != b.ranks)
            return a.ranks < b.ranks;
        if (a.month != b.month)
            return a.month < b.month;
        return a.score < b.score;
    });

    AnswerTable summary;
    summary.reserve(groups.size());
    std::unordered_map<quint32, quint32> renumbered{{0, 0}};
    const auto text = [&](quint32 index) {
        const auto found = renumbered.find(index);
        if (found != renumbered.end())
            return found->second;
        const quint32 appended = summary.strings.append(textOf(index));
        renumbered.emplace(index, appended);
        return appended;
    };
    const auto summaryColumns = std::array<std::vector<quint32> *, textColumns>{
        &summary.touchpoint, &summary.stage, &summary.segment, &summary.channel, &summary.department, &summary.location};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const Ranked &group : groups) {
        const Groups::Key &key = *group.key;
        const double count = group.count;
        for (std::size_t c = 0; c < textColumns; ++c)
            summaryColumns[c]->push_back(text(key.texts[c]));
        summary.day.push_back(key.month);
        summary.score.push_back(key.score);
        summary.respondent.push_back(0);
        summary.customer.push_back(0);
        summary.comment.push_back(0);
        const std::optional<Band> band = mMetric.band(key.score);
        AggregateColumns &aggregate = summary.aggregate;
        aggregate.count.push_back(count);
        aggregate.low.push_back(!band ? nan : *band == Band::Low ? count : 0);
        aggregate.middle.push_back(!band ? nan : *band == Band::Middle ? count : 0);
        aggregate.high.push_back(!band ? nan : *band == Band::High ? count : 0);
        aggregate.sd.push_back(0);
    }
    return summary;
}

} // namespace waymark
