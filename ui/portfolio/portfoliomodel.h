#pragma once

#include "portfolio/portfolio.h"

#include <QAbstractTableModel>

namespace waymark {

// The journeys of a folder, one row each, for the portfolio window's table and grid. Numbers
// sort as numbers (Qt::EditRole holds them raw); a journey that cannot be read keeps its row,
// with the reason.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Title, Owner, Saved, Stages, Cards, CustomerTime, Nps, ClvAtRisk, OpenComments, Opportunities, Progress, File, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, EntryRole };
    explicit PortfolioModel(QObject *parent = nullptr);

    void setEntries(std::vector<PortfolioEntry> entries);
    const std::vector<PortfolioEntry> &entries() const { return mEntries; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PortfolioEntry &entry, int column) const;
    QVariant raw(const PortfolioEntry &entry, int column) const;

    std::vector<PortfolioEntry> mEntries;
};

// "3 ideas, 1 in progress": what is being done about a journey.
QString opportunityProgress(const JourneyHeadline &headline);

} // namespace waymark
