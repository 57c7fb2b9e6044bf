#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QString>

#include <optional>

namespace waymark {

// Picks the format from the file name: `*.waymark.json` / `*.json` is JSON, anything else
// the native SQLite file. Shared by the GUI and the command line.
enum class JourneyFileKind { Native, Json };
JourneyFileKind journeyFileKind(const QString &path);
std::optional<Journey> readJourneyFile(const QString &path, FormatError *error);
bool writeJourneyFile(const Journey &journey, const QString &path, FormatError *error);

} // namespace waymark
