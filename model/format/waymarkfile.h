#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QHash>
#include <QString>

#include <optional>

namespace waymark {

// Whether reading a journey waits for the rows of its large datasets. SummaryOnly: a large
// dataset comes as its summary and its rows are never read — for a command that needs only
// grouped figures (the headline `waymark import` writes after streaming a dataset in).
enum class DatasetRows { Now, Behind, SummaryOnly };

// The native `.waymark` file: one SQLite database (an "application file format").
// PRAGMA application_id marks it as ours; PRAGMA user_version is the schema version.
// Older schemas are upgraded step by step on open; newer ones are refused with a message
// naming the Waymark version that wrote them.
class WaymarkFile
{
public:
    static constexpr quint32 applicationId = 0x57594D4B; // "WYMK"
    static constexpr int schemaVersion = 12;
    // Files from this format on are read (and appended to) as they are, without an upgraded
    // copy in memory: format 12 changed only how dataset columns are stored, not what is there,
    // and a copy of a ten-million-answer file would cost its whole size in memory.
    static constexpr int readInPlaceSince = 11;

    // Reads and checks a journey. Never returns a half-loaded journey: on any problem
    // returns nullopt and fills `error`. With DatasetRows::Behind, a large dataset of answers
    // comes as its summary and its rows follow on a thread of their own
    // (format/waymarkdatasets.h): what a window opening a file wants, not a command.
    static std::optional<Journey> read(const QString &path, FormatError *error, DatasetRows rows = DatasetRows::Now);

    // Atomic: writes a complete new database next to `path`, syncs it, then renames it over
    // `path`. A crash at any moment leaves either the old or the new file. `extraMeta`
    // lands in the meta table (used by crash recovery to remember the original file).
    static bool write(const Journey &journey, const QString &path, FormatError *error,
                      const QHash<QString, QString> &extraMeta = {});

    // The meta table (key/value strings) of a Waymark file, empty on any error.
    static QHash<QString, QString> readMeta(const QString &path);
};

} // namespace waymark
