#pragma once

#include "format/filefingerprint.h"
#include "format/formaterror.h"
#include "format/waymarkfile.h"
#include "journey.h"

#include <QString>

#include <optional>

namespace waymark {

class JourneyLock;
struct JourneyHeadline;

// Picks the format from the file name: `*.waymark.json` / `*.json` is JSON, anything else
// the native SQLite file. Shared by the GUI and the command line.
enum class JourneyFileKind { Native, Json };
JourneyFileKind journeyFileKind(const QString &path);
std::optional<Journey> readJourneyFile(const QString &path, FormatError *error, DatasetRows rows = DatasetRows::Now);
// A .waymark file keeps the journey's headline (portfolio/journeyheadline.h) in its meta
// table: `headline` when given (a window computes it with the statistics its badges use,
// on its own thread, before writing on another), else computed here.
bool writeJourneyFile(const Journey &journey, const QString &path, FormatError *error,
                      const JourneyHeadline *headline = nullptr);

// Reading a journey to change it and write it back (the editor's Open, `waymark import`).
// With the journey's lock held — `heldLock`, or taken here when no other writer has it —
// first removes the temporary files saves killed mid-way left beside it, then notes the
// file's fingerprint (before reading: a change during the read is then seen as a change).
std::optional<Journey> openJourneyFile(const QString &path, FileFingerprint *fingerprint, FormatError *error,
                                       JourneyLock *heldLock = nullptr, DatasetRows rows = DatasetRows::Now);

// Writing a journey back. Holds the journey's lock for the write (`heldLock`, or taken
// here, waiting up to JourneyLock::waitForOtherWriter for another writer, then refused
// naming it). With `expected`, refuses when the file is no longer the one read
// (ChangedOnDisk: another program saved it meanwhile). `written` gets the new fingerprint.
enum class SaveResult { Saved, ChangedOnDisk, Failed };
SaveResult saveJourneyFile(const Journey &journey, const QString &path, const FileFingerprint *expected,
                           FileFingerprint *written, FormatError *error, JourneyLock *heldLock = nullptr,
                           const JourneyHeadline *headline = nullptr);

} // namespace waymark
