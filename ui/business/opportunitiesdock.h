#pragma once

#include "business/opportunity.h"

#include <QDockWidget>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace waymark {

class JourneyDocument;
class OpportunitiesModel;

// "Opportunities": what the workshop proposes to fix, as a table with what each costs and is
// worth, and the scenarios that group them. Above the table a scenario is chosen ("All
// opportunities" or one of them); with one chosen, the first column's check boxes put
// opportunities in or out of it. Every button is one undo step.
class OpportunitiesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OpportunitiesDock(JourneyDocument *document, QWidget *parent = nullptr);

    void setDocument(JourneyDocument *document);
    JourneyDocument *document() const { return mDocument; }
    // While the journey is shared, only facilitators change the business case (server schema
    // 7; the database refuses the others): a non-empty reason makes the dock read-only (View…
    // still shows an opportunity), with the reason as the buttons' tooltip.
    void setSharedLimit(const QString &why);

    // The scenario chosen above the table; null for "All opportunities".
    QUuid currentScenario() const;
    void setCurrentScenario(const QUuid &scenarioId);
    // The opportunity of the current row, or null.
    QUuid currentOpportunity() const;
    void setCurrentOpportunity(const QUuid &opportunityId);

    // The edits behind the buttons, without their dialogs. A new opportunity also joins the
    // scenario chosen above the table (one undo step). Return the id / whether it was done.
    QUuid addOpportunity(const Opportunity &opportunity);
    bool removeOpportunity(const QUuid &opportunityId);
    QUuid addScenario(const QString &name); // and chooses it
    bool renameScenario(const QUuid &scenarioId, const QString &name);
    bool removeScenario(const QUuid &scenarioId);
    // Makes the chosen scenario the one the report and the future state show.
    bool useScenarioForReport(const QUuid &scenarioId);

    // The dialogs behind the buttons.
    void showAddDialog();
    void showEditDialog(const QUuid &opportunityId);
    void showNewScenarioDialog();
    void showRenameScenarioDialog();

    QTableView *view() const { return mView; }
    OpportunitiesModel *model() const { return mModel; }
    QComboBox *scenarioBox() const { return mScenarios; }
    QLabel *summaryLabel() const { return mSummary; }
    QPushButton *addButton() const { return mAdd; }
    QPushButton *editButton() const { return mEdit; }
    QPushButton *deleteButton() const { return mDelete; }
    QPushButton *explainButton() const { return mExplain; }
    QPushButton *prioritiesButton() const { return mPriorities; }
    QPushButton *techGapButton() const { return mTechGap; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString mSharedLimit;
    void scheduleRefresh() { mRefreshTimer.start(); }
    void refresh();
    void fillScenarios();
    void updateButtons();
    void updateSummary();
    int currentSourceRow() const;

    QPointer<JourneyDocument> mDocument;
    QList<QMetaObject::Connection> mConnections;
    QComboBox *mScenarios;
    QPushButton *mNewScenario;
    QPushButton *mRenameScenario;
    QPushButton *mDeleteScenario;
    QPushButton *mUseScenario;
    QTableView *mView;
    OpportunitiesModel *mModel;
    QSortFilterProxyModel *mSorted;
    QLabel *mEmpty;
    QLabel *mSummary;
    QPushButton *mAdd;
    QPushButton *mEdit;
    QPushButton *mDelete;
    QPushButton *mExplain;
    QPushButton *mPriorities;
    QPushButton *mTechGap;
    QTimer mRefreshTimer;
};

} // namespace waymark
