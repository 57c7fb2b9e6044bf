#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Adds a card to a (stage, lane) cell at a position inside the cell (-1: at the end).
class AddTouchpoint : public JourneyCommand
{
public:
    AddTouchpoint(JourneyDocument *document, Touchpoint card, int indexInCell = -1, QUndoCommand *parent = nullptr);

    const QUuid &cardId() const { return mCard.id; }
    void redo() override;
    void undo() override;

    // Call after pushing, when the canvas opens the title editor on the new card: the typed
    // title (the next mergeable EditTouchpoint of this card) joins this step, so one Undo
    // removes the card instead of leaving a "New card" behind; later renames are their own steps.
    void awaitName() { mAwaitsName = true; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Touchpoint mCard;
    int mIndexInCell;
    bool mAwaitsName = false;
};

// Where in Journey::touchpoints a card lands to be at `indexInCell` of its cell, given the
// current cards. Shared by add, paste and move.
int touchpointInsertIndex(const std::vector<Touchpoint> &cards, const QUuid &stageId, const QUuid &laneId,
                          int indexInCell);

} // namespace waymark
