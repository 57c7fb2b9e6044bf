#pragma once

#include "business/businesscase.h"
#include "business/opportunity.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUuid>

#include <vector>

namespace waymark {

class JourneyDocument;

// The journey's opportunities as a table, in the journey's order, with what each is worth
// (business/businesscase.h). With a scenario chosen, the first column's check box says
// whether an opportunity belongs to it, and ticking it is one undo step.
class OpportunitiesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MemberColumn,
        TitleColumn,
        TypeColumn,
        OwnerColumn,
        StatusColumn,
        CostColumn,
        MonthsColumn,
        ConfidenceColumn,
        CardsColumn,
        NpvColumn,
        PaybackColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2; // numbers sort as numbers

    explicit OpportunitiesModel(QObject *parent = nullptr);

    // Both take effect at the next refresh(): the dock sets them and refreshes once.
    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }
    // The scenario whose membership the check boxes show; null: none (no check boxes).
    void setScenario(const QUuid &scenarioId);
    QUuid scenario() const { return mScenario; }
    // Reads the journey again and recomputes the business case.
    void refresh();

    QUuid opportunityAt(int row) const;
    int rowOf(const QUuid &opportunityId) const;
    // What the opportunity is worth on its own, or nullptr.
    const OpportunityCase *valueOf(const QUuid &opportunityId) const;
    // The case of the chosen scenario (every opportunity when none is chosen).
    const BusinessCase &scenarioCase() const { return mScenarioCase; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // "EUR 12,500": amounts of the business case, whole units, ISO code first.
    static QString money(double amount, const QString &currency);

private:
    QVariant display(const Opportunity &opportunity, int column) const;
    QVariant sortValue(const Opportunity &opportunity, int column) const;
    QString toolTip(const Opportunity &opportunity, int column) const;
    bool isMember(const QUuid &opportunityId) const;

    QPointer<JourneyDocument> mDocument;
    QUuid mScenario;
    std::vector<QUuid> mRows;
    BusinessCase mAll;          // every opportunity, each valued on its own
    BusinessCase mScenarioCase;
};

} // namespace waymark
