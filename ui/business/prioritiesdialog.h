#pragma once

#include "business/businesscase.h"

#include <QDialog>

class QChartView;
class QComboBox;
class QTreeWidget;

namespace waymark {

// Prioritisation for the room: value against cost as bubbles (size: CLV at risk), and the
// opportunities ranked by NPV, ROI, payback or the workshop's dots, each with its figures and
// the dots its cards got. Read-only: it shows the business case it is given.
class PrioritiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrioritiesDialog(BusinessCase businessCase, QWidget *parent = nullptr);

    QTreeWidget *ranking() const { return mRanking; }
    QComboBox *rankBy() const { return mRankBy; }
    QChartView *chartView() const { return mChart; }

private:
    void fillRanking();

    BusinessCase mCase;
    QChartView *mChart;
    QComboBox *mRankBy;
    QTreeWidget *mRanking;
};

} // namespace waymark
