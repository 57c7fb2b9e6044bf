#pragma once

#include <QString>
#include <QUuid>

namespace waymark {

// A facilitator's lock on a shared journey (docs/server.md, "Locks and the frozen board"):
// a lane or a stage whose cards only the facilitators and the lane's department may change,
// or the whole board frozen during a talk. The database enforces it (server schema 3); the
// window shows it.
struct ServerLock {
    QString kind;   // ServerLockKind::…
    QUuid target;   // the lane or the stage (for the board: the journey)
    QString reason; // as the facilitator gave it; may be empty
    QString author; // the facilitator's name
    bool operator==(const ServerLock &) const = default;
};

namespace ServerLockKind {
inline const QString lane = QStringLiteral("lane");
inline const QString stage = QStringLiteral("stage");
inline const QString board = QStringLiteral("board");
} // namespace ServerLockKind

} // namespace waymark
