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
    static std::optional<Journey> load(const RecoverableSession &session, FormatError *error);
    static void discard(const RecoverableSession &session);

    // Meta keys written into recovery copies.
    static constexpr const char *originalPathKey = "recovery_original_path";
    static constexpr const char *writtenAtKey = "recovery_written_at";
};

} // namespace waymark
