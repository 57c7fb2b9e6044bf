#include "business/opportunitiesmodel.h"

#include "business/businesssettings.h"
#include "business/opportunityedits.h"
#include "journeydocument.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace waymark {

OpportunitiesModel::OpportunitiesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OpportunitiesModel::setDocument(JourneyDocument *document)
{
    mDocument = document;
    mScenario = {};
}

void OpportunitiesModel::setScenario(const QUuid &scenarioId)
{
    mScenario = scenarioId;
}

void OpportunitiesModel::refresh()
{
    beginResetModel();
    mRows.clear();
    mAll = {};
    mScenarioCase = {};
    if (mDocument) {
        const Journey &journey = mDocument->journey();
        for (const Opportunity &opportunity : journey.opportunities)
            mRows.push_back(opportunity.id);
        if (!journey.scenario(mScenario))
            mScenario = {};
        // Nothing to value, nothing to compute (and no empty case to show).
        const BusinessSettings settings = BusinessSettings::fromSettings(journey.settings);
        const Scenario *scenario = journey.scenario(mScenario);
        const bool scenarioHasAny = scenario && std::any_of(scenario->opportunityIds.begin(), scenario->opportunityIds.end(),
                                                            [&](const QUuid &id) { return journey.opportunity(id) != nullptr; });
        if (!journey.opportunities.empty())
            mAll = computeBusinessCase(journey, settings, nullptr, &mDocument->statistics());
        if (!scenario)
            mScenarioCase = mAll;
        else if (scenarioHasAny)
            mScenarioCase = computeBusinessCase(journey, settings, scenario, &mDocument->statistics());
        else
            mScenarioCase.scenarioName = scenario->name;
    }
    endResetModel();
}

QUuid OpportunitiesModel::opportunityAt(int row) const
{
    return row >= 0 && row < int(mRows.size()) ? mRows[std::size_t(row)] : QUuid();
}

int OpportunitiesModel::rowOf(const QUuid &opportunityId) const
{
    const auto it = std::find(mRows.begin(), mRows.end(), opportunityId);
    return it == mRows.end() || opportunityId.isNull() ? -1 : int(it - mRows.begin());
}

const OpportunityCase *OpportunitiesModel::valueOf(const QUuid &opportunityId) const
{
    const auto it = std::find_if(mAll.opportunities.begin(), mAll.opportunities.end(),
                                 [&](const OpportunityCase &value) { return value.opportunityId == opportunityId; });
    return it == mAll.opportunities.end() ? nullptr : &*it;
}

bool OpportunitiesModel::isMember(const QUuid &opportunityId) const
{
    const Scenario *scenario = mDocument ? mDocument->journey().scenario(mScenario) : nullptr;
    return scenario && std::find(scenario->opportunityIds.begin(), scenario->opportunityIds.end(), opportunityId)
        != scenario->opportunityIds.end();
}

int OpportunitiesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int OpportunitiesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OpportunitiesModel::money(double amount, const QString &currency)
{
    return QStringLiteral("%1\u00a0%2").arg(currency, QLocale().toString(amount, 'f', 0));
}

