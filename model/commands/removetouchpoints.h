#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Deletes cards together with the connections that start or end at them, as one step.
// Like every composite command, it is built from the document's current state: push it
// right away.
class RemoveTouchpoints : public JourneyCommand
{
public:
    RemoveTouchpoints(JourneyDocument *document, const QList<QUuid> &ids, QUndoCommand *parent = nullptr);
};

} // namespace waymark
