#pragma once

#include "business/opportunity.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace waymark {

class Journey;

// The steps an opportunity adds to the journey ("status tracker notification"), one row
// each: title, stage, lane, channel and what the new step costs the customer. They show on
// the future-state map and count against the benefits.
class AddedCardsTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StageColumn, LaneColumn, ChannelColumn, TimeColumn, MoneyColumn, EmotionColumn, ColumnCount };

    AddedCardsTable(const Journey &journey, QWidget *parent = nullptr);

    void setCards(const std::vector<AddedCard> &cards);
    // Rows without a title are left out: a step nobody named is not a step.
    std::vector<AddedCard> cards() const;

    // A new row in the first stage and customer-facing lane; returns its row.
    int addRow();
    QTableWidget *table() const { return mTable; }

signals:
    void countChanged(int rows);

private:
    void addRow(const AddedCard &card);

    const Journey &mJourney;
    QTableWidget *mTable;
    QPushButton *mAdd;
    QPushButton *mRemove;
};

} // namespace waymark
