#include "datadock.h"

#include "charts/chartdata.h"
#include "commands/datasetcommands.h"
#include "commands/editjourneysettings.h"
#include "data/metrictargets.h"
#include "datachartspanel.h"
#include "dialogs/npstargetsdialog.h"
#include "elidedtextdelegate.h"
#include "data/statisticsbehind.h"
#include "journeydocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark {

namespace {
enum DatasetColumn { NameColumn, KindColumn, RowsColumn, SourceColumn };
}

DataDock::DataDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Data"), parent)
{
    setObjectName(QStringLiteral("dataDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    mList = new QTreeWidget(content);
    mList->setObjectName(QStringLiteral("datasetList"));
    mList->setRootIsDecorated(false);
    ElidedTextDelegate::install(mList); // long dataset and file names: both ends stay, tooltip has all
    mList->setHeaderLabels({tr("Dataset"), tr("Kind"), tr("Rows"), tr("Source")});
    mList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    mList->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    mEmpty = new QLabel(tr("No survey or CLV data yet. Import survey answers (NPS, CSAT, CES, audits, eNPS) or customer "
                           "lifetime values from CSV, TSV, JSON, NDJSON or Excel files."),
                        content);
    mEmpty->setWordWrap(true);
    // On top, where a participant looking for Import sees why it is not there to use.
    mSharedNote = new QLabel(content);
    mSharedNote->setObjectName(QStringLiteral("datasetsSharedNote"));
    mSharedNote->setWordWrap(true);
    mSharedNote->hide();
    layout->addWidget(mSharedNote);
    layout->addWidget(mEmpty);
    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(mList);
    auto *chartsPage = new QWidget(split);
    auto *chartsLayout = new QVBoxLayout(chartsPage);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    mMetricRow = new QWidget(chartsPage);
    auto *metricLayout = new QHBoxLayout(mMetricRow);
    metricLayout->setContentsMargins(0, 0, 0, 0);
    mMetric = new QComboBox(mMetricRow);
    mMetric->setObjectName(QStringLiteral("dataMetricCombo"));
    mMetric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *metricLabel = new QLabel(tr("&Figures:"), mMetricRow);
    metricLabel->setBuddy(mMetric);
    metricLayout->addWidget(metricLabel);
    metricLayout->addWidget(mMetric);
    metricLayout->addStretch();
    chartsLayout->addWidget(mMetricRow);
    mCharts = new DataChartsPanel(chartsPage);
    chartsLayout->addWidget(mCharts, 1);
    split->addWidget(chartsPage);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    mUnmatched = new QLabel(content);
    mUnmatched->setObjectName(QStringLiteral("unmatchedKeysLabel"));
    mUnmatched->setWordWrap(true);
    mUnmatched->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mUnmatched);
    auto *buttons = new QHBoxLayout;
    mImportNps = new QPushButton(tr("Import &Survey…"), content);
    mImportNps->setToolTip(tr("Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, JSON or Excel, one per row or counted per group"));
    mImportClv = new QPushButton(tr("Import C&LV…"), content);
    mDelete = new QPushButton(tr("&Delete"), content);
    buttons->addWidget(mImportNps);
    buttons->addWidget(mImportClv);
    mTargets = new QPushButton(tr("&Goals…"), content);
    buttons->addWidget(mTargets);
    buttons->addStretch();
    buttons->addWidget(mDelete);
    layout->addLayout(buttons);
    setWidget(content);

    mChartTimer = new QTimer(this);
    mChartTimer->setSingleShot(true);
    mChartTimer->setInterval(150); // typing in a card's title should not recount a million answers per key
    connect(mChartTimer, &QTimer::timeout, this, &DataDock::refreshCharts);
    connect(mCharts, &DataChartsPanel::touchpointActivated, this, &DataDock::touchpointActivated);
    connect(mCharts, &DataChartsPanel::touchpointKeyActivated, this, &DataDock::touchpointKeyActivated);
    connect(mCharts, &DataChartsPanel::stageActivated, this, &DataDock::stageActivated);
    connect(mTargets, &QPushButton::clicked, this, &DataDock::editTargets);
    connect(mMetric, &QComboBox::activated, this, [this](int index) { setMetricKey(mMetric->itemData(index).toString()); });
    connect(mImportNps, &QPushButton::clicked, this, [this] { emit importRequested(DatasetKind::Answers); });
    connect(mImportClv, &QPushButton::clicked, this, [this] { emit importRequested(DatasetKind::Clv); });
    connect(mDelete, &QPushButton::clicked, this, [this] { deleteDataset(mList->indexOfTopLevelItem(mList->currentItem())); });
    connect(mList, &QTreeWidget::currentItemChanged, this, &DataDock::updateButtons);
    connect(mList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!mReloading && column == NameColumn)
            renameDataset(mList->indexOfTopLevelItem(item), item->text(NameColumn));
    });
    mConfirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Delete Dataset"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    setDocument(document);
}

