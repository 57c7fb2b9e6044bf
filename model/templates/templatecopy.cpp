#include "templatecopy.h"

#include <QHash>

namespace waymark {

namespace {

// Old id -> new id, made on first sight; a null id stays null (an optional reference).
class IdMap
{
public:
    QUuid operator()(const QUuid &old)
    {
        if (old.isNull())
            return old;
        auto it = mIds.find(old);
        if (it == mIds.end())
            it = mIds.insert(old, QUuid::createUuid());
        return it.value();
    }

private:
    QHash<QUuid, QUuid> mIds;
};

} // namespace

Journey strippedForTemplate(Journey journey)
{
    journey.datasets.clear();
    journey.votes.clear();
    journey.comments.clear();
    journey.participants.clear();
    journey.opportunities.clear();
    journey.scenarios.clear();
    for (AgendaItem &item : journey.agenda)
        item.done = false;
    for (Touchpoint &card : journey.touchpoints)
        card.authorId = {};
    journey.settings.remove(QStringLiteral("business/scenario")); // names a scenario just removed
    return journey;
}

Journey withFreshIds(Journey journey)
{
    IdMap fresh;
    journey.id = fresh(journey.id);
    for (Persona &persona : journey.personas) {
        persona.id = fresh(persona.id);
        persona.photo.id = fresh(persona.photo.id);
    }
    for (Department &department : journey.departments)
        department.id = fresh(department.id);
    for (Stage &stage : journey.stages)
        stage.id = fresh(stage.id);
    for (Lane &lane : journey.lanes) {
        lane.id = fresh(lane.id);
        lane.departmentId = fresh(lane.departmentId);
    }
    for (Touchpoint &card : journey.touchpoints) {
        card.id = fresh(card.id);
        card.stageId = fresh(card.stageId);
        card.laneId = fresh(card.laneId);
        card.departmentId = fresh(card.departmentId);
        card.authorId = fresh(card.authorId);
        for (QUuid &persona : card.personaIds)
            persona = fresh(persona);
        for (PersonaEmotion &own : card.personaEmotions)
            own.personaId = fresh(own.personaId);
        for (QUuid &supported : card.system.supports)
            supported = fresh(supported);
        for (CardImage &picture : card.images)
            picture.id = fresh(picture.id);
    }
    for (Connection &connection : journey.connections) {
        connection.id = fresh(connection.id);
        connection.fromId = fresh(connection.fromId);
        connection.toId = fresh(connection.toId);
    }
    for (AgendaItem &item : journey.agenda)
        item.id = fresh(item.id);
    for (Participant &participant : journey.participants) {
        participant.id = fresh(participant.id);
        participant.departmentId = fresh(participant.departmentId);
    }
    return journey;
}

} // namespace waymark
