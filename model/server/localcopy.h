#pragma once

#include "server/journeyparts.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <optional>

namespace waymark {

// The last copy of a shared journey this laptop held, so that the window can open it while
// the server does not answer (docs/server.md, "Off the network"). It lives beside the offline
// queue, in the recovery store's folder: the copy and the queue together are what opening
// offline needs, both are this laptop's own state of a shared journey (not a document the
// person saved), and both are found again by the server and the journey.
//
// It is the journey *as the server held it* at change `lastChange` (the edits queued on top
// are the queue's), with the cards' exact order keys, so catching up from `lastChange` when
// the server answers again gives exactly the server's journey. Two files, rewritten whole and
// synced (QSaveFile): `server-copy-<journey>-<server>.json` (the parts, small, written on
// every disconnection) and `….data.json` (the imported datasets, possibly large and never
// changed live, written once per opening).
struct LocalCopy {
    JourneyParts parts; // the base with its "datasets" again
    qint64 lastChange = 0;
    int role = 0;       // ServerRole, as the server last said
    QDateTime savedAt;  // UTC

    // The copy's file for this journey on this server (host, port, database).
    static QString pathFor(const QString &directory, const QString &server, const QUuid &journey);
    // Writes the parts (their base without datasets); the datasets' file too when `datasets`
    // is given. False with `error` (translated) naming the file.
    static bool save(const QString &path, const JourneyParts &parts, qint64 lastChange, int role, const QJsonValue *datasets, QString *error);
    // Reads both files; nullopt with `error` (translated) saying what and where.
    static std::optional<LocalCopy> read(const QString &path, QString *error);
};

} // namespace waymark
