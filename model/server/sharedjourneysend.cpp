// The bridge's senders (SharedJourney::sendStep calls them in order): each compares one kind of
// thing in the window's document with the session's journey as it was when the step began and
// sends the difference as the session's changes.
#include "server/sharedjourney.h"

#include "journeydocument.h"
#include "server/servermirror.h"
#include "server/serverjourneyfields.h"
#include "server/serverlists.h"
#include "server/serversession.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"
#include "uuidhash.h"

#include <algorithm>

namespace waymark {

namespace {

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

bool SharedJourney::sendLists(const QStringList &kinds, const QList<int> &ops, QString *error)
{
    using Op = ServerLists::Edit::Op;
    const QJsonObject mine = ServerLists::listsOf(mDocument->journey());
    for (const QString &kind : kinds) {
        const QString key = ServerLists::listKey(kind);
        // Against the list as it was when the step began: what others change meanwhile is theirs.
        const QJsonObject now = ServerLists::listsOf(mSession->journey());
        for (const ServerLists::Edit &edit : ServerLists::edits(kind, mStepLists[key].toArray(), now[key].toArray(), mine[key].toArray(), mStepInserted)) {
            if (!ops.contains(int(edit.op)))
                continue;
            std::optional<qint64> id;
            switch (edit.op) {
            case Op::Add: id = mSession->addListItem(kind, edit.value.toObject(), edit.after, error); break;
            case Op::Field: id = mSession->setListItemField(kind, edit.id, edit.field, edit.value, error); break;
            case Op::Remove: id = mSession->removeListItem(kind, edit.id, error); break;
            case Op::Move: id = mSession->moveListItem(kind, edit.id, edit.after, error); break;
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

bool SharedJourney::sendDeletedVotes(QString *error)
{
    // A vote deleted in the window, still on the server: it goes with its dots (schema 7).
    for (const VoteRound &vote : mStepVotes) {
        if (!findById(mDocument->journey().votes, vote.id) && findById(mSession->journey().votes, vote.id)
            && !mSession->deleteVote(vote.id, error))
            return false;
    }
    return true;
}

bool SharedJourney::sendJourneyInfo(QString *error)
{
    // Against the fields as they were when the step began: one someone else changed meanwhile
    // stays theirs unless this step changed it too.
    for (const auto &[field, value] : ServerJourneyFields::edits(mStepInfo, mDocument->journey())) {
        if (!mSession->setJourneyField(field, value, error))
            return false;
    }
    return true;
}

bool SharedJourney::sendDatasets(QString *error)
{
    // Against the datasets as they were when the step began. A dataset is never changed in
    // place (a rename or a re-import is a new version), so the same pointer is the same version
    // and a million rows are never compared.
    const auto find = [](const std::vector<DatasetRef> &list, const QUuid &id) -> const DatasetRef * {
        const auto it = std::find_if(list.begin(), list.end(), [&](const DatasetRef &item) { return item->id == id; });
        return it == list.end() ? nullptr : &*it;
    };
    // Handed to the session's worker: the window goes on while tens of MB are sent, the session
    // shows them at once, and a write that fails later is taken back (onDatasetSent).
    const std::vector<DatasetRef> mine = mDocument->journey().datasets;
    for (const DatasetRef &before : mStepDatasets) {
        if (!find(mine, before->id) && find(mSession->journey().datasets, before->id)
            && !mSession->sendDataset(ServerChangeField::deleted, before->id, {}, error))
            return false;
    }
    for (const DatasetRef &dataset : mine) {
        const DatasetRef *before = find(mStepDatasets, dataset->id);
        if (!before) {
            if (!find(mSession->journey().datasets, dataset->id) && !mSession->sendDataset(ServerChangeField::added, dataset->id, dataset, error))
                return false;
        } else if (before->shared() != dataset.shared() && !mSession->sendDataset(ServerChangeField::replaced, dataset->id, dataset, error)) {
            return false;
        }
    }
    return true;
}

} // namespace waymark
