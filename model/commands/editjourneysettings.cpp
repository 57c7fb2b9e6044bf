#include "editjourneysettings.h"

#include <QCoreApplication>

namespace waymark {

EditJourneySettings::EditJourneySettings(JourneyDocument *document, QMap<QString, QString> changes, const QString &text,
                                         QUndoCommand *parent)
    : JourneyCommand(document, text.isEmpty() ? QCoreApplication::translate("UndoCommands", "Change journey settings") : text,
                     parent)
    , mNew(std::move(changes))
{
    const QMap<QString, QString> &current = document->journey().settings;
    for (auto it = mNew.cbegin(); it != mNew.cend(); ++it)
        mOld.insert(it.key(), current.value(it.key()));
    // Pushing values that are already there must not leave an empty undo step.
    setObsolete(mOld == mNew);
}

void EditJourneySettings::redo() { apply(mNew); }
void EditJourneySettings::undo() { apply(mOld); }

void EditJourneySettings::apply(const QMap<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        document()->setSetting(key(), it.key(), it.value());
}

} // namespace waymark
