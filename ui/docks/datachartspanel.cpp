#include "datachartspanel.h"

#include "elidedtextdelegate.h"
#include "touchpointnpslist.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace waymark {

DataChartsPanel::DataChartsPanel(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("dataCharts"));
    setDocumentMode(true);
    mTrend = newView();
    mTouchpoints = new TouchpointNpsList(this);
    mStages = newView();
    mClv = newView();
    addTab(mTrend, tr("Trend"));

    addTab(mTouchpoints, tr("Touchpoints"));
    connect(mTouchpoints, &TouchpointNpsList::touchpointActivated, this, &DataChartsPanel::touchpointActivated);
    addTab(mStages, tr("Stages"));

    auto *clvPage = new QWidget(this);
    auto *clvLayout = new QVBoxLayout(clvPage);
    clvLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, clvPage);
    split->addWidget(mClv);
    mAtRisk = new QTreeWidget(split);
    mAtRisk->setObjectName(QStringLiteral("clvAtRiskList"));
    mAtRisk->setRootIsDecorated(false);
    ElidedTextDelegate::install(mAtRisk);
    mAtRisk->setHeaderLabels({tr("Touchpoint"), tr("Detractors"), tr("CLV at risk")});
    mAtRisk->header()->setStretchLastSection(false);
    mAtRisk->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mAtRisk->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mAtRisk->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mAtRisk->setToolTip(tr("Lifetime value of the customers whose latest answer at a touchpoint was 0–6"));
    split->addWidget(mAtRisk);
    mClvNote = new QLabel(clvPage);
    mClvNote->setWordWrap(true);
    clvLayout->addWidget(split, 1);
    clvLayout->addWidget(mClvNote);
    addTab(clvPage, tr("CLV"));

    connect(mAtRisk, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit touchpointKeyActivated(item->data(0, Qt::UserRole).toString());
    });
    connect(mAtRisk, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        emit touchpointKeyActivated(item->data(0, Qt::UserRole).toString());
    });
    setData({});
}

QChartView *DataChartsPanel::newView()
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150); // readable, and the window still fits a 1366×768 screen
    return view;
}

void DataChartsPanel::showChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // setChart() leaves the old chart to us
}

void DataChartsPanel::activateStageBar(int index)
{
    const int count = int(mData.stages.size()); // bars run bottom-up: see bandMixChart()
    if (index >= 0 && index < count && !mData.stages[std::size_t(count - 1 - index)].stageId.isNull()) // departments: no stage
        emit stageActivated(mData.stages[std::size_t(count - 1 - index)].stageId);
}

void DataChartsPanel::setData(ChartData data)
{
    // Redraw only the charts whose figures changed: a card's title edit changes the lists'
    // titles, not the trend or the stage mix, and rebuilding QtCharts scenes is what costs.
    const bool first = !mShownOnce;
    mShownOnce = true;
    const ChartData old = std::exchange(mData, std::move(data));
    if (first || old.scale != mData.scale || old.trend != mData.trend || old.goals != mData.goals
        || old.benchmark != mData.benchmark || old.benchmarkName != mData.benchmarkName)
        showChart(mTrend, trendChart(mData.scale, mData.trend, mData.goals, mData.benchmark, mData.benchmarkName));

    if (first || old.touchpoints != mData.touchpoints || old.scale != mData.scale || old.byDepartment != mData.byDepartment)
        mTouchpoints->setTouchpoints(mData.touchpoints, mData.scale, mData.byDepartment);
    setTabText(indexOf(mTouchpoints), mData.byDepartment ? tr("Departments") : tr("Touchpoints"));
    setTabText(indexOf(mStages), mData.byDepartment ? tr("Department mix") : tr("Stages"));

    if (first || old.stages != mData.stages || old.scale != mData.scale || old.stagesAsMix != mData.stagesAsMix
        || old.byDepartment != mData.byDepartment) {
        QChart *stages = stagesChart(mData);
        for (QAbstractSeries *series : stages->series())
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) { activateStageBar(index); });
        showChart(mStages, stages);
    }

    if (first || old.clv != mData.clv || old.clvCurrency != mData.clvCurrency)
        showChart(mClv, clvByCategoryChart(mData.clv, mData.clvCurrency));
    if (first || old.atRisk != mData.atRisk || old.cardTitles != mData.cardTitles)
        fillAtRisk();
    if (!mData.hasClv)
        mClvNote->setText(tr("Import customer lifetime values to see what promoters and detractors are worth."));
    else if (!mData.hasNps)
        mClvNote->setText(tr("Import NPS responses: CLV is joined to them by customer id."));
    else if (mData.clvAnswersBeingRead > 0)
        mClvNote->setText(tr("Reading the %L1 survey answers… CLV per NPS category and at risk appear here when they are read.")
                              .arg(mData.clvAnswersBeingRead));
    else if (mData.clvCustomersBeingFitted > 0)
        mClvNote->setText(tr("Fitting the lifetime-value model to %L1 customers… CLV per NPS category and at risk appear here when it is done.")
                              .arg(mData.clvCustomersBeingFitted));
    else if (mData.clvAnswersBeingMatched > 0)
        mClvNote->setText(tr("Matching %L1 survey answers to customers… CLV per NPS category and at risk appear here when they are matched.")
                              .arg(mData.clvAnswersBeingMatched));
    else
        mClvNote->setText(tr("%Ln customer(s) have both an answer and a CLV.", nullptr, int(mData.clvJoined)));
}

void DataChartsPanel::fillAtRisk()
{
    mAtRisk->clear();
    const QLocale locale;
    for (const ClvAtRisk &risk : mData.atRisk) {
        auto *item = new QTreeWidgetItem(mAtRisk);
        item->setText(0, mData.cardTitles.value(risk.touchpoint, risk.touchpoint));
        item->setToolTip(0, item->text(0) + QLatin1Char('\n') + tr("Data key: %1").arg(risk.touchpoint)); // the whole name too
        item->setData(0, Qt::UserRole, risk.touchpoint);
        item->setText(1, locale.toString(risk.detractors));
        item->setText(2, formatAmounts(risk.amounts));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace waymark
