#pragma once

#include "journey.h"
#include "server/journeyparts.h"
#include "server/offlinequeue.h"
#include "server/serverdatasettransfers.h"
#include "server/serversessionnotes.h"
#include "server/serverchange.h"
#include "server/serverlock.h"
#include "server/servermembers.h"
#include "server/serverroles.h"
#include "warehouse/postgresurl.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QUuid>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QSqlDatabase;
class QSqlQuery;
class QTimer;

namespace waymark {

// One person's live view of a journey shared on a PostgreSQL server (docs/server.md),
// headless: the window builds on it. It holds the journey, writes each local change as one
// row of `changes` plus the entity itself in one transaction, and is told of everyone's
// changes by NOTIFY; it then reads every change after the last one it applied, in id order,
// so every session applies the same changes in the same order and they all converge on
// what the database holds. Missed notifications (a dropped connection) cost nothing: the
// next catch-up reads from the last id seen.
//
// The change functions return the new change's id (it has been applied here already), or
// nullopt with `error` saying why nothing was saved (translated): the change would break the
// journey, the card was deleted by someone (named), the vote's rules, the server.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *notifyChannel = "waymark_changes";
    // Who is connected: sessions say hello, here and bye on it (nothing is stored).
    static constexpr const char *presenceChannel = "waymark_presence";
    // Follow-me: a presenting session's view, nothing stored (serversessionfollow.cpp).
    static constexpr const char *followChannel = "waymark_follow";
    // Members changed (serversessionmembers.cpp): "<journey>|<author>"; every session reads its
    // departments again. Nothing else is stored for it (the `changes` log takes only journey
    // and lock changes in server schema 3).
    static constexpr const char *membersChannel = "waymark_members";

    ServerSession(const PostgresAddress &address, const QUuid &journeyId, const QString &author, QObject *parent = nullptr);
    ~ServerSession() override;
    ServerSession(const ServerSession &) = delete;
    ServerSession &operator=(const ServerSession &) = delete;

    // Connects, listens, and loads the journey (the first time) or reads the changes made
    // while away (after a disconnection).
    bool connectToServer(QString *error);
    void disconnectFromServer();
    bool isConnected() const;
    // Whether the last connectToServer() failed to reach the server at all (rather than
    // being refused by it, or finding no such journey there).
    bool serverUnreachable() const { return mUnreachable; }
    // Opens the journey from the last copy this laptop held (keepOfflineEdits' folder),
    // instead of the server: the session stays disconnected, edits are queued, and
    // connectToServer() later catches up from the copy's newest change and sends them. False
    // with `error` saying why when there is no usable copy.
    bool openLocalCopy(QString *error);
    // When the copy the journey was opened from was written (null: opened from the server).
    QDateTime openedFromCopy() const { return mOpenedFromCopy; }
    // Shown in pg_stat_activity.application_name, unique per session.
    QString applicationName() const { return mApplicationName; }

    // What the database lets this session's user do (the window greys out the rest; the
    // database refuses it anyway).
    ServerRole role() const { return mRole; }

    const Journey &journey() const;
    // The journey's parts without its datasets (journey() has them; each is a row of its own).
    const JourneyParts &parts() const { return mParts; }
    QUuid journeyId() const { return mJourneyId; }
    QString author() const { return mAuthor; }
    qint64 lastSeenChange() const { return mLastSeen; }
    // Every change of ours that was overwritten or lost with its card, oldest first.
    const std::vector<LostChange> &lostChanges() const { return mLost; }

    // Keeps edits made while the connection is down in an OfflineQueue in `directory` (the
    // recovery store's folder) instead of refusing them, and sends them, oldest first, as soon
    // as connectToServer() succeeds again; queues that a crashed or closed Waymark left for
    // this journey on this server are taken in and sent too. Without it (the command line,
    // tests of the refusals) a change made offline is refused with "not connected".
    // It also keeps the last copy of the journey this laptop held there (LocalCopy), so the
    // journey can be opened while the server does not answer (openLocalCopy).
    void keepOfflineEdits(const QString &directory);
    bool keepsOfflineEdits() const { return mQueue != nullptr; }
    int queuedEdits() const { return mQueue ? int(mQueue->edits().size()) : 0; }

