#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QLockFile>
#include <QString>
#include <QUuid>

#include <memory>
#include <vector>

namespace waymark {

// One edit of a shared journey made while the connection was down, as the person made it
// (not as a change with its server-side order key: the cell may look different by the time
// it is sent).
struct QueuedEdit {
    QUuid id;              // the edit's own id (a dot placed offline keeps it as its entity)
    QString kind;          // ServerChangeKind::card, comment, dot, or any other kind kept offline
    QUuid entity;          // the card, comment, stage, vote, arrow, …
    QString field;         // a card key, ServerChangeField::added, position, deleted, or an item's key
    QJsonValue value;      // a field's value; {stage, lane, fields} for an added card;
                           // {stage, lane} for a move; a comment's object; a dot's {vote, participant, card};
                           // for the other kinds the change's value as the live path writes it
                           // (a vote deleted with its dots: {"withDots": true})
    QUuid after;           // added or moved: the card it went after in its cell (null: first)
    qint64 seen = 0;       // the newest server change the session had applied when it was made
    qint64 tried = 0;      // the change id of a write that broke off at commit (it may be in)
    QDateTime madeAt;      // UTC, this laptop's clock

    bool operator==(const QueuedEdit &) const = default;
};

// The edits a session made while its connection was down, kept in the recovery store's
// folder (RecoveryStore::defaultDirectory()) until they reach the server, so a crash or a
// closed window while offline loses none of them (docs/server.md, "Off the network").
//
// One JSON file per session, `server-queue-<uuid>.json`, rewritten whole and synced (QSaveFile)
// after every edit queued or sent, removed once empty; a lock file next to it, held while the
// session lives, tells other Waymarks that its owner is still running. A session that opens
// the same journey on the same server later adopts the files whose owner is gone
// (adoptOrphans) and sends their edits first. Files appear only when something is queued.
class OfflineQueue
{
public:
    // `server` tells servers apart (host, port, database); `journey` the journey on it.
    OfflineQueue(const QString &directory, const QString &server, const QUuid &journey);
    ~OfflineQueue(); // keeps the file when edits remain
    OfflineQueue(const OfflineQueue &) = delete;
    OfflineQueue &operator=(const OfflineQueue &) = delete;

    const std::vector<QueuedEdit> &edits() const { return mEdits; }
    bool isEmpty() const { return mEdits.empty(); }
    QString filePath() const { return mPath; }

    // Appends and writes the file; false with `error` (translated) when it could not be kept.
    bool append(const QueuedEdit &edit, QString *error);
    // The oldest edit reached the server (or was reported): off the queue and the file.
    bool removeFirst(QString *error);
    // The newest edit taken back (undone before it was sent): off the queue and the file.
    bool removeLast(QString *error);
    // The oldest edit again, changed (a write of it broke off: `tried` set).
    bool replaceFirst(const QueuedEdit &edit, QString *error);
    // Takes in the queues other sessions left for this journey on this server (their Waymark
    // crashed or closed while offline), oldest first, ahead of this queue's own edits;
    // the number of edits taken. Unreadable files are left where they are and named in `problems`.
    int adoptOrphans(QStringList *problems);

    // Reads a queue file: its server, journey and edits; false with `error` naming the file.
    static bool read(const QString &path, QString *server, QUuid *journey, std::vector<QueuedEdit> *edits, QString *error);

private:
    bool save(QString *error);

    QString mDirectory;
    QString mServer;
    QUuid mJourney;
    QString mPath;
    std::unique_ptr<QLockFile> mLock;
    std::vector<QueuedEdit> mEdits;
};

} // namespace waymark