void DataDock::setDocument(JourneyDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (document) {
        for (auto signal : {&JourneyDocument::datasetInserted, &JourneyDocument::datasetRemoved,
                            &JourneyDocument::datasetChanged})
            connect(document, signal, this, &DataDock::reload);
        connect(document, &JourneyDocument::journeyReset, this, &DataDock::reload);
        // The lifetime-value fit and the CLV join run behind the window: the CLV tab fills in.
        if (StatisticsBehind *behind = document->statistics().behind())
            connect(behind, &StatisticsBehind::ready, this, &DataDock::refreshCharts);
        connect(document, &JourneyDocument::stagesReordered, mChartTimer, qOverload<>(&QTimer::start));
        connect(document, &JourneyDocument::touchpointsMoved, mChartTimer, qOverload<>(&QTimer::start)); // a card's stage
        for (auto signal : {&JourneyDocument::stageChanged, &JourneyDocument::stageInserted, &JourneyDocument::stageRemoved,
                            &JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved})
            connect(document, signal, mChartTimer, qOverload<>(&QTimer::start));
        // The charts show cards' titles and follow their data keys (eNPS: departments); effort,
        // notes and marks are not in them.
        connect(document, &JourneyDocument::touchpointFieldsChanged, this, [this](const QUuid &, TouchpointFields fields) {
            if (fields & (TouchpointField::Title | TouchpointField::DataKey | TouchpointField::Department))
                mChartTimer->start();
        });
        connect(document, &JourneyDocument::settingsChanged, mChartTimer, qOverload<>(&QTimer::start));
    }
    reload();
}

void DataDock::refreshCharts()
{
    mChartTimer->stop();
    mCharts->setData(mDocument ? chartData(mDocument->statistics(), mDocument->journey(), metricKey()) : ChartData());
    const auto &unmatched = mCharts->data().unmatchedKeys;
    QStringList keys;
    qint64 answers = 0;
    for (const auto &[key, count] : unmatched) {
        answers += count;
        if (keys.size() < 8)
            keys << tr("%1 (%2)").arg(key).arg(count);
    }
    if (unmatched.size() > 8)
        keys << tr("… %Ln more", nullptr, int(unmatched.size() - 8));
    mUnmatched->setVisible(!unmatched.empty());
    mUnmatched->setText(tr("%Ln answer(s) name touchpoints no card has — give a card that data key to see them on the map: %1",
                           nullptr, int(answers))
                            .arg(keys.join(QStringLiteral(", "))));
}

QString DataDock::metricKey() const
{
    if (!mDocument)
        return QStringLiteral("nps");
    const Journey &journey = mDocument->journey();
    return !mChosenMetric.isEmpty() && journey.newestDataset(mChosenMetric) ? mChosenMetric : defaultMetricKey(journey);
}

void DataDock::setMetricKey(const QString &key)
{
    if (!metricByKey(key) || key == mChosenMetric)
        return;
    mChosenMetric = key;
    updateMetricChoices();
    refreshCharts();
}

void DataDock::updateMetricChoices()
{
    const QSignalBlocker quiet(mMetric);
    mMetric->clear();
    if (mDocument)
        for (const Metric *metric : mDocument->journey().metricsWithData()) {
            mMetric->addItem(metric->name(), metric->key());
            mMetric->setItemData(mMetric->count() - 1, metric->description(), Qt::ToolTipRole);
        }
    const QString shown = metricKey();
    mMetric->setCurrentIndex(mMetric->findData(shown));
    mMetricRow->setVisible(mMetric->count() > 0);
    const Metric *metric = metricByKey(shown);
    mTargets->setToolTip(tr("Goals per segment and a benchmark to compare %1 with").arg(metric ? metric->name() : shown));
}

