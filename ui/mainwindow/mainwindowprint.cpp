// The main window's paper side: PDF export (with its dialog and preview), PNG/SVG images,
// printing and print preview — all through JourneyPrint, so they show the same pages.
#include "mainwindow/mainwindow.h"

#include "canvas/journeyscene.h"
#include "dialogs/exportdialog.h"
#include "dialogs/waitforanswers.h"
#include "dialogs/waitforlifetimevalues.h"
#include "journeydocument.h"
#include "mainwindow/canvastoolbar.h"
#include "print/journeyprint.h"
#include "print/personapage.h"
#include "print/picturespage.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStatusBar>

namespace waymark {

void MainWindow::addPrintActions(QMenu *file)
{
    file->addAction(tr("Export &PDF…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportPdf);
    file->addAction(tr("Export &Image (PNG, SVG)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &MainWindow::exportImage);
    file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printJourney);
    file->addAction(tr("Print Pre&view…"), this, &MainWindow::printPreview);
}

ExportOptions MainWindow::currentExportOptions() const
{
    // What the canvas shows now, on the paper the user chose last time.
    ExportOptions options;
    const QSettings settings;
    options.page = QPageSize::PageSizeId(settings.value(QStringLiteral("export/page"), int(QPageSize::A3)).toInt());
    options.orientation = QPageLayout::Orientation(settings.value(QStringLiteral("export/orientation"), int(QPageLayout::Landscape)).toInt());
    options.tile = settings.value(QStringLiteral("export/tile"), false).toBool();
    options.summary = settings.value(QStringLiteral("export/summary"), true).toBool();
    options.future = settings.value(QStringLiteral("export/future"), true).toBool();
    // On unless turned off: a journey's pictures are what readers away from the wall miss most.
    options.pictures = settings.value(QStringLiteral("export/pictures"), true).toBool();
    // On unless turned off: the pages come only when a persona has more than a name (PersonaPage::applies).
    options.personas = settings.value(QStringLiteral("export/personas"), true).toBool();
    const HeatmapChoice &heat = mScene->heatmap();
    options.layers.heatmap = !heat.isOff();
    if (const auto dimension = heat.effort())
        options.layers.heat = *dimension;
    options.layers.heatMetric = heat.metricKey();
    options.layers.nps = mNpsLayer->isChecked();
    options.layers.badgeMetric = badgeMetric();
    options.layers.clv = mClvLayer->isChecked();
    options.layers.evidence = mEvidenceLayer->isChecked();
    options.department = mScene->departmentFilter();
    options.fileName = mDocument->filePath().isEmpty() ? QString() : QFileInfo(mDocument->filePath()).fileName();
    return options;
}

void MainWindow::rememberExportOptions(const ExportOptions &options) const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/page"), int(options.page));
    settings.setValue(QStringLiteral("export/orientation"), int(options.orientation));
    settings.setValue(QStringLiteral("export/tile"), options.tile);
    settings.setValue(QStringLiteral("export/summary"), options.summary);
    settings.setValue(QStringLiteral("export/future"), options.future);
    // Only choices the user could make: a journey without personas to show or without
    // pictures leaves them alone (their boxes are greyed and read as off).
    if (PicturesPage::pictureCount(mDocument->journey()) > 0)
        settings.setValue(QStringLiteral("export/pictures"), options.pictures);
    if (PersonaPage::applies(mDocument->journey()))
        settings.setValue(QStringLiteral("export/personas"), options.personas);
}

void MainWindow::exportPdf()
{
    // The pages join answers to lifetime values and quote comments: every row is needed.
    if (!waitForAnswerRows(this, mDocument->journey(), tr("Reading the %L1 survey answers the PDF needs…")) || !waitForLifetimeValues(this, *mDocument))
        return;
    ExportDialog dialog(mDocument->journey(), currentExportOptions(), this);
    // The dialog keeps the summary's choice of figures in the journey (one undo step); a
    // department head reviewing the file exports without changing it.
    if (!mDocument->isReviewOnly())
        dialog.setDocument(mDocument.get());
    if (dialog.exec() == QDialog::Accepted) {
        rememberExportOptions(dialog.options());
        statusBar()->showMessage(tr("Exported %Ln page(s)", nullptr, dialog.previewPageCount()), 8000);
    }
}

void MainWindow::exportImage()
{
    QString filter = tr("PNG image (*.png)");
    const QString base = mDocument->filePath().isEmpty() ? mDocument->journey().title : QFileInfo(mDocument->filePath()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Image"), base + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    if (!waitForAnswerRows(this, mDocument->journey(), tr("Reading the %L1 survey answers the image needs…")) || !waitForLifetimeValues(this, *mDocument))
        return;
    const JourneyPrint print(mDocument->journey(), currentExportOptions());
    QString error;
    const bool svg = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) || filter.contains(QLatin1String("svg"));
    double scale = 2;
    if (!svg) {
        bool chosen = false;
        const double largest = print.largestPngScale();
        scale = QInputDialog::getDouble(this, tr("Export Image"),
                                        tr("Scale (1 = as on screen at 100 %, 2 = sharp on slides, 3.1 = 300 dpi print; at most %1):")
                                            .arg(QLocale().toString(largest, 'f', 1)),
                                        std::min(2.0, largest), 0.1, largest, 1, &chosen);
        if (!chosen)
            return;
    }
    const bool ok = svg ? print.writeSvg(path, &error) : print.writePng(path, scale, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export Image"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::printJourney()
{
    const ExportOptions options = currentExportOptions();
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!waitForAnswerRows(this, mDocument->journey(), tr("Reading the %L1 survey answers printing needs…")) || !waitForLifetimeValues(this, *mDocument))
        return;
    JourneyPrint(mDocument->journey(), options).paint(&printer);
}

void MainWindow::printPreview()
{
    if (!waitForAnswerRows(this, mDocument->journey(), tr("Reading the %L1 survey answers printing needs…")) || !waitForLifetimeValues(this, *mDocument))
        return;
    const ExportOptions options = currentExportOptions();
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        JourneyPrint(mDocument->journey(), options).paint(target);
    });
    dialog.resize(1100, 800);
    dialog.exec();
}

} // namespace waymark
