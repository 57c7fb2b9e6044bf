#pragma once

#include "server/journeyparts.h"

#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace waymark {

// What the shared Edit → Undo and Redo actions say they will take back or make again
// (docs/server.md, "Undo"): "&Undo Move “Open account”", "&Redo Lock Lane “Back office”",
// "&Undo Edit Journey Title", as a desktop application's undo names its step. Worded here,
// without widgets, for every kind of undo step and queued offline edit; the session picks
// the step (ServerSession::undoText, redoText) and the window only shows the text.
namespace ServerUndoText {

// One change as undo sees it: a session's UndoStep or a queued edit (OfflineQueue).
struct Subject {
    QString kind;      // ServerChangeKind::…
    QUuid entity;
    QString field;     // ServerChangeField::…, a key, or for a lock the ServerLockKind
    QJsonValue before; // what the change replaced (undefined when not known: a queued edit)
    QJsonValue after;  // what it wrote
    QString name;      // the thing's name when the caller knows it better (a dataset's)
};

// The longest name shown whole; longer ones are cut with "…".
constexpr int maxNameLength = 30;

// "Move “Open account”", "Place Dot in “Pain points”", "Add Comment" (translated): the kind of
// change and the thing's name as `parts` hold it now (a rename by someone else shows), else as
// `earlier` held it (the journey before the queued edits), else from the change's own values
// (a deleted card's title).
QString describe(const Subject &subject, const JourneyParts &parts, const JourneyParts *earlier = nullptr);
// The name cut to maxNameLength characters with "…", on one line.
QString elided(const QString &name);
// The actions' texts: "&Undo %1" / "&Redo %1", or with nothing to undo or redo
// "&Undo My Last Change" / "&Redo My Undone Change".
QString undoAction(const QString &what);
QString redoAction(const QString &what);

} // namespace ServerUndoText

} // namespace waymark