    // Field `field` (a .waymark.json card key: "title", "effort", …) of a card; null removes
    // the optional ones ("author", "system", "linkedJourney", "evidence", "personas",
    // "personaEmotions").
    std::optional<qint64> setCardField(const QUuid &card, const QString &field, const QJsonValue &value, QString *error);
    // One change per field in which `after` differs from the card as it is here.
    std::optional<std::vector<qint64>> editCard(const Touchpoint &after, QString *error);
    // A new card in its cell (its stageId and laneId), right after `afterCard` (null: first).
    std::optional<qint64> addCard(const Touchpoint &card, const QUuid &afterCard, QString *error);
    std::optional<qint64> moveCard(const QUuid &card, const QUuid &stage, const QUuid &lane, const QUuid &afterCard, QString *error);
    std::optional<qint64> deleteCard(const QUuid &card, QString *error);
    std::optional<qint64> addDot(const QUuid &vote, const QUuid &participant, const QUuid &card, QString *error);
    std::optional<qint64> addComment(const Comment &comment, QString *error);

    // Votes, dots taken back and comments changed (serversessionworkshop.cpp, server schema 5).
    // Votes are the facilitators' (the database refuses the others, naming the rule). Starts a
    // vote (its dots are ignored); refused while another vote is open, naming who opened it.
    std::optional<qint64> startVote(const VoteRound &vote, QString *error);
    // One key of the vote's .waymark.json object ("closed", "title", …; null removes it).
    // Reopening a vote is refused while another one is open.
    std::optional<qint64> setVoteField(const QUuid &vote, const QString &field, const QJsonValue &value, QString *error);
    // Removes a vote without dots (undoing its start).
    std::optional<qint64> removeVote(const QUuid &vote, QString *error);
    // Deletes a vote with its dots (server schema 7, facilitators only; serversessionvotes.cpp).
    // Undo brings it back with its dots, as the server held them.
    std::optional<qint64> deleteVote(const QUuid &vote, QString *error);
    // Closes a vote whose time limit is up on the server's clock (server schema 7): nothing
    // (nullopt, `error` saying why) when it is closed already — by whoever's laptop came
    // first — or its time is not up on the server. Not an undo step: the time closed it, not
    // this person. A facilitator's session calls it by itself when a vote's time runs out.
    std::optional<qint64> closeVoteAtTimeUp(const QUuid &vote, QString *error);
    // The server's clock as this laptop reckons it (its own clock and the difference measured
    // when connecting): a vote's countdown reads the same on every laptop.
    QDateTime serverNow() const;
    // When the open vote `vote` ends on the server's clock (null: no time limit, or closed).
    QDateTime voteEndsAt(const QUuid &vote) const;

