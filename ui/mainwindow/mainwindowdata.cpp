// The main window's survey-data side: the data dock's links to the canvas, the NPS and
// CLV-at-risk layers, and importing a file. Split from mainwindow.cpp to keep each file
// about one thing.
#include "mainwindow/mainwindow.h"

#include "canvas/dataoverlay.h"
#include "canvas/headeritems.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/datasetcommands.h"
#include "dialogs/importdialog.h"
#include "dialogs/importsummarydialog.h"
#include "docks/datadock.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"
#include "journeydocument.h"
#include "voice/voicedock.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QMenu>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

namespace waymark {

namespace {

// What the status bar says while a large dataset's rows are read behind the window, with how
// far; empty once none is.
QString readingRowsMessage(const Journey &journey)
{
    qint64 pending = 0;
    double read = 0;
    for (const DatasetRef &dataset : journey.datasets) {
        if (dataset->pendingRows && !dataset->pendingRows->ready()) {
            pending += qint64(dataset->rows());
            read += double(dataset->rows()) * dataset->pendingRows->permille() / 1000.0;
        }
    }
    if (pending == 0)
        return {};
    return MainWindow::tr("Reading %L1 survey answers in the background (%2 %); the survey figures on the map are already "
                          "complete, CLV at risk and comments follow…")
        .arg(pending)
        .arg(std::min(99, int(read * 100 / double(pending)))); // 100 only once the rows are there
}

} // namespace

void MainWindow::watchRowsRead()
{
    qint64 pending = 0;
    bool behind = false;
    for (const DatasetRef &dataset : mDocument->journey().datasets) {
        behind = behind || dataset->pendingRows;
        if (dataset->pendingRows && !dataset->pendingRows->ready())
            pending += qint64(dataset->rows());
    }
    if (!behind)
        return;
    // The badges already show (from each dataset's summary); comments, respondents and the
    // lifetime-value join wait for the rows, and the views that show them say so meanwhile.
    // (Rows read already are still reported: the document says so from the event loop, after this.)
    if (pending > 0) {
        // How far, every quarter of a second, while nothing else has taken the status bar
        // (a menu's tip or a message stays until it goes).
        auto shown = std::make_shared<QString>(readingRowsMessage(mDocument->journey()));
        statusBar()->showMessage(*shown);
        auto *progress = new QTimer(mDocument.get()); // goes with the journey
        progress->setObjectName(QStringLiteral("rowsReadProgress"));
        connect(progress, &QTimer::timeout, this, [this, progress, shown] {
            const QString now = readingRowsMessage(mDocument->journey());
            if (statusBar()->currentMessage() == *shown && now != *shown && !now.isEmpty())
                statusBar()->showMessage(now);
            *shown = now;
            if (now.isEmpty())
                progress->deleteLater();
        });
        progress->start(250);
    }
    connect(mDocument.get(), &JourneyDocument::datasetRowsRead, this, [this](const QUuid &id, const QString &problem) {
        const auto at = std::find_if(mDocument->journey().datasets.begin(), mDocument->journey().datasets.end(),
                                     [&](const DatasetRef &d) { return d->id == id; });
        const QString name = at == mDocument->journey().datasets.end() ? QString() : (*at)->name;
        const bool stillReading = std::any_of(mDocument->journey().datasets.begin(), mDocument->journey().datasets.end(),
                                              [](const DatasetRef &d) { return d->pendingRows && !d->pendingRows->ready(); });
        if (!stillReading)
            statusBar()->showMessage(tr("All survey answers read"), 5000);
        // The views follow datasetChanged by themselves; the top complaints on the cards
        // need the comments read, which otherwise only the voice dock asks for when shown.
        if (mVoiceBadges && mVoiceBadges->isChecked())
            mVoice->readComments();
        if (!problem.isEmpty())
            showError(tr("Survey answers of “%1”").arg(name), tr("%1\n\n%2").arg(QDir::toNativeSeparators(mDocument->filePath()), problem));
    });
}

void MainWindow::createDataLayers()
{
    connect(mData, &DataDock::importRequested, this, &MainWindow::importData);
    mNpsLayer = new QAction(tr("Show Survey &Figures on the Map"), this);
    mNpsLayer->setCheckable(true);
    mNpsLayer->setChecked(true);
    mNpsLayer->setStatusTip(tr("Badges on cards and stages from the newest dataset of the chosen metric (grey and hatched for small samples)"));
    connect(mNpsLayer, &QAction::toggled, this, &MainWindow::updateDataOverlay);
    // The metric picker: a department head switches the map between NPS, CSAT, CES, audits,
    // eNPS and any other measure the journey carries. A view choice, not an edit: it works in
    // review mode and leaves the file unchanged.
    mBadgeMetricMenu = new QMenu(tr("Figures on the &Map"), this);
    auto *metrics = new QActionGroup(mBadgeMetricMenu);
    for (const Metric *metric : allMetrics()) {
        QAction *action = mBadgeMetricMenu->addAction(metric->name());
        action->setCheckable(true);
        action->setData(metric->key());
        action->setStatusTip(metric->description());
        metrics->addAction(action);
        connect(action, &QAction::triggered, this, [this, key = metric->key()] {
            mBadgeMetric = key;
            mData->setMetricKey(key); // the data dock shows the same figures
            mNpsLayer->setChecked(true);
            updateDataOverlay();
        });
    }
    mClvLayer = new QAction(tr("Show &CLV at Risk on the Map"), this);
    mClvLayer->setCheckable(true);
    mClvLayer->setChecked(true);
    mClvLayer->setStatusTip(tr("On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)"));
    connect(mClvLayer, &QAction::toggled, this, &MainWindow::updateDataOverlay);
    // Off at first: the map starts as clean as it was; a facilitator turns it on to ask the
    // room what each pain point rests on.
    mEvidenceLayer = new QAction(tr("Show &Evidence on the Map"), this);
    mEvidenceLayer->setObjectName(QStringLiteral("evidenceLayer"));
    mEvidenceLayer->setCheckable(true);
    mEvidenceLayer->setStatusTip(tr("A mark on each card: what it rests on — an assumption, workshop knowledge, research or "
                                    "measured data (%1 answers or more to its data key)")
                                     .arg(measuredEvidenceAnswers));
    connect(mEvidenceLayer, &QAction::toggled, this, &MainWindow::updateDataOverlay);
    connect(mData, &DataDock::touchpointActivated, this, [this](const QUuid &id) {
        mScene->selectTouchpoints({id});
        mView->centerOnCard(id);
    });
    connect(mData, &DataDock::touchpointKeyActivated, this, [this](const QString &key) {
        QList<QUuid> ids;
        for (const Touchpoint &card : mDocument->journey().touchpoints)
            if (card.dataKey == key)
                ids << card.id;
        mScene->selectTouchpoints(ids);
        if (!ids.isEmpty())
            mView->centerOnCard(ids.first());
        else
            statusBar()->showMessage(tr("No card has the data key “%1”.").arg(key), 8000);
    });
    connect(mData, &DataDock::stageActivated, this, [this](const QUuid &stageId) {
        // A stage is selected as its cards, with its column brought into view.
        const Journey &journey = mDocument->journey();
        QList<QUuid> ids;
        for (const Touchpoint &card : journey.touchpoints)
            if (card.stageId == stageId)
                ids << card.id;
        mScene->selectTouchpoints(ids);
        const std::optional<int> index = journey.stageIndex(stageId);
        if (HeaderItem *header = index ? mScene->stageHeader(*index) : nullptr)
            mView->centerOn(header);
    });
}

QString MainWindow::badgeMetric() const
{
    if (!mDocument)
        return mBadgeMetric;
    const Journey &journey = mDocument->journey();
    if (journey.newestDataset(mBadgeMetric))
        return mBadgeMetric;
    if (journey.newestDataset(QStringLiteral("nps")))
        return QStringLiteral("nps");
    for (const Metric *metric : allMetrics())
        if (journey.newestDataset(metric->key()))
            return metric->key();
    return mBadgeMetric;
}

void MainWindow::updateBadgeMetricMenu()
{
    const QString shown = badgeMetric();
    for (QAction *action : mBadgeMetricMenu->actions()) {
        const QString key = action->data().toString();
        action->setEnabled(mDocument && mDocument->journey().newestDataset(key));
        action->setChecked(key == shown);
    }
}

void MainWindow::updateDataOverlay()
{
    updateBadgeMetricMenu();
    DataOverlay overlay = mDocument ? dataOverlay(mDocument->journey(), mDocument->statistics(), badgeMetric(), mNpsLayer->isChecked(),
                                                  mClvLayer->isChecked())
                                    : DataOverlay();
    addComplaintBadges(overlay); // mainwindowvoice.cpp
    if (mDocument && mEvidenceLayer->isChecked())
        addEvidence(overlay, mDocument->journey(), mDocument->statistics());
    mScene->setDataOverlay(overlay);
}

void MainWindow::addDataMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("dataMenu"));
    QAction *survey = menu->addAction(tr("Import &Survey…"), this, [this] { importData(DatasetKind::Answers); });
    survey->setStatusTip(tr("Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel"));
    QAction *clv = menu->addAction(tr("Import C&LV…"), this, [this] { importData(DatasetKind::Clv); });
    clv->setStatusTip(tr("Customer lifetime values from CSV, TSV, JSON or Excel"));
    QAction *purchases = menu->addAction(tr("Import &Purchases…"), this, &MainWindow::importPurchases);
    purchases->setStatusTip(tr("Purchases (customer, date, amount) for the lifetime value and churn model"));
    mDataImports = {survey, clv, purchases};
    addLiveDataAction(menu);
    QAction *lifetime = menu->addAction(tr("Lifetime &Value and Churn…"), this, &MainWindow::showLifetimeValue);
    lifetime->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lifetime->setStatusTip(tr("Each customer's lifetime value and the chance they are still buying, modelled from purchases"));
    menu->addSeparator();
    QAction *goals = menu->addAction(tr("&Goals…"), this, [this] {
        mData->show();
        mData->raise(); // the goals are drawn in the dock's trend chart
        mData->editTargets();
    });
    goals->setStatusTip(tr("Goals per segment and a benchmark for the metric the data dock shows"));
    menu->addSeparator();
    menu->addAction(mData->toggleViewAction()); // moved here from View: the datasets live in this dock
}

