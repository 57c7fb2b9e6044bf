#include "datadock.h"

#include "charts/chartdata.h"
#include "commands/datasetcommands.h"
#include "commands/editjourneysettings.h"
#include "data/npsstatistics.h"
#include "data/npstargets.h"
#include "datachartspanel.h"
#include "dialogs/npstargetsdialog.h"
#include "journeydocument.h"

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
enum Column { NameColumn, KindColumn, RowsColumn, SourceColumn };
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
    mList->setHeaderLabels({tr("Dataset"), tr("Kind"), tr("Rows"), tr("Source")});
    mList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    mList->header()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    mEmpty = new QLabel(tr("No survey or CLV data yet. Import NPS responses or customer lifetime values from "
                           "CSV, TSV, JSON or NDJSON files."),
                        content);
    mEmpty->setWordWrap(true);
    layout->addWidget(mEmpty);
    auto *split = new QSplitter(Qt::Vertical, content);
    split->addWidget(mList);
    mCharts = new DataChartsPanel(split);
    split->addWidget(mCharts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    mUnmatched = new QLabel(content);
    mUnmatched->setObjectName(QStringLiteral("unmatchedKeysLabel"));
    mUnmatched->setWordWrap(true);
    mUnmatched->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mUnmatched);
    auto *buttons = new QHBoxLayout;
    mImportNps = new QPushButton(tr("Import &NPS…"), content);
    mImportClv = new QPushButton(tr("Import C&LV…"), content);
    mDelete = new QPushButton(tr("&Delete"), content);
    buttons->addWidget(mImportNps);
    buttons->addWidget(mImportClv);
    mTargets = new QPushButton(tr("&Goals…"), content);
    mTargets->setToolTip(tr("NPS goals per segment and a benchmark to compare with"));
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
        connect(document, &JourneyDocument::stagesReordered, mChartTimer, qOverload<>(&QTimer::start));
        for (auto signal : {&JourneyDocument::stageChanged, &JourneyDocument::stageInserted, &JourneyDocument::stageRemoved,
                            &JourneyDocument::touchpointChanged, &JourneyDocument::touchpointInserted, &JourneyDocument::touchpointRemoved})
            connect(document, signal, mChartTimer, qOverload<>(&QTimer::start));
        connect(document, &JourneyDocument::settingsChanged, mChartTimer, qOverload<>(&QTimer::start));
    }
    reload();
}

void DataDock::refreshCharts()
{
    mChartTimer->stop();
    mCharts->setData(mDocument ? chartData(mDocument->journey()) : ChartData());
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

void DataDock::editTargets()
{
    if (!mDocument)
        return;
    const Journey &journey = mDocument->journey();
    QStringList segments;
    if (const Dataset *nps = newestDataset(journey, DatasetKind::Answers))
        for (const NpsGroup &group : groupNps(nps->answers, {Dimension::Segment}))
            if (group.key[0].second != noValueLabel())
                segments << group.key[0].second;
    NpsTargetsDialog dialog(NpsTargets::fromSettings(journey.settings), segments, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QMap<QString, QString> changes = dialog.targets().toSettings();
    for (auto it = changes.begin(); it != changes.end();) // only what differs, so "no change" is no undo step
        it = journey.settings.value(it.key()) == it.value() ? changes.erase(it) : std::next(it);
    if (!changes.isEmpty())
        mDocument->push(new EditJourneySettings(mDocument, changes, tr("Edit NPS goals")));
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
            item->setText(KindColumn, dataset->kind == DatasetKind::Answers ? tr("NPS") : tr("CLV"));
            item->setText(RowsColumn, locale.toString(qlonglong(dataset->rows())));
            item->setTextAlignment(RowsColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(SourceColumn, dataset->source.fileName);
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
    refreshCharts();
    if (current >= 0 && current < mList->topLevelItemCount())
        mList->setCurrentItem(mList->topLevelItem(current));
    mEmpty->setVisible(mList->topLevelItemCount() == 0);
    mReloading = false;
    updateButtons();
}

void DataDock::updateButtons()
{
    mImportNps->setEnabled(mDocument != nullptr);
    mImportClv->setEnabled(mDocument != nullptr);
    mDelete->setEnabled(mList->currentItem() != nullptr);
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
