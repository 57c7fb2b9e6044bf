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

private:
    Touchpoint mCard;
    int mIndexInCell;
};

// Where in Journey::touchpoints a card lands to be at `indexInCell` of its cell, given the
// current cards. Shared by add, paste and move.
int touchpointInsertIndex(const std::vector<Touchpoint> &cards, const QUuid &stageId, const QUuid &laneId,
                          int indexInCell);

} // namespace waymark
