#include "grid/journeygridmodel.h"

#include "efforttotals.h"
#include "journeydocument.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace waymark {

namespace {

// "15 min · EUR 5.00 · emotion 6" — only the parts that are not zero.
QString effortLine(const Touchpoint &card)
{
    const QLocale locale;
    QStringList parts;
    if (card.effort.minutes > 0)
        parts << formatMinutes(card.effort.minutes);
    if (card.effort.money.hundredths > 0)
        parts << formatMoneyTotals({{card.effort.money.currency, card.effort.money.hundredths}});
    if (card.effort.emotion > 0)
        parts << JourneyGridModel::tr("emotion %1").arg(card.effort.emotion);
    return parts.join(QStringLiteral(" · "));
}

QString cardLine(const Touchpoint &card)
{
    QString marks;
    if (card.painPoint)
        marks += QStringLiteral("⚠ ");
    if (card.momentOfTruth)
        marks += QStringLiteral("★ ");
    const QString effort = effortLine(card);
    return QStringLiteral("%1%2%3").arg(marks, card.title, effort.isEmpty() ? QString() : QStringLiteral("\n   ") + effort);
}

QString totalsSummary(const EffortTotals &totals)
{
    if (totals.cards == 0)
        return {};
    QStringList lines{formatMinutes(totals.minutes)};
    if (!totals.hundredthsByCurrency.empty())
        lines << formatMoneyTotals(totals.hundredthsByCurrency);
    lines << JourneyGridModel::tr("emotion mean %1, max %2").arg(QLocale().toString(totals.meanEmotion(), 'f', 1)).arg(totals.emotionMax);
    return lines.join(QLatin1Char('\n'));
}

// A light, opaque wash of a department colour: text stays readable on any colour, and the
// header (which draws a gradient from it) gets the same shade as the cells.
QColor departmentTint(const QColor &colour)
{
    constexpr double strength = 0.16;
    const auto mix = [](int channel) { return int(255 - (255 - channel) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

} // namespace

JourneyGridModel::JourneyGridModel(JourneyDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , mDocument(document)
{
    // Structure changes rebuild the table (it is small); card edits refresh their row.
    for (auto signal : {&JourneyDocument::journeyReset, &JourneyDocument::stagesReordered, &JourneyDocument::lanesReordered})
        connect(document, signal, this, &JourneyGridModel::resetAll);
    for (auto signal : {&JourneyDocument::stageInserted, &JourneyDocument::stageRemoved, &JourneyDocument::laneInserted,
                        &JourneyDocument::laneRemoved, &JourneyDocument::touchpointInserted,
                        &JourneyDocument::touchpointRemoved, &JourneyDocument::stageChanged, &JourneyDocument::laneChanged,
                        &JourneyDocument::departmentChanged, &JourneyDocument::departmentRemoved})
        connect(document, signal, this, &JourneyGridModel::resetAll);
    connect(document, &JourneyDocument::touchpointsMoved, this, &JourneyGridModel::resetAll);
    connect(document, &JourneyDocument::infoChanged, this, &JourneyGridModel::resetAll);
    connect(document, &JourneyDocument::touchpointChanged, this, &JourneyGridModel::cardChanged);
}

void JourneyGridModel::resetAll()
{
    beginResetModel();
    endResetModel();
}

void JourneyGridModel::cardChanged(const QUuid &id)
{
    const Touchpoint *card = mDocument->journey().touchpoint(id);
    const auto row = card ? mDocument->journey().laneIndex(card->laneId) : std::nullopt;
    if (!row) {
        resetAll();
        return;
    }
    // The card's lane row and the totals (row and column) change.
    emit dataChanged(index(*row, 0), index(*row, columnCount() - 1));
    emit dataChanged(index(rowCount() - 1, 0), index(rowCount() - 1, columnCount() - 1));
}

int JourneyGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mDocument ? 0 : int(mDocument->journey().lanes.size()) + 1;
}

int JourneyGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mDocument ? 0 : int(mDocument->journey().stages.size()) + 1;
}

bool JourneyGridModel::isTotalsRow(int row) const
{
    return row == rowCount() - 1;
}

bool JourneyGridModel::isTotalsColumn(int column) const
{
    return column == columnCount() - 1;
}

QString JourneyGridModel::cellText(int row, int column) const
{
    const Journey &journey = mDocument->journey();
    QStringList lines;
    for (const Touchpoint *card : journey.cell(journey.stages[size_t(column)].id, journey.lanes[size_t(row)].id))
        lines << cardLine(*card);
    return lines.join(QStringLiteral("\n"));
}

QString JourneyGridModel::cellToolTip(int row, int column) const
{
    const Journey &journey = mDocument->journey();
    QStringList parts;
    for (const Touchpoint *card : journey.cell(journey.stages[size_t(column)].id, journey.lanes[size_t(row)].id)) {
        QString text = QStringLiteral("<b>%1</b> — %2").arg(card->title.toHtmlEscaped(), displayName(card->channel));
        if (const Department *department = journey.department(card->departmentId))
            text += QStringLiteral("<br>") + tr("Owner: %1").arg(department->name.toHtmlEscaped());
        const QString effort = effortLine(*card);
        if (!effort.isEmpty())
            text += QStringLiteral("<br>") + tr("Effort: %1").arg(effort.toHtmlEscaped());
        if (!card->description.isEmpty())
            text += QStringLiteral("<br><i>%1</i>").arg(card->description.toHtmlEscaped());
        if (card->painPoint)
            text += QStringLiteral("<br>⚠ ") + tr("Pain point");
        if (card->momentOfTruth)
            text += QStringLiteral("<br>★ ") + tr("Moment of truth");
        parts << text;
    }
    return parts.join(QStringLiteral("<hr>"));
}

QString JourneyGridModel::totalsText(int row, int column) const
{
    const Journey &journey = mDocument->journey();
    if (isTotalsRow(row) && isTotalsColumn(column))
        return totalsSummary(EffortCalculator::forJourney(journey));
    if (isTotalsRow(row))
        return totalsSummary(EffortCalculator::forStage(journey, journey.stages[size_t(column)].id));
    return totalsSummary(EffortCalculator::forLane(journey, journey.lanes[size_t(row)].id));
}

QVariant JourneyGridModel::laneBackground(int row) const
{
    const Journey &journey = mDocument->journey();
    const Lane &lane = journey.lanes[size_t(row)];
    if (const Department *department = journey.department(lane.departmentId))
        return QBrush(departmentTint(department->colour));
    return {};
}

QVariant JourneyGridModel::data(const QModelIndex &index, int role) const
{
    if (!mDocument || !index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totals = isTotalsRow(row) || isTotalsColumn(column);
    switch (role) {
    case Qt::DisplayRole:
        return totals ? totalsText(row, column) : cellText(row, column);
    case Qt::ToolTipRole:
        return totals ? QVariant() : QVariant(cellToolTip(row, column));
    case Qt::BackgroundRole:
        if (totals)
            return QBrush(QColor(0xf2, 0xf2, 0xf2));
        return laneBackground(row);
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setPointSizeF(font.pointSizeF() * 0.9);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case BelowLineOfVisibilityRole:
        return !isTotalsRow(row) && row > 0 && row == mDocument->journey().lineOfVisibilityIndex();
    case IsTotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant JourneyGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!mDocument)
        return {};
    const Journey &journey = mDocument->journey();
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (isTotalsColumn(section))
            return tr("Lane total");
        const Stage &stage = journey.stages[size_t(section)];
        return role == Qt::DisplayRole ? stage.name : stage.description;
    }
    if (isTotalsRow(section))
        return role == Qt::DisplayRole ? QVariant(tr("Stage total")) : QVariant();
    const Lane &lane = journey.lanes[size_t(section)];
    if (role == Qt::DisplayRole)
        return lane.name;
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1 — %2").arg(displayName(lane.kind), displayName(lane.zone));
        if (const Department *department = journey.department(lane.departmentId))
            tip += QStringLiteral("\n") + tr("Department: %1").arg(department->name);
        if (section == journey.lineOfVisibilityIndex() && section > 0)
            tip += QStringLiteral("\n") + tr("Below the line of visibility: the customer does not see this lane.");
        return tip;
    }
    if (role == Qt::BackgroundRole)
        return laneBackground(section); // the lane name wears its department's colour too
    return {};
}

} // namespace waymark
