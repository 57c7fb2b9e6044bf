#include "format/journeyfiles.h"

#include "format/journeyjson.h"
#include "format/journeylock.h"
#include "format/savetemporaries.h"
#include "format/waymarkfile.h"
#include "data/statisticscache.h"
#include "portfolio/journeyheadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <chrono>
#include <optional>

namespace waymark {

namespace {

struct JourneyFilesText {
    Q_DECLARE_TR_FUNCTIONS(JourneyFiles)
};

} // namespace

JourneyFileKind journeyFileKind(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? JourneyFileKind::Json : JourneyFileKind::Native;
}

std::optional<Journey> readJourneyFile(const QString &path, FormatError *error, DatasetRows rows)
{
    if (journeyFileKind(path) == JourneyFileKind::Json)
        return JourneyJson::read(path, error);
    return WaymarkFile::read(path, error, rows);
}

bool writeJourneyFile(const Journey &journey, const QString &path, FormatError *error, const JourneyHeadline *headline)
{
    if (journeyFileKind(path) == JourneyFileKind::Json)
        return JourneyJson::write(journey, path, error);
    std::optional<JourneyHeadline> computed;
    if (!headline) {
        StatisticsCache scratch;
        computed = journeyHeadline(journey, scratch);
        headline = &*computed;
    }
    return WaymarkFile::write(journey, path, error, {{QStringLiteral("summary"), QString::fromUtf8(headline->toJson())}});
}

std::optional<Journey> openJourneyFile(const QString &path, FileFingerprint *fingerprint, FormatError *error,
                                       JourneyLock *heldLock, DatasetRows rows)
{
    const QString target = JourneyLock::realJourneyPath(path);
    if (heldLock && heldLock->isLocked()) {
        SaveTemporaries::removeLeftovers(target, QDateTime::currentDateTimeUtc().addDays(1));
    } else if (QFileInfo::exists(target)) {
        // Only with the lock: a temporary file could otherwise be a save running right now.
        // Not waiting for it: reading needs no lock, and the next open cleans up.
        JourneyLock lock(path);
        if (lock.lock(std::chrono::milliseconds(0), nullptr))
            SaveTemporaries::removeLeftovers(target, QDateTime::currentDateTimeUtc().addDays(1));
    }
    if (fingerprint)
        *fingerprint = FileFingerprint::of(target);
    return readJourneyFile(path, error, rows);
}

SaveResult saveJourneyFile(const Journey &journey, const QString &path, const FileFingerprint *expected,
                           FileFingerprint *written, FormatError *error, JourneyLock *heldLock, const JourneyHeadline *headline)
{
    std::optional<JourneyLock> ownLock;
    if (!heldLock || !heldLock->isLocked()) {
        ownLock.emplace(path);
        if (!ownLock->lock(JourneyLock::waitForOtherWriter, error))
            return SaveResult::Failed;
    }
    const QString target = JourneyLock::realJourneyPath(path);
    // A file removed since it was read holds nobody's work: saving simply makes it again.
    const FileFingerprint now = expected ? FileFingerprint::of(target) : FileFingerprint();
    if (expected && now.exists && now != *expected) {
        if (error) {
            const QString name = QFileInfo(path).fileName();
            *error = {path, 0, 0, {},
                      expected->exists ? JourneyFilesText::tr("%1 was changed by another program since it was read; "
                                                              "saving now would overwrite those changes.").arg(name)
                                       : JourneyFilesText::tr("%1 was made by another program since the journey was "
                                                              "read; saving now would overwrite it.").arg(name)};
        }
        return SaveResult::ChangedOnDisk;
    }
    if (!writeJourneyFile(journey, path, error, headline))
        return SaveResult::Failed;
    if (written)
        *written = FileFingerprint::of(target);
    return SaveResult::Saved;
}

} // namespace waymark
