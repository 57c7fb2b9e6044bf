#pragma once

#include <QString>

#include <cstddef>

namespace waymark {

class Journey;
struct AnswerTable;
struct Dataset;
class SqliteDatabase;

// Imported datasets in a .waymark file: the `datasets` table with provenance, and per
// dataset its columns as blobs in `dataset_columns` (format 4; see format/columnblobs.h).
// Format-3 files kept rows in `dataset_strings`, `nps_rows` and `clv_rows`; those are still
// read. Reading throws ReadFailure (format/waymarkreading.h); writing returns false on an
// SQL error.
//
// A dataset of answers given one by one also keeps its summary (data/answersummary.h) as
// columns named with summaryPrefix() — older Waymarks read past them. With `behind`, a
// dataset of at least `fromRows` answers that has one is read in two steps: its summary at
// once, as `answers`, and its rows on a thread of their own (Dataset::pendingRows) through a
// second connection to the file, opened before this returns; the rows are checked by the
// journey's rules and the summary against them there.
struct RowsBehind {
    QString path;
    std::size_t fromRows = 100'000;
    bool readRows = true; // false: the summary stands for the rows, which are never read
};
void readDatasets(SqliteDatabase &db, Journey &journey, const RowsBehind *behind = nullptr);
bool writeDatasets(SqliteDatabase &db, const Journey &journey);
QString summaryPrefix();

// A dataset of answers written a chunk at a time (format 11; format/waymarkappend.h): its
// row in `datasets`, each chunk's columns — chunk 0 under the columns' names, chunk k under
// "name#k", its texts continuing the earlier chunks' numbering — and then its summary.
// Readers put the chunks together in order.
QString datasetChunkName(const QString &name, int chunk);
bool writeDatasetRow(SqliteDatabase &db, qint64 position, const Dataset &dataset);
bool writeAnswerChunk(SqliteDatabase &db, qint64 position, int chunk, const AnswerTable &rows);
bool writeAnswerSummary(SqliteDatabase &db, qint64 position, const AnswerTable &summary);

} // namespace waymark
