#pragma once

#include "charts/chartdata.h"

#include <QTabWidget>
#include <QUuid>

class QChartView;
class QLabel;
class QTreeWidget;

namespace waymark {

class TouchpointNpsList;

// The data dock's charts for one metric: the trend (segments, goals, benchmark), the value
// per touchpoint (a list with bars), the band mix per stage (or the value per stage for
// metrics without bands), and CLV per NPS category with the CLV at risk per touchpoint.
// eNPS shows departments instead of touchpoints and stages. Clicking a bar or a row asks for
// that card or stage on the canvas.
class DataChartsPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit DataChartsPanel(QWidget *parent = nullptr);
    void setData(ChartData data);
    const ChartData &data() const { return mData; }

    QChartView *trendView() const { return mTrend; }
    TouchpointNpsList *touchpointList() const { return mTouchpoints; }
    QChartView *stageView() const { return mStages; }
    QChartView *clvView() const { return mClv; }
    QTreeWidget *atRiskList() const { return mAtRisk; }

    // What a click on a stage's bar does (tests call it as the bars' signal does).
    void activateStageBar(int index);

signals:
    void touchpointActivated(const QUuid &cardId);
    void touchpointKeyActivated(const QString &dataKey);
    void stageActivated(const QUuid &stageId);

private:
    QChartView *newView();
    void showChart(QChartView *view, QChart *chart);
    void fillAtRisk();

    ChartData mData;
    QChartView *mTrend;
    TouchpointNpsList *mTouchpoints;
    QChartView *mStages;
    QChartView *mClv;
    QTreeWidget *mAtRisk;
    QLabel *mClvNote;
    bool mShownOnce = false;
};

} // namespace waymark
