#include "exportdialog.h"

#include "charts/chartdata.h"
#include "commands/editjourneysettings.h"
#include "print/picturespage.h"
#include "journeydocument.h"
#include "print/journeyprint.h"
#include "print/personapage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
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
    mFuture = new QCheckBox(tr("&Future-state map after the map"), pageBox);
    mFuture->setToolTip(tr("The journey with the chosen scenario's opportunities applied: changed effort, removed and added steps"));
    mFuture->setEnabled(!journey.opportunities.empty());
    pageForm->addRow(mFuture);
    const int pictures = PicturesPage::pictureCount(journey);
    mPictures = new QCheckBox(tr("Pict&ures on the cards after the map (%n)", nullptr, pictures), pageBox);
    mPictures->setObjectName(QStringLiteral("picturesCheck"));
    mPictures->setToolTip(tr("Each picture with its card and caption, for readers who were not at the wall"));
    mPictures->setEnabled(pictures > 0);
    pageForm->addRow(mPictures);
    mPersonas = new QCheckBox(tr("Pe&rsona cards before the map"), pageBox);
    mPersonas->setObjectName(QStringLiteral("personasCheck"));
    // Only personas with more than a name make a page worth a board member's time.
    const bool personasToShow = PersonaPage::applies(journey);
    mPersonas->setToolTip(personasToShow ? tr("Each persona's photo, goals and frustrations, and the steps that hurt them most")
                                         : tr("None of this journey's personas has a description, goals, frustrations or a photo yet"));
    mPersonas->setEnabled(personasToShow);
    pageForm->addRow(mPersonas);
    // The summary's key figures: the metrics with data, ticked ones shown, dragged into order.
    mKpis = new QListWidget(pageBox);
    mKpis->setObjectName(QStringLiteral("summaryKpiList"));
    mKpis->setDragDropMode(QAbstractItemView::InternalMove);
    mKpis->setToolTip(tr("One tile per ticked figure; drag to change the order — the first one's trend and stages are charted"));
    mJourneyKpis = waymark::summaryKpis(journey);
    QStringList order = mJourneyKpis;
    for (const Metric *metric : journey.metricsWithData())
        if (!order.contains(metric->key()))
            order << metric->key();
    for (const QString &key : order) {
        const Metric *metric = metricByKey(key);
        auto *item = new QListWidgetItem(metric->name(), mKpis);
        item->setData(Qt::UserRole, key);
        item->setToolTip(metric->description());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(mJourneyKpis.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    mKpis->setMaximumHeight(mKpis->sizeHintForRow(0) * std::max(1, mKpis->count()) + 2 * mKpis->frameWidth() + 2);
    auto *kpiLabel = new QLabel(tr("Summary fi&gures:"), pageBox);
    kpiLabel->setBuddy(mKpis);
    pageForm->addRow(kpiLabel, mKpis);
    kpiLabel->setVisible(mKpis->count() > 0);
    mKpis->setVisible(mKpis->count() > 0);
    connect(mKpis, &QListWidget::itemChanged, this, &ExportDialog::kpisChanged);
    // A drag moves a row (or inserts its copy and removes the original): one update after it.
    auto *reordered = new QTimer(this);
    reordered->setSingleShot(true);
    reordered->setInterval(0);
    connect(reordered, &QTimer::timeout, this, &ExportDialog::kpisChanged);
    const auto later = [this, reordered] {
        if (!mReorderingKpis)
            reordered->start();
    };
    connect(mKpis->model(), &QAbstractItemModel::rowsMoved, reordered, later);
    connect(mKpis->model(), &QAbstractItemModel::rowsInserted, reordered, later);
    connect(mKpis->model(), &QAbstractItemModel::rowsRemoved, reordered, later);
    side->addWidget(pageBox);

    auto *layersBox = new QGroupBox(tr("On the map"), this);
    auto *layersForm = new QFormLayout(layersBox);
    mEffort = new QCheckBox(tr("&Effort badges"), layersBox);
    mHeatmap = new QCheckBox(tr("&Heatmap:"), layersBox);
    mHeat = new QComboBox(layersBox);
    for (EffortDimension dimension : allEffortDimensions)
        mHeat->addItem(effortDimensionName(dimension), int(dimension));
    // Survey metrics after the effort dimensions, as in the canvas tool bar (data: the key).
    for (const Metric *metric : journey.metricsWithData())
        mHeat->addItem(metric->name(), metric->key());
    mEmotion = new QCheckBox(tr("E&motion curve"), layersBox);
    mNps = new QCheckBox(tr("Survey &figures (as on the canvas)"), layersBox);
    mClv = new QCheckBox(tr("&CLV at risk"), layersBox);
    layersForm->addRow(mEffort);
    layersForm->addRow(mHeatmap, mHeat);
    layersForm->addRow(mEmotion);
    layersForm->addRow(mNps);
    layersForm->addRow(mClv);
    mEvidence = new QCheckBox(tr("Evi&dence (what each card rests on)"), layersBox);
    mEvidence->setObjectName(QStringLiteral("evidenceCheck"));
    layersForm->addRow(mEvidence);
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
    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{mLandscape, mPortrait, mFit, mTile, mSummary, mFuture, mPersonas, mEffort, mHeatmap, mEmotion, mNps, mClv, mEvidence})
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
    o.future = mFuture->isEnabled() && mFuture->isChecked();
    o.pictures = mPictures->isEnabled() && mPictures->isChecked();
    o.personas = mPersonas->isEnabled() && mPersonas->isChecked();
    o.layers.effort = mEffort->isChecked();
    o.layers.heatmap = mHeatmap->isChecked();
    if (mHeat->currentData().typeId() == QMetaType::QString) {
        o.layers.heatMetric = mHeat->currentData().toString();
    } else {
        o.layers.heat = EffortDimension(mHeat->currentData().toInt());
        o.layers.heatMetric.clear();
    }
    o.layers.badgeMetric = mBadgeMetric;
    o.layers.emotion = mEmotion->isChecked();
    o.layers.nps = mNps->isChecked();
    o.layers.clv = mClv->isChecked();
    o.layers.evidence = mEvidence->isChecked();
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
    mFuture->setChecked(o.future);
    mPictures->setChecked(o.pictures);
    mPersonas->setChecked(o.personas);
    mEffort->setChecked(o.layers.effort);
    mHeatmap->setChecked(o.layers.heatmap);
    mHeat->setCurrentIndex(std::max(0, o.layers.heatMetric.isEmpty() ? mHeat->findData(int(o.layers.heat)) : mHeat->findData(o.layers.heatMetric)));
    mBadgeMetric = o.layers.badgeMetric;
    mEmotion->setChecked(o.layers.emotion);
    mNps->setChecked(o.layers.nps);
    mClv->setChecked(o.layers.clv);
    mEvidence->setChecked(o.layers.evidence);
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
    mKpis->setEnabled(mSummary->isChecked());
    mHeat->setEnabled(mHeatmap->isChecked());
    preparePrinter(*mPrinter, options());
    mPreview->updatePreview();
}

