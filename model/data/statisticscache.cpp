#include "data/statisticscache.h"

#include "clv/journeyclv.h"
#include "journey.h"

#include <algorithm>

namespace waymark {

QString stageMapKey(const Journey &journey)
{
    QStringList pairs;
    pairs.reserve(qsizetype(journey.touchpoints.size()));
    for (const Touchpoint &card : journey.touchpoints) {
        if (card.dataKey.isEmpty())
            continue;
        const Stage *stage = journey.stage(card.stageId);
        pairs << card.dataKey + QChar(0x1f) + (stage ? stage->name : QString());
    }
    pairs.sort(); // card order within a stage does not change any group
    return pairs.join(QChar(0x1e));
}

StatisticsCache::Groups StatisticsCache::groups(const DatasetRef &dataset, const std::vector<Dimension> &by, const Journey *journey,
                                                const Metric *metric)
{
    if (!metric)
        metric = dataset->metric();
    if (!metric)
        return std::make_shared<const std::vector<MetricGroup>>();
    const bool readsMap = journey && std::find(by.begin(), by.end(), Dimension::Stage) != by.end();
    const QString mapKey = readsMap ? stageMapKey(*journey) : QString();
    for (auto it = mEntries.begin(); it != mEntries.end(); ++it) {
        if (it->groups && it->table == dataset->answers.shared() && it->by == by && it->metric == metric && it->mapKey == mapKey) {
            Groups found = it->groups;
            if (it != mEntries.begin()) { // keep the most recent first
                Entry entry = std::move(*it);
                mEntries.erase(it);
                mEntries.push_front(std::move(entry));
            }
            return found;
        }
    }
    ++mComputations;
    Entry entry;
    entry.table = dataset->answers.shared();
    entry.by = by;
    entry.metric = metric;
    entry.mapKey = mapKey;
    entry.groups = std::make_shared<const std::vector<MetricGroup>>(groupAnswers(dataset->answers, *metric, by, readsMap ? journey : nullptr));
    Groups result = entry.groups;
    remember(std::move(entry));
    return result;
}

std::shared_ptr<const ClvJoin> StatisticsCache::clvJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency)
{
    for (const Entry &entry : mEntries)
        if (entry.join && entry.table == answers->answers.shared() && entry.other == clv->clv.shared() && entry.mapKey == currency)
            return entry.join;
    ++mComputations;
    Entry entry;
    entry.table = answers->answers.shared();
    entry.other = clv->clv.shared();
    entry.mapKey = currency;
    entry.join = std::make_shared<const ClvJoin>(joinClv(answers->answerRows(), clv->clv, currency));
    std::shared_ptr<const ClvJoin> result = entry.join;
    remember(std::move(entry));
    return result;
}

std::shared_ptr<const ClvJoin> StatisticsCache::clvJoinIfRead(const DatasetRef &answers, const DatasetRef &clv, const QString &currency)
{
    if (answers->rowsPending())
        return nullptr;
    return clvJoin(answers, clv, currency);
}

StatisticsCache::KeyCounts StatisticsCache::touchpointKeyCounts(const DatasetRef &dataset)
{
    for (const Entry &entry : mEntries)
        if (entry.keyCounts && entry.table == dataset->answers.shared())
            return entry.keyCounts;
    ++mComputations;
    Entry entry;
    entry.table = dataset->answers.shared();
    entry.keyCounts = std::make_shared<const std::vector<QPair<QString, qint64>>>(touchpointRowCounts(dataset->answers));
    KeyCounts result = entry.keyCounts;
    remember(std::move(entry));
    return result;
}

std::shared_ptr<const clv::JourneyClvModel> StatisticsCache::clvModel(const DatasetRef &transactions, const clv::ClvModelSettings &settings,
                                                                      const QString &journeyCurrency)
{
    const QString key = settings.key() + QLatin1Char('\n') + journeyCurrency + QLatin1Char('\n') + transactions->name;
    for (const ModelEntry &entry : mModels)
        if (entry.table == transactions->transactions.shared() && entry.key == key)
            return entry.model;
    ++mComputations;
    ModelEntry entry{transactions->transactions.shared(), key, clv::fitJourneyClvModel(*transactions, settings, journeyCurrency)};
    mModels.push_front(entry);
    constexpr std::size_t modelsKept = 2; // each holds its purchases: a million rows is tens of MB
    while (mModels.size() > modelsKept)
        mModels.pop_back();
    return entry.model;
}

void StatisticsCache::remember(Entry entry)
{
    mEntries.push_front(std::move(entry));
    while (mEntries.size() > mCapacity)
        mEntries.pop_back();
}

void StatisticsCache::clear()
{
    mEntries.clear();
    mModels.clear();
}

} // namespace waymark
