#include "journeycommand.h"

namespace waymark {

JourneyCommand::JourneyCommand(JourneyDocument *document, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mDocument(document)
{
}

UndoMacro::UndoMacro(JourneyDocument *document, const QString &text)
    : mDocument(document)
{
    mDocument->undoStack()->beginMacro(text);
}

UndoMacro::~UndoMacro()
{
    mDocument->undoStack()->endMacro();
}

} // namespace waymark
