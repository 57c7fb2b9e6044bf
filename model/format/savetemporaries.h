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

} // namespace SaveTemporaries

} // namespace waymark
