#pragma once

#include "data/datatables.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <memory>

namespace waymark {

class Metric;
class PendingAnswers;

// Survey answers of one metric (data/metrics), customer lifetime values, or purchases the
// lifetime value models learn from (clv/).
enum class DatasetKind { Answers, Clv, Transactions };

// Where an imported dataset came from, kept with it so a figure on a slide can be traced
// back to a file.
struct DatasetSource {
    QString fileName;  // the imported file's name (not its folder: files travel)
    QString sha256;    // hex digest of the imported bytes
    QDateTime importedAt; // UTC
    QString mapping;   // "column=field" pairs, one per line
    QString encoding;  // what the bytes were read as
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    bool operator==(const DatasetSource &) const = default;
};

// A dataset's table, shared between copies of the dataset: renaming a dataset (a new Dataset
// value, as every edit makes) must not copy a million rows. Reads go through -> or the
// implicit const reference; edit() gives a private copy first if the table is shared.
template <typename Table>
class SharedTable
{
public:
    SharedTable() : mTable(std::make_shared<Table>()) {}
    const Table *operator->() const { return mTable.get(); }
    const Table &operator*() const { return *mTable; }
    operator const Table &() const { return *mTable; } // NOLINT: read like the table itself
    Table &edit()
    {
        if (mTable.use_count() > 1)
            mTable = std::make_shared<Table>(*mTable);
        return *mTable;
    }
    // The same pointer means the same rows: caches key on it and keep it alive.
    std::shared_ptr<const Table> shared() const { return mTable; }
    bool operator==(const SharedTable &other) const { return mTable == other.mTable || *mTable == *other.mTable; }

private:
    std::shared_ptr<Table> mTable;
};

// An imported table of survey answers, CLV values or purchases; `kind` says which table is filled.
struct Dataset {
    QUuid id;
    QString name;
    DatasetKind kind = DatasetKind::Answers;
    QString metricKey = QStringLiteral("nps"); // answers: which metric (metricByKey)
    QString currency;  // CLV: the currency of values that name none; transactions: of every amount
    DatasetSource source;
    // Answers: the rows, or — for a large dataset whose file is still being read (below) —
    // the rows' summary (data/answersummary.h), from which every grouped statistic comes out
    // the same. Read `answerRows()` for anything that needs the rows themselves.
    SharedTable<AnswerTable> answers;
    SharedTable<ClvTable> clv;
    SharedTable<TransactionTable> transactions;
    // Set when `answers` is a summary: the rows, read on a thread of their own.
    std::shared_ptr<PendingAnswers> pendingRows;
    // The answers row by row; waits for a read still under way. A read that failed gives the
    // summary (no respondents, customers or comments); writers check pendingRows first.
    const AnswerTable &answerRows() const;
    std::shared_ptr<const AnswerTable> sharedAnswerRows() const; // the same, shared (caches key on it)
    // The rows without waiting: nullptr while they are still being read.
    const AnswerTable *answerRowsIfRead() const;
    // True while the rows are still being read: what needs them (respondents, customers,
    // comments) shows without them meanwhile and follows JourneyDocument::datasetRowsRead.
    bool rowsPending() const;
    // Why the rows read behind could not be read (empty: they were, or nothing was pending);
    // waits for the read. A dataset with such an error must not be written: it would lose them.
    QString rowsError() const;
    // Rows of the dataset (answers given, not groups of a summary).
    std::size_t rows() const;
    // The answers' metric; nullptr for CLV (and for a key no metric has, which readers refuse).
    const Metric *metric() const;
    // "nps", "csat", …, "clv" or "transactions": the kind as files and the command line name it.
    QString kindKey() const;
    // Sets kind and metric from a key kindKey() gave; false for an unknown key.
    bool setKindKey(const QString &key);
    // Compares the rows, waiting for them only when one side is a summary the other is not.
    bool operator==(const Dataset &other) const;
};

// Datasets are large (a million rows) and never edited in place: a journey holds shared,
// immutable ones, so copying a journey (undo snapshots, saving) stays cheap, and equality
// compares contents.
class DatasetRef
{
public:
    DatasetRef() = default;
    explicit DatasetRef(Dataset dataset)
        : mData(std::make_shared<const Dataset>(std::move(dataset)))
    {
    }
    const Dataset &operator*() const { return *mData; }
    // The shared table itself: the same pointer means the same contents (datasets are never
    // changed in place), so caches key on it and keep it alive.
    const std::shared_ptr<const Dataset> &shared() const { return mData; }
    const Dataset *operator->() const { return mData.get(); }
    bool operator==(const DatasetRef &other) const
    {
        return mData == other.mData || (mData && other.mData && *mData == *other.mData);
    }

private:
    std::shared_ptr<const Dataset> mData;
};

} // namespace waymark
