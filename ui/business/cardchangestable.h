#pragma once

#include "business/opportunity.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace waymark {

class EffortTargetEdit;
class Journey;

// The cards an opportunity improves, one row each: the card, its effort today, what becomes
// of its time, money and emotion, how many of the stage's customers pass it, the contacts
// and detractors it is expected to save, and whether the step disappears. Below the table,
// any other card of the journey can be linked, and selected rows unlinked.
class CardChangesTable : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        CardColumn,
        TodayColumn,
        TimeColumn,
        MoneyColumn,
        EmotionColumn,
        ReachColumn,
        ContactsColumn,
        PassivesColumn,
        PromotersColumn,
        RemovedColumn,
        ColumnCount
    };

    CardChangesTable(const Journey &journey, QWidget *parent = nullptr);

    void setChanges(const std::vector<CardImprovement> &changes);
    std::vector<CardImprovement> changes() const;

    // Adds a row for the card (nothing changed yet); false when it is linked already or unknown.
    bool linkCard(const QUuid &touchpointId);
    void unlinkRow(int row);

    QTableWidget *table() const { return mTable; }
    QComboBox *cardChoice() const { return mChoice; }
    QPushButton *linkButton() const { return mLink; }
    QPushButton *unlinkButton() const { return mUnlink; }
    // The widgets of one row, for tests and the dialog.
    EffortTargetEdit *targetEdit(int row, Column column) const;
    QDoubleSpinBox *shareBox(int row, Column column) const;
    QCheckBox *removedBox(int row) const;

signals:
    void countChanged(int rows);

private:
    void addRow(const CardImprovement &change);
    void fillChoice();
    void updateButtons();

    const Journey &mJourney;
    QTableWidget *mTable;
    QComboBox *mChoice;
    QPushButton *mLink;
    QPushButton *mUnlink;
    QLabel *mEmpty;
};

} // namespace waymark
