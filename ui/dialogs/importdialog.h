#pragma once

#include "data/importjob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace waymark {

class ImportCheck;
class ImportIssueTable;

// Imports NPS responses or CLV values from a file: a preview of the first rows with a field
// for every column (guessed from the header, in any of our languages), encoding, delimiter
// and date order when they cannot be detected, then the import off the GUI thread with a
// progress bar and Cancel, then the rows it refused (line, column, value, why) and the choice
// to import the valid rows or nothing. Before Import, below the preview, it says what Import
// will do for the whole file with the current settings ("N rows will be imported, M refused")
// and lists the first refused rows; then Import reuses that count instead of reading again and
// asks no more. The journey changes only when the caller pushes the result as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Survey answers (any metric, chosen in the dialog) or CLV values.
    ImportDialog(const ImportTarget &target, const QString &filePath, QWidget *parent = nullptr);
    ImportTarget target() const { return mKind; }

    // After exec() == Accepted: the dataset to add.
    const std::optional<Dataset> &result() const { return mResult; }
    // After exec() == Accepted: the rows the import left out (for the summary).
    const std::vector<ImportIssue> &refusedRows() const { return mRefusedRows; }

    // The chosen mapping (column -> field index); tests set it through the combos.
    QHash<QString, int> mapping() const;
    QTableWidget *preview() const { return mPreview; }
    QString problemText() const;
    // "N rows will be imported, M refused", or why nothing can be, or that counting runs.
    QString countsText() const;
    ImportIssueTable *refusedPreview() const { return mRefusedPreview; }
    ImportCheck *check() const { return mCheck; }
    // Runs the import in a worker thread, waiting with an event loop; false when cancelled,
    // nothing valid, or the user declined. `acceptIssues` answers the "import the valid rows?"
    // question (a dialog by default).
    bool runImport();
    using AcceptIssues = std::function<bool(const std::vector<ImportIssue> &issues, qint64 valid)>;
    void setAcceptIssues(AcceptIssues accept) { mAcceptIssues = std::move(accept); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the preview again; `guessAgain` drops the columns chosen so far (a new metric).
    void reloadPreview(bool guessAgain = false);
    void updateState();
    ImportChoices choices() const;
    void startCount();
    // The import itself on a worker thread with a progress bar; false when cancelled.
    bool importWithProgress(ImportOutcome &outcome);
    void showCount();
    // Scrolls the preview so the column with the figures (score, CLV value) is on screen: the
    // score of an export with twenty columns before it must not start out of sight.
    void bringMappedColumnsIntoView();

    ImportTarget mKind;
    QComboBox *mMetric = nullptr;
    QComboBox *mSheet = nullptr;
    QLabel *mSheetLabel = nullptr;
    QString mFilePath;
    QByteArray mBytes;
    QString mReadError;
    QLineEdit *mName;
    QComboBox *mEncoding;
    QComboBox *mDelimiter;
    QComboBox *mDateOrder;
    QLabel *mProblem;
    QTableWidget *mPreview;
    QPushButton *mImportButton = nullptr;
    QLabel *mCounts = nullptr;
    ImportIssueTable *mRefusedPreview = nullptr;
    ImportCheck *mCheck = nullptr;
    std::vector<ImportIssue> mRefusedRows;
    QStringList mHeaders;
    std::optional<Dataset> mResult;
    AcceptIssues mAcceptIssues;
};

} // namespace waymark
