#include "stagedialog.h"

#include "commands/editentity.h"
#include "journeydocument.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace waymark {

StageDialog::StageDialog(const Stage &stage, QWidget *parent)
    : QDialog(parent)
    , mStage(stage)
{
    setWindowTitle(tr("Stage Properties"));
    auto *form = new QFormLayout(this);
    mName = new QLineEdit(stage.name, this);
    mName->setObjectName(QStringLiteral("stageName"));
    form->addRow(tr("&Name:"), mName);
    mDescription = new QPlainTextEdit(stage.description, this);
    mDescription->setObjectName(QStringLiteral("stageDescription"));
    mDescription->setPlaceholderText(tr("What the customer is trying to do in this stage"));
    form->addRow(tr("&Description:"), mDescription);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A stage needs a name.
    connect(mName, &QLineEdit::textChanged, this, [this](const QString &text) {
        mButtons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    resize(420, 260);
}

Stage StageDialog::stage() const
{
    Stage result = mStage;
    result.name = mName->text().trimmed();
    result.description = mDescription->toPlainText();
    return result;
}

bool StageDialog::edit(QWidget *parent, JourneyDocument *document, const QUuid &stageId)
{
    const Stage *stage = document->journey().stage(stageId);
    if (!stage)
        return false;
    StageDialog dialog(*stage, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document->push(new EditStage(document, dialog.stage(), tr("Change stage")));
    return true;
}

} // namespace waymark