    // The journey's own title, description, currency and settings (serversessionjourney.cpp,
    // server schema 7, facilitators only): `field` is "title", "description", "currency" or
    // "settings/<key>" (ServerJourneyInfo); null or an empty text removes a setting. Not kept
    // offline. The agenda and the business case are list items (addListItem, below).
    std::optional<qint64> setJourneyField(const QString &field, const QJsonValue &value, QString *error);
    // Survey and purchase data (serversessiondatasets.cpp, schema 8, facilitators only): a
    // dataset added (last), replaced by a version with the same id (it keeps its place), or
    // removed; its row in `datasets` is read by the others when they see the change. Refused
    // naming who when someone changed it since this session caught up, when it is over the
    // server's size limit (named), and offline (not queued: tens of MB). These wait for the
    // session's worker (serverdatasettransfers.h); sendDataset does not: the window goes on,
    // the dataset shows at once, datasetTransferEnded says how it ended (an error: taken back).
    std::optional<qint64> addDataset(const DatasetRef &dataset, QString *error);
    std::optional<qint64> replaceDataset(const DatasetRef &dataset, QString *error);
    std::optional<qint64> removeDataset(const QUuid &dataset, QString *error);
    bool sendDataset(const QString &field, const QUuid &id, const DatasetRef &dataset, QString *error); // empty dataset: removed
    bool transferringDatasets() const { return mTransfers && mTransfers->busy(); }
    void waitForDatasets(); // until every dataset asked for is written or read, and applied
    // Takes back one dot of `participant` on `card` in an open vote: the newest one this
    // session's database user placed, else the newest (which only a facilitator may take
    // back: the database knows who placed a dot by login, not by participant).
    std::optional<qint64> takeBackDot(const QUuid &vote, const QUuid &participant, const QUuid &card, QString *error);
    // One key of a comment's .waymark.json object ("text", "resolved", …; null removes it),
    // or the comment deleted: its author's database user or a facilitator may (anyone who may
    // comment resolves and reopens a thread).
    std::optional<qint64> setCommentField(const QUuid &comment, const QString &field, const QJsonValue &value, QString *error);
    std::optional<qint64> deleteComment(const QUuid &comment, QString *error);

    // The journey's structure (serversessionstructure.cpp, server schema 4): `kind` is
    // ServerChangeKind::stage, lane or department, `item` its .waymark.json object, `after`
    // the one it follows (null: first). Facilitators only: the database refuses the others,
    // naming the rule. Removing a stage or lane removes its cards (and their arrows), removing
    // a department leaves its lanes and cards without one, as in the window.
    std::optional<qint64> addStructure(const QString &kind, const QJsonObject &item, const QUuid &after, QString *error);
    // One key of the object ("name", "description", "kind", "zone", "department", "colour");
    // null removes it.
    std::optional<qint64> setStructureField(const QString &kind, const QUuid &id, const QString &field, const QJsonValue &value, QString *error);
    std::optional<qint64> moveStructure(const QString &kind, const QUuid &id, const QUuid &after, QString *error);
    std::optional<qint64> removeStructure(const QString &kind, const QUuid &id, QString *error);

    // Arrows between cards, personas and participants (serversessionlists.cpp, server schema 6):
    // `kind` is ServerChangeKind::arrow, persona or participant, `item` its .waymark.json
    // object, `after` the item it follows in its list (null: first). Arrows are for whoever may
    // change both their cards (a lock or the frozen board refuses them as it refuses the cards);
    // personas and participants the facilitators' (the database refuses the others, naming the
    // rule). An arrow to a card someone deleted meanwhile is refused naming who; a persona a
    // card names, and a participant with dots or cards, stay. Kept offline as cards are.
    std::optional<qint64> addListItem(const QString &kind, const QJsonObject &item, const QUuid &after, QString *error);
    std::optional<qint64> addArrow(const Connection &arrow, QString *error);
    // One key of the item's object (an arrow's "label"; a persona's "name", "photo", …; a
    // participant's "name", "colour", "department"); null removes it.
    std::optional<qint64> setListItemField(const QString &kind, const QUuid &id, const QString &field, const QJsonValue &value, QString *error);
    std::optional<qint64> removeListItem(const QString &kind, const QUuid &id, QString *error);
    // Moves the item after `after` (null: first; gone meanwhile: last) as one change, so an edit
    // of its keys made at the same moment stays (the agenda's steps, opportunities, scenarios).
    std::optional<qint64> moveListItem(const QString &kind, const QUuid &id, const QUuid &after, QString *error);

