#include "hotspotsmodel.h"

#include <QLocale>

namespace waymark {

HotspotsModel::HotspotsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HotspotsModel::refresh(const Journey &journey, EffortDimension dimension, const EffortWeights &weights)
{
    beginResetModel();
    const bool headerChanged = dimension != mDimension;
    mDimension = dimension;
    mRows.clear();
    for (const RankedTouchpoint &ranked : rankTouchpoints(journey, dimension, weights)) {
        const Touchpoint *card = journey.touchpoint(ranked.id);
        const Stage *stage = journey.stage(card->stageId);
        const Lane *lane = journey.lane(card->laneId);
        mRows.push_back({ranked.id, card->title, stage ? stage->name : QString(), lane ? lane->name : QString(),
                         ranked.score, formatEffortScore(ranked.score, dimension, journey.currency)});
    }
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
        if (index.column() == CardColumn)
            return row.title; // titles are often cut off in a narrow dock
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
        QString name = effortDimensionName(mDimension);
        const qsizetype space = name.indexOf(QLatin1Char(' '), name.size() / 3);
        if (name.size() > 12 && space > 0)
            name[space] = QLatin1Char('\n');
        return name;
    }
    default: return {};
    }
}

} // namespace waymark
