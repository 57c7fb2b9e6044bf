#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Moves cards into a cell at a position inside it, keeping their relative order (a drag and
// drop, or a keyboard move). Undo restores every card's cell and order exactly. Consecutive
// moves of the same cards merge, so a whole drag is one undo step.
class MoveTouchpoints : public JourneyCommand
{
public:
    MoveTouchpoints(JourneyDocument *document, QList<QUuid> ids, const QUuid &stageId, const QUuid &laneId,
                    int indexInCell = -1, bool mergeable = false, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return mMergeable ? int(CommandId::MoveTouchpoints) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    using Placements = std::vector<JourneyDocument::Placement>;
    static Placements currentPlacements(const Journey &journey);
    static bool sameCells(const Placements &a, const Placements &b);

    QList<QUuid> mIds;
    QUuid mStageId;
    QUuid mLaneId;
    int mIndexInCell;
    bool mMergeable;
    Placements mBefore;
    Placements mAfter;
};

} // namespace waymark
