#pragma once

#include "commands/editentity.h"
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
    void undo() override
    {
        mAwaitsName = false;
        EntityOps<T>::remove(document(), key(), mIndex);
    }

    // Call after pushing, when the UI opens a name editor on the new item: the next mergeable
    // EditEntity of this item (the typed name) joins this step, so one Undo removes the item
    // rather than leaving an unnamed one behind. Only that one edit; later renames stay their own step.
    void awaitName() { mAwaitsName = true; }
    int id() const override { return mAwaitsName ? int(EntityOps<T>::editId) : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *edit = dynamic_cast<const EditEntity<T> *>(other);
        if (!mAwaitsName || !edit || edit->newValue().id != mItem.id)
            return false;
        mItem = edit->newValue();
        mAwaitsName = false;
        return true;
    }

private:
    int mIndex;
    T mItem;
    bool mAwaitsName = false;
};

using AddStage = AddEntity<Stage>;
using AddLane = AddEntity<Lane>;
using AddDepartment = AddEntity<Department>;
using AddPersona = AddEntity<Persona>;
using AddConnection = AddEntity<Connection>;
using AddOpportunity = AddEntity<Opportunity>;
using AddScenario = AddEntity<Scenario>;

} // namespace waymark
