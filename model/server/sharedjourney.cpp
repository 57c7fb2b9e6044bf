#include "server/sharedjourney.h"

#include "journeydocument.h"
#include "server/servermirror.h"
#include "server/serverlists.h"
#include "server/serversession.h"
#include "server/serverstructure.h"
#include "server/serverundotext.h"
#include "server/serverworkshop.h"
#include "uuidhash.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace waymark {

namespace {

struct SharedJourneyText {
    Q_DECLARE_TR_FUNCTIONS(SharedJourney)
};

} // namespace

SharedJourney::SharedJourney(JourneyDocument *document, ServerSession *session, QObject *parent)
    : QObject(parent)
    , mDocument(document)
    , mSession(session)
{
    // One step deep: enough to take back a step the server cannot share, and for a new card
    // and its typed title to be one step; undo itself is the session's.
    document->undoStack()->clear();
    document->undoStack()->setUndoLimit(1);
    document->markSaved();
    watchDocument();
    connect(session, &ServerSession::changed, this, &SharedJourney::onSessionChanged);
    // A replay ends with what could not be sent back on the journey, without a change of its own.
    connect(session, &ServerSession::replayed, this, [this] {
        mirror();
        updateCanUndo();
    });
    // Undo takes back queued edits while offline: what can be undone changes with the queue.
    connect(session, &ServerSession::queueChanged, this, &SharedJourney::updateCanUndo);
    connect(session, &ServerSession::connectionLost, this, &SharedJourney::updateCanUndo);
    // A dataset written by the session's worker: its undo step is there now, or it was refused
    // (taken back from the document, the reason said).
    connect(session, &ServerSession::datasetTransferEnded, this, [this](const DatasetTransfer &transfer, const QString &error) {
        if (transfer.way != DatasetTransfer::Way::Sending)
            return;
        if (!error.isEmpty() && mDocument) {
            mirror();
            mDocument->markSaved();
        }
        updateCanUndo();
        if (!error.isEmpty())
            emit refused(error);
    });
    mirror();
    updateCanUndo();
}

SharedJourney::~SharedJourney()
{
    if (mDocument) {
        // Back to an ordinary document: its stack knows nothing of the shared steps.
        mDocument->undoStack()->clear();
        mDocument->undoStack()->setUndoLimit(0);
    }
}

JourneyDocument *SharedJourney::document() const
{
    return mDocument;
}

ServerSession *SharedJourney::session() const
{
    return mSession;
}

QString SharedJourney::journeyForFacilitators()
{
    return SharedJourneyText::tr("Only facilitators change the journey's title, description, currency and settings, the agenda and the "
                    "business case while the journey is shared: the server refuses it to everyone else.");
}

QString SharedJourney::datasetsForFacilitators()
{
    return SharedJourneyText::tr("Only facilitators import, refresh and remove survey and purchase data while the journey is shared: "
                    "everybody's figures come from it, so the server refuses it to everyone else.");
}

QString SharedJourney::peopleForFacilitators()
{
    return SharedJourneyText::tr("Only facilitators change personas and participants while the journey is shared: every card and dot "
                    "points at them, so the server refuses it to everyone else.");
}

QString SharedJourney::structureForFacilitators()
{
    return SharedJourneyText::tr("Only facilitators change stages, lanes and departments while the journey is shared: the server "
                    "refuses it to everyone else.");
}

QString SharedJourney::votesForFacilitators()
{
    return SharedJourneyText::tr("Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. "
                    "Everybody places and takes back their dots.");
}

