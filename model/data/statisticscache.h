#pragma once

#include "data/answerstatistics.h"
#include "data/clvstatistics.h"
#include "data/dataset.h"

#include <QString>

#include <deque>
#include <memory>
#include <vector>

namespace waymark {

class Journey;
class StatisticsBehind;
namespace clv {
struct ClvModelSettings;
struct JourneyClvModel;
}

// Statistics over a journey's datasets, computed once and kept: badges, charts, the PDF
// summary and the command line ask for the same groups again and again, and a million
// answers take a few hundred milliseconds to group. An entry is keyed on the dataset's shared
// table (never changed in place) and on what of the map the grouping reads: only groupings
// by stage read the map (a card's data key and stage), so a title or effort edit never
// recounts, and a renamed dataset (a new Dataset sharing the same table) is not recounted
// either. Holds the last `capacity` results; older ones are dropped.
class StatisticsCache
{
public:
    explicit StatisticsCache(std::size_t capacity = 48);
    ~StatisticsCache();
    // Results computed behind come back to `this`: it stays where it is.
    StatisticsCache(const StatisticsCache &) = delete;
    StatisticsCache &operator=(const StatisticsCache &) = delete;

    // The window's cache (JourneyDocument's) computes the CLV join and the lifetime-value fit
    // behind, on a worker thread: the *IfReady accessors return nullptr meanwhile and
    // behind()->ready() says when the result is in. Any other cache (printing, the command
    // line, tests) computes them at once in the *IfReady accessors too, waiting.
    void computeBehind();
    StatisticsBehind *behind() const { return mBehind.get(); } // null unless computeBehind()

    using Groups = std::shared_ptr<const std::vector<MetricGroup>>;
    // The dataset's answers grouped by `by` with its own metric (or `metric` when given).
    Groups groups(const DatasetRef &dataset, const std::vector<Dimension> &by, const Journey *journey, const Metric *metric = nullptr);
    // The answers joined to the lifetime values by customer; waits for answers still being read.
    std::shared_ptr<const ClvJoin> clvJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency);
    // The same without waiting, for the window: nullptr while the answers' rows are still
    // being read (the join needs customers, which the summary has not; nothing starts then),
    // and, in a cache that computes behind, while the join runs on a worker.
    std::shared_ptr<const ClvJoin> clvJoinIfReady(const DatasetRef &answers, const DatasetRef &clv, const QString &currency);
    // Rows per touchpoint key of the dataset (keys in the table's order; rows without one left out).
    using KeyCounts = std::shared_ptr<const std::vector<QPair<QString, qint64>>>;
    KeyCounts touchpointKeyCounts(const DatasetRef &dataset);
    // The lifetime value model fitted on a transactions dataset (a second or so on a large
    // file: fitted once per table and settings; the last two are kept).
    std::shared_ptr<const clv::JourneyClvModel> clvModel(const DatasetRef &transactions, const clv::ClvModelSettings &settings,
                                                         const QString &journeyCurrency);
    // The same without waiting, for the window: in a cache that computes behind, nullptr until
    // the fit started on a worker is in (at most one fit at a time; a fit for other data or
    // settings is given up). Otherwise the same as clvModel.
    std::shared_ptr<const clv::JourneyClvModel> clvModelIfReady(const DatasetRef &transactions, const clv::ClvModelSettings &settings,
                                                                const QString &journeyCurrency);
    void clear();

    // How many results were computed rather than found (tests and benchmarks).
    std::size_t computations() const { return mComputations; }

private:
    struct Entry {
        std::shared_ptr<const AnswerTable> table;  // a renamed dataset keeps its table, and its results
        std::shared_ptr<const ClvTable> other;     // CLV joins: the CLV table
        std::vector<Dimension> by;
        const Metric *metric = nullptr;
        QString mapKey;                      // stage groupings: the map's data key → stage
        Groups groups;
        std::shared_ptr<const ClvJoin> join;
        KeyCounts keyCounts;
    };
    void remember(Entry entry);
    const Entry *findJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency) const;
    void rememberJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency, std::shared_ptr<const ClvJoin> join);

    struct ModelEntry {
        std::shared_ptr<const TransactionTable> table;
        QString key; // settings and currency
        std::shared_ptr<const clv::JourneyClvModel> model;
    };
    static QString modelKey(const DatasetRef &transactions, const clv::ClvModelSettings &settings, const QString &journeyCurrency);
    std::shared_ptr<const clv::JourneyClvModel> findModel(const DatasetRef &transactions, const QString &key) const;
    void rememberModel(ModelEntry entry);
    std::deque<ModelEntry> mModels; // most recent first

    std::deque<Entry> mEntries; // most recent first
    std::size_t mCapacity;
    std::size_t mComputations = 0;
    std::unique_ptr<StatisticsBehind> mBehind;
};

// What a stage grouping reads of the map, as one text: each card's data key and its stage's
// name (cards without a data key left out). Equal texts give equal stage groups.
QString stageMapKey(const Journey &journey);

} // namespace waymark
