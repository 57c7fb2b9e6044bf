#pragma once

namespace waymark {

class Journey;
class SqliteDatabase;

// The workshop in a .waymark file (format 5): participants, votes with their dots, the
// agenda and comments, one table each. Reading throws ReadFailure (format/waymarkreading.h);
// writing returns false on an SQL error.
void readWorkshop(SqliteDatabase &db, Journey &journey);
bool writeWorkshop(SqliteDatabase &db, const Journey &journey);

} // namespace waymark
