#pragma once

#include "commands/journeycommand.h"

#include <QCoreApplication>

namespace waymark {

// Moves a stage or a lane to a new position (dragging a header).
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

template <>
inline QString ReorderEntity<Stage>::textFor() { return QCoreApplication::translate("UndoCommands", "Move stage"); }
template <>
inline QString ReorderEntity<Lane>::textFor() { return QCoreApplication::translate("UndoCommands", "Move lane"); }
template <>
inline void ReorderEntity<Stage>::move(int from, int to) { document()->moveStage(key(), from, to); }
template <>
inline void ReorderEntity<Lane>::move(int from, int to) { document()->moveLane(key(), from, to); }

using MoveStage = ReorderEntity<Stage>;
using MoveLane = ReorderEntity<Lane>;

} // namespace waymark
