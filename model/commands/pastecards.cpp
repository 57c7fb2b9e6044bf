#include "pastecards.h"

#include "commands/addentity.h"
#include "commands/addtouchpoint.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {
// Children are built before any of them runs, so list positions are computed up front.
void copyConnections(JourneyDocument *document, const std::vector<Connection> &connections,
                     const UuidHash<QUuid> &newIds, QUndoCommand *parent)
{
    int index = int(document->journey().connections.size());
    for (const Connection &connection : connections) {
        if (!newIds.contains(connection.fromId) || !newIds.contains(connection.toId))
            continue;
        Connection copy = connection;
        copy.id = QUuid::createUuid();
        copy.fromId = newIds.value(connection.fromId);
        copy.toId = newIds.value(connection.toId);
        new AddConnection(document, index++, copy, parent);
    }
}
} // namespace

PasteCards::PasteCards(JourneyDocument *document, const Journey &cards, const QUuid &targetStageId,
                       const QUuid &targetLaneId, int indexInCell, QUndoCommand *parent)
    : JourneyCommand(document,
                     QCoreApplication::translate("UndoCommands", "Paste %n card(s)", nullptr, int(cards.touchpoints.size())),
                     parent)
{
    const Journey &journey = document->journey();
    const int targetStage = journey.stageIndex(targetStageId).value_or(0);
    const int targetLane = journey.laneIndex(targetLaneId).value_or(0);
    if (journey.stages.empty() || journey.lanes.empty()) {
        setObsolete(true);
        return;
    }

    // Owners: same id, else same name, else a new department (added first, in this step).
    UuidHash<QUuid> owners;
    int nextDepartment = int(journey.departments.size());
    for (const Department &department : cards.departments) {
        if (journey.department(department.id)) {
            owners.insert(department.id, department.id);
            continue;
        }
        const auto same = std::find_if(journey.departments.begin(), journey.departments.end(), [&](const Department &existing) {
            return existing.name.compare(department.name, Qt::CaseInsensitive) == 0;
        });
        if (same != journey.departments.end()) {
            owners.insert(department.id, same->id);
            continue;
        }
        Department added = department;
        added.id = QUuid::createUuid();
        owners.insert(department.id, added.id);
        new AddDepartment(document, nextDepartment++, added, this);
    }

    // Personas the same way: same id, else same name, else added, so a pasted card still
    // happens to the same people.
    UuidHash<QUuid> people;
    int nextPersona = int(journey.personas.size());
    for (const Persona &persona : cards.personas) {
        if (journey.personaIndex(persona.id)) {
            people.insert(persona.id, persona.id);
            continue;
        }
        const auto same = std::find_if(journey.personas.begin(), journey.personas.end(), [&](const Persona &existing) {
            return existing.name.compare(persona.name, Qt::CaseInsensitive) == 0;
        });
        if (same != journey.personas.end()) {
            people.insert(persona.id, same->id);
            continue;
        }
        Persona added = persona;
        added.id = QUuid::createUuid();
        people.insert(persona.id, added.id);
        new AddPersona(document, nextPersona++, added, this);
    }

    UuidHash<QUuid> newIds;
    QHash<QPair<int, int>, int> placedInCell;
    for (const Touchpoint &card : cards.touchpoints) {
        const int stageOffset = cards.stageIndex(card.stageId).value_or(0);
        const int laneOffset = cards.laneIndex(card.laneId).value_or(0);
        const int stage = std::min(targetStage + stageOffset, int(journey.stages.size()) - 1);
        const int lane = std::min(targetLane + laneOffset, int(journey.lanes.size()) - 1);
        Touchpoint copy = card;
        copy.id = QUuid::createUuid();
        copy.stageId = journey.stages[std::size_t(stage)].id;
        copy.laneId = journey.lanes[std::size_t(lane)].id;
        copy.departmentId = owners.value(card.departmentId);
        for (QUuid &persona : copy.personaIds)
            persona = people.value(persona);
        for (PersonaEmotion &own : copy.personaEmotions)
            own.personaId = people.value(own.personaId);
        int &placed = placedInCell[qMakePair(stage, lane)];
        new AddTouchpoint(document, copy, indexInCell < 0 ? -1 : indexInCell + placed, this);
        ++placed;
        newIds.insert(card.id, copy.id);
        mPasted.append(copy.id);
    }
    copyConnections(document, cards.connections, newIds, this);
}

DuplicateCards::DuplicateCards(JourneyDocument *document, const QList<QUuid> &ids, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Duplicate %n card(s)", nullptr, int(ids.size())),
                     parent)
{
    const Journey &journey = document->journey();
    const UuidSet wanted(ids.begin(), ids.end());
    UuidHash<QUuid> newIds;
    for (const Stage &stage : journey.stages) {
        for (const Lane &lane : journey.lanes) {
            const auto cell = journey.cell(stage.id, lane.id);
            int copiesBefore = 0;
            for (std::size_t position = 0; position < cell.size(); ++position) {
                if (!wanted.contains(cell[position]->id))
                    continue;
                Touchpoint copy = *cell[position];
                copy.id = QUuid::createUuid();
                // Right after the original, counting the copies already placed above it.
                new AddTouchpoint(document, copy, int(position) + 1 + copiesBefore, this);
                ++copiesBefore;
                newIds.insert(cell[position]->id, copy.id);
                mCopies.append(copy.id);
            }
        }
    }
    copyConnections(document, journey.connections, newIds, this);
}

} // namespace waymark
