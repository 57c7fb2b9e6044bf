#include "removetouchpoints.h"

#include "commands/removeentity.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

RemoveTouchpoints::RemoveTouchpoints(JourneyDocument *document, const QList<QUuid> &ids, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Delete %n card(s)", nullptr, int(ids.size())),
                     parent)
{
    const UuidSet doomed(ids.begin(), ids.end());
    // Children run in order on redo and in reverse on undo, so connections come back after
    // the cards they point at.
    for (const Connection &connection : document->journey().connections) {
        if (doomed.contains(connection.fromId) || doomed.contains(connection.toId))
            new RemoveEntity<Connection>(document, connection.id, this);
    }
    for (const QUuid &id : ids)
        new RemoveEntity<Touchpoint>(document, id, this);
}

} // namespace waymark
