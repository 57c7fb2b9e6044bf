#pragma once

#include "commands/entityops.h"
#include "commands/journeycommand.h"

namespace waymark {

// Removes one item by id and puts it back at the same index on undo. It removes only the
// item itself: commands that must take dependants along (a stage's cards, a card's
// connections) build it as their last child.
template <typename T>
class RemoveEntity : public JourneyCommand
{
public:
    RemoveEntity(JourneyDocument *document, const QUuid &id, QUndoCommand *parent = nullptr)
        : JourneyCommand(document, EntityOps<T>::textForRemove(), parent)
        , mId(id)
    {
    }

    void redo() override
    {
        const auto &items = EntityOps<T>::items(document()->journey());
        const auto it = std::find_if(items.begin(), items.end(), [&](const T &item) { return item.id == mId; });
        Q_ASSERT(it != items.end());
        mIndex = int(it - items.begin());
        mItem = *it;
        EntityOps<T>::remove(document(), key(), mIndex);
    }
    void undo() override { EntityOps<T>::insert(document(), key(), mIndex, mItem); }
    bool allowedInReview() const override { return waymark::allowedInReview<T>; }

private:
    QUuid mId;
    int mIndex = -1;
    T mItem;
};

using RemoveConnection = RemoveEntity<Connection>;
using RemoveScenario = RemoveEntity<Scenario>;

} // namespace waymark