    // Undo of this session's own changes of every kind (serversessionundo.cpp and the kinds'
    // files; a dot placed or a comment added: serversessionadditionundo.cpp): the newest one not
    // yet undone is reverted
    // by a new change that everyone receives. Refused, with who and which change, when someone
    // changed that thing since; the step is then dropped, so the next undo goes on with the one
    // before. An undone deletion brings the card back to its place, without the connections
    // that went with it; an undone lock brings back the lock as it was before.
    //
    // While the connection is down, undo takes the newest edit still queued (OfflineQueue) off
    // the queue and its file first, then off the journey: it is never sent. (The server's own
    // steps wait for the connection.)
    bool canUndo() const { return !mUndo.empty() || queuedEdits() > 0; }
    std::optional<qint64> undo(QString *error);
    // Redo (serversessionredo.cpp, serverredo.h): makes an undone change of this session's
    // again, of any kind, as a new change everyone receives; any new change of one's own ends
    // what can be redone. Refused, with who and which change, when someone changed that thing
    // after the undo; the step is then dropped. Offline it queues an edit undo took off the queue.
    bool canRedo() const { return !mRedo.empty() || !mOfflineRedo.empty(); }
    std::optional<qint64> redo(QString *error);
    // What the Edit menu's shared Undo and Redo say they will do (serversessionundotext.cpp,
    // worded by ServerUndoText): "&Undo Move “Open account”", the thing named as the journey
    // holds it now; "&Undo My Last Change" / "&Redo My Undone Change" when there is nothing.
    QString undoText() const;
    QString redoText() const;

    // Locks (serversessionlocks.cpp): what is locked now, by (kind, target).
    const std::map<std::pair<QString, QUuid>, ServerLock> &locks() const { return mLocks; }
    std::optional<ServerLock> boardFrozen() const;
    // Why this session may not change cards in the cell (a lock on its lane or stage, or the
    // frozen board; translated), or nothing. Facilitators and the lane's department may.
    std::optional<QString> cellLockedFor(const QUuid &stage, const QUuid &lane) const;
    // The departments the database says this session's user belongs to (`members`).
    const std::vector<QUuid> &myDepartments() const { return mMyDepartments; }
    // Locks or unlocks a lane, a stage, or (ServerLockKind::board, any target) the board;
    // facilitators only (the database refuses the others, naming the rule).
    std::optional<qint64> setLock(const QString &kind, const QUuid &target, bool locked, const QString &reason, QString *error);

    // Members (serversessionmembers.cpp): who belongs to which of the journey's departments,
    // as the server holds it now (sorted by user, then department); everyone may read it.
    std::optional<std::vector<ServerMember>> readMembers(QString *error) const;
    // The database's login roles with the Waymark role each holds (sorted by name), for the
    // members editor to offer and to show; roles themselves are granted in SQL by the
    // database's administrator.
    std::optional<std::vector<ServerUser>> readUsers(QString *error) const;
    // Takes away and adds members in one transaction (all or nothing); facilitators only (the
    // database refuses the others, naming the rule). Refused before anything is sent for an
    // empty user name, a department the journey does not have, or a user the database does
    // not know. Every session on the journey then reads its departments again.
    bool changeMembers(const MembersEdit &edit, QString *error);
    // Follow-me: tells the others on this journey where this session looks (a view), or
    // that it stopped presenting (nullopt). Anyone may send; the window offers it to facilitators.
    bool present(const std::optional<FollowView> &view, QString *error);

    // Tells the other sessions on this journey that this one came, is still here, or leaves.
    bool announce(PresenceNote note, QString *error);

