#include "editjourneyinfo.h"

#include <QCoreApplication>

namespace waymark {

EditJourneyInfo::EditJourneyInfo(JourneyDocument *document, Info info, QUndoCommand *parent)
    : JourneyCommand(document, QCoreApplication::translate("UndoCommands", "Edit journey details"), parent)
    , mNew(std::move(info))
{
    const Journey &journey = document->journey();
    mOld = {journey.title, journey.description, journey.currency};
    setObsolete(mOld == mNew);
}

void EditJourneyInfo::redo() { apply(mNew); }
void EditJourneyInfo::undo() { apply(mOld); }

// Typing in the title field is one undo step.
bool EditJourneyInfo::mergeWith(const QUndoCommand *other)
{
    mNew = static_cast<const EditJourneyInfo *>(other)->mNew;
    setObsolete(mOld == mNew);
    return true;
}

void EditJourneyInfo::apply(const Info &info)
{
    document()->setInfo(key(), info.title, info.description, info.currency);
}

} // namespace waymark
