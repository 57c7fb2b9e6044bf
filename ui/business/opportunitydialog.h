#pragma once

#include "business/opportunity.h"
#include "journey.h"

#include <QDialog>

class QBoxLayout;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace waymark {

class AddedCardsTable;
class CardChangesTable;
class JourneyDocument;

// Edits one opportunity: what it is, who owns it, what it costs and when it delivers, how
// sure the room is, what it changes at each linked card, and the steps it adds.
class OpportunityDialog : public QDialog
{
    Q_OBJECT
public:
    OpportunityDialog(const Journey &journey, const Opportunity &opportunity, QWidget *parent = nullptr);

    // The opportunity as entered (same id as given).
    Opportunity opportunity() const;

    // Shows the dialog for a new opportunity (e.g. prefilled from cards); on OK adds it, into
    // `scenarioId` as well when that names a scenario: one undo step. The new id, or null.
    static QUuid create(QWidget *parent, JourneyDocument *document, const Opportunity &prefilled, const QUuid &scenarioId = {});
    // Shows the dialog for an existing opportunity; on OK pushes one edit when something changed.
    static bool edit(QWidget *parent, JourneyDocument *document, const QUuid &opportunityId);

    QLineEdit *titleEdit() const { return mTitle; }
    CardChangesTable *cards() const { return mCards; }
    AddedCardsTable *addedCards() const { return mAddedCards; }
    QDialogButtonBox *buttons() const { return mButtons; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QDoubleSpinBox *moneyBox(const Money &money, const char *name);

    Journey mJourney; // a copy: the dialog is modal, and the table reads card titles from it
    Opportunity mGiven;
    QString mCurrency;
    QBoxLayout *mColumns;
    QLineEdit *mTitle;
    QComboBox *mType;
    QComboBox *mOwner;
    QComboBox *mStatus;
    QComboBox *mConfidence;
    QDoubleSpinBox *mOneOff;
    QDoubleSpinBox *mRunning;
    QSpinBox *mMonths;
    QPlainTextEdit *mDescription;
    QPlainTextEdit *mEvidence;
    QListWidget *mSystems = nullptr; // only when the journey has system cards
    CardChangesTable *mCards;
    AddedCardsTable *mAddedCards;
    QDialogButtonBox *mButtons;
};

} // namespace waymark
