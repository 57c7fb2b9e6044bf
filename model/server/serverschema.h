#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace waymark {

// The tables a shared journey lives in (docs/server.md), created and upgraded by Waymark
// itself with numbered migrations, as the .waymark file's schema is. Each migration is one
// function, idempotent (it may meet a half-done earlier attempt), and runs in its own
// transaction under an advisory lock, so two Waymarks connecting at once migrate once.
namespace ServerSchema {

// 1: journeys, cards, comments, dots, changes; 2: roles and row-level security; 3: lane and
// stage locks, the frozen board, who belongs to which department; 4: stages, lanes and
// departments edited live; 5: votes started and closed, dots taken back, comments changed and
// deleted live; 6: arrows between cards, personas and participants edited live; 7: the
// journey's title, description, currency and settings, the agenda and the business case edited
// live, votes deleted with their dots, a vote's time limit on the server's clock.
inline constexpr int version = 8;

// The schema version the database holds: 0 when Waymark never set it up; nullopt on error.
std::optional<int> versionOf(QSqlDatabase &db, QString *error);

// Brings the database to `version`. Refuses a database whose schema is newer than this
// Waymark knows (it would misread the tables), saying so.
bool migrate(QSqlDatabase &db, QString *error);

} // namespace ServerSchema

} // namespace waymark
