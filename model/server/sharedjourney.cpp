#include "server/sharedjourney.h"

#include "journeydocument.h"
#include "server/servermirror.h"
#include "server/serverlists.h"
#include "server/serversession.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"
#include "uuidhash.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SharedJourney)
};

using Cell = QPair<QUuid, QUuid>;

QList<QUuid> cellOrder(const Journey &journey, const Cell &cell)
{
    QList<QUuid> ids;
    for (const Touchpoint &card : journey.touchpoints) {
        if (card.stageId == cell.first && card.laneId == cell.second)
            ids.append(card.id);
    }
    return ids;
}

using ServerStructure::longestIncreasing;

template <typename T>
const T *findById(const std::vector<T> &items, const QUuid &id)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

// The dots `after` has and `before` lacks, and those `before` has and `after` lacks (as
// multisets: a second dot of one person on one card counts).
struct DotDifference {
    std::vector<Dot> added;
    std::vector<Dot> takenBack;
};
DotDifference dotDifference(const std::vector<Dot> &before, const std::vector<Dot> &after)
{
    DotDifference difference;
    std::vector<Dot> remaining = before;
    for (const Dot &dot : after) {
        const auto it = std::find(remaining.begin(), remaining.end(), dot);
        if (it != remaining.end())
            remaining.erase(it);
        else
            difference.added.push_back(dot);
    }
    difference.takenBack = std::move(remaining);
    return difference;
}

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

QString SharedJourney::notSharedYet()
{
    return Text::tr("Not shared live yet: while the journey is shared on a server, only cards, arrows, stages, lanes, departments, "
                    "personas, participants, votes, dots and comments can be changed. Save a copy (File → Save As…) to change the rest.");
}

QString SharedJourney::peopleForFacilitators()
{
    return Text::tr("Only facilitators change personas and participants while the journey is shared: every card and dot "
                    "points at them, so the server refuses it to everyone else.");
}

QString SharedJourney::structureForFacilitators()
{
    return Text::tr("Only facilitators change stages, lanes and departments while the journey is shared: the server "
                    "refuses it to everyone else.");
}

QString SharedJourney::votesForFacilitators()
{
    return Text::tr("Only facilitators start and close votes while the journey is shared: the server refuses it to everyone else. "
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
    const auto refuse = [this](auto signal, const QString &what) {
        connect(mDocument.data(), signal, this, [this, what] { noteUnshareable(what); });
    };
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
    for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved, &JourneyDocument::datasetChanged})
        refuse(signal, Text::tr("Survey and purchase data"));
    refuse(&JourneyDocument::voteRemoved, Text::tr("Deleting a vote"));
    for (auto signal : {&JourneyDocument::agendaItemInserted, &JourneyDocument::agendaItemRemoved, &JourneyDocument::agendaItemChanged})
        refuse(signal, Text::tr("The agenda"));
    for (auto signal : {&JourneyDocument::opportunityInserted, &JourneyDocument::opportunityRemoved, &JourneyDocument::opportunityChanged,
                        &JourneyDocument::scenarioInserted, &JourneyDocument::scenarioRemoved, &JourneyDocument::scenarioChanged})
        refuse(signal, Text::tr("The business case"));
    refuse(&JourneyDocument::infoChanged, Text::tr("The journey's title and description"));
    connect(doc, &JourneyDocument::settingsChanged, this, [this] { noteUnshareable(Text::tr("The journey's settings")); });
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &SharedJourney::stepDone);
}

void SharedJourney::noteUnshareable(const QString &what)
{
    if (mMirroring)
        return;
    mStepTouched = true;
    if (mUnshareable.isEmpty())
        mUnshareable = what;
}

std::optional<QString> SharedJourney::unshareable() const
{
    if (!mUnshareable.isEmpty())
        return Text::tr("%1 cannot be changed while the journey is shared (not shared live yet); the change was taken back.")
            .arg(mUnshareable);
    if (!mSession->isConnected() && !mSession->keepsOfflineEdits())
        return Text::tr("Not connected to the server: the change was taken back. Waymark reconnects by itself; "
                        "File → Save As… keeps a copy meanwhile.");
    return std::nullopt;
}

void SharedJourney::stepDone()
{
    if (mMirroring || mSending || !mDocument || !mSession)
        return;
    if (!mStepTouched)
        return;
    mStepTouched = false;
    if (const auto why = unshareable()) {
        takeBackStep(*why);
        return;
    }
    QString error;
    mSending = true;
    mOthersArrived = false;
    const bool sent = sendStep(&error);
    mSending = false;
    mirror(); // refused: back to what the server holds; sent: the changes others made meanwhile
    mDocument->markSaved();
    updateCanUndo();
    if (!sent)
        emit refused(error);
}

