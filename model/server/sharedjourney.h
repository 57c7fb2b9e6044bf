#pragma once

#include "journey.h"
#include "uuidhash.h"
#include "server/serverchange.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace waymark {

class JourneyDocument;
class ServerSession;
struct LostChange;

// The live bridge between the window's document and a shared journey's session
// (docs/server.md, "The window"). The window keeps editing through commands on the
// document's undo stack as always; after each step (QUndoStack::indexChanged) this compares
// the document with the session's journey and sends the difference as per-field changes:
// stages, lanes and departments (facilitators only), cards added, moved, deleted and edited
// field by field, arrows, personas and participants added, changed and removed, comments added,
// changed and deleted, votes started, closed and deleted, dots placed and taken back, the
// journey's title, description, currency and settings, the agenda and the business case, and
// survey and purchase data imported, replaced or removed (server schema 8). What the session
// cannot share (anything while disconnected without an offline queue) is undone at once and
// refused with the reason, so nothing stays on one laptop unnoticed; a change the server
// refuses is taken back the same way. Changes from others (ServerSession::changed)
// reach the document through MirrorServerJourney, with the model's ordinary signals.
//
// Undo and redo while shared are the session's: only one's own changes, refused when someone
// changed that thing since. The document's own stack is kept one step deep (for the refusal above and
// for naming a new card as one step) and marked saved after every step: the server holds the
// journey, so closing the window loses nothing.
class SharedJourney : public QObject
{
    Q_OBJECT
public:
    SharedJourney(JourneyDocument *document, ServerSession *session, QObject *parent = nullptr);
    ~SharedJourney() override;

    JourneyDocument *document() const;
    ServerSession *session() const;

    bool canUndo() const;
    // Undoes this person's newest change on the server; false with `error` saying why not
    // (someone changed it since, named; not connected).
    bool undo(QString *error);

    // The shared Edit menu's texts ("&Undo Move “Open account”"), as the session words them;
    // undoTextChanged and redoTextChanged say when they change (after every change, anyone's).
    QString undoText() const;
    QString redoText() const;

    bool canRedo() const;
    // Makes this person's newest undone change again on the server (or queues it again while
    // offline); false with `error` saying why not (someone changed it since, named).
    bool redo(QString *error);

    // Makes the document what the session holds now (after a reconnection).
    void mirror();

    // Translated: why only facilitators change the structure, for tooltips.
    static QString structureForFacilitators();
    // Translated: why only facilitators start and close votes, for tooltips.
    static QString votesForFacilitators();
    // Translated: why only facilitators change personas and participants, for the panels.
    static QString peopleForFacilitators();
    // Translated: why only facilitators change the journey's own fields, the agenda and the
    // business case (server schema 7), for tooltips.
    static QString journeyForFacilitators();
    // Translated: why only facilitators import, refresh and remove datasets (server schema 8).
    static QString datasetsForFacilitators();

signals:
    // A local step was not shared and was taken back; `why` says what and why (translated).
    void refused(const QString &why);
    // A change from someone else reached the document (for a highlight, a status line).
    void remoteChange(const waymark::ServerChange &change);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &text);
    void redoTextChanged(const QString &text);

private:
    void watchDocument();
    void stepDone();
    // What in the document's step cannot be shared (translated), or nothing.
    std::optional<QString> unshareable() const;
    bool sendStep(QString *error);
    bool sendStructure(QString *error);
    bool sendDeletedCards(QString *error);
    bool sendAddedAndMovedCards(QString *error);
    bool sendFieldEdits(QString *error);
    bool sendComments(QString *error);
    bool sendNewVotes(QString *error);
    bool sendDots(QString *error);
    bool sendVoteFields(QString *error);
    bool sendDeletedVotes(QString *error);
    // The journey's title, description, currency and settings (server schema 7).
    bool sendJourneyInfo(QString *error);
    // Survey and purchase data added, replaced or removed (server schema 8).
    bool sendDatasets(QString *error);
    // Arrows, personas and participants (server schema 6): the edits of `ops` for `kinds`.
    bool sendLists(const QStringList &kinds, const QList<int> &ops, QString *error);
    void takeBackStep(const QString &why);
    void onSessionChanged(const ServerChange &change, bool own);
    void updateCanUndo();

    QPointer<JourneyDocument> mDocument;
    QPointer<ServerSession> mSession;
    bool mSending = false;    // writing a step: the session's echoes are ours
    bool mMirroring = false;  // applying the server's state: not a local step
    bool mStepTouched = false;
    bool mOthersArrived = false;
    std::vector<Touchpoint> mStepCards; // the session's cards when the step being sent began
    UuidHash<const Touchpoint *> mStepIndex; // into mStepCards, by id
    std::vector<Comment> mStepComments;  // the session's comments and votes when the step began
    std::vector<VoteRound> mStepVotes;
    QJsonObject mStepLists;              // and its arrows, personas, participants, agenda and business case (ServerLists::listsOf)
    QSet<QUuid> mStepInserted;           // agenda steps, opportunities, scenarios the step put in: a move puts its item back
    Journey mStepInfo;                   // and its title, description, currency and settings
    std::vector<DatasetRef> mStepDatasets; // and its datasets (shared, not copied)
    bool mCanUndo = false;
    bool mCanRedo = false;
    QString mUndoText;
    QString mRedoText;
};

} // namespace waymark
