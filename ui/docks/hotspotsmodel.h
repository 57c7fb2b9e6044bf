#pragma once

#include "data/metricheat.h"
#include "effortscore.h"

#include <QAbstractTableModel>
#include <QUuid>

#include <functional>
#include <vector>

namespace waymark {

// The ranked cards of the Effort hotspots dock: one row per card with a score above 0,
// worst first (rankTouchpoints); or, by a survey metric, one row per card with answers,
// lowest figure first (rankByMetric), small samples greyed. A snapshot: the dock calls
// refresh() after changes.
class HotspotsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Score next to the rank, so it stays visible in a narrow dock.
    enum Column { RankColumn, ScoreColumn, CardColumn, StageColumn, LaneColumn, ColumnCount };
    static constexpr int TouchpointIdRole = Qt::UserRole + 1; // QUuid
    static constexpr int ScoreRole = Qt::UserRole + 2;        // double, the raw score

    explicit HotspotsModel(QObject *parent = nullptr);

    void refresh(const Journey &journey, EffortDimension dimension, const EffortWeights &weights);
    void refresh(const Journey &journey, const MetricHeat &heat);
    void clear();

    EffortDimension dimension() const { return mDimension; }
    // The metric ranked by, or nullptr when ranking by effort.
    const Metric *metric() const { return mMetric; }
    QUuid touchpointAt(int row) const;
    int rowOf(const QUuid &id) const; // -1 when the card is not ranked

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QUuid id;
        QString title;
        QString stage;
        QString lane;
        double score = 0.0;
        QString scoreText;
        double answers = -1;  // metric rankings: how many answers the figure rests on
        bool smallSample = false;
    };
    void setRows(const Journey &journey, const std::vector<RankedTouchpoint> &ranked,
                 const std::function<void(Row &)> &complete);
    std::vector<Row> mRows;
    EffortDimension mDimension = EffortDimension::Composite;
    const Metric *mMetric = nullptr;
};

} // namespace waymark
