#pragma once

namespace waymark {

class Journey;
class SqliteDatabase;

// Imported datasets in a .waymark file: the `datasets` table with provenance, and per
// dataset its columns as blobs in `dataset_columns` (format 4; see format/columnblobs.h).
// Format-3 files kept rows in `dataset_strings`, `nps_rows` and `clv_rows`; those are still
// read. Reading throws ReadFailure (format/waymarkreading.h); writing returns false on an
// SQL error.
void readDatasets(SqliteDatabase &db, Journey &journey);
bool writeDatasets(SqliteDatabase &db, const Journey &journey);

} // namespace waymark
