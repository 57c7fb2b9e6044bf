#pragma once

#include "data/npstargets.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace waymark {

// What the NPS is measured against: a benchmark (industry average or a named competitor)
// and goals per segment such as "from −10 in 2024-Q1, +3 per quarter". The trend chart
// draws both.
class NpsTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    NpsTargetsDialog(const NpsTargets &current, const QStringList &segments, QWidget *parent = nullptr);

    NpsTargets targets() const;
    void addGoal(const NpsGoal &goal);
    QTableWidget *goalTable() const { return mGoals; }
    QCheckBox *benchmarkCheck() const { return mHasBenchmark; }
    QDoubleSpinBox *benchmarkValue() const { return mBenchmark; }
    QLineEdit *benchmarkName() const { return mBenchmarkName; }

    void accept() override;

private:
    QStringList mSegments;
    QCheckBox *mHasBenchmark;
    QDoubleSpinBox *mBenchmark;
    QLineEdit *mBenchmarkName;
    QTableWidget *mGoals;
};

} // namespace waymark
