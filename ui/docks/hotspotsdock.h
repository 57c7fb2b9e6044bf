#pragma once

#include "data/metricheat.h"
#include "effortscore.h"
#include "journeydocument.h"

#include <QDockWidget>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QTreeView;

namespace waymark {

class HotspotsModel;

// "Effort hotspots": the journey's cards ranked by what they cost the customer on one
// dimension (time, money, emotion or the weighted cost), or by a survey metric the journey
// has data of (lowest figure first: where customers rate the journey worst). Clicking a row,
// or Enter on it, asks the window to show that card.
class HotspotsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit HotspotsDock(JourneyDocument *document, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }

    // The effort dimension ranked by (the last one chosen while a metric ranks).
    EffortDimension dimension() const { return mDimension; }
    void setDimension(EffortDimension dimension);
    // What the list ranks by: an effort dimension or a metric (its key); off changes nothing,
    // so the list can follow the heatmap. A metric without data falls back to effort.
    HeatmapChoice ranking() const;
    void setRanking(const HeatmapChoice &choice);
    static constexpr int MetricKeyRole = Qt::UserRole + 1; // the combo's metric entries

    QTreeView *view() const { return mView; }
    // The cards of the selected rows, in the list's order.
    QList<QUuid> selectedTouchpoints() const;
    // "Create Opportunity…" (button and context menu): asks the window for the selected cards.
    QAction *createOpportunityAction() const { return mCreateOpportunity; }
    HotspotsModel *model() const { return mModel; }

signals:
    void dimensionChanged(EffortDimension dimension);
    void touchpointActivated(const QUuid &id);
    void createOpportunityRequested(const QList<QUuid> &cardIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A slot so it can be connected to every document signal through QMetaMethod.
    Q_SLOT void scheduleRefresh();
    void refresh();
    void activateRow(int row);
    void fillMetrics();
    void showRanking();
    void fitNameColumns();

    QPointer<JourneyDocument> mDocument;
    QList<QMetaObject::Connection> mConnections;
    EffortDimension mDimension = EffortDimension::Composite;
    QString mMetric; // non-empty: ranking by this metric
    int mEffortEntries = 0;
    QComboBox *mDimensionBox;
    QTreeView *mView;
    QLabel *mEmpty;
    QAction *mCreateOpportunity;
    HotspotsModel *mModel;
    QTimer mRefreshTimer;
};

} // namespace waymark
