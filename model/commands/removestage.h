#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Deletes a stage with every card in it (and those cards' connections) as one undo step.
// The UI asks for confirmation first when the stage holds cards.
class RemoveStage : public JourneyCommand
{
public:
    RemoveStage(JourneyDocument *document, const QUuid &stageId, QUndoCommand *parent = nullptr);
};

} // namespace waymark