QVariant OpportunitiesModel::display(const Opportunity &opportunity, int column) const
{
    const Journey &journey = mDocument->journey();
    switch (Column(column)) {
    case MemberColumn: return {};
    case TitleColumn: return opportunity.title;
    case TypeColumn: return displayName(opportunity.type);
    case OwnerColumn: {
        const Department *owner = journey.department(opportunity.ownerDepartmentId);
        return owner ? owner->name : tr("—");
    }
    case StatusColumn: return displayName(opportunity.status);
    case CostColumn: {
        const QString currency = opportunity.oneOffCost.currency.isEmpty() ? journey.currency : opportunity.oneOffCost.currency;
        return money(opportunity.oneOffCost.amount(), currency);
    }
    case MonthsColumn: return QLocale().toString(opportunity.monthsToDeliver);
    case ConfidenceColumn: return displayName(opportunity.confidence);
    case CardsColumn: return QLocale().toString(qlonglong(opportunity.changes.size()));
    case NpvColumn: {
        const OpportunityCase *value = valueOf(opportunity.id);
        return value ? money(value->npv, mAll.currency) : QVariant();
    }
    case PaybackColumn: {
        const OpportunityCase *value = valueOf(opportunity.id);
        if (!value)
            return {};
        return value->paybackMonths ? tr("%n month(s)", nullptr, *value->paybackMonths) : tr("not within %n year(s)", nullptr, mAll.horizonYears);
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant OpportunitiesModel::sortValue(const Opportunity &opportunity, int column) const
{
    const OpportunityCase *value = valueOf(opportunity.id);
    switch (Column(column)) {
    case MemberColumn: return isMember(opportunity.id) ? 1 : 0;
    case TypeColumn: return int(opportunity.type);
    case StatusColumn: return int(opportunity.status);
    case ConfidenceColumn: return int(opportunity.confidence);
    case CostColumn: return opportunity.oneOffCost.amount();
    case MonthsColumn: return opportunity.monthsToDeliver;
    case CardsColumn: return qlonglong(opportunity.changes.size());
    case NpvColumn: return value ? value->npv : 0.0;
    // No payback sorts after the longest one.
    case PaybackColumn: return value && value->paybackMonths ? *value->paybackMonths : std::numeric_limits<int>::max();
    default: return display(opportunity, column).toString().toLower();
    }
}

QString OpportunitiesModel::toolTip(const Opportunity &opportunity, int column) const
{
    const Journey &journey = mDocument->journey();
    switch (column) {
    case MemberColumn: return tr("Part of the scenario “%1”").arg(journey.scenario(mScenario) ? journey.scenario(mScenario)->name : QString());
    case TitleColumn: return opportunity.description.isEmpty() ? opportunity.title : opportunity.title + QStringLiteral("\n\n") + opportunity.description;
    case CardsColumn: {
        QStringList titles;
        for (const CardImprovement &change : opportunity.changes)
            if (const Touchpoint *card = journey.touchpoint(change.touchpointId))
                titles << card->title;
        return titles.join(QLatin1Char('\n'));
    }
    case NpvColumn:
    case PaybackColumn: {
        const OpportunityCase *value = valueOf(opportunity.id);
        if (!value)
            return {};
        QStringList lines{tr("Net present value over %n year(s) at %1 %: %2", nullptr, mAll.horizonYears)
                              .arg(QLocale().toString(mAll.discountRate * 100.0, 'f', 1), money(value->npv, mAll.currency)),
                          tr("Range: %1 – %2").arg(money(value->npvLow, mAll.currency), money(value->npvHigh, mAll.currency)),
                          tr("Value per year at full run rate: %1").arg(money(value->benefitsPerYear.total(), mAll.currency))};
        for (const QString &problem : value->problems)
            lines << QStringLiteral("• ") + problem;
        return lines.join(QLatin1Char('\n'));
    }
    default: return display(opportunity, column).toString();
    }
}

QVariant OpportunitiesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !mDocument)
        return {};
    const Opportunity *opportunity = mDocument->journey().opportunity(opportunityAt(index.row()));
    if (!opportunity)
        return {};
    switch (role) {
    case Qt::DisplayRole: return display(*opportunity, index.column());
    case Qt::ToolTipRole: return toolTip(*opportunity, index.column());
    case IdRole: return opportunity->id;
    case SortRole: return sortValue(*opportunity, index.column());
    case Qt::CheckStateRole:
        if (index.column() == MemberColumn && !mScenario.isNull())
            return isMember(opportunity->id) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= CostColumn && index.column() != ConfidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant OpportunitiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MemberColumn: return tr("Tick to put an opportunity into the scenario chosen above");
        case CostColumn: return tr("One-off cost");
        case MonthsColumn: return tr("Months to deliver: the benefits start after them");
        case CardsColumn: return tr("Cards of the map it improves");
        case NpvColumn: return tr("Net present value over the business case's horizon (Journey → Business Settings)");
        case PaybackColumn: return tr("When the cumulative net turns positive, counted from the start");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MemberColumn: return tr("In");
    case TitleColumn: return tr("Opportunity");
    case TypeColumn: return tr("Type");
    case OwnerColumn: return tr("Owner");
    case StatusColumn: return tr("Status");
    case CostColumn: return tr("Cost");
    case MonthsColumn: return tr("Months");
    case ConfidenceColumn: return tr("Confidence");
    case CardsColumn: return tr("Cards");
    case NpvColumn: return tr("NPV");
    case PaybackColumn: return tr("Payback");
    default: return {};
    }
}

Qt::ItemFlags OpportunitiesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.column() == MemberColumn && !mScenario.isNull() && mDocument && !mDocument->isReviewOnly())
        result |= Qt::ItemIsUserCheckable;
    return result;
}

bool OpportunitiesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != MemberColumn || !mDocument)
        return false;
    // The document's signal refreshes the table.
    return opportunityedits::setMember(mDocument, mScenario, opportunityAt(index.row()),
                                       Qt::CheckState(value.toInt()) == Qt::Checked);
}

} // namespace waymark
