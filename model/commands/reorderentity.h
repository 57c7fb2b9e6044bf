#pragma once

#include "commands/entityops.h"
#include "commands/journeycommand.h"

#include <QCoreApplication>

namespace waymark {

// Moves one item of a journey's list to a new position: a stage or a lane (dragging a header),
// an agenda step, an opportunity or a scenario. One undo step; nothing merges into it, so two
// moves are two steps.
template <typename T>
class ReorderEntity : public JourneyCommand
{
public:
    ReorderEntity(JourneyDocument *document, int from, int to, QUndoCommand *parent = nullptr)
        : JourneyCommand(document, textFor(), parent)
        , mFrom(from)
        , mTo(to)
    {
        setObsolete(from == to);
    }

    void redo() override { move(mFrom, mTo); }
    void undo() override { move(mTo, mFrom); }

private:
    static QString textFor();
    void move(int from, int to);

    int mFrom;
    int mTo;
};

// The lists without a move of their own in the document (agenda, opportunities, scenarios):
// the item is taken out and put back at its new place inside this one command, so views see
// it removed and inserted, and a shared journey sends the new order as one move (ServerLists).
template <typename T>
void ReorderEntity<T>::move(int from, int to)
{
    const T item = EntityOps<T>::items(document()->journey())[std::size_t(from)];
    EntityOps<T>::remove(document(), key(), from);
    EntityOps<T>::insert(document(), key(), to, item);
}

template <>
inline QString ReorderEntity<Stage>::textFor() { return QCoreApplication::translate("UndoCommands", "Move stage"); }
template <>
inline QString ReorderEntity<Lane>::textFor() { return QCoreApplication::translate("UndoCommands", "Move lane"); }
template <>
inline QString ReorderEntity<AgendaItem>::textFor() { return QCoreApplication::translate("UndoCommands", "Move agenda step"); }
template <>
inline QString ReorderEntity<Opportunity>::textFor() { return QCoreApplication::translate("UndoCommands", "Move opportunity"); }
template <>
inline QString ReorderEntity<Scenario>::textFor() { return QCoreApplication::translate("UndoCommands", "Move scenario"); }
template <>
inline void ReorderEntity<Stage>::move(int from, int to) { document()->moveStage(key(), from, to); }
template <>
inline void ReorderEntity<Lane>::move(int from, int to) { document()->moveLane(key(), from, to); }

using MoveStage = ReorderEntity<Stage>;
using MoveLane = ReorderEntity<Lane>;
using MoveAgendaStep = ReorderEntity<AgendaItem>;
using MoveOpportunity = ReorderEntity<Opportunity>;
using MoveScenario = ReorderEntity<Scenario>;

} // namespace waymark
