#include "hotspotsdock.h"

#include "data/metrics/metric.h"
#include "elidedtextdelegate.h"
#include "hotspotsmodel.h"
#include "journeydocument.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMetaMethod>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark {

HotspotsDock::HotspotsDock(JourneyDocument *document, QWidget *parent)
    : QDockWidget(tr("Effort hotspots"), parent)
{
    setObjectName(QStringLiteral("hotspotsDock"));
    auto *contents = new QWidget(this);
    auto *layout = new QVBoxLayout(contents);

    auto *form = new QFormLayout;
    mDimensionBox = new QComboBox(contents);
    mDimensionBox->setObjectName(QStringLiteral("hotspotsDimension"));
    for (const EffortDimension dimension : allEffortDimensions)
        mDimensionBox->addItem(effortDimensionName(dimension), int(dimension));
    mEffortEntries = mDimensionBox->count();
    mDimensionBox->setCurrentIndex(mDimensionBox->findData(int(mDimension)));
    form->addRow(tr("&Rank by:"), mDimensionBox);
    layout->addLayout(form);

    mModel = new HotspotsModel(this);
    mView = new QTreeView(contents);
    mView->setObjectName(QStringLiteral("hotspotsView"));
    mView->setModel(mModel);
    mView->setRootIsDecorated(false);
    mView->setUniformRowHeights(true);
    mView->setAlternatingRowColors(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::ExtendedSelection); // several cards can become one opportunity
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setAllColumnsShowFocus(true);
    ElidedTextDelegate::install(mView);
    mView->header()->setStretchLastSection(false);
    mView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->header()->setSectionResizeMode(HotspotsModel::CardColumn, QHeaderView::Stretch);
    // Stage and lane names can be long; they get a share of the width (fitNameColumns), cut
    // in the middle, the whole name in the tooltip.
    for (int column : {int(HotspotsModel::StageColumn), int(HotspotsModel::LaneColumn)}) {
        mView->header()->setSectionResizeMode(column, QHeaderView::Interactive);
        mView->header()->resizeSection(column, 90);
    }
    mView->installEventFilter(this);
    layout->addWidget(mView);

    mEmpty = new QLabel(contents);
    mEmpty->setObjectName(QStringLiteral("hotspotsEmpty"));
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->hide();
    layout->addWidget(mEmpty);

    // The worst cards are where opportunities come from.
    mCreateOpportunity = new QAction(tr("Create Opportunity…"), this);
    mCreateOpportunity->setObjectName(QStringLiteral("hotspotsCreateOpportunity"));
    mCreateOpportunity->setToolTip(tr("An improvement for the business case, linked to the selected cards"));
    mCreateOpportunity->setEnabled(false);
    connect(mCreateOpportunity, &QAction::triggered, this, [this] {
        if (const QList<QUuid> cards = selectedTouchpoints(); !cards.isEmpty())
            emit createOpportunityRequested(cards);
    });
    mView->setContextMenuPolicy(Qt::ActionsContextMenu);
    mView->addAction(mCreateOpportunity);
    auto *create = new QToolButton(contents);
    create->setDefaultAction(mCreateOpportunity);
    create->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(create, 0, Qt::AlignRight);
    setWidget(contents);

    connect(mDimensionBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const QVariant dimension = mDimensionBox->itemData(index);
        if (dimension.isValid())
            setDimension(EffortDimension(dimension.toInt()));
        else if (const QString metric = mDimensionBox->itemData(index, MetricKeyRole).toString(); !metric.isEmpty())
            setRanking(HeatmapChoice::metric(metric));
    });
    connect(mView, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { mCreateOpportunity->setEnabled(!selectedTouchpoints().isEmpty()); });

    // One refresh per burst of changes: a 40-card paste signals 40 times in one event.
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(0);
    connect(&mRefreshTimer, &QTimer::timeout, this, &HotspotsDock::refresh);

    setDocument(document);
}

void HotspotsDock::setDocument(JourneyDocument *document)
{
    for (const QMetaObject::Connection &connection : std::as_const(mConnections))
        disconnect(connection);
    mConnections.clear();
    mDocument = document;
    if (document) {
        // Every change signal of the document, so a signal added later cannot leave the list
        // stale; only the file path and the modified flag do not affect the ranking.
        const QMetaObject &meta = JourneyDocument::staticMetaObject;
        const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("scheduleRefresh()"));
        for (int i = meta.methodOffset(); i < meta.methodCount(); ++i) {
            const QMetaMethod signal = meta.method(i);
            if (signal.methodType() != QMetaMethod::Signal || signal.name() == "filePathChanged"
                || signal.name() == "modifiedChanged")
                continue;
            mConnections << connect(document, signal, this, slot);
        }
    }
    refresh();
}

void HotspotsDock::setDimension(EffortDimension dimension)
{
    if (dimension == mDimension && mMetric.isEmpty())
        return;
    const bool changed = dimension != mDimension;
    mDimension = dimension;
    mMetric.clear();
    showRanking();
    refresh();
    if (changed)
        emit dimensionChanged(dimension);
}

