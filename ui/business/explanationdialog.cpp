#include "explanationdialog.h"

#include "business/opportunitiesmodel.h"
#include "journeydocument.h" // the model's inline document() needs the whole class

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

ExplanationDialog::ExplanationDialog(const OpportunityCase &opportunity, const QString &currency, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("How the numbers of “%1” are made").arg(opportunity.title));
    auto *layout = new QVBoxLayout(this);
    mFigures = new QTreeWidget(this);
    mFigures->setObjectName(QStringLiteral("explanations"));
    mFigures->setHeaderLabels({tr("Figure"), tr("Value"), tr("Formula")});
    mFigures->setWordWrap(true);
    mFigures->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    mFigures->header()->resizeSection(0, 320);
    mFigures->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const Explanation &e : opportunity.explanations) {
        auto *item = new QTreeWidgetItem(mFigures);
        item->setText(0, e.figure);
        item->setToolTip(0, e.figure);
        item->setText(1, OpportunitiesModel::money(e.value, currency));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, e.formula);
        item->setToolTip(2, e.formula);
        for (const auto &[name, value] : e.inputs) { // the inputs as children: open a figure to see them
            auto *input = new QTreeWidgetItem(item);
            input->setText(0, name);
            input->setText(1, value);
            input->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    layout->addWidget(mFigures);
    if (!opportunity.problems.isEmpty()) {
        auto *left = new QLabel(tr("Left out: %1").arg(opportunity.problems.join(QStringLiteral("; "))), this);
        left->setWordWrap(true);
        left->setObjectName(QStringLiteral("explanationProblems"));
        layout->addWidget(left);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace waymark