void SharedJourney::watchDocument()
{
    JourneyDocument *doc = mDocument;
    for (auto signal : {&JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved, &JourneyDocument::touchpointChanged,
                        &JourneyDocument::commentInserted, &JourneyDocument::commentChanged, &JourneyDocument::commentRemoved,
                        &JourneyDocument::voteInserted, &JourneyDocument::voteChanged, &JourneyDocument::connectionRemoved,
                        &JourneyDocument::connectionInserted, &JourneyDocument::connectionChanged, &JourneyDocument::personaInserted,
                        &JourneyDocument::personaRemoved, &JourneyDocument::personaChanged, &JourneyDocument::participantInserted,
                        &JourneyDocument::participantRemoved, &JourneyDocument::participantChanged}) {
        connect(doc, signal, this, [this] {
            if (!mMirroring)
                mStepTouched = true;
        });
    }
    connect(doc, &JourneyDocument::touchpointsMoved, this, [this] {
        if (!mMirroring)
            mStepTouched = true;
    });
    // Stages, lanes and departments are shared (the database lets only facilitators change them).
    for (auto signal : {&JourneyDocument::stageInserted, &JourneyDocument::stageRemoved, &JourneyDocument::stageChanged,
                        &JourneyDocument::laneInserted, &JourneyDocument::laneRemoved, &JourneyDocument::laneChanged,
                        &JourneyDocument::departmentInserted, &JourneyDocument::departmentRemoved, &JourneyDocument::departmentChanged}) {
        connect(doc, signal, this, [this] {
            if (!mMirroring)
                mStepTouched = true;
        });
    }
    for (auto signal : {&JourneyDocument::stagesReordered, &JourneyDocument::lanesReordered}) {
        connect(doc, signal, this, [this] {
            if (!mMirroring)
                mStepTouched = true;
        });
    }
    // Survey and purchase data is shared too (server schema 8; the database lets only facilitators).
    for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged}) {
        connect(doc, signal, this, [this] {
            if (!mMirroring)
                mStepTouched = true;
        });
    }
    // Deleting a vote, the agenda, the business case, the journey's title, description,
    // currency and settings are shared (server schema 7; the database lets only facilitators).
    for (auto signal : {&JourneyDocument::voteRemoved, &JourneyDocument::agendaItemInserted, &JourneyDocument::agendaItemRemoved,
                        &JourneyDocument::agendaItemChanged, &JourneyDocument::opportunityInserted, &JourneyDocument::opportunityRemoved,
                        &JourneyDocument::opportunityChanged, &JourneyDocument::scenarioInserted, &JourneyDocument::scenarioRemoved,
                        &JourneyDocument::scenarioChanged}) {
        connect(doc, signal, this, [this] {
            if (!mMirroring)
                mStepTouched = true;
        });
    }
    // Which item a move took out and put back (ReorderEntity), so the server gets that one moved.
    for (auto signal : {&JourneyDocument::agendaItemInserted, &JourneyDocument::opportunityInserted, &JourneyDocument::scenarioInserted}) {
        connect(doc, signal, this, [this](const QUuid &id) {
            if (!mMirroring)
                mStepInserted.insert(id);
        });
    }
    connect(doc, &JourneyDocument::infoChanged, this, [this] {
        if (!mMirroring)
            mStepTouched = true;
    });
    connect(doc, &JourneyDocument::settingsChanged, this, [this] {
        if (!mMirroring)
            mStepTouched = true;
    });
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &SharedJourney::stepDone);
}

std::optional<QString> SharedJourney::unshareable() const
{
    if (!mSession->isConnected() && !mSession->keepsOfflineEdits())
        return SharedJourneyText::tr("Not connected to the server: the change was taken back. Waymark reconnects by itself; "
                        "File → Save As… keeps a copy meanwhile.");
    return std::nullopt;
}

void SharedJourney::stepDone()
{
    if (mMirroring || mSending || !mDocument || !mSession)
        return;
    const QSet<QUuid> inserted = std::exchange(mStepInserted, {});
    if (!mStepTouched)
        return;
    mStepTouched = false;
    if (const auto why = unshareable()) {
        takeBackStep(*why);
        return;
    }
    QString error;
    mStepInserted = inserted; // for sendLists, during this step only
    mSending = true;
    mOthersArrived = false;
    const bool sent = sendStep(&error);
    mSending = false;
    mStepInserted.clear();
    mirror(); // refused: back to what the server holds; sent: the changes others made meanwhile
    mDocument->markSaved();
    updateCanUndo();
    if (!sent)
        emit refused(error);
}

void SharedJourney::takeBackStep(const QString &why)
{
    mMirroring = true;
    QUndoStack *stack = mDocument->undoStack();
    if (stack->canUndo())
        stack->undo();
    mMirroring = false;
    mirror(); // whatever the undo could not restore
    mDocument->markSaved();
    emit refused(why);
}