HeatmapChoice HotspotsDock::ranking() const
{
    return mMetric.isEmpty() ? HeatmapChoice(mDimension) : HeatmapChoice::metric(mMetric);
}

void HotspotsDock::setRanking(const HeatmapChoice &choice)
{
    if (const auto dimension = choice.effort()) {
        setDimension(*dimension);
    } else if (choice.isMetric() && choice.metricKey() != mMetric) {
        mMetric = choice.metricKey();
        refresh(); // fills the metric entries first
        showRanking();
    }
}

void HotspotsDock::showRanking()
{
    const int index = mMetric.isEmpty() ? mDimensionBox->findData(int(mDimension)) : mDimensionBox->findData(mMetric, MetricKeyRole);
    if (index >= 0 && index != mDimensionBox->currentIndex()) {
        const QSignalBlocker blocker(mDimensionBox);
        mDimensionBox->setCurrentIndex(index);
    }
}

void HotspotsDock::fillMetrics()
{
    // Besides the effort dimensions, each metric the journey has data of.
    QStringList wanted;
    if (mDocument)
        for (const Metric *metric : mDocument->journey().metricsWithData())
            wanted << metric->key();
    QStringList present;
    for (int i = mEffortEntries; i < mDimensionBox->count(); ++i)
        if (const QString key = mDimensionBox->itemData(i, MetricKeyRole).toString(); !key.isEmpty())
            present << key;
    if (wanted == present)
        return;
    const QSignalBlocker blocker(mDimensionBox);
    while (mDimensionBox->count() > mEffortEntries)
        mDimensionBox->removeItem(mDimensionBox->count() - 1);
    if (!wanted.isEmpty())
        mDimensionBox->insertSeparator(mDimensionBox->count());
    for (const QString &key : std::as_const(wanted)) {
        mDimensionBox->addItem(metricByKey(key)->name());
        mDimensionBox->setItemData(mDimensionBox->count() - 1, key, MetricKeyRole);
    }
    showRanking();
}

void HotspotsDock::scheduleRefresh()
{
    mRefreshTimer.start();
}

void HotspotsDock::refresh()
{
    mRefreshTimer.stop();
    fillMetrics();
    // A metric whose data went away: back to the effort dimension.
    if (!mMetric.isEmpty() && (!mDocument || !mDocument->journey().newestDataset(mMetric))) {
        mMetric.clear();
        showRanking();
    }
    const QUuid selected = mModel->touchpointAt(mView->currentIndex().row());
    if (!mDocument) {
        mModel->clear();
    } else {
        const Journey &journey = mDocument->journey();
        if (mMetric.isEmpty())
            mModel->refresh(journey, mDimension, EffortWeights::fromSettings(journey.settings));
        else
            mModel->refresh(journey, metricHeat(journey, mDocument->statistics(), mMetric));
    }
    // Keep the card the user was on selected when the ranking changes under it.
    const int row = mModel->rowOf(selected);
    if (row >= 0)
        mView->setCurrentIndex(mModel->index(row, HotspotsModel::CardColumn));
    mCreateOpportunity->setEnabled(!selectedTouchpoints().isEmpty());
    const bool empty = mModel->rowCount() == 0 && mDocument;
    mEmpty->setText(mMetric.isEmpty() ? tr("No card costs the customer anything on this measure yet.")
                                      : tr("No card's data key has answers of %1 yet.").arg(HeatmapChoice::metric(mMetric).name()));
    mEmpty->setVisible(empty);
    fitNameColumns();
}

// The card's title is what a facilitator reads first: the stage and lane columns each take
// no more than a sixth of the list (less when their names are shorter, never less than their
// header), the card the rest.
void HotspotsDock::fitNameColumns()
{
    constexpr int shareDivisor = 6;
    constexpr int narrowest = 48; // still shows both ends of a name around the "…"
    const int share = mView->viewport()->width() / shareDivisor;
    for (int column : {int(HotspotsModel::StageColumn), int(HotspotsModel::LaneColumn)}) {
        // QTreeView hides sizeHintForColumn(); the item view base has it public.
        const int names = static_cast<const QAbstractItemView *>(mView)->sizeHintForColumn(column);
        const int header = mView->header()->sectionSizeHint(column);
        mView->header()->resizeSection(column, std::max({narrowest, header, std::min(names, share)}));
    }
}

QList<QUuid> HotspotsDock::selectedTouchpoints() const
{
    QList<int> rows;
    for (const QModelIndex &index : mView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<QUuid> ids;
    for (int row : std::as_const(rows))
        if (const QUuid id = mModel->touchpointAt(row); !id.isNull())
            ids << id;
    return ids;
}

void HotspotsDock::activateRow(int row)
{
    const QUuid id = mModel->touchpointAt(row);
    if (!id.isNull())
        emit touchpointActivated(id);
}

// Enter handled here rather than through QAbstractItemView::activated, which some styles
// also emit on a single click: one click must not jump twice.
bool HotspotsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView && event->type() == QEvent::Resize)
        fitNameColumns(); // a wider dock gives the names more room
    if (watched == mView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && mView->currentIndex().isValid()) {
            activateRow(mView->currentIndex().row());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace waymark
