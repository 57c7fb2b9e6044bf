#include "importsummarydialog.h"

#include "importissuetable.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {
// The summary lists every refused row up to this many; the count names the rest.
constexpr int refusedRowsShown = 1000;
} // namespace

ImportSummaryDialog::ImportSummaryDialog(const Dataset &dataset, const std::vector<ImportIssue> &refused, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Finished"));
    auto *layout = new QVBoxLayout(this);
    QStringList lines;
    lines << tr("The dataset “%1” was added to the journey.").arg(dataset.name.toHtmlEscaped());
    lines << tr("%Ln row(s) imported from %1.", nullptr, int(dataset.rows())).arg(dataset.source.fileName.toHtmlEscaped());
    lines << (refused.empty() ? tr("No row was refused.")
                              : tr("%Ln row(s) refused: they are not in the dataset.", nullptr, int(refused.size())));
    lines << tr("Undo (%1) takes the whole import back.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    mSummary = new QLabel(lines.join(QStringLiteral("<br>")), this);
    mSummary->setObjectName(QStringLiteral("importSummary"));
    mSummary->setTextFormat(Qt::RichText);
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mSummary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    if (!refused.empty()) {
        mRefused = new ImportIssueTable(this);
        mRefused->setObjectName(QStringLiteral("refusedRows"));
        mRefused->setIssues(refused, refusedRowsShown);
        mRefused->hide();
        layout->addWidget(mRefused, 1);
        if (refused.size() > std::size_t(refusedRowsShown)) {
            mMore = new QLabel(tr("The first %1 refused rows are listed.").arg(refusedRowsShown), this);
            mMore->hide();
            layout->addWidget(mMore);
        }
        mShowRefused = buttons->addButton(tr("&Show Refused Rows…"), QDialogButtonBox::ActionRole);
        mShowRefused->setObjectName(QStringLiteral("showRefusedButton"));
        connect(mShowRefused, &QPushButton::clicked, this, [this] {
            mRefused->show();
            if (mMore)
                mMore->show();
            mShowRefused->hide(); // its work is done; the table stays
            resize(std::max(width(), 760), std::max(height(), 420));
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace waymark
