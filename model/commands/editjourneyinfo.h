#pragma once

#include "commands/journeycommand.h"

namespace waymark {

// Changes the journey's title, description and default currency.
class EditJourneyInfo : public JourneyCommand
{
public:
    struct Info {
        QString title;
        QString description;
        QString currency;
        bool operator==(const Info &) const = default;
    };

    EditJourneyInfo(JourneyDocument *document, Info info, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return int(CommandId::EditJourneyInfo); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Info &info);

    Info mOld;
    Info mNew;
};

} // namespace waymark
