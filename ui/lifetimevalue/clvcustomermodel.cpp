#include "clvcustomermodel.h"

#include "clv/journeyclv.h"

#include <QLocale>

namespace waymark {

ClvCustomerModel::ClvCustomerModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClvCustomerModel::setModel(std::shared_ptr<const clv::JourneyClvModel> model)
{
    beginResetModel();
    mModel = std::move(model);
    endResetModel();
}

int ClvCustomerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !mModel ? 0 : int(mModel->analysis.customers.size());
}

int ClvCustomerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClvCustomerModel::data(const QModelIndex &index, int role) const
{
    if (!mModel || !index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Customer ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const std::size_t row = std::size_t(index.row());
    const clv::CustomerPrediction &p = mModel->analysis.customers[row];
    const clv::CustomerSummary &s = mModel->analysis.summary.customers[row];
    const bool raw = role == Qt::EditRole;
    const QLocale locale;
    const auto number = [&](double value, int decimals) -> QVariant {
        if (!p.ok)
            return raw ? QVariant(-1.0) : QVariant(QStringLiteral("–"));
        return raw ? QVariant(value) : QVariant(locale.toString(value, 'f', decimals));
    };
    switch (index.column()) {
    case Customer: return mModel->file.customerIds.value(p.customer);
    case RepeatPurchases: return raw ? QVariant(s.x) : QVariant(locale.toString(s.x));
    case Alive: return number(p.probabilityAlive * 100, 0);
    case ExpectedPurchases: return number(p.value.expectedPurchases, 2);
    case ExpectedSpend: return number(p.value.expectedSpend, 2);
    case LifetimeValue: return number(p.value.lifetimeValue, 2);
    default: return {};
    }
}

QVariant ClvCustomerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString currency = mModel ? mModel->file.currency : QString();
    switch (section) {
    case Customer: return tr("Customer");
    case RepeatPurchases: return tr("Repeat purchases");
    case Alive: return tr("P(alive) %");
    case ExpectedPurchases: return tr("Expected purchases");
    case ExpectedSpend: return tr("Expected spend (%1)").arg(currency);
    case LifetimeValue: return tr("CLV (%1)").arg(currency);
    default: return {};
    }
}

} // namespace waymark
