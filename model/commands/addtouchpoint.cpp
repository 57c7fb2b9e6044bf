#include "addtouchpoint.h"

#include "commands/editentity.h"

#include <QCoreApplication>

namespace waymark {

int touchpointInsertIndex(const std::vector<Touchpoint> &cards, const QUuid &stageId, const QUuid &laneId,
                          int indexInCell)
{
    int seen = 0;
    int afterLast = -1;
    for (size_t i = 0; i < cards.size(); ++i) {
        if (cards[i].stageId != stageId || cards[i].laneId != laneId)
            continue;
        if (seen == indexInCell)
            return int(i);
        ++seen;
        afterLast = int(i) + 1;
    }
    // At the end of the cell (right after its last card), or at the end of the list for an empty cell.
    return afterLast >= 0 ? afterLast : int(cards.size());
}

AddTouchpoint::AddTouchpoint(JourneyDocument *document, Touchpoint card, int indexInCell, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Add card"), parent)
    , mCard(std::move(card))
    , mIndexInCell(indexInCell)
{
    if (mCard.id.isNull())
        mCard.id = QUuid::createUuid();
    if (mCard.effort.money.currency.isEmpty())
        mCard.effort.money.currency = document->journey().currency;
    // In a workshop the card belongs to whoever has the floor.
    if (mCard.authorId.isNull())
        mCard.authorId = document->activeParticipant();
}

// The list position is worked out when the command runs, not when it is built, so the
// command is right inside a macro whose earlier steps changed the list.
void AddTouchpoint::redo()
{
    const auto &cards = document()->journey().touchpoints;
    document()->insertTouchpoint(key(), touchpointInsertIndex(cards, mCard.stageId, mCard.laneId, mIndexInCell), mCard);
}

void AddTouchpoint::undo()
{
    mAwaitsName = false;
    document()->removeTouchpoint(key(), *document()->journey().touchpointIndex(mCard.id));
}

int AddTouchpoint::id() const
{
    return mAwaitsName ? int(EntityOps<Touchpoint>::editId) : -1;
}

bool AddTouchpoint::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditTouchpoint *>(other);
    if (!mAwaitsName || !edit || edit->newValue().id != mCard.id)
        return false;
    mCard = edit->newValue();
    mAwaitsName = false;
    return true;
}

} // namespace waymark
