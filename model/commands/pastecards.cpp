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
// The ids the pasted items take in `existing`: their own where `existing` has it, else the one
// of the same name (case aside), else a new item added (with a fresh id) under `parent`.
template <typename T>
UuidHash<QUuid> matchOrAdd(JourneyDocument *document, const std::vector<T> &existing, const std::vector<T> &pasted,
                           QUndoCommand *parent)
{
    UuidHash<QUuid> ids;
    int next = int(existing.size());
    for (const T &item : pasted) {
        const auto sameId = std::find_if(existing.begin(), existing.end(), [&](const T &known) { return known.id == item.id; });
        const auto sameName = std::find_if(existing.begin(), existing.end(), [&](const T &known) {
            return known.name.compare(item.name, Qt::CaseInsensitive) == 0;
        });
        if (sameId != existing.end()) {
            ids.insert(item.id, item.id);
        } else if (sameName != existing.end()) {
            ids.insert(item.id, sameName->id);
        } else {
            T added = item;
            added.id = QUuid::createUuid();
            ids.insert(item.id, added.id);
            new AddEntity<T>(document, next++, added, parent);
        }
    }
    return ids;
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

    // Owners and personas: same id, else same name, else added first, in this step — so a
    // pasted card keeps its owner and still happens to the same people.
    const UuidHash<QUuid> owners = matchOrAdd<Department>(document, journey.departments, cards.departments, this);
    const UuidHash<QUuid> people = matchOrAdd<Persona>(document, journey.personas, cards.personas, this);

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
        giveFreshIds(copy.images);
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
                giveFreshIds(copy.images);
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
