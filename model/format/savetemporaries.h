#pragma once

#include <QDateTime>
#include <QString>

namespace waymark {

// The temporary file a .waymark save builds beside its target (".<name>.XXXXXX.tmp") before
// renaming it over the target. A save killed before the rename leaves it behind.
namespace SaveTemporaries {

// The QTemporaryFile template for a save to `target` (an absolute path, links resolved).
QString nameTemplate(const QString &target);

// Removes the temporaries of saves to `target` (and their SQLite "-journal" files) last
// modified before `modifiedBefore`, and returns how many. Only names a save makes are touched. Call it with the journey's
// JourneyLock held and any time (the next open), or without it only for ones too old to
// belong to a save still running (after a save).
int removeLeftovers(const QString &target, const QDateTime &modifiedBefore);

// Puts a finished temporary file in the target's place: syncs it to disk, gives it the
// target's permissions (or the umask's for a new file), renames it over the target and syncs
// the folder so the rename itself lasts. False with `why` when the disk refused a step; the
// target is then untouched.
bool replaceTarget(const QString &temporary, const QString &target, QString *why);

} // namespace SaveTemporaries

} // namespace waymark
