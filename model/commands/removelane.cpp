#include "removelane.h"

#include "commands/removeentity.h"
#include "commands/removetouchpoints.h"

#include <QCoreApplication>

namespace waymark {

RemoveLane::RemoveLane(JourneyDocument *document, const QUuid &laneId, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete lane"), parent)
{
    QList<QUuid> cards;
    for (const Touchpoint &card : document->journey().touchpoints) {
        if (card.laneId == laneId)
            cards.append(card.id);
    }
    if (!cards.isEmpty())
        new RemoveTouchpoints(document, cards, this);
    new RemoveEntity<Lane>(document, laneId, this);
}

} // namespace waymark
