#include "cardtransfer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace waymark {

Journey copyCards(const Journey &journey, const QList<QUuid> &ids)
{
    const UuidSet wanted(ids.begin(), ids.end());
    const Journey ordered = journey.canonical();
    std::vector<const Touchpoint *> cards;
    int firstStage = int(journey.stages.size());
    int lastStage = -1;
    int firstLane = int(journey.lanes.size());
    int lastLane = -1;
    for (const Touchpoint &card : ordered.touchpoints) {
        if (!wanted.contains(card.id))
            continue;
        const auto stage = journey.stageIndex(card.stageId);
        const auto lane = journey.laneIndex(card.laneId);
        if (!stage || !lane)
            continue;
        cards.push_back(&card);
        firstStage = std::min(firstStage, *stage);
        lastStage = std::max(lastStage, *stage);
        firstLane = std::min(firstLane, *lane);
        lastLane = std::max(lastLane, *lane);
    }

    Journey copy;
    copy.id = QUuid::createUuid();
    copy.title = QCoreApplication::translate("CardTransfer", "Copied cards");
    copy.currency = journey.currency;
    if (cards.empty())
        return copy;

    UuidHash<QUuid> stageIds; // original -> copy
    UuidHash<QUuid> laneIds;
    for (int s = firstStage; s <= lastStage; ++s) {
        const Stage &stage = journey.stages[std::size_t(s)];
        copy.stages.push_back({QUuid::createUuid(), stage.name, {}});
        stageIds.insert(stage.id, copy.stages.back().id);
    }
    UuidSet departments;
    for (int l = firstLane; l <= lastLane; ++l) {
        Lane lane = journey.lanes[std::size_t(l)];
        laneIds.insert(lane.id, QUuid::createUuid());
        lane.id = laneIds.value(lane.id);
        if (!lane.departmentId.isNull())
            departments.insert(lane.departmentId);
        copy.lanes.push_back(lane);
    }
    UuidSet copied;
    UuidSet personas; // the personas the copied cards name travel with them
    for (const Touchpoint *card : cards) {
        for (const QUuid &persona : card->personaIds)
            personas.insert(persona);
        for (const PersonaEmotion &own : card->personaEmotions)
            personas.insert(own.personaId);
        Touchpoint moved = *card;
        moved.stageId = stageIds.value(card->stageId);
        moved.laneId = laneIds.value(card->laneId);
        if (!moved.departmentId.isNull())
            departments.insert(moved.departmentId);
        copy.touchpoints.push_back(moved);
        copied.insert(card->id);
    }
    for (const Department &department : journey.departments) {
        if (departments.contains(department.id))
            copy.departments.push_back(department);
    }
    for (const Persona &persona : journey.personas) {
        if (personas.contains(persona.id))
            copy.personas.push_back(persona);
    }
    for (const Connection &connection : journey.connections) {
        if (copied.contains(connection.fromId) && copied.contains(connection.toId))
            copy.connections.push_back(connection);
    }
    return copy;
}

} // namespace waymark
