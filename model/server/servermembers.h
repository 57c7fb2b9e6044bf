#pragma once

#include "server/serverroles.h"

#include <QString>
#include <QUuid>

#include <vector>

namespace waymark {

// One row of the server's `members` table (docs/server.md, "Members"): a database user who
// belongs to one of the journey's departments, and so may still change the cards in that
// department's lanes while they are locked. A user may belong to several departments.
struct ServerMember {
    QString user;      // the database user (a PostgreSQL login role)
    QUuid department;  // a department id of the journey
    bool operator==(const ServerMember &) const = default;
};

// A database user as the members editor offers it: a login role, with the Waymark role the
// database grants it (the most capable one; ServerRole::None when it holds none). Roles are
// granted by the database's administrator, not from Waymark.
struct ServerUser {
    QString name;
    ServerRole role = ServerRole::None;
    bool operator==(const ServerUser &) const = default;
};

// What the members editor changes, written in one transaction: rows taken away, rows added
// (changing a member's department is one of each).
struct MembersEdit {
    std::vector<ServerMember> removed;
    std::vector<ServerMember> added;
    bool isEmpty() const { return removed.empty() && added.empty(); }
};

} // namespace waymark
