#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Deletes a lane with every card in it (and those cards' connections) as one undo step.
// The UI asks for confirmation first when the lane holds cards.
class RemoveLane : public JourneyCommand
{
public:
    RemoveLane(JourneyDocument *document, const QUuid &laneId, QUndoCommand *parent = nullptr);
};

} // namespace waymark
