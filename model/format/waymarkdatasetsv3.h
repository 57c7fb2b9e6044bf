#pragma once

#include "data/datatables.h"

#include <QString>

namespace waymark {

class SqliteDatabase;

// Datasets as format 3 kept them (one SQL row per text and per answer, in `dataset_strings`,
// `nps_rows` and `clv_rows`), still read; later formats keep columns as blobs
// (format/waymarkdatasets.h). Throw ReadFailure (format/waymarkreading.h).
void readStringRows(SqliteDatabase &db, qint64 dataset, StringPool &strings, const QString &what);
void readNpsRowsV3(SqliteDatabase &db, qint64 dataset, AnswerTable &table, const QString &what);
void readClvRowsV3(SqliteDatabase &db, qint64 dataset, ClvTable &table, const QString &what);

} // namespace waymark
