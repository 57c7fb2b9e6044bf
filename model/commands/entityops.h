#pragma once

#include "commands/journeycommand.h"

#include <QCoreApplication>

namespace waymark {

// How the generic commands (add, remove, edit, move) reach each kind of entity: its list in
// the journey, the document mutators, its undo texts and its merge id.
template <typename T>
struct EntityOps;

#define WAYMARK_ENTITY_OPS(Type, list, Name, addText, removeText, editText)                                   \
    template <>                                                                                                 \
    struct EntityOps<Type> {                                                                                    \
        static const std::vector<Type> &items(const Journey &journey) { return journey.list; }                 \
        static void insert(JourneyDocument *d, CommandKey k, int i, const Type &v) { d->insert##Name(k, i, v); } \
        static void remove(JourneyDocument *d, CommandKey k, int i) { d->remove##Name(k, i); }                 \
        static void replace(JourneyDocument *d, CommandKey k, const Type &v) { d->replace##Name(k, v); }       \
        static QString textForAdd() { return QCoreApplication::translate("UndoCommands", addText); }          \
        static QString textForRemove() { return QCoreApplication::translate("UndoCommands", removeText); }    \
        static QString textForEdit() { return QCoreApplication::translate("UndoCommands", editText); }        \
        static constexpr CommandId editId = CommandId::Edit##Name;                                             \
    };

WAYMARK_ENTITY_OPS(Stage, stages, Stage, QT_TRANSLATE_NOOP("UndoCommands", "Add stage"), QT_TRANSLATE_NOOP("UndoCommands", "Delete stage"), QT_TRANSLATE_NOOP("UndoCommands", "Edit stage"))
WAYMARK_ENTITY_OPS(Lane, lanes, Lane, QT_TRANSLATE_NOOP("UndoCommands", "Add lane"), QT_TRANSLATE_NOOP("UndoCommands", "Delete lane"), QT_TRANSLATE_NOOP("UndoCommands", "Edit lane"))
WAYMARK_ENTITY_OPS(Department, departments, Department, QT_TRANSLATE_NOOP("UndoCommands", "Add department"), QT_TRANSLATE_NOOP("UndoCommands", "Delete department"), QT_TRANSLATE_NOOP("UndoCommands", "Edit department"))
WAYMARK_ENTITY_OPS(Persona, personas, Persona, QT_TRANSLATE_NOOP("UndoCommands", "Add persona"), QT_TRANSLATE_NOOP("UndoCommands", "Delete persona"), QT_TRANSLATE_NOOP("UndoCommands", "Edit persona"))
WAYMARK_ENTITY_OPS(Touchpoint, touchpoints, Touchpoint, QT_TRANSLATE_NOOP("UndoCommands", "Add card"), QT_TRANSLATE_NOOP("UndoCommands", "Delete card"), QT_TRANSLATE_NOOP("UndoCommands", "Edit card"))
WAYMARK_ENTITY_OPS(Connection, connections, Connection, QT_TRANSLATE_NOOP("UndoCommands", "Add connection"), QT_TRANSLATE_NOOP("UndoCommands", "Delete connection"), QT_TRANSLATE_NOOP("UndoCommands", "Edit connection"))

WAYMARK_ENTITY_OPS(Participant, participants, Participant, QT_TRANSLATE_NOOP("UndoCommands", "Add participant"), QT_TRANSLATE_NOOP("UndoCommands", "Remove participant"), QT_TRANSLATE_NOOP("UndoCommands", "Edit participant"))
WAYMARK_ENTITY_OPS(VoteRound, votes, Vote, QT_TRANSLATE_NOOP("UndoCommands", "Start vote"), QT_TRANSLATE_NOOP("UndoCommands", "Delete vote"), QT_TRANSLATE_NOOP("UndoCommands", "Change vote"))
WAYMARK_ENTITY_OPS(AgendaItem, agenda, AgendaItem, QT_TRANSLATE_NOOP("UndoCommands", "Add agenda step"), QT_TRANSLATE_NOOP("UndoCommands", "Remove agenda step"), QT_TRANSLATE_NOOP("UndoCommands", "Edit agenda step"))
WAYMARK_ENTITY_OPS(Comment, comments, Comment, QT_TRANSLATE_NOOP("UndoCommands", "Add comment"), QT_TRANSLATE_NOOP("UndoCommands", "Delete comment"), QT_TRANSLATE_NOOP("UndoCommands", "Edit comment"))
WAYMARK_ENTITY_OPS(Opportunity, opportunities, Opportunity, QT_TRANSLATE_NOOP("UndoCommands", "Add opportunity"), QT_TRANSLATE_NOOP("UndoCommands", "Delete opportunity"), QT_TRANSLATE_NOOP("UndoCommands", "Edit opportunity"))
WAYMARK_ENTITY_OPS(Scenario, scenarios, Scenario, QT_TRANSLATE_NOOP("UndoCommands", "Add scenario"), QT_TRANSLATE_NOOP("UndoCommands", "Delete scenario"), QT_TRANSLATE_NOOP("UndoCommands", "Edit scenario"))

#undef WAYMARK_ENTITY_OPS

// Review mode lets only comments change (see JourneyDocument::isReviewOnly).
template <typename T>
inline constexpr bool allowedInReview = false;
template <>
inline constexpr bool allowedInReview<Comment> = true;

} // namespace waymark
