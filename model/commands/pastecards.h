#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Pastes cards copied with copyCards() — from this journey, another file or another
// Waymark window — as one undo step. The block keeps its shape: the top-left copied cell
// lands on the target cell (clamped to the last stage and lane); cards that share a cell keep
// their order and go at `indexInCell` (-1: the end). Every card gets a new id. Owners map to a
// department with the same id, else the same name (ignoring case), else the department is
// added. Connections between pasted cards are recreated.
class PasteCards : public JourneyCommand
{
public:
    PasteCards(JourneyDocument *document, const Journey &cards, const QUuid &targetStageId, const QUuid &targetLaneId,
               int indexInCell = -1, QUndoCommand *parent = nullptr);

    // The new cards' ids, the same after undo and redo (selection can follow).
    QList<QUuid> pastedIds() const { return mPasted; }

private:
    QList<QUuid> mPasted;
};

// Duplicates cards, each copy right after its original in the same cell, as one undo step;
// connections between duplicated cards are duplicated too.
class DuplicateCards : public JourneyCommand
{
public:
    DuplicateCards(JourneyDocument *document, const QList<QUuid> &ids, QUndoCommand *parent = nullptr);
    QList<QUuid> duplicateIds() const { return mCopies; }

private:
    QList<QUuid> mCopies;
};

} // namespace waymark
