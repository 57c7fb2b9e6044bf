#pragma once

#include "journeydocument.h"

#include <QUndoCommand>

namespace waymark {

// Ids for QUndoCommand::mergeWith: consecutive edits of the same kind on the same item
// (typing a title, dragging a card) collapse into one undo step.
enum class CommandId {
    EditJourneyInfo = 1000,
    EditStage,
    EditLane,
    EditDepartment,
    EditPersona,
    EditTouchpoint,
    EditConnection,
    MoveTouchpoints,
    EditParticipant,
    EditVote,
    EditAgendaItem,
    EditComment,
    EditOpportunity,
    EditScenario,
};

// Base of every command: holds the document and hands out the key to its mutators.
class JourneyCommand : public QUndoCommand
{
public:
    JourneyDocument *document() const { return mDocument; }
    // Whether review mode lets this command through (comments only).
    virtual bool allowedInReview() const { return false; }

protected:
    JourneyCommand(JourneyDocument *document, const QString &text, QUndoCommand *parent = nullptr);
    static CommandKey key() { return CommandKey(); }

private:
    JourneyDocument *mDocument;
};

// Groups the commands pushed in its lifetime into one undo step (paste, multi-card edits).
class UndoMacro
{
public:
    UndoMacro(JourneyDocument *document, const QString &text);
    ~UndoMacro();
    UndoMacro(const UndoMacro &) = delete;
    UndoMacro &operator=(const UndoMacro &) = delete;

private:
    JourneyDocument *mDocument;
};

} // namespace waymark
