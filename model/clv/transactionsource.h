#pragma once

#include "clv/transactions.h"

namespace waymark::clv {

// Purchases from a file of any layout the survey import reads: CSV/TSV/semicolon text or
// CDNOW's whitespace columns (readTransactions), an .xlsx workbook's sheet (the first, or
// `sheet` by name or number), or JSON (an array of objects, an object holding one, or one
// object per line). Workbooks and JSON are turned into CSV text first, so every layout is
// read, checked and refused row by row by the same code: line N of a workbook is its row N;
// in JSON, line N is item N − 1 (line 1 is the header made of the keys).
TransactionFile readTransactionSource(const QByteArray &bytes, const QString &fileName, const QString &sheet = QString());

} // namespace waymark::clv
