#include "removestage.h"

#include "commands/removeentity.h"
#include "commands/removetouchpoints.h"

#include <QCoreApplication>

namespace waymark {

RemoveStage::RemoveStage(JourneyDocument *document, const QUuid &stageId, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete stage"), parent)
{
    QList<QUuid> cards;
    for (const Touchpoint &card : document->journey().touchpoints) {
        if (card.stageId == stageId)
            cards.append(card.id);
    }
    if (!cards.isEmpty())
        new RemoveTouchpoints(document, cards, this);
    new RemoveEntity<Stage>(document, stageId, this);
}

} // namespace waymark