void SharedJourney::takeBackStep(const QString &why)
{
    mUnshareable.clear();
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
    mStepIndex.clear();
    mStepIndex.reserve(qsizetype(mStepCards.size()));
    for (const Touchpoint &card : mStepCards)
        mStepIndex.insert(card.id, &card);
    // New personas and participants before the cards and dots that name them, removed ones
    // after the cards and dots let go of them; arrows after the cards they join.
    using Op = ServerLists::Edit::Op;
    const QStringList people{ServerChangeKind::persona, ServerChangeKind::participant};
    return sendStructure(error) && sendLists(people, {int(Op::Add), int(Op::Field)}, error) && sendDeletedCards(error)
        && sendAddedAndMovedCards(error) && sendFieldEdits(error)
        && sendLists({ServerChangeKind::arrow}, {int(Op::Remove), int(Op::Add), int(Op::Field)}, error) && sendComments(error)
        && sendNewVotes(error) && sendDots(error) && sendVoteFields(error) && sendLists(people, {int(Op::Remove)}, error);
}

bool SharedJourney::sendLists(const QStringList &kinds, const QList<int> &ops, QString *error)
{
    using Op = ServerLists::Edit::Op;
    const QJsonObject mine = ServerLists::listsOf(mDocument->journey());
    for (const QString &kind : kinds) {
        const QString key = ServerLists::listKey(kind);
        // Against the list as it was when the step began: what others change meanwhile is theirs.
        const QJsonObject now = ServerLists::listsOf(mSession->journey());
        for (const ServerLists::Edit &edit : ServerLists::edits(kind, mStepLists[key].toArray(), now[key].toArray(), mine[key].toArray())) {
            if (!ops.contains(int(edit.op)))
                continue;
            std::optional<qint64> id;
            switch (edit.op) {
            case Op::Add: id = mSession->addListItem(kind, edit.value.toObject(), edit.after, error); break;
            case Op::Field: id = mSession->setListItemField(kind, edit.id, edit.field, edit.value, error); break;
            case Op::Remove: id = mSession->removeListItem(kind, edit.id, error); break;
            }
            if (!id)
                return false;
        }
    }
    return true;
}

bool SharedJourney::sendStructure(QString *error)
{
    using Op = ServerStructure::Edit::Op;
    const QJsonObject mine = ServerStructure::structureOf(mDocument->journey());
    for (const Op phase : {Op::Remove, Op::Add, Op::Move, Op::Field}) {
        // Compared again in each phase: removing a department changes its lanes on the server too.
        for (const ServerStructure::Edit &edit : ServerStructure::edits(mSession->parts().base, mine, phase)) {
            std::optional<qint64> id;
            switch (edit.op) {
            case Op::Remove: id = mSession->removeStructure(edit.kind, edit.id, error); break;
            case Op::Add: id = mSession->addStructure(edit.kind, edit.value.toObject(), edit.after, error); break;
            case Op::Move: id = mSession->moveStructure(edit.kind, edit.id, edit.after, error); break;
            case Op::Field: id = mSession->setStructureField(edit.kind, edit.id, edit.field, edit.value, error); break;
            }
            if (!id)
                return false;
        }
    }
    return true;
}

bool SharedJourney::sendDeletedCards(QString *error)
{
    std::vector<QUuid> gone;
    for (const Touchpoint &card : mStepCards) {
        // (Gone from the session already: removed with its stage or lane in this step.)
        if (!mDocument->journey().touchpoint(card.id) && mSession->journey().touchpoint(card.id))
            gone.push_back(card.id);
    }
    for (const QUuid &id : gone) {
        if (!mSession->deleteCard(id, error))
            return false;
    }
    return true;
}

bool SharedJourney::sendAddedAndMovedCards(QString *error)
{
    QList<Cell> cells;
    for (const Touchpoint &card : mDocument->journey().touchpoints) {
        const Cell cell = qMakePair(card.stageId, card.laneId);
        if (!cells.contains(cell))
            cells.append(cell);
    }
    for (const Cell &cell : std::as_const(cells)) {
        const QList<QUuid> mine = cellOrder(mDocument->journey(), cell);
        const QList<QUuid> theirs = cellOrder(mSession->journey(), cell);
        QList<int> ranks;
        for (const QUuid &id : mine)
            ranks.append(int(theirs.indexOf(id)));
        const QSet<int> staying = longestIncreasing(ranks);
        for (int i = 0; i < mine.size(); ++i) {
            if (staying.contains(i))
                continue;
            const QUuid after = i > 0 ? mine[i - 1] : QUuid();
            const Touchpoint *card = mDocument->journey().touchpoint(mine[i]);
            const bool known = mSession->journey().touchpoint(mine[i]) != nullptr;
            if (!known && mStepIndex.contains(mine[i]))
                continue; // deleted (or removed with its lane) by someone while this step was sent
            const bool ok = known ? mSession->moveCard(card->id, cell.first, cell.second, after, error).has_value()
                                  : mSession->addCard(*card, after, error).has_value();
            if (!ok)
                return false;
        }
    }
    return true;
}

