#include "removedepartment.h"

#include "commands/editentity.h"
#include "commands/removeentity.h"

#include <QCoreApplication>

namespace waymark {

RemoveDepartment::RemoveDepartment(JourneyDocument *document, const QUuid &departmentId, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete department"), parent)
{
    const Journey &journey = document->journey();
    for (const Touchpoint &card : journey.touchpoints) {
        if (card.departmentId == departmentId) {
            Touchpoint orphan = card;
            orphan.departmentId = QUuid();
            new EditTouchpoint(document, orphan, {}, false, this);
        }
    }
    for (const Lane &lane : journey.lanes) {
        if (lane.departmentId == departmentId) {
            Lane plain = lane;
            plain.kind = LaneKind::Touchpoints;
            plain.departmentId = QUuid();
            new EditLane(document, plain, {}, false, this);
        }
    }
    new RemoveEntity<Department>(document, departmentId, this);
}

RemovePersona::RemovePersona(JourneyDocument *document, const QUuid &personaId, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete persona"), parent)
{
    for (const Touchpoint &card : document->journey().touchpoints) {
        Touchpoint without = card;
        std::erase(without.personaIds, personaId);
        std::erase_if(without.personaEmotions, [&](const PersonaEmotion &own) { return own.personaId == personaId; });
        if (!(without == card))
            new EditTouchpoint(document, without, {}, false, this);
    }
    new RemoveEntity<Persona>(document, personaId, this);
}

} // namespace waymark