    // Reads and applies every change after lastSeenChange(). Notifications call it; call it
    // directly to poll.
    bool catchUp(QString *error);

signals:
    // After a change (anyone's, ours included) was applied to journey(): which entity and field.
    void changed(const waymark::ServerChange &change, bool own);
    // A dataset is being sent or received by the worker, or that ended (`error`: why not).
    void datasetTransferStarted(const waymark::DatasetTransfer &transfer);
    void datasetTransferEnded(const waymark::DatasetTransfer &transfer, const QString &error);
    // A change of ours was overwritten by a concurrent one, or lost with its deleted card.
    void overwritten(const waymark::LostChange &lost);
    // The connection broke (the session is disconnected; connectToServer() catches up).
    void connectionLost(const QString &why);
    // Another session on this journey said `note` (announce()); `session` tells two
    // laptops of one person apart.
    void presenceNoted(const QString &session, const QString &author, waymark::PresenceNote note);
    // Another session on this journey presents `view`, or stopped presenting (nullopt).
    void presented(const QString &session, const QString &author, const std::optional<waymark::FollowView> &view);
    // A lock was set or lifted (anyone's, ours included), or the locks were read again.
    void locksChanged();
    // `author` changed who belongs to which department (`own`: this session did); myDepartments()
    // is read again already.
    void membersChanged(const QString &author, bool own);
    // The number of edits waiting for the connection changed.
    void queueChanged(int count);
    // The queued edits were sent after a reconnection (the report says which met others' changes).
    void replayed(const waymark::ReplayReport &report);

private:
    // Writes the entity (the part particular to each kind of change) inside the transaction;
    // may fill in the change's value (the card's order key). False with `error` set. It uses
    // the transaction's own query, which outlives the rollback: a prepared statement freed
    // inside a failed transaction makes libpq complain.
    using EntityWrite = std::function<bool(QSqlDatabase &db, QSqlQuery &query, ServerChange &change, QString *error)>;
    // `offline` is a card edit (or a vote's deletion with its dots) as it is queued when the
    // connection is down; empty, the change itself is queued when its kind is kept offline
    // (queuedOf), else refused.
    std::optional<qint64> write(ServerChange change, const EntityWrite &entityWrite, QString *error, const QueuedEdit &offline = {});
    bool validate(const ServerChange &change, QString *error) const;
    void apply(const ServerChange &change);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    QString cardGone(QSqlDatabase &db, const QUuid &card) const;
    // Binds the journey and the card as the prepared statement's last two values and runs it;
    // false with `failure` saying what was not saved (`notSaved`: "… on %1: %2") or who
    // deleted the card meanwhile.
    bool runOnCard(QSqlDatabase &db, QSqlQuery &query, const QUuid &card, const QString &notSaved, QString *failure) const;
    std::optional<QString> keyAfter(const QUuid &stage, const QUuid &lane, const QUuid &afterCard, QString *error) const;
    void lose(const QString &why);
    // A card back with its fields at its old place (undoing a deletion).
    std::optional<qint64> restoreCard(const QUuid &card, const QJsonObject &row, QString *error);
    std::optional<qint64> placeCard(const QUuid &card, const QJsonObject &position, QString *error);
    std::optional<qint64> addCardRow(const QUuid &card, const QUuid &stage, const QUuid &lane, const QJsonObject &fields, const QUuid &afterCard,
                                     QString *error);
    std::optional<qint64> addCommentBody(const QUuid &comment, const QJsonObject &body, QString *error);

    bool loadLocks(QSqlDatabase &db, QString *error);
    bool loadMyDepartments(QSqlDatabase &db, QString *error);
    void onMembersNotification(const QString &payload);
    void onFollowNotification(const QString &payload);
    // Structure (serversessionstructure.cpp): writes a stage, lane or department change whose
    // value is complete, applying it to the arrays as the server holds them.
    std::optional<qint64> writeStructure(const ServerChange &change, QString *error);
    QString structureName(const QString &kind, const QUuid &id) const;
    // Why a card cannot go to this cell (its stage or lane was removed, naming who), or nothing.
    std::optional<QString> cellGone(const QUuid &stage, const QUuid &lane) const;
    void applyLock(const ServerChange &change);
    // Workshop (serversessionworkshop.cpp): a vote's object written as it is (an undone
    // removal, with the dots in its "dots" brought back too) or, `started`, with the server's
    // clock as its start.
    std::optional<qint64> addVoteObject(const QJsonObject &vote, QString *error, bool started = false);
    QString voteTitle(const QUuid &vote) const;
    // False, saying why, while the connection is down and nothing is kept offline.
    bool connectedForWorkshop(QString *error) const;
    // "Ана closed the vote “…” (change 42)", read on the server, or that it is closed.
    QString voteClosedBy(QSqlQuery &query, const QUuid &vote, const QString &title) const;

