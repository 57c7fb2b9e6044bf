#pragma once

#include "data/metrictargets.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace waymark {

// What a metric (the one `current` is for) is measured against: a benchmark (industry
// average or a named competitor) and goals per segment (eNPS: per department) such as "from
// −10 in 2024-Q1, +3 per quarter", every value inside the metric's scale. The trend chart
// draws both. (The class keeps its NPS-era name: its translations are filed under it.)
class NpsTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    NpsTargetsDialog(const MetricTargets &current, const QStringList &segments, QWidget *parent = nullptr);

    MetricTargets targets() const;
    void addGoal(const MetricGoal &goal);
    QTableWidget *goalTable() const { return mGoals; }
    QCheckBox *benchmarkCheck() const { return mHasBenchmark; }
    QDoubleSpinBox *benchmarkValue() const { return mBenchmark; }
    QLineEdit *benchmarkName() const { return mBenchmarkName; }

    void accept() override;

private:
    QDoubleSpinBox *valueSpin(QWidget *parent, bool step) const;

    QString mMetric;
    QStringList mSegments;
    QCheckBox *mHasBenchmark;
    QDoubleSpinBox *mBenchmark;
    QLineEdit *mBenchmarkName;
    QTableWidget *mGoals;
};

} // namespace waymark
