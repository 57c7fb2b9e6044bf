#pragma once

#include "commands/entityops.h"
#include "commands/journeycommand.h"

namespace waymark {

// The generic "change values" command: replaces an item by a new version of itself (same
// id). Callers change one or more fields of a copy and push this. With `mergeable`,
// consecutive edits of the same item merge into one undo step (typing, dragging a slider).
template <typename T>
class EditEntity : public JourneyCommand
{
public:
    EditEntity(JourneyDocument *document, T newValue, const QString &text = {}, bool mergeable = false,
               QUndoCommand *parent = nullptr)
        : JourneyCommand(document, text.isEmpty() ? EntityOps<T>::textForEdit() : text, parent)
        , mNew(std::move(newValue))
        , mMergeable(mergeable)
    {
        const auto &items = EntityOps<T>::items(document->journey());
        const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == mNew.id; });
        Q_ASSERT(it != items.end());
        mOld = *it;
        setObsolete(mOld == mNew);
    }

    const T &newValue() const { return mNew; }

    void redo() override { EntityOps<T>::replace(document(), key(), mNew); }
    void undo() override { EntityOps<T>::replace(document(), key(), mOld); }

    bool allowedInReview() const override { return waymark::allowedInReview<T>; }
    int id() const override { return mMergeable ? int(EntityOps<T>::editId) : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        // dynamic_cast: a naming AddEntity shares this command id (see AddEntity::awaitName).
        const auto *edit = dynamic_cast<const EditEntity *>(other);
        if (!edit || !edit->mMergeable || edit->mNew.id != mNew.id || edit->text() != text())
            return false;
        mNew = edit->mNew;
        setObsolete(mOld == mNew);
        return true;
    }

private:
    T mOld;
    T mNew;
    bool mMergeable;
};

using EditStage = EditEntity<Stage>;
using EditLane = EditEntity<Lane>;
using EditDepartment = EditEntity<Department>;
using EditPersona = EditEntity<Persona>;
using EditTouchpoint = EditEntity<Touchpoint>;
using EditConnection = EditEntity<Connection>;
using EditOpportunity = EditEntity<Opportunity>;
using EditScenario = EditEntity<Scenario>;

} // namespace waymark
