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

// Deletes a persona. Cards that named it no longer do (a card left with no persona happens to
// every persona, as before any was named, so it stays on the map) and lose its own emotion;
// undo restores all of it.
class RemovePersona : public JourneyCommand
{
public:
    RemovePersona(JourneyDocument *document, const QUuid &personaId, QUndoCommand *parent = nullptr);
};

} // namespace waymark
