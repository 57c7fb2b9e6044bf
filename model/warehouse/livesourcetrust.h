#pragma once

#include "warehouse/postgressource.h"

// Sources of live datasets this user has chosen to read (issue 20). A journey file names a
// server and a table or query; refreshing it connects there as this user (with this user's
// ~/.pgpass), runs the query and keeps the counts in the journey — which may then travel back
// to whoever sent the file. So a source seen for the first time is shown and confirmed before
// the window connects. The list is the user's own (QSettings), never part of a journey.
namespace waymark {

// Hex SHA-256 of the source as a journey keeps it (server, table or query, metric, mapping):
// a file that changes any of them is a new source.
QString liveSourceFingerprint(const PostgresAnswerSource &source);
bool isTrustedLiveSource(const PostgresAnswerSource &source);
// Remembers the source (the newest 500: an old one is asked about again).
void trustLiveSource(const PostgresAnswerSource &source);

} // namespace waymark
