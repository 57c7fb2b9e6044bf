#include "data/statisticscache.h"

#include "clv/fitcancel.h"
#include "clv/journeyclv.h"
#include "clv/livefits.h"
#include "data/statisticsbehind.h"
#include "journey.h"

#include <algorithm>

namespace waymark {

namespace {

// What a result computed behind is for, as a job key: the shared tables it reads (kept alive
// by the job while it runs, so an address is not reused meanwhile) and the settings.
QString address(const void *table)
{
    return QString::number(quintptr(table), 16);
}

} // namespace

StatisticsCache::StatisticsCache(std::size_t capacity)
    : mCapacity(capacity)
{
}

StatisticsCache::~StatisticsCache() = default; // gives up what runs behind (StatisticsBehind)

void StatisticsCache::computeBehind()
{
    if (!mBehind)
        mBehind = std::make_unique<StatisticsBehind>();
}

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

const StatisticsCache::Entry *StatisticsCache::findJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency) const
{
    for (const Entry &entry : mEntries)
        if (entry.join && entry.table == answers->answers.shared() && entry.other == clv->clv.shared() && entry.mapKey == currency)
            return &entry;
    return nullptr;
}

void StatisticsCache::rememberJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency, std::shared_ptr<const ClvJoin> join)
{
    Entry entry;
    entry.table = answers->answers.shared();
    entry.other = clv->clv.shared();
    entry.mapKey = currency;
    entry.join = std::move(join);
    remember(std::move(entry));
}

std::shared_ptr<const ClvJoin> StatisticsCache::clvJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency)
{
    if (const Entry *found = findJoin(answers, clv, currency))
        return found->join;
    ++mComputations;
    auto join = std::make_shared<const ClvJoin>(joinClv(answers->answerRows(), clv->clv, currency));
    rememberJoin(answers, clv, currency, join);
    return join;
}

std::shared_ptr<const ClvJoin> StatisticsCache::clvJoinIfReady(const DatasetRef &answers, const DatasetRef &clv, const QString &currency)
{
    if (answers->rowsPending())
        return nullptr;
    if (!mBehind)
        return clvJoin(answers, clv, currency);
    if (const Entry *found = findJoin(answers, clv, currency))
        return found->join;
    const QString key = address(answers->answers.shared().get()) + QLatin1Char(' ') + address(clv->clv.shared().get()) + QLatin1Char(' ') + currency;
    if (mBehind->running(QStringLiteral("join"), key))
        return nullptr;
    ++mComputations;
    // The worker holds its own references: the journey may drop the datasets meanwhile.
    mBehind->start(
        QStringLiteral("join"), key,
        [rows = answers->sharedAnswerRows(), values = clv, currency](const std::atomic_bool &) -> StatisticsBehind::Result {
            return std::make_shared<const ClvJoin>(joinClv(*rows, values->clv, currency));
        },
        [this, answers, clv, currency](const StatisticsBehind::Result &result) {
            rememberJoin(answers, clv, currency, std::static_pointer_cast<const ClvJoin>(result));
        });
    return nullptr;
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

QString StatisticsCache::modelKey(const DatasetRef &transactions, const clv::ClvModelSettings &settings, const QString &journeyCurrency)
{
    return settings.key() + QLatin1Char('\n') + journeyCurrency + QLatin1Char('\n') + transactions->name;
}

std::shared_ptr<const clv::JourneyClvModel> StatisticsCache::findModel(const DatasetRef &transactions, const QString &key) const
{
    for (const ModelEntry &entry : mModels)
        if (entry.table == transactions->transactions.shared() && entry.key == key)
            return entry.model;
    return nullptr;
}

void StatisticsCache::rememberModel(ModelEntry entry)
{
    clv::announceFit(entry.table, entry.key, entry.model);
    mModels.push_front(std::move(entry));
    constexpr std::size_t modelsKept = 2; // each holds its purchases: a million rows is tens of MB
    while (mModels.size() > modelsKept)
        mModels.pop_back();
}

std::shared_ptr<const clv::JourneyClvModel> StatisticsCache::clvModel(const DatasetRef &transactions, const clv::ClvModelSettings &settings,
                                                                      const QString &journeyCurrency)
{
    const QString key = modelKey(transactions, settings, journeyCurrency);
    if (auto found = findModel(transactions, key))
        return found;
    // Printing's own caches find the window's fit (it waits for it first).
    if (auto live = clv::liveFit(transactions->transactions.shared(), key)) {
        rememberModel({transactions->transactions.shared(), key, live});
        return live;
    }
    ++mComputations;
    auto model = clv::fitJourneyClvModel(*transactions, settings, journeyCurrency);
    rememberModel({transactions->transactions.shared(), key, model});
    return model;
}

std::shared_ptr<const clv::JourneyClvModel> StatisticsCache::clvModelIfReady(const DatasetRef &transactions,
                                                                             const clv::ClvModelSettings &settings,
                                                                             const QString &journeyCurrency)
{
    if (!mBehind)
        return clvModel(transactions, settings, journeyCurrency);
    const QString key = modelKey(transactions, settings, journeyCurrency);
    if (auto found = findModel(transactions, key))
        return found;
    if (auto live = clv::liveFit(transactions->transactions.shared(), key)) {
        rememberModel({transactions->transactions.shared(), key, live});
        return live;
    }
    const QString job = address(transactions->transactions.shared().get()) + QLatin1Char('\n') + key;
    if (mBehind->running(QStringLiteral("fit"), job))
        return nullptr;
    ++mComputations;
    mBehind->start(
        QStringLiteral("fit"), job,
        [transactions, settings, journeyCurrency](const std::atomic_bool &givenUp) -> StatisticsBehind::Result {
            const clv::GiveUpFitWhen giveUp(givenUp);
            auto model = clv::fitJourneyClvModel(*transactions, settings, journeyCurrency);
            return givenUp ? nullptr : model; // stopped halfway: not a fit
        },
        [this, table = transactions->transactions.shared(), key](const StatisticsBehind::Result &result) {
            rememberModel({table, key, std::static_pointer_cast<const clv::JourneyClvModel>(result)});
        });
    return nullptr;
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
