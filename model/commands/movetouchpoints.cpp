#include "movetouchpoints.h"

#include "commands/addtouchpoint.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

MoveTouchpoints::MoveTouchpoints(JourneyDocument *document, QList<QUuid> ids, const QUuid &stageId,
                                 const QUuid &laneId, int indexInCell, bool mergeable, QUndoCommand *parent)
    : JourneyCommand(document,
                     ids.size() == 1 ? QCoreApplication::translate("UndoCommands", "Move card")
                                     : QCoreApplication::translate("UndoCommands", "Move %n cards", nullptr,
                                                                   int(ids.size())),
                     parent)
    , mIds(std::move(ids))
    , mStageId(stageId)
    , mLaneId(laneId)
    , mIndexInCell(indexInCell)
    , mMergeable(mergeable)
{
    const Journey &journey = document->journey();
    mBefore = currentPlacements(journey);

    // Take the moving cards out (in their current list order), then insert them as a block.
    const UuidSet moving(mIds.begin(), mIds.end());
    std::vector<Touchpoint> staying;
    std::vector<Touchpoint> moved;
    for (const Touchpoint &card : journey.touchpoints)
        (moving.contains(card.id) ? moved : staying).push_back(card);
    // The target position counts only the cards that stay, which is what a drop indicator shows.
    const int at = touchpointInsertIndex(staying, stageId, laneId, indexInCell);
    for (Touchpoint &card : moved) {
        card.stageId = stageId;
        card.laneId = laneId;
    }
    staying.insert(staying.begin() + at, moved.begin(), moved.end());

    Journey after;
    after.touchpoints = std::move(staying);
    mAfter = currentPlacements(after);
    setObsolete(sameCells(mBefore, mAfter));
}

// True when every cell holds the same cards in the same order. The flat list may still
// differ (cells interleave freely in it), but nobody can see that, so no undo step is due.
bool MoveTouchpoints::sameCells(const Placements &a, const Placements &b)
{
    const auto cells = [](const Placements &placements) {
        QHash<QPair<QUuid, QUuid>, QList<QUuid>> result;
        for (const auto &p : placements)
            result[qMakePair(p.stageId, p.laneId)].append(p.id);
        return result;
    };
    return cells(a) == cells(b);
}

MoveTouchpoints::Placements MoveTouchpoints::currentPlacements(const Journey &journey)
{
    Placements placements;
    placements.reserve(journey.touchpoints.size());
    for (const Touchpoint &card : journey.touchpoints)
        placements.push_back({card.id, card.stageId, card.laneId});
    return placements;
}

void MoveTouchpoints::redo()
{
    document()->setPlacements(key(), mAfter);
}

void MoveTouchpoints::undo()
{
    document()->setPlacements(key(), mBefore);
}

bool MoveTouchpoints::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveTouchpoints *>(other);
    if (!move->mMergeable || move->mIds != mIds)
        return false;
    mAfter = move->mAfter;
    mStageId = move->mStageId;
    mLaneId = move->mLaneId;
    mIndexInCell = move->mIndexInCell;
    setObsolete(sameCells(mBefore, mAfter));
    return true;
}

} // namespace waymark
