#include "importdialog.h"

#include "importcheck.h"
#include "importissuetable.h"
#include "workinbackground.h"
#include "data/metrics/metric.h"

#include <algorithm>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
constexpr int previewRows = 20;
// Before Import the dialog lists this many refused rows (the count says how many there are in
// all); four fit without scrolling, the rest scroll.
constexpr int refusedPreviewRows = 100;
constexpr int refusedPreviewVisible = 4;
// A preview column is no wider than this, so a free-text column does not push the others
// out of sight; the whole value is in the cell's tooltip.
constexpr int previewColumnWidth = 240;

// The refused rows, for a person: the first ones in a table, the total in words.
bool askAboutIssues(QWidget *parent, const std::vector<ImportIssue> &issues, qint64 valid)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ImportDialog::tr("Rows That Cannot Be Imported"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(ImportDialog::tr("%Ln row(s) cannot be imported. %1 valid row(s) can.", nullptr, int(issues.size()))
                                 .arg(valid),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *table = new ImportIssueTable(&dialog);
    table->setIssues(issues, 1000);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *importValid = buttons->addButton(ImportDialog::tr("Import %1 Valid Rows").arg(valid), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    importValid->setEnabled(valid > 0);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    return dialog.exec() == QDialog::Accepted;
}
} // namespace

ImportDialog::ImportDialog(const ImportTarget &kind, const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , mKind(kind)
    , mFilePath(filePath)
{
    setWindowTitle(kind.kind == DatasetKind::Answers ? tr("Import Survey Answers") : tr("Import Customer Lifetime Values"));
    QFile file(filePath);
    if (file.open(QIODevice::ReadOnly))
        mBytes = file.readAll();
    else
        mReadError = tr("Could not open %1: %2").arg(QFileInfo(filePath).fileName(), file.errorString());

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mName = new QLineEdit(QFileInfo(filePath).completeBaseName(), this);
    mName->setObjectName(QStringLiteral("datasetName"));
    form->addRow(tr("&Name:"), mName);
    if (kind.kind == DatasetKind::Answers) {
        mMetric = new QComboBox(this);
        mMetric->setObjectName(QStringLiteral("metricCombo"));
        for (const Metric *metric : allMetrics()) {
            mMetric->addItem(metric->name(), metric->key());
            mMetric->setItemData(mMetric->count() - 1, metric->description(), Qt::ToolTipRole);
        }
        mMetric->setCurrentIndex(std::max(0, mMetric->findData(kind.metric)));
        form->addRow(tr("&Metric:"), mMetric);
        connect(mMetric, &QComboBox::currentIndexChanged, this, [this] {
            mKind.metric = mMetric->currentData().toString();
            reloadPreview(true);
        });
    }
    mSheet = new QComboBox(this);
    mSheet->setObjectName(QStringLiteral("sheetCombo"));
    mSheetLabel = new QLabel(tr("&Sheet:"), this);
    mSheetLabel->setBuddy(mSheet);
    form->addRow(mSheetLabel, mSheet);
    mEncoding = new QComboBox(this);
    mEncoding->setObjectName(QStringLiteral("encodingCombo"));
    mEncoding->addItem(tr("Detect"), QString());
    for (const auto &[label, name] : {std::pair{tr("UTF-8"), QStringLiteral("utf-8")},
                                      std::pair{tr("UTF-16 LE"), QStringLiteral("utf-16le")},
                                      std::pair{tr("UTF-16 BE"), QStringLiteral("utf-16be")},
                                      std::pair{tr("Windows-1251 (Cyrillic)"), QStringLiteral("windows-1251")},
                                      std::pair{tr("Windows-1252 (Western)"), QStringLiteral("windows-1252")}})
        mEncoding->addItem(label, name);
    form->addRow(tr("&Encoding:"), mEncoding);
    mDelimiter = new QComboBox(this);
    mDelimiter->setObjectName(QStringLiteral("delimiterCombo"));
    mDelimiter->addItem(tr("Detect"), QString());
    mDelimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    mDelimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    mDelimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    mDelimiter->addItem(tr("Bar |"), QStringLiteral("|"));
    form->addRow(tr("&Delimiter:"), mDelimiter);
    mDateOrder = new QComboBox(this);
    mDateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    mDateOrder->addItems({tr("Detect"), tr("Day first (31.12.2024, 31/12/2024)"), tr("Month first (12/31/2024)")});
    form->addRow(tr("D&ates:"), mDateOrder);
    layout->addLayout(form);
    mProblem = new QLabel(this);
    mProblem->setObjectName(QStringLiteral("importProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #a33;"));
    layout->addWidget(mProblem);
    layout->addWidget(new QLabel(tr("Choose what each column holds (first row). Columns left at “Ignore” are not imported."), this));
    mPreview = new QTableWidget(this);
    mPreview->setObjectName(QStringLiteral("importPreview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(mPreview, 1);
    mCounts = new QLabel(this);
    mCounts->setObjectName(QStringLiteral("importCounts"));
    mCounts->setWordWrap(true);
    layout->addWidget(mCounts);
    mRefusedPreview = new ImportIssueTable(this);
    mRefusedPreview->setObjectName(QStringLiteral("refusedPreview"));
    mRefusedPreview->fitRows(refusedPreviewVisible);
    mRefusedPreview->hide();
    layout->addWidget(mRefusedPreview);
    mCheck = new ImportCheck(this);
    connect(mCheck, &ImportCheck::finished, this, &ImportDialog::showCount);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mImportButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    mImportButton->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mImportButton, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    layout->addWidget(buttons);
    for (QComboBox *combo : {mEncoding, mDelimiter, mDateOrder, mSheet})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reloadPreview(); });
    mAcceptIssues = [this](const std::vector<ImportIssue> &issues, qint64 valid) { return askAboutIssues(this, issues, valid); };
    resize(920, 680);
    reloadPreview();
}

ImportChoices ImportDialog::choices() const
{
    ImportChoices result;
    result.encoding = mEncoding->currentData().toString();
    const QString delimiter = mDelimiter->currentData().toString();
    result.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    result.dateOrder = mDateOrder->currentIndex();
    if (mSheet->count() > 0)
        result.sheet = QString::number(mSheet->currentIndex() + 1);
    return result;
}

void ImportDialog::reloadPreview(bool guessAgain)
{
    const QHash<QString, int> previous = guessAgain ? QHash<QString, int>() : mapping();
    mPreview->clear();
    if (!mReadError.isEmpty()) {
        mProblem->setText(mReadError);
        updateState();
        return;
    }
    const ImportPreview preview = previewImport(mBytes, QFileInfo(mFilePath).fileName(), choices(), previewRows);
    mHeaders = preview.headers;
    // A workbook's sheets, listed once; the row stays hidden for text files.
    if (mSheet->count() == 0 && !preview.sheets.isEmpty()) {
        const QSignalBlocker blocker(mSheet);
        mSheet->addItems(preview.sheets);
    }
    mSheet->setVisible(!preview.sheets.isEmpty());
    mSheetLabel->setVisible(!preview.sheets.isEmpty());
    QStringList notes;
    if (!preview.error.isEmpty())
        notes << preview.error;
    if (!preview.encodingProblem.isEmpty())
        notes << preview.encodingProblem + QLatin1Char(' ')
                     + tr("Choose the encoding the file was saved in (Russian, Ukrainian and Serbian Excel files are "
                          "often Windows-1251).");
    if (preview.dateOrderAmbiguous && mDateOrder->currentIndex() == 0)
        notes << tr("The dates could be day-first or month-first: choose which under “Dates”.");
    mProblem->setText(notes.join(u'\n'));
    mProblem->setVisible(!notes.isEmpty());

    mPreview->setColumnCount(int(mHeaders.size()));
    mPreview->setRowCount(int(preview.rows.size()) + 1);
    mPreview->setHorizontalHeaderLabels(mHeaders);
    const QStringList fields = importFieldNames(mKind);
    const QHash<QString, int> guessed = previous.isEmpty() ? guessImportMapping(mKind, mHeaders) : previous;
    for (int column = 0; column < mHeaders.size(); ++column) {
        auto *combo = new QComboBox(mPreview);
        combo->setObjectName(QStringLiteral("field_%1").arg(column));
        combo->addItem(tr("Ignore"), -1);
        for (int field = 0; field < fields.size(); ++field)
            if (importFieldApplies(mKind, field))
                combo->addItem(fields[field], field);
        combo->setCurrentIndex(combo->findData(guessed.value(mHeaders[column], -1)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateState);
        mPreview->setCellWidget(0, column, combo);
    }
    for (int row = 0; row < preview.rows.size(); ++row)
        for (int column = 0; column < preview.rows[row].size() && column < mHeaders.size(); ++column) {
            auto *cell = new QTableWidgetItem(preview.rows[row][column]);
            cell->setToolTip(preview.rows[row][column]);
            mPreview->setItem(row + 1, column, cell);
        }
    mPreview->resizeColumnsToContents();
    for (int column = 0; column < mPreview->columnCount(); ++column)
        mPreview->setColumnWidth(column, std::min(mPreview->columnWidth(column), previewColumnWidth));
    updateState();
    bringMappedColumnsIntoView();
}

QHash<QString, int> ImportDialog::mapping() const
{
    QHash<QString, int> result;
    for (int column = 0; column < mHeaders.size() && column < mPreview->columnCount(); ++column) {
        auto *combo = qobject_cast<QComboBox *>(mPreview->cellWidget(0, column));
        if (combo && combo->currentData().toInt() >= 0)
            result.insert(mHeaders[column], combo->currentData().toInt());
    }
    return result;
}

QString ImportDialog::problemText() const
{
    return mProblem->text();
}

void ImportDialog::updateState()
{
    const QHash<QString, int> chosen = mapping();
    const QString missing = missingImportFields(mKind, chosen);
    mImportButton->setEnabled(mReadError.isEmpty() && missing.isEmpty() && !mHeaders.isEmpty());
    mImportButton->setToolTip(missing);
    startCount();
}

void ImportDialog::startCount()
{
    mRefusedPreview->hide();
    if (!mReadError.isEmpty() || mHeaders.isEmpty()) {
        mCheck->cancel();
        mCounts->clear();
        return;
    }
    if (const QString missing = missingImportFields(mKind, mapping()); !missing.isEmpty()) {
        mCheck->cancel();
        mCounts->setText(tr("Nothing can be imported yet: %1").arg(missing));
        return;
    }
    mCounts->setText(tr("Counting the rows of the whole file…"));
    mCheck->start({mBytes, QFileInfo(mFilePath).fileName(), mKind, choices(), mapping()});
}

void ImportDialog::showCount()
{
    const ImportOutcome *outcome = mCheck->outcomeFor({mBytes, QFileInfo(mFilePath).fileName(), mKind, choices(), mapping()});
    if (!outcome)
        return; // an answer for settings changed since
    const qint64 refused = qint64(outcome->issues.size());
    if (outcome->dataset) {
        const QString imported = tr("%Ln row(s) will be imported", nullptr, int(outcome->dataset->rows()));
        mCounts->setText(refused == 0 ? tr("%1; none refused.", "N rows will be imported; none refused").arg(imported)
                                      : tr("%1, %2 refused (first ones below; Import leaves them out).",
                                           "N rows will be imported, M refused")
                                            .arg(imported, QLocale().toString(refused)));
    } else {
        mCounts->setText(tr("Nothing can be imported: %1").arg(outcome->error));
        mImportButton->setEnabled(false);
        mImportButton->setToolTip(outcome->error);
    }
    mRefusedPreview->setIssues(outcome->issues, refusedPreviewRows);
    mRefusedPreview->setVisible(refused > 0);
}

QString ImportDialog::countsText() const
{
    return mCounts->text();
}

void ImportDialog::bringMappedColumnsIntoView()
{
    // The column with the figures themselves matters most: the score (or the per-group
    // figures of an aggregated export), the CLV value.
    const std::vector<int> figures = mKind.kind == DatasetKind::Clv
        ? std::vector<int>{ClvValue}
        : std::vector<int>{AnswerScore, AnswerMean, AnswerCount, AnswerMet, AnswerLow};
    int shown = -1;
    int shownRank = int(figures.size());
    for (int column = 0; column < mPreview->columnCount(); ++column) {
        auto *combo = qobject_cast<QComboBox *>(mPreview->cellWidget(0, column));
        const int field = combo ? combo->currentData().toInt() : -1;
        if (field < 0)
            continue;
        const auto rank = int(std::find(figures.begin(), figures.end(), field) - figures.begin());
        if (shown < 0 || rank < shownRank) {
            shown = column;
            shownRank = rank;
        }
    }
    if (shown < 0)
        return;
    QHeaderView *header = mPreview->horizontalHeader();
    const int left = header->sectionPosition(shown);
    const int right = left + header->sectionSize(shown);
    const int width = mPreview->viewport()->width();
    // Left where it is when the column fits from the start; else it goes to the middle, with
    // the columns beside it (the segment, the touchpoint) in view too.
    const int wanted = right <= width ? 0 : left - (width - header->sectionSize(shown)) / 2;
    mPreview->horizontalScrollBar()->setValue(std::max(0, wanted));
}

void ImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    bringMappedColumnsIntoView(); // the viewport has its real width only now
}

bool ImportDialog::runImport()
{
    const QString fileName = QFileInfo(mFilePath).fileName();
    ImportOutcome outcome;
    // The rows were counted with these very settings and the person saw the result: that
    // count is the import, and the refused rows need no second question.
    const bool counted = mCheck->outcomeFor({mBytes, fileName, mKind, choices(), mapping()}) != nullptr;
    if (counted) {
        outcome = mCheck->takeOutcome();
    } else {
        mCheck->cancel(); // a count still running would only compete for the same cores
        if (!importWithProgress(outcome))
            return false;
    }
    if (!outcome.dataset) {
        mProblem->setText(outcome.error);
        mProblem->setVisible(true);
        return false;
    }
    if (!counted && !outcome.issues.empty() && !mAcceptIssues(outcome.issues, qint64(outcome.dataset->rows())))
        return false;
    mRefusedRows = std::move(outcome.issues);
    mResult = std::move(outcome.dataset);
    mResult->name = mName->text().trimmed().isEmpty() ? fileName : mName->text().trimmed();
    return true;
}

bool ImportDialog::importWithProgress(ImportOutcome &outcome)
{
    std::atomic_bool cancel = false;
    std::atomic<double> progress = 0.0;
    const QHash<QString, int> chosen = mapping();
    const ImportChoices options = choices();
    const QString fileName = QFileInfo(mFilePath).fileName();
    runInBackground(this, {tr("Importing %1…").arg(fileName), 300, &progress, &cancel}, [&] {
        outcome = waymark::runImport(mBytes, fileName, mKind, options, chosen,
                                     [&](double fraction) { progress = fraction; }, &cancel);
    });
    return !cancel;
}

} // namespace waymark
