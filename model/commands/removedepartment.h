#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Deletes a department. Its cards lose their owner and its department lanes become plain
// touchpoint lanes (keeping their name, side of the line of visibility and cards), so no
// card is lost; undo restores all of it.
class RemoveDepartment : public JourneyCommand
{
public:
    RemoveDepartment(JourneyDocument *document, const QUuid &departmentId, QUndoCommand *parent = nullptr);
};

} // namespace waymark
