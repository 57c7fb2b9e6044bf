#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace waymark {

// Who may do what on a shared journey, enforced by PostgreSQL itself (docs/server.md):
// four group roles, table privileges, and row-level security policies whose checks name the
// rule that refused a write. A database user gets a role with
// `GRANT waymark_participant TO alice;`. The tables' owner (whoever set the schema up) and
// superusers pass every rule, as facilitators.
enum class ServerRole {
    Facilitator, // everything
    Participant, // cards, dots, comments
    Reviewer,    // comments only
    Viewer,      // reads only
    None,        // no Waymark role: may not even read
};

namespace ServerRoles {

// The roles' names in PostgreSQL.
QString roleName(ServerRole role);

// The role the connection's user acts in (the most capable one it holds).
std::optional<ServerRole> roleOf(QSqlDatabase &db, QString *error);

// Translated, for the window: what the role may do.
QString describe(ServerRole role);

// A server's refusal rephrased for people when it came from one of Waymark's rules
// ("waymark rule <id>: …"); otherwise the server's message as it is.
QString explainRefusal(const QString &serverMessage);
// The same for a change of `members`, whose rule (facilitators-lock) it shares with the locks.
QString explainMembersRefusal(const QString &serverMessage);
// The id of the Waymark rule a server's message names ("locked-lane"), or empty.
QString ruleOf(const QString &serverMessage);

// Migration 2 of the server schema (serverschema.cpp): the roles, their grants, and the
// policies. Needs a user allowed to create roles the first time on a cluster.
bool migrateRoles(QSqlDatabase &db, QString *error);

} // namespace ServerRoles

} // namespace waymark
