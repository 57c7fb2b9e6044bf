#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Deletes an opportunity and takes it out of every scenario that lists it, as one undo step;
// undo puts the opportunity back at its index and each scenario's list back as it was.
class RemoveOpportunity : public JourneyCommand
{
public:
    RemoveOpportunity(JourneyDocument *document, const QUuid &opportunityId, QUndoCommand *parent = nullptr);
};

} // namespace waymark
