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
    explicit StatisticsCache(std::size_t capacity = 48) : mCapacity(capacity) {}

    using Groups = std::shared_ptr<const std::vector<MetricGroup>>;
    // The dataset's answers grouped by `by` with its own metric (or `metric` when given).
    Groups groups(const DatasetRef &dataset, const std::vector<Dimension> &by, const Journey *journey, const Metric *metric = nullptr);
    // The answers joined to the lifetime values by customer; waits for answers still being read.
    std::shared_ptr<const ClvJoin> clvJoin(const DatasetRef &answers, const DatasetRef &clv, const QString &currency);
    // The same without waiting, for the window: nullptr while the answers' rows are still
    // being read (the join needs customers, which the summary has not), and nothing is kept
    // then — the join is computed once the rows are there.
    std::shared_ptr<const ClvJoin> clvJoinIfRead(const DatasetRef &answers, const DatasetRef &clv, const QString &currency);
    // Rows per touchpoint key of the dataset (keys in the table's order; rows without one left out).
    using KeyCounts = std::shared_ptr<const std::vector<QPair<QString, qint64>>>;
    KeyCounts touchpointKeyCounts(const DatasetRef &dataset);
    // The lifetime value model fitted on a transactions dataset (a second or so on a large
    // file: fitted once per table and settings; the last two are kept).
    std::shared_ptr<const clv::JourneyClvModel> clvModel(const DatasetRef &transactions, const clv::ClvModelSettings &settings,
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

    struct ModelEntry {
        std::shared_ptr<const TransactionTable> table;
        QString key; // settings and currency
        std::shared_ptr<const clv::JourneyClvModel> model;
    };
    std::deque<ModelEntry> mModels; // most recent first

    std::deque<Entry> mEntries; // most recent first
    std::size_t mCapacity;
    std::size_t mComputations = 0;
};

// What a stage grouping reads of the map, as one text: each card's data key and its stage's
// name (cards without a data key left out). Equal texts give equal stage groups.
QString stageMapKey(const Journey &journey);

} // namespace waymark