    // Arrows, personas and participants (serversessionlists.cpp): writes a change of one of them
    // to the list as the server holds it.
    std::optional<qint64> writeListItem(const ServerChange &change, QString *error);
    // "the arrow “…”", "the persona “…”", "the participant “…”" for messages (translated).
    QString listItemName(const QString &kind, const QUuid &id, const QJsonObject &item = {}) const;
    // False, naming who removed it, when a persona or participant a write names was removed on
    // the server meanwhile (read while the journey's row is held).
    bool peopleStillThere(QSqlQuery &query, const QString &kind, const std::vector<QUuid> &ids, QString *failure) const;

    // Off the network (serversessionoffline.cpp).
    std::optional<qint64> enqueue(QueuedEdit edit, QString *error);
    ServerChange localChange(const QueuedEdit &edit) const;
    QString localKeyAfter(const QUuid &stage, const QUuid &lane, const QUuid &after, const QUuid &moving) const;
    // The server's journey again (before catching up), and the queue on top when it stays.
    void dropQueuedView();
    void showQueuedEdits();
    void replay();
    enum class ReplayStep { Done, Broke };
    ReplayStep replayOne(const QueuedEdit &edit, ReplayReport &report);
    std::optional<ServerChange> newestOtherChange(const QString &kind, const QUuid &entity, const QString &field, qint64 after);
    // The kinds queued offline since issue 21's second round (serversessionofflinekinds.cpp):
    // stages, lanes, departments, votes, dots taken back, comments changed or deleted, arrows,
    // personas, participants, the journey's fields, the agenda, the business case. `queuedOf`: one
    // as the queue keeps it (empty for locks, members); replayItem sends it through its live writer.
    static QueuedEdit queuedOf(const ServerChange &change);
    ReplayStep replayItem(const QueuedEdit &edit, ReplayReport &report);
    bool itemThere(const QString &kind, const QUuid &id) const;
    QString itemTitle(const QueuedEdit &edit, const JourneyParts &parts) const;
    QString replayTitle(const QueuedEdit &edit) const; // from mParts, else mShownOffline
    std::optional<ServerChange> changedSinceBy(const QueuedEdit &edit);
    QUuid cellEnd(const QUuid &stage, const QUuid &lane, const QUuid &moving) const;