bool SharedJourney::sendStep(QString *error)
{
    // Structure first: a removed stage takes its cards along, a new card may be in a new stage.
    // The cards as they were before this step: the step's own card changes are the document's
    // differences from them. Others' changes that arrive while the step is sent (each write
    // catches up) are then not taken for this person's: a card someone added meanwhile is not
    // deleted, a field someone changed meanwhile not set back.
    mStepCards = mSession->journey().touchpoints;
    mStepComments = mSession->journey().comments;
    mStepVotes = mSession->journey().votes;
    mStepLists = ServerLists::listsOf(mSession->journey());
    mStepInfo = Journey();
    mStepInfo.title = mSession->journey().title;
    mStepInfo.description = mSession->journey().description;
    mStepInfo.currency = mSession->journey().currency;
    mStepInfo.settings = mSession->journey().settings;
    mStepDatasets = mSession->journey().datasets;
    mStepIndex.clear();
    mStepIndex.reserve(qsizetype(mStepCards.size()));
    for (const Touchpoint &card : mStepCards)
        mStepIndex.insert(card.id, &card);
    // New personas and participants before the cards and dots that name them, removed ones
    // after the cards and dots let go of them; arrows after the cards they join.
    using Op = ServerLists::Edit::Op;
    const QStringList people{ServerChangeKind::persona, ServerChangeKind::participant};
    // The journey's own fields, the agenda and the business case name nothing the rest needs.
    const QStringList journeyLists{ServerChangeKind::agenda, ServerChangeKind::opportunity, ServerChangeKind::scenario};
    const QList<int> allOps{int(Op::Remove), int(Op::Add), int(Op::Field)};
    // The window moves agenda steps, opportunities and scenarios (one change each); arrows,
    // personas and participants keep the order they were added in.
    const QList<int> journeyListOps{int(Op::Remove), int(Op::Add), int(Op::Field), int(Op::Move)};
    return sendStructure(error) && sendLists(people, {int(Op::Add), int(Op::Field)}, error) && sendDeletedCards(error)
        && sendAddedAndMovedCards(error) && sendFieldEdits(error) && sendLists({ServerChangeKind::arrow}, allOps, error)
        && sendComments(error) && sendDeletedVotes(error) && sendNewVotes(error) && sendDots(error) && sendVoteFields(error)
        && sendLists(people, {int(Op::Remove)}, error) && sendJourneyInfo(error) && sendLists(journeyLists, journeyListOps, error) && sendDatasets(error);
}

void SharedJourney::mirror()
{
    if (!mDocument || !mSession || mSending)
        return;
    mMirroring = true;
    MirrorServerJourney(mDocument, mSession->journey()).apply();
    mMirroring = false;
}

void SharedJourney::onSessionChanged(const ServerChange &change, bool own)
{
    if (mSending) {
        mOthersArrived = mOthersArrived || !own;
        return;
    }
    mirror();
    if (!own)
        emit remoteChange(change);
    updateCanUndo();
}

bool SharedJourney::canUndo() const
{
    return mSession && mSession->canUndo();
}

QString SharedJourney::undoText() const
{
    return mSession ? mSession->undoText() : ServerUndoText::undoAction({});
}

QString SharedJourney::redoText() const
{
    return mSession ? mSession->redoText() : ServerUndoText::redoAction({});
}

bool SharedJourney::undo(QString *error)
{
    if (!mSession)
        return false;
    const bool undone = mSession->undo(error).has_value();
    mirror();
    mDocument->markSaved();
    updateCanUndo();
    return undone;
}

bool SharedJourney::canRedo() const
{
    return mSession && mSession->canRedo();
}

bool SharedJourney::redo(QString *error)
{
    if (!mSession)
        return false;
    const bool redone = mSession->redo(error).has_value();
    mirror();
    mDocument->markSaved();
    updateCanUndo();
    return redone;
}

void SharedJourney::updateCanUndo()
{
    const bool now = canUndo();
    if (now != mCanUndo) {
        mCanUndo = now;
        emit canUndoChanged(now);
    }
    const bool redoNow = canRedo();
    if (redoNow != mCanRedo) {
        mCanRedo = redoNow;
        emit canRedoChanged(redoNow);
    }
    // The names follow the stack and the journey: a step undone, dropped, or its card renamed.
    if (const QString text = undoText(); text != mUndoText) {
        mUndoText = text;
        emit undoTextChanged(text);
    }
    if (const QString text = redoText(); text != mRedoText) {
        mRedoText = text;
        emit redoTextChanged(text);
    }
}

} // namespace waymark
