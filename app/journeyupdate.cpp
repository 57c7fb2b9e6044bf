#include "journeyupdate.h"

#include "datasetinput.h"
#include "format/journeyfiles.h"
#include "format/journeylock.h"
#include "journeydocument.h"

namespace waymark {

std::optional<int> updateJourneyFile(const QString &path, const std::function<bool(JourneyDocument &document, QString *error)> &change)
{
    // One writer at a time from the read to the rename: another import (or a save from the
    // window) into this journey meanwhile would otherwise be replaced unseen.
    FormatError formatError;
    JourneyLock lock(path);
    if (!lock.lock(JourneyLock::waitForOtherWriter, &formatError))
        return commandProblem(formatError.toString(), 1);
    FileFingerprint readFingerprint;
    std::optional<Journey> journey = openJourneyFile(path, &readFingerprint, &formatError, &lock);
    if (!journey)
        return commandProblem(formatError.toString(), 1);
    JourneyDocument document(std::move(*journey));
    QString error;
    if (!change(document, &error))
        return commandProblem(error, 1);
    // The fingerprint check also catches a writer that ignores the lock (an older Waymark).
    if (saveJourneyFile(document.journey(), path, &readFingerprint, nullptr, &formatError, &lock) != SaveResult::Saved)
        return commandProblem(formatError.toString(), 1);
    return std::nullopt;
}

} // namespace waymark
