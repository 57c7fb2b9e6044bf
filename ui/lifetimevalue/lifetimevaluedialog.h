#pragma once

#include <QDialog>
#include <QList>
#include <QUuid>

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace waymark {

class ClvCustomerModel;
class JourneyDocument;

namespace clv {
struct ClvBreakdown;
struct JourneyClvModel;
}

// Lifetime value and churn, modelled from the journey's purchases: how the model is fitted
// (calibration end, horizon, discount, time unit, BG/NBD or Pareto/NBD — kept in the journey,
// each change one undo step), what it says per NPS category and segment, the touchpoints
// customers who are probably gone answered as detractors ("why customers leave"), the fit at a
// glance and every customer. Follows the journey while open.
class LifetimeValueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LifetimeValueDialog(JourneyDocument *document, QWidget *parent = nullptr);
    ~LifetimeValueDialog() override;

    QTreeWidget *groups() const { return mGroups; }
    QTreeWidget *leaving() const { return mLeaving; }
    QTreeWidget *parameters() const { return mParameters; }
    QTableView *customers() const { return mCustomers; }
    QComboBox *modelChoice() const { return mModel; }
    QSpinBox *horizon() const { return mHorizon; }
    QLabel *headline() const { return mHeadline; }
    // The page shown while the model is fitted behind the window, and what it says.
    QWidget *busyPage() const;
    QLabel *busyNote() const { return mBusyNote; }
    QWidget *currentPage() const;

signals:
    // "Select these cards": the cards of the touchpoints customers leave after.
    void selectCardsRequested(const QList<QUuid> &ids);
    void importPurchasesRequested();

private:
    QWidget *buildSettings();
    QWidget *buildOverview();
    QWidget *buildLeaving();
    void refresh();
    void showSettings();
    void applySettings();
    void fillOverview(const clv::JourneyClvModel &model, const clv::ClvBreakdown &breakdown);
    // `reading`: NPS answers still being read (their categories follow when they are).
    void fillGroups(const clv::ClvBreakdown &breakdown, bool hasAnswers, qint64 reading);
    void fillLeaving(const clv::ClvBreakdown &breakdown, bool hasAnswers, qint64 reading);
    static QString readingText(qint64 answers);
    void fillFit(const clv::JourneyClvModel &model);

    JourneyDocument *mDocument;
    std::shared_ptr<const clv::JourneyClvModel> mShown;
    bool mUpdating = false;
    QStackedWidget *mPages;
    QLabel *mBusyNote;
    QCheckBox *mCalibrationSet;
    QDateEdit *mCalibrationEnd;
    QSpinBox *mHorizon;
    QDoubleSpinBox *mDiscount;
    QComboBox *mUnit;
    QComboBox *mModel;
    QLabel *mHeadline;
    QLabel *mWarnings;
    QTreeWidget *mParameters;
    QTreeWidget *mGroups;
    QTreeWidget *mLeaving;
    QPushButton *mSelectCards;
    QChartView *mFit;
    QLabel *mHoldout;
    QTableView *mCustomers;
    ClvCustomerModel *mCustomerModel;
};

} // namespace waymark
