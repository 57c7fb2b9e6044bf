#pragma once

#include "data/importjob.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace waymark {

class ImportIssueTable;

// What an import did, said once it is in the journey: the dataset's name, the rows imported
// and refused, the file they came from, and the refused rows on request ("Show Refused Rows…").
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    ImportSummaryDialog(const Dataset &dataset, const std::vector<ImportIssue> &refused, QWidget *parent = nullptr);

    QLabel *summary() const { return mSummary; }
    QPushButton *showRefusedButton() const { return mShowRefused; } // null when nothing was refused
    ImportIssueTable *refusedTable() const { return mRefused; }

private:
    QLabel *mSummary;
    QPushButton *mShowRefused = nullptr;
    ImportIssueTable *mRefused = nullptr;
    QLabel *mMore = nullptr; // "the first N are listed", shown with the table
};

} // namespace waymark
