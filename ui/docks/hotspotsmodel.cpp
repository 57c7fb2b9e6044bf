#include "hotspotsmodel.h"

#include "data/metrics/metric.h"

#include <QColor>
#include <QLocale>

#include <cmath>

namespace waymark {

HotspotsModel::HotspotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HotspotsModel::setRows(const Journey &journey, const std::vector<RankedTouchpoint> &ranked,
                            const std::function<void(Row &)> &complete)
{
    mRows.clear();
    for (const RankedTouchpoint &entry : ranked) {
        const Touchpoint *card = journey.touchpoint(entry.id);
        const Stage *stage = journey.stage(card->stageId);
        const Lane *lane = journey.lane(card->laneId);
        Row row;
        row.id = entry.id;
        row.title = card->title;
        row.stage = stage ? stage->name : QString();
        row.lane = lane ? lane->name : QString();
        row.score = entry.score;
        complete(row);
        mRows.push_back(std::move(row));
    }
}

void HotspotsModel::refresh(const Journey &journey, EffortDimension dimension, const EffortWeights &weights)
{
    beginResetModel();
    const bool headerChanged = dimension != mDimension || mMetric;
    mDimension = dimension;
    mMetric = nullptr;
    setRows(journey, rankTouchpoints(journey, dimension, weights),
            [&](Row &row) { row.scoreText = formatEffortScore(row.score, dimension, journey.currency); });
    endResetModel();
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
}

void HotspotsModel::refresh(const Journey &journey, const MetricHeat &heat)
{
    beginResetModel();
    const bool headerChanged = heat.scale.metric != mMetric;
    mMetric = heat.scale.metric;
    setRows(journey, rankByMetric(journey, heat), [&](Row &row) {
        row.scoreText = mMetric->formatValue(row.score);
        row.answers = heat.answers.value(row.id);
        row.smallSample = heat.smallSamples.contains(row.id);
    });
    endResetModel();
    if (headerChanged)
        emit headerDataChanged(Qt::Horizontal, ScoreColumn, ScoreColumn);
}

void HotspotsModel::clear()
{
    beginResetModel();
    mRows.clear();
    endResetModel();
}

QUuid HotspotsModel::touchpointAt(int row) const
{
    return row >= 0 && size_t(row) < mRows.size() ? mRows[size_t(row)].id : QUuid();
}

int HotspotsModel::rowOf(const QUuid &id) const
{
    for (size_t i = 0; i < mRows.size(); ++i) {
        if (mRows[i].id == id)
            return int(i);
    }
    return -1;
}

int HotspotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int HotspotsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotspotsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= mRows.size())
        return {};
    const Row &row = mRows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return QLocale().toString(index.row() + 1);
        case CardColumn: return row.title;
        case StageColumn: return row.stage;
        case LaneColumn: return row.lane;
        case ScoreColumn: return row.scoreText;
        default: return {};
        }
    case Qt::ToolTipRole:
        // Names are often cut in a narrow dock; the view shows this only where it cuts one.
        if (index.column() == CardColumn)
            return row.title;
        if (index.column() == StageColumn)
            return row.stage;
        if (index.column() == LaneColumn)
            return row.lane;
        if (index.column() == ScoreColumn && row.answers >= 0)
            return row.smallSample ? tr("Only %1 answers: too few to trust, so this figure is a weak signal.").arg(QLocale().toString(qint64(std::llround(row.answers))))
                                   : tr("%1 answers").arg(QLocale().toString(qint64(std::llround(row.answers))));
        return {};
    case Qt::ForegroundRole:
        // Small samples greyed, as their badges are.
        if (row.smallSample && index.column() == ScoreColumn)
            return QVariant::fromValue(QColor(0x80, 0x86, 0x8f));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TouchpointIdRole: return row.id;
    case ScoreRole: return row.score;
    default: return {};
    }
}

QVariant HotspotsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("#");
    case CardColumn: return tr("Card");
    case StageColumn: return tr("Stage");
    case LaneColumn: return tr("Lane");
    case ScoreColumn: {
        // A long measure name ("Взвешенные затраты") takes two lines rather than the card
        // column's room in a narrow dock.
        QString name = mMetric ? mMetric->name() : effortDimensionName(mDimension);
        const qsizetype space = name.indexOf(QLatin1Char(' '), name.size() / 3);
        if (name.size() > 12 && space > 0)
            name[space] = QLatin1Char('\n');
        return name;
    }
    default: return {};
    }
}

} // namespace waymark
