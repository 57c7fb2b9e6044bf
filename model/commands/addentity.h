#pragma once

#include "commands/entityops.h"
#include "commands/journeycommand.h"

namespace waymark {

// Inserts a stage, lane, department, persona, card or connection at an index of its list.
// For cards the index is the position in Journey::touchpoints (see AddTouchpoint for cells).
template <typename T>
class AddEntity : public JourneyCommand
{
public:
    AddEntity(JourneyDocument *document, int index, T item, QUndoCommand *parent = nullptr)
        : JourneyCommand(document, EntityOps<T>::textForAdd(), parent)
        , mIndex(index)
        , mItem(std::move(item))
    {
        if (mItem.id.isNull())
            mItem.id = QUuid::createUuid();
    }
    // Appends at the end of the list.
    AddEntity(JourneyDocument *document, T item, QUndoCommand *parent = nullptr)
        : AddEntity(document, int(EntityOps<T>::items(document->journey()).size()), std::move(item), parent)
    {
    }

    const QUuid &itemId() const { return mItem.id; }
    bool allowedInReview() const override { return waymark::allowedInReview<T>; }

    void redo() override { EntityOps<T>::insert(document(), key(), mIndex, mItem); }
    void undo() override { EntityOps<T>::remove(document(), key(), mIndex); }

private:
    int mIndex;
    T mItem;
};

using AddStage = AddEntity<Stage>;
using AddLane = AddEntity<Lane>;
using AddDepartment = AddEntity<Department>;
using AddPersona = AddEntity<Persona>;
using AddConnection = AddEntity<Connection>;
using AddOpportunity = AddEntity<Opportunity>;
using AddScenario = AddEntity<Scenario>;

} // namespace waymark