    // What a card change or a lock replaced, read on the server inside the change's transaction.
    struct UndoStep {
        qint64 id = 0;
        QString kind; // ServerChangeKind::card, ::lock, or a structure kind
        QUuid entity;
        QString field;
        // A card's field's value; {stage, lane, key}; the whole row; nothing. A lock: {locked,
        // reason}. Structure: the value that puts it back (serverstructure.h).
        QJsonValue before;
        QJsonValue after; // what the change wrote (its value), for redo
    };
    // An undone step and the change that undid it; `again` is what redo writes once more
    // (the step's own value, or for an added card its whole row as the undo found it).
    struct RedoStep {
        qint64 undoneBy = 0;
        UndoStep step;
        QJsonValue again;
        std::optional<std::pair<DatasetRef, qint64>> dataset; // a dataset's undone version and place
    };
    friend class ServerRedo; // redo of the other kinds (serverredo.h)
    std::optional<qint64> undoStep(const UndoStep &step, QString *error);
    std::optional<qint64> undoQueued(QString *error);
    std::optional<QString> redoRefusal(const RedoStep &redo) const;
    std::optional<qint64> reapply(const RedoStep &redo, QString *error);
    void endRedo(); // a new change of one's own: nothing is redone after it
    void saveLocalCopy();
    // Reverts a lock step (serversessionundo.cpp), refused when someone changed that lock since.
    std::optional<qint64> undoLock(const UndoStep &step, QString *error);
    std::optional<qint64> undoStructure(const UndoStep &step, QString *error);
    std::optional<qint64> undoWorkshop(const UndoStep &step, QString *error);
    // A dot placed (that very dot taken back) or a comment added (deleted), serversessionadditionundo.cpp.
    std::optional<qint64> undoAddition(const UndoStep &step, QString *error);
    // Takes back the dot change `seq` placed ({vote, participant, card}), as a take-back everyone
    // applies; refused naming who took it back when it is gone.
    std::optional<qint64> takeBackPlacedDot(qint64 seq, const QJsonObject &dot, QString *error);
    std::optional<qint64> undoListItem(const UndoStep &step, QString *error);
    std::optional<qint64> undoJourney(const UndoStep &step, QString *error);
    // Datasets (serversessiondatasets.cpp, serversessiondatasetjobs.cpp): a write handed to the
    // worker (null `dataset`: removal; `seq` 0: last; its token, 0: refused at once) and waited
    // for; a change applied (false: its row is being read, `changed` comes when it is in); the
    // worker's outcomes; the datasets with our writes under way on top; undo.
    qint64 startDatasetWrite(const QString &field, const QUuid &id, const DatasetRef *dataset, qint64 seq, QString *error, qint64 undoing = 0);
    std::optional<qint64> writeDataset(const QString &field, const QUuid &id, const DatasetRef *dataset, qint64 seq, QString *error);
    bool applyDataset(const ServerChange &change, bool own);
    void readDataset(const ServerChange &change, bool retry);
    void readUnreadDatasets(); // those whose row could not be read (the connection broke)
    ServerDatasetTransfers &transfers();
    void takeDatasetOutcomes();
    void datasetWritten(const DatasetJob &job, const DatasetOutcome &outcome);
    void datasetRead(const DatasetJob &job, const DatasetOutcome &outcome);
    QString datasetRefusal(const DatasetJob &job, const DatasetOutcome &outcome) const;
    std::vector<DatasetRef> shownDatasets() const;
    std::optional<qint64> undoDataset(const UndoStep &step, QString *error);
    QString datasetName(const QUuid &id) const;
    QString knownDatasetName(const QUuid &id) const; // empty when it is not shown (undo's texts)
    void sortDatasets(); // by `datasets.seq`
    // Votes (serversessionvotes.cpp): the dots of a vote restored with it (undoing its
    // deletion), inside the write's transaction; the time limits' timer.
    bool restoreDots(QSqlQuery &query, const QUuid &vote, const QJsonArray &dots, QString *failure);
    void measureServerClock(QSqlDatabase &db);
    void scheduleVoteClose();
    void onVoteTimer();
    // What the structure, vote, dot or comment write in progress replaced, for its UndoStep.
    QJsonValue mStructureBefore;

