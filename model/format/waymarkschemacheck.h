#pragma once

#include <QString>

namespace waymark {

class SqliteDatabase;

// Before a .waymark file is read: is it built as Waymark builds files of its version? Every
// table the reader queries must be a real table (not a view or a virtual table) with the
// columns that version had, not computed ones; no views or triggers anywhere; every value
// stored with the type its column declares (a blob or NULL where text belongs is refused,
// not read as "" or U+FFFD); and no list longer than InputLimits allows. On a problem returns
// false with a message naming the table, row and column.
bool checkWaymarkTables(SqliteDatabase &file, int version, QString *error);

} // namespace waymark