void DataDock::editTargets()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    const QString key = metricKey();
    const Metric *metric = metricByKey(key);
    NpsTargetsDialog dialog(MetricTargets::fromSettings(journey.settings, key), goalGroups(mDocument->statistics(), journey, key), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMap<QString, QString> changes = dialog.targets().toSettings();
    for (auto it = changes.begin(); it != changes.end();) // only what differs, so "no change" is no undo step
        it = journey.settings.value(it.key()) == it.value() ? changes.erase(it) : std::next(it);
    if (!changes.isEmpty())
        mDocument->push(new EditJourneySettings(mDocument, changes, tr("Edit %1 goals").arg(metric ? metric->name() : key)));
}

void DataDock::reload()
{
    mReloading = true;
    const int current = mList->indexOfTopLevelItem(mList->currentItem());
    mList->clear();
    if (mDocument) {
        const QLocale locale;
        for (const DatasetRef &dataset : mDocument->journey().datasets) {
            auto *item = new QTreeWidgetItem(mList);
            item->setText(NameColumn, dataset->name);
            const Metric *metric = dataset->metric();
            item->setText(KindColumn, dataset->kind == DatasetKind::Clv ? tr("CLV") : metric ? metric->name() : dataset->metricKey);
            if (metric)
                item->setToolTip(KindColumn, metric->description());
            item->setText(RowsColumn, locale.toString(qlonglong(dataset->rows())));
            item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(SourceColumn, dataset->source.fileName);
            if (mSharedLimit.isEmpty())
                item->setFlags(item->flags() | Qt::ItemIsEditable);
            const DatasetSource &source = dataset->source;
            item->setToolTip(NameColumn, tr("From %1, imported %2\nSHA-256 %3\nRows read %4, imported %5, rejected %6\n"
                                            "Encoding: %7\nColumns:\n%8")
                                             .arg(source.fileName, locale.toString(source.importedAt.toLocalTime(), QLocale::ShortFormat),
                                                  source.sha256)
                                             .arg(source.rowsRead)
                                             .arg(source.rowsImported)
                                             .arg(source.rowsRejected)
                                             .arg(source.encoding, source.mapping));
        }
    }
    updateMetricChoices();
    refreshCharts();
    if (current >= 0 && current < mList->topLevelItemCount())
        mList->setCurrentItem(mList->topLevelItem(current));
    mEmpty->setVisible(mList->topLevelItemCount() == 0);
    mReloading = false;
    updateButtons();
}

void DataDock::setSharedLimit(const QString &why)
{
    if (why == mSharedLimit)
        return;
    mSharedLimit = why;
    mSharedNote->setText(why);
    mSharedNote->setVisible(!why.isEmpty());
    mDelete->setToolTip(why);
    mImportClv->setToolTip(why);
    mImportNps->setToolTip(why.isEmpty() ? tr("Survey answers of any metric (NPS, CSAT, CES, audits, eNPS, any number) from CSV, TSV, "
                                              "JSON or Excel, one per row or counted per group")
                                         : why);
    reload(); // the names are renamed in place only where the data may change
}

void DataDock::updateButtons()
{
    const bool mayChange = mDocument != nullptr && mSharedLimit.isEmpty();
    mImportNps->setEnabled(mayChange);
    mImportClv->setEnabled(mayChange);
    mDelete->setEnabled(mSharedLimit.isEmpty() && mList->currentItem() != nullptr);
    mTargets->setEnabled(mDocument != nullptr);
}

void DataDock::renameDataset(int row, const QString &name)
{
    if (!mDocument || row < 0 || row >= int(mDocument->journey().datasets.size()))
        return;
    Dataset renamed = *mDocument->journey().datasets[std::size_t(row)];
    if (name.trimmed().isEmpty() || name.trimmed() == renamed.name) {
        reload(); // a dataset needs a name: the old one comes back
        return;
    }
    renamed.name = name.trimmed();
    mDocument->push(new ReplaceDataset(mDocument, std::move(renamed), tr("Rename dataset")));
}

void DataDock::deleteDataset(int row)
{
    if (!mDocument || row < 0 || row >= int(mDocument->journey().datasets.size()))
        return;
    const DatasetRef &dataset = mDocument->journey().datasets[std::size_t(row)];
    if (!mConfirm(tr("Delete the dataset “%1” with its %Ln row(s)? You can undo this.", nullptr, int(dataset->rows()))
                      .arg(dataset->name)))
        return;
    mDocument->push(new RemoveDataset(mDocument, dataset->id));
}

} // namespace waymark
