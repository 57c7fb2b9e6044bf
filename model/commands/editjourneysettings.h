#pragma once

#include "commands/journeycommand.h"

#include <QMap>

namespace waymark {

// Sets several per-journey settings in one undo step (all heatmap weights from one dialog).
// An empty value removes the key; undo puts back exactly the values (or absences) before.
class EditJourneySettings : public JourneyCommand
{
public:
    EditJourneySettings(JourneyDocument *document, QMap<QString, QString> changes, const QString &text,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QMap<QString, QString> &values);

    QMap<QString, QString> mOld; // same keys as mNew; empty value = the key was absent
    QMap<QString, QString> mNew;
};

} // namespace waymark