bool SharedJourney::sendFieldEdits(QString *error)
{
    for (const Touchpoint &card : mDocument->journey().touchpoints) {
        const Touchpoint *before = mStepIndex.value(card.id);
        if (!before || !mSession->journey().touchpoint(card.id) || !cardFieldsDiffer(*before, card))
            continue; // new in this step (sent whole), deleted meanwhile (mirrored away), or unchanged
        const QJsonObject was = cardFields(*before);
        const QJsonObject now = cardFields(card);
        QStringList keys = was.keys() + now.keys();
        keys.removeDuplicates();
        for (const QString &key : std::as_const(keys)) {
            if (was.value(key) != now.value(key)
                && !mSession->setCardField(card.id, key, now.contains(key) ? now.value(key) : QJsonValue(), error))
                return false;
        }
    }
    return true;
}

bool SharedJourney::sendComments(QString *error)
{
    // Against the comments as they were when the step began: what others change meanwhile
    // (each write catches up) is theirs, not this step's.
    const std::vector<Comment> comments = mDocument->journey().comments;
    for (const Comment &comment : comments) {
        const Comment *before = findById(mStepComments, comment.id);
        const bool known = findById(mSession->journey().comments, comment.id) != nullptr;
        if (!before) {
            if (!known && !mSession->addComment(comment, error))
                return false;
            continue;
        }
        if (*before == comment || !known)
            continue; // unchanged, or deleted by someone meanwhile (mirrored away)
        const QJsonObject was = commentJson(*before);
        const QJsonObject now = commentJson(comment);
        for (const QString &key : ServerWorkshop::changedKeys(was, now)) {
            if (!mSession->setCommentField(comment.id, key, now.contains(key) ? now.value(key) : QJsonValue(), error))
                return false;
        }
    }
    // Deleted: newest first, so a thread's replies go before the comment they answer.
    for (auto it = mStepComments.crbegin(); it != mStepComments.crend(); ++it) {
        if (!findById(comments, it->id) && findById(mSession->journey().comments, it->id) && !mSession->deleteComment(it->id, error))
            return false;
    }
    return true;
}

bool SharedJourney::sendNewVotes(QString *error)
{
    const std::vector<VoteRound> votes = mDocument->journey().votes;
    for (const VoteRound &vote : votes) {
        if (!findById(mStepVotes, vote.id) && !findById(mSession->journey().votes, vote.id) && !mSession->startVote(vote, error))
            return false;
    }
    return true;
}

bool SharedJourney::sendDots(QString *error)
{
    const std::vector<VoteRound> votes = mDocument->journey().votes;
    for (const VoteRound &vote : votes) {
        const VoteRound *before = findById(mStepVotes, vote.id);
        const DotDifference difference = dotDifference(before ? before->dots : std::vector<Dot>{}, vote.dots);
        for (const Dot &dot : difference.takenBack) {
            if (!mSession->takeBackDot(vote.id, dot.participantId, dot.touchpointId, error))
                return false;
        }
        for (const Dot &dot : difference.added) {
            if (!mSession->addDot(vote.id, dot.participantId, dot.touchpointId, error))
                return false;
        }
    }
    return true;
}

bool SharedJourney::sendVoteFields(QString *error)
{
    // After the dots: a step that places a dot and closes the vote keeps the dot.
    const std::vector<VoteRound> votes = mDocument->journey().votes;
    for (const VoteRound &vote : votes) {
        const VoteRound *before = findById(mStepVotes, vote.id);
        if (!before || !findById(mSession->journey().votes, vote.id))
            continue;
        VoteRound sameDots = vote;
        sameDots.dots = before->dots;
        if (sameDots == *before)
            continue; // only its dots changed, if anything (most steps)
        const QJsonObject was = ServerWorkshop::voteJson(*before);
        const QJsonObject now = ServerWorkshop::voteJson(vote);
        for (const QString &key : ServerWorkshop::changedKeys(was, now)) {
            if (!mSession->setVoteField(vote.id, key, now.contains(key) ? now.value(key) : QJsonValue(), error))
                return false;
        }
    }
    return true;
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
}

} // namespace waymark
