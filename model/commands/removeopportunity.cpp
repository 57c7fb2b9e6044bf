#include "removeopportunity.h"

#include "commands/editentity.h"
#include "commands/removeentity.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark {

RemoveOpportunity::RemoveOpportunity(JourneyDocument *document, const QUuid &opportunityId, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete opportunity"), parent)
{
    // Scenarios first: a scenario never names an opportunity that is gone, not even between
    // the children of this command.
    for (const Scenario &scenario : document->journey().scenarios) {
        Scenario without = scenario;
        std::erase(without.opportunityIds, opportunityId);
        if (without.opportunityIds.size() != scenario.opportunityIds.size())
            new EditScenario(document, without, {}, false, this);
    }
    new RemoveEntity<Opportunity>(document, opportunityId, this);
}

} // namespace waymark
