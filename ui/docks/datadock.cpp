#include "datadock.h"

#include "commands/datasetcommands.h"
#include "journeydocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
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
    layout->addWidget(mList, 1);
    auto *buttons = new QHBoxLayout;
    mImportNps = new QPushButton(tr("Import &NPS…"), content);
    mImportClv = new QPushButton(tr("Import C&LV…"), content);
    mDelete = new QPushButton(tr("&Delete"), content);
    buttons->addWidget(mImportNps);
    buttons->addWidget(mImportClv);
    buttons->addStretch();
    buttons->addWidget(mDelete);
    layout->addLayout(buttons);
    setWidget(content);

    connect(mImportNps, &QPushButton::clicked, this, [this] { emit importRequested(DatasetKind::Nps); });
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
    }
    reload();
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
            item->setText(KindColumn, dataset->kind == DatasetKind::Nps ? tr("NPS") : tr("CLV"));
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
