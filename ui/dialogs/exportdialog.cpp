#include "exportdialog.h"

#include "print/journeyprint.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace waymark {

void preparePrinter(QPrinter &printer, const ExportOptions &options)
{
    printer.setResolution(JourneyPrint::dpi);
    printer.setPageLayout(QPageLayout(QPageSize(options.page), options.orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setFullPage(true);
}

ExportDialog::ExportDialog(const Journey &journey, const ExportOptions &initial, QWidget *parent)
    : QDialog(parent)
    , mJourney(journey)
    , mFileName(initial.fileName)
    , mPrinter(new QPrinter(QPrinter::HighResolution))
{
    setWindowTitle(tr("Export PDF"));
    auto *layout = new QHBoxLayout(this);
    auto *side = new QVBoxLayout;
    layout->addLayout(side);

    auto *pageBox = new QGroupBox(tr("Page"), this);
    auto *pageForm = new QFormLayout(pageBox);
    mPage = new QComboBox(pageBox);
    for (QPageSize::PageSizeId id : exportPageSizes())
        mPage->addItem(QPageSize::name(id), int(id));
    pageForm->addRow(tr("&Size:"), mPage);
    mLandscape = new QRadioButton(tr("&Landscape"), pageBox);
    mPortrait = new QRadioButton(tr("&Portrait"), pageBox);
    auto *orientation = new QHBoxLayout;
    orientation->addWidget(mLandscape);
    orientation->addWidget(mPortrait);
    pageForm->addRow(tr("Orientation:"), orientation);
    mFit = new QRadioButton(tr("&Fit the map to one page"), pageBox);
    mTile = new QRadioButton(tr("&Tile at full size (a poster)"), pageBox);
    pageForm->addRow(mFit);
    pageForm->addRow(mTile);
    // Two separate choices in one box: without groups the four buttons would exclude each other.
    auto *orientationGroup = new QButtonGroup(this);
    orientationGroup->addButton(mLandscape);
    orientationGroup->addButton(mPortrait);
    auto *fitGroup = new QButtonGroup(this);
    fitGroup->addButton(mFit);
    fitGroup->addButton(mTile);
    mOverlap = new QDoubleSpinBox(pageBox);
    mOverlap->setRange(0, 40);
    mOverlap->setSuffix(tr(" mm"));
    pageForm->addRow(tr("Tiles &overlap by:"), mOverlap);
    mSummary = new QCheckBox(tr("Executive &summary in front"), pageBox);
    pageForm->addRow(mSummary);
    side->addWidget(pageBox);

    auto *layersBox = new QGroupBox(tr("On the map"), this);
    auto *layersForm = new QFormLayout(layersBox);
    mEffort = new QCheckBox(tr("&Effort badges"), layersBox);
    mHeatmap = new QCheckBox(tr("&Heatmap:"), layersBox);
    mHeat = new QComboBox(layersBox);
    for (EffortDimension dimension : allEffortDimensions)
        mHeat->addItem(effortDimensionName(dimension), int(dimension));
    mEmotion = new QCheckBox(tr("E&motion curve"), layersBox);
    mNps = new QCheckBox(tr("&NPS badges"), layersBox);
    mClv = new QCheckBox(tr("&CLV at risk"), layersBox);
    layersForm->addRow(mEffort);
    layersForm->addRow(mHeatmap, mHeat);
    layersForm->addRow(mEmotion);
    layersForm->addRow(mNps);
    layersForm->addRow(mClv);
    mDepartment = new QComboBox(layersBox);
    mDepartment->addItem(tr("All departments"), QUuid());
    for (const Department &department : journey.departments)
        mDepartment->addItem(department.name, department.id);
    layersForm->addRow(tr("&For:"), mDepartment);
    side->addWidget(layersBox);
    side->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    side->addWidget(buttons);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportWithDialog);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::printWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    mPreview = new QPrintPreviewWidget(mPrinter, this);
    mPreview->setObjectName(QStringLiteral("exportPreview"));
    mPreview->setMinimumSize(560, 420);
    layout->addWidget(mPreview, 1);
    connect(mPreview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        JourneyPrint(mJourney, options()).paint(printer);
    });

    setOptions(initial);
    for (QComboBox *combo : {mPage, mHeat, mDepartment})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{mLandscape, mPortrait, mFit, mTile, mSummary, mEffort, mHeatmap, mEmotion, mNps, mClv})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::updatePreview);
    connect(mOverlap, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    resize(1100, 720);
}

ExportDialog::~ExportDialog()
{
    delete mPreview; // before the printer it paints on
    delete mPrinter;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.page = QPageSize::PageSizeId(mPage->currentData().toInt());
    o.orientation = mPortrait->isChecked() ? QPageLayout::Portrait : QPageLayout::Landscape;
    o.tile = mTile->isChecked();
    o.overlapMm = mOverlap->value();
    o.summary = mSummary->isChecked();
    o.layers.effort = mEffort->isChecked();
    o.layers.heatmap = mHeatmap->isChecked();
    o.layers.heat = EffortDimension(mHeat->currentData().toInt());
    o.layers.emotion = mEmotion->isChecked();
    o.layers.nps = mNps->isChecked();
    o.layers.clv = mClv->isChecked();
    o.department = mDepartment->currentData().toUuid();
    o.fileName = mFileName;
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    mLoading = true;
    mPage->setCurrentIndex(std::max(0, mPage->findData(int(o.page))));
    (o.orientation == QPageLayout::Portrait ? mPortrait : mLandscape)->setChecked(true);
    (o.tile ? mTile : mFit)->setChecked(true);
    mOverlap->setValue(o.overlapMm);
    mSummary->setChecked(o.summary);
    mEffort->setChecked(o.layers.effort);
    mHeatmap->setChecked(o.layers.heatmap);
    mHeat->setCurrentIndex(std::max(0, mHeat->findData(int(o.layers.heat))));
    mEmotion->setChecked(o.layers.emotion);
    mNps->setChecked(o.layers.nps);
    mClv->setChecked(o.layers.clv);
    mDepartment->setCurrentIndex(std::max(0, mDepartment->findData(o.department)));
    mLoading = false;
    updatePreview();
}

int ExportDialog::previewPageCount() const
{
    return int(JourneyPrint(mJourney, options()).pages().size());
}

void ExportDialog::updatePreview()
{
    if (mLoading)
        return;
    mOverlap->setEnabled(mTile->isChecked());
    mHeat->setEnabled(mHeatmap->isChecked());
    preparePrinter(*mPrinter, options());
    mPreview->updatePreview();
}

bool ExportDialog::exportTo(const QString &path, QString *error) const
{
    return JourneyPrint(mJourney, options()).writePdf(path, error);
}

void ExportDialog::exportWithDialog()
{
    QString suggestion = mFileName.isEmpty() ? mJourney.title : mFileName.section(u'.', 0, 0);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggestion + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export PDF"), error);
        return;
    }
    accept();
}

void ExportDialog::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    JourneyPrint(mJourney, options()).paint(&printer);
    accept();
}

} // namespace waymark
