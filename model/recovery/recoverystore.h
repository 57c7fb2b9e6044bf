#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace waymark {

// A recovery copy left behind by a Waymark session that ended without saving (a crash, a
// kill, a power cut).
struct RecoverableSession {
    QString recoveryFile;
    QString originalPath; // empty for a document that was never saved
    QString title;        // the journey's title, to show in the offer
    QDateTime writtenAt;
};

// Finds, loads and discards recovery copies. Copies of sessions that are still running
// (their lock is held) are never offered.
class RecoveryStore
{
public:
    // <AppLocalDataLocation>/recovery, or $WAYMARK_RECOVERY_DIR when set (tests, CI).
    static QString defaultDirectory();

    static QList<RecoverableSession> find(const QString &directory);
    // The copies of the journey in `originalPath` (under any spelling of the path, links
    // followed): what to offer when that file is opened, and nothing else.
    static QList<RecoverableSession> findFor(const QString &directory, const QString &originalPath);
    // What no opened file would ever bring up: copies of journeys never saved, and of
    // files that are gone. Offered at start-up when no file is opened.
    static QList<RecoverableSession> findWithoutFile(const QString &directory);
    // True when both paths name the same file (links followed when the file exists).
    static bool sameFile(const QString &a, const QString &b);
    static std::optional<Journey> load(const RecoverableSession &session, FormatError *error);
    static void discard(const RecoverableSession &session);

    // Meta keys written into recovery copies.
    static constexpr const char *originalPathKey = "recovery_original_path";
    static constexpr const char *writtenAtKey = "recovery_written_at";
};

} // namespace waymark
