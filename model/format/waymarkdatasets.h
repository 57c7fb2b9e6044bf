#pragma once

#include <QString>

#include <cstddef>

namespace waymark {

class Journey;
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
};
void readDatasets(SqliteDatabase &db, Journey &journey, const RowsBehind *behind = nullptr);
bool writeDatasets(SqliteDatabase &db, const Journey &journey);
QString summaryPrefix();

} // namespace waymark