void MainWindow::setDataLimit(const QString &why)
{
    mDataLimit = why;
    mData->setSharedLimit(why);
    for (QAction *action : std::as_const(mDataImports)) {
        action->setEnabled(why.isEmpty());
        action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
    }
}

void MainWindow::importData(DatasetKind kind)
{
    if (!mDataLimit.isEmpty()) {
        statusBar()->showMessage(mDataLimit, 8000);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        this, kind == DatasetKind::Answers ? tr("Import Survey Answers") : tr("Import Customer Lifetime Values"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.json *.ndjson *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        importDataFile(kind, path);
}

void MainWindow::importDataFile(DatasetKind kind, const QString &path)
{
    if (!mDataLimit.isEmpty()) { // a file dropped on the window
        statusBar()->showMessage(mDataLimit, 8000);
        return;
    }
    ImportDialog dialog(kind, path, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    mDocument->push(new AddDataset(mDocument.get(), *dialog.result()));
    if (dialog.result()->kind == DatasetKind::Answers)
        mBadgeMetric = dialog.result()->metricKey; // show what was just imported
    updateDataOverlay();
    statusBar()->showMessage(tr("Imported %Ln row(s) from %1", nullptr, int(dialog.result()->rows())).arg(QFileInfo(path).fileName()), 8000);
    // The status bar line is easy to miss: say what was added and what was left out.
    ImportSummaryDialog summary(*dialog.result(), dialog.refusedRows(), this);
    summary.exec();
}

} // namespace waymark