QStringList ExportDialog::summaryKpis() const
{
    QStringList keys;
    for (int row = 0; row < mKpis->count(); ++row)
        if (mKpis->item(row)->checkState() == Qt::Checked)
            keys << mKpis->item(row)->data(Qt::UserRole).toString();
    return keys;
}

void ExportDialog::setSummaryKpis(const QStringList &keys)
{
    const QSignalBlocker quiet(mKpis);
    mReorderingKpis = true;
    // The chosen ones first, in their order; the rest after them, unticked.
    for (int target = 0; const QString &key : keys)
        for (int row = target; row < mKpis->count(); ++row)
            if (mKpis->item(row)->data(Qt::UserRole).toString() == key) {
                mKpis->insertItem(target++, mKpis->takeItem(row));
                break;
            }
    for (int row = 0; row < mKpis->count(); ++row)
        mKpis->item(row)->setCheckState(keys.contains(mKpis->item(row)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    mReorderingKpis = false;
    kpisChanged();
}

void ExportDialog::kpisChanged()
{
    // The preview paints the dialog's copy of the journey: it shows the choice at once.
    const QStringList keys = summaryKpis();
    if (keys.isEmpty())
        mJourney.settings.remove(summaryKpisSetting); // nothing ticked: the default figures
    else
        mJourney.settings.insert(summaryKpisSetting, keys.join(u','));
    updatePreview();
}

QMap<QString, QString> ExportDialog::journeySettingChanges() const
{
    const QStringList keys = summaryKpis();
    if (keys.isEmpty() || keys == mJourneyKpis)
        return {};
    return {{summaryKpisSetting, keys.join(u',')}};
}

void ExportDialog::setDocument(JourneyDocument *document)
{
    mDocument = document;
}

void ExportDialog::keepSettingChanges()
{
    const QMap<QString, QString> changes = journeySettingChanges();
    if (mDocument && !changes.isEmpty())
        mDocument->push(new EditJourneySettings(mDocument, changes, tr("Choose the summary's figures")));
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
    keepSettingChanges();
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
    keepSettingChanges();
    accept();
}

} // namespace waymark
