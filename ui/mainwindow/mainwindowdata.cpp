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
#include "docks/datadock.h"
#include "journeydocument.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace waymark {

void MainWindow::createDataLayers()
{
    connect(mData, &DataDock::importRequested, this, &MainWindow::importData);
    mNpsLayer = new QAction(tr("Show &NPS on the Map"), this);
    mNpsLayer->setCheckable(true);
    mNpsLayer->setChecked(true);
    mNpsLayer->setStatusTip(tr("NPS badges on cards and stages from the newest NPS dataset (grey and hatched below 30 answers)"));
    connect(mNpsLayer, &QAction::toggled, this, &MainWindow::updateDataOverlay);
    mClvLayer = new QAction(tr("Show &CLV at Risk on the Map"), this);
    mClvLayer->setCheckable(true);
    mClvLayer->setChecked(true);
    mClvLayer->setStatusTip(tr("On each card, the lifetime value of the customers who were detractors there (needs NPS and CLV data)"));
    connect(mClvLayer, &QAction::toggled, this, &MainWindow::updateDataOverlay);
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

void MainWindow::updateDataOverlay()
{
    mScene->setDataOverlay(mDocument ? dataOverlay(mDocument->journey(), mNpsLayer->isChecked(), mClvLayer->isChecked()) : DataOverlay());
}

void MainWindow::importData(DatasetKind kind)
{
    const QString path = QFileDialog::getOpenFileName(
        this, kind == DatasetKind::Nps ? tr("Import NPS Responses") : tr("Import Customer Lifetime Values"), QString(),
        tr("Data files (*.csv *.tsv *.txt *.json *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportDialog dialog(kind, path, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    mDocument->push(new AddDataset(mDocument.get(), *dialog.result()));
    statusBar()->showMessage(tr("Imported %Ln row(s) from %1", nullptr, int(dialog.result()->rows())).arg(QFileInfo(path).fileName()), 8000);
}

} // namespace waymark
