#pragma once

#include "data/importjob.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace waymark {

// Imports NPS responses or CLV values from a file: a preview of the first rows with a field
// for every column (guessed from the header, in any of our languages), encoding, delimiter
// and date order when they cannot be detected, then the import off the GUI thread with a
// progress bar and Cancel, then the rows it refused (line, column, value, why) and the choice
// to import the valid rows or nothing. The journey changes only when the caller pushes the
// result as one undoable step.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Survey answers (any metric, chosen in the dialog) or CLV values.
    ImportDialog(const ImportTarget &target, const QString &filePath, QWidget *parent = nullptr);
    ImportTarget target() const { return mKind; }

    // After exec() == Accepted: the dataset to add.
    const std::optional<Dataset> &result() const { return mResult; }

    // The chosen mapping (column -> field index); tests set it through the combos.
    QHash<QString, int> mapping() const;
    QTableWidget *preview() const { return mPreview; }
    QString problemText() const;
    // Runs the import in a worker thread, waiting with an event loop; false when cancelled,
    // nothing valid, or the user declined. `acceptIssues` answers the "import the valid rows?"
    // question (a dialog by default).
    bool runImport();
    using AcceptIssues = std::function<bool(const std::vector<ImportIssue> &issues, qint64 valid)>;
    void setAcceptIssues(AcceptIssues accept) { mAcceptIssues = std::move(accept); }

private:
    // Reads the preview again; `guessAgain` drops the columns chosen so far (a new metric).
    void reloadPreview(bool guessAgain = false);
    void updateState();
    ImportChoices choices() const;

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
    QStringList mHeaders;
    std::optional<Dataset> mResult;
    AcceptIssues mAcceptIssues;
};

} // namespace waymark
