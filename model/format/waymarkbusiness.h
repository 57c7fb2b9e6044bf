#pragma once

namespace waymark {

class Journey;
class SqliteDatabase;

// The business case in a .waymark file (format 7): what system cards say about their systems
// (`system_supports`; age and limitations are columns of `touchpoints`), `opportunities` with
// their `opportunity_changes`, `opportunity_added_cards` and `opportunity_systems`, and
// `scenarios` with their ordered `scenario_opportunities`. Reading throws ReadFailure
// (format/waymarkreading.h) naming the table and row; ranges are left to Journey::problems().
// Writing returns false on an SQL error.
void readBusinessCase(SqliteDatabase &db, Journey &journey);
bool writeBusinessCase(SqliteDatabase &db, const Journey &journey);

} // namespace waymark