    PostgresAddress mAddress;
    QUuid mJourneyId;
    QString mAuthor;
    QString mConnectionName;
    QString mApplicationName;
    bool mConnected = false;
    ServerRole mRole = ServerRole::None;
    bool mLoaded = false;
    JourneyParts mParts;                 // without "datasets" in the base
    std::vector<DatasetRef> mDatasets;   // read at loading, then row by row as changes say (schema 8)
    // Each dataset's `seq` and the change that wrote the version held (0: published); what a
    // change of ours replaced or removed (for undo); the one being written (not read back).
    std::map<QUuid, qint64> mDatasetSeq;
    std::map<QUuid, qint64> mDatasetVersion;
    std::map<qint64, std::pair<DatasetRef, qint64>> mDatasetBefore;
    std::set<QUuid> mDatasetsUnread;
    // The worker (made when first needed); our writes' outcomes by change id until applied; the
    // datasets being read (true: a retry); the blocking write waited for and how it ended.
    std::unique_ptr<ServerDatasetTransfers> mTransfers;
    std::map<qint64, DatasetOutcome> mDatasetOwn;
    std::map<QUuid, bool> mDatasetsReading;
    qint64 mAwaitedWrite = 0;
    std::pair<std::optional<qint64>, QString> mAwaitedEnd;
    qint64 mLastSeen = 0;
    mutable Journey mJourney;
    mutable bool mJourneyStale = true;
    // Cards whose fields changed or that moved since mJourney was made, while it is otherwise
    // current: only they are read again (serversessionstale.cpp); true for a move.
    mutable std::map<QUuid, bool> mStaleCards;
    void markStale(const ServerChange &change);
    bool refreshStaleCards() const;
    std::set<qint64> mMine;                                // ids of our changes not yet applied
    std::map<std::pair<QUuid, QString>, qint64> mOurFields; // (entity, field) -> our newest change there
    std::vector<LostChange> mLost;
    std::vector<UndoStep> mUndo;
    bool mUndoing = false;
    std::vector<RedoStep> mRedo;
    // A dataset's undo still being written (by the step it undoes): redoable once it is in.
    std::map<qint64, RedoStep> mRedoAwaitingWrite;
    std::vector<QueuedEdit> mOfflineRedo; // queued edits undo took off the queue
    // A dot taken back and put back by undo is a new row: its old `seq` -> the new one, so undo
    // of its placement still finds it (serversessionadditionundo.cpp).
    std::map<qint64, qint64> mDotPutBack;
    bool mRedoing = false;
    bool mUnreachable = false;
    // The last copy of the journey on this laptop (empty: none is kept); the datasets as the
    // server sent them (written to the copy once per opening: nobody changes them live).
    QString mCopyPath;
    QJsonValue mDatasetsJson;
    bool mCopyDatasetsSaved = false;
    bool mDatasetsJsonStale = false; // a dataset changed live: written anew from mDatasets
    QDateTime mOpenedFromCopy;
    // The newest change applied on each (card or structure entity, field) and on each
    // entity at all: undo checks that nobody else changed the thing since.
    std::map<std::pair<QUuid, QString>, ServerChange> mNewestOn;
    std::map<QUuid, ServerChange> mNewestOnCard;
    // The newest lock change on each (kind, target), for undoing a lock.
    std::map<std::pair<QString, QUuid>, ServerChange> mNewestLock;
    // Lock change id -> the lock change on the same lane, stage or board before it (0: none);
    // and our undo's change id -> the change whose state it brought back. Undoing two of our
    // own locks of one lane in a row is then not mistaken for someone else's change in between.
    std::map<qint64, ServerChange> mLockBefore;
    std::map<qint64, ServerChange> mLockRestores;
    std::map<std::pair<QString, QUuid>, ServerLock> mLocks;
    std::vector<QUuid> mMyDepartments;
    // Off the network: the queue, the server's journey as it was when the first edit was
    // queued (mParts then shows the queue on top), and what a replay's write needs.
    std::unique_ptr<OfflineQueue> mQueue;
    std::optional<JourneyParts> mServerParts;
    // While replaying: the journey as this laptop showed it offline, so a report names a card
    // or stage that someone deleted meanwhile by its name rather than its id.
    JourneyParts mShownOffline;
    bool mReplaying = false;
    qint64 mReplaySeen = -1;   // a replayed edit keeps the `seen` it was made with
    QUuid mReplayDotId;        // and a dot its id
    qint64 mTriedId = 0;       // the change id the newest write took
    // The server's clock minus this laptop's, in ms (measured when connecting), and the timer
    // that closes a vote when its time is up (facilitators' sessions only).
    qint64 mServerClockOffsetMs = 0;
    QTimer *mVoteTimer = nullptr;
};

} // namespace waymark

Q_DECLARE_METATYPE(waymark::LostChange)
Q_DECLARE_METATYPE(waymark::ReplayReport)
Q_DECLARE_METATYPE(std::optional<waymark::FollowView>)
