#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace waymark::clv {
struct JourneyClvModel;
}

namespace waymark {

// Every modelled customer, one row each, for the lifetime value window's customer table:
// sortable through a proxy (numbers sort as numbers: Qt::EditRole holds them raw).
class ClvCustomerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Customer, RepeatPurchases, Alive, ExpectedPurchases, ExpectedSpend, LifetimeValue, ColumnCount };
    explicit ClvCustomerModel(QObject *parent = nullptr);

    void setModel(std::shared_ptr<const clv::JourneyClvModel> model);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const clv::JourneyClvModel> mModel;
};

} // namespace waymark
