#pragma once

#include "journey.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace waymark {

class JourneyDocument;

// Edits a stage's name and description (what the customer is doing in it; shown as the
// header's tooltip and, later, in the PDF).
class StageDialog : public QDialog
{
    Q_OBJECT
public:
    StageDialog(const Stage &stage, QWidget *parent = nullptr);
    Stage stage() const;

    // Shows the dialog and pushes one EditStage when the user changed something.
    static bool edit(QWidget *parent, JourneyDocument *document, const QUuid &stageId);

private:
    Stage mStage;
    QLineEdit *mName;
    QPlainTextEdit *mDescription;
    QDialogButtonBox *mButtons;
};

} // namespace waymark
