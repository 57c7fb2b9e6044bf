#include "npstargetsdialog.h"

#include "data/metrics/metric.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace waymark {

namespace {
enum GoalColumn { SegmentColumn, FromColumn, StartColumn, StepColumn };

} // namespace

QDoubleSpinBox *NpsTargetsDialog::valueSpin(QWidget *parent, bool step) const
{
    // The metric's scale; an open one ("mean") takes any reasonable number.
    const Metric *metric = metricByKey(mMetric);
    double low = metric ? metric->lowestValue() : -100, high = metric ? metric->highestValue() : 100;
    const bool open = std::isnan(low) || std::isnan(high);
    if (open) {
        low = -1e9;
        high = 1e9;
    }
    const double span = open ? 200 : high - low;
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(span <= 10 ? 2 : 1);
    if (step)
        spin->setRange(-span / 4, span / 4); // NPS: ±50 a quarter
    else
        spin->setRange(low, high);
    spin->setSingleStep(span <= 10 ? 0.1 : 1);
    return spin;
}

NpsTargetsDialog::NpsTargetsDialog(const MetricTargets &current, const QStringList &segments, QWidget *parent)
    : QDialog(parent)
    , mMetric(current.metric)
    , mSegments(segments)
{
    const Metric *metric = metricByKey(mMetric);
    const QString name = metric ? metric->name() : mMetric;
    setWindowTitle(tr("%1 Goals and Benchmark").arg(name));
    auto *layout = new QVBoxLayout(this);

    auto *benchmarkBox = new QGroupBox(tr("Benchmark"), this);
    auto *form = new QFormLayout(benchmarkBox);
    mHasBenchmark = new QCheckBox(tr("Compare with a benchmark"), benchmarkBox);
    mBenchmark = valueSpin(benchmarkBox, false);
    mBenchmarkName = new QLineEdit(benchmarkBox);
    mBenchmarkName->setPlaceholderText(tr("e.g. Retail banking average 2024, or a competitor's name"));
    form->addRow(mHasBenchmark);
    form->addRow(tr("%1:").arg(name), mBenchmark);
    form->addRow(tr("Name:"), mBenchmarkName);
    layout->addWidget(benchmarkBox);
    connect(mHasBenchmark, &QCheckBox::toggled, mBenchmark, &QWidget::setEnabled);
    connect(mHasBenchmark, &QCheckBox::toggled, mBenchmarkName, &QWidget::setEnabled);
    mHasBenchmark->setChecked(current.benchmark.has_value());
    mBenchmark->setValue(current.benchmark.value_or(0));
    mBenchmark->setEnabled(current.benchmark.has_value());
    mBenchmarkName->setText(current.benchmarkName);
    mBenchmarkName->setEnabled(current.benchmark.has_value());

    const bool byDepartment = metric && metric->aboutEmployees();
    auto *goalBox = new QGroupBox(byDepartment ? tr("Goals per department") : tr("Goals per segment"), this);
    auto *goalLayout = new QVBoxLayout(goalBox);
    mGoals = new QTableWidget(0, 4, goalBox);
    mGoals->setObjectName(QStringLiteral("goalTable"));
    mGoals->setHorizontalHeaderLabels({byDepartment ? tr("Department") : tr("Segment"), tr("From quarter"), tr("Start value"), tr("Change per quarter")});
    mGoals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mGoals->horizontalHeader()->setSectionResizeMode(SegmentColumn, QHeaderView::Stretch);
    mGoals->verticalHeader()->hide();
    goalLayout->addWidget(mGoals);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Goal"), goalBox);
    auto *remove = new QPushButton(tr("&Remove Goal"), goalBox);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    goalLayout->addLayout(rowButtons);
    layout->addWidget(goalBox, 1);
    connect(add, &QPushButton::clicked, this, [this, metric] {
        // A first goal where the scale makes sense of it: NPS 0 and +3 a quarter, CSAT 50 % and +1.5.
        const double low = metric && !std::isnan(metric->lowestValue()) ? metric->lowestValue() : 0;
        const double high = metric && !std::isnan(metric->highestValue()) ? metric->highestValue() : 100;
        addGoal({QString(), QStringLiteral("%1-Q1").arg(QDate::currentDate().year()), (low + high) / 2, (high - low) * 0.015});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (mGoals->currentRow() >= 0)
            mGoals->removeRow(mGoals->currentRow());
    });
    for (const MetricGoal &goal : current.goals)
        addGoal(goal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

void NpsTargetsDialog::addGoal(const MetricGoal &goal)
{
    const int row = mGoals->rowCount();
    mGoals->insertRow(row);
    auto *segment = new QComboBox(mGoals);
    segment->addItem(tr("All responses"), QString());
    for (const QString &name : mSegments)
        segment->addItem(name, name);
    if (!goal.segment.isEmpty() && segment->findData(goal.segment) < 0)
        segment->addItem(goal.segment, goal.segment); // a segment the newest data no longer has
    segment->setCurrentIndex(segment->findData(goal.segment));
    mGoals->setCellWidget(row, SegmentColumn, segment);
    auto *from = new QLineEdit(goal.startQuarter, mGoals);
    from->setPlaceholderText(QStringLiteral("2024-Q1"));
    mGoals->setCellWidget(row, FromColumn, from);
    auto *start = valueSpin(mGoals, false);
    start->setValue(goal.start);
    mGoals->setCellWidget(row, StartColumn, start);
    auto *step = valueSpin(mGoals, true);
    step->setValue(goal.perQuarter);
    mGoals->setCellWidget(row, StepColumn, step);
    mGoals->setCurrentCell(row, SegmentColumn);
}

MetricTargets NpsTargetsDialog::targets() const
{
    MetricTargets targets;
    targets.metric = mMetric;
    if (mHasBenchmark->isChecked()) {
        targets.benchmark = mBenchmark->value();
        targets.benchmarkName = mBenchmarkName->text().trimmed();
    }
    for (int row = 0; row < mGoals->rowCount(); ++row) {
        MetricGoal goal;
        goal.segment = qobject_cast<QComboBox *>(mGoals->cellWidget(row, SegmentColumn))->currentData().toString();
        goal.startQuarter = qobject_cast<QLineEdit *>(mGoals->cellWidget(row, FromColumn))->text().trimmed().toUpper();
        goal.start = qobject_cast<QDoubleSpinBox *>(mGoals->cellWidget(row, StartColumn))->value();
        goal.perQuarter = qobject_cast<QDoubleSpinBox *>(mGoals->cellWidget(row, StepColumn))->value();
        targets.goals.push_back(goal);
    }
    return targets;
}

void NpsTargetsDialog::accept()
{
    for (int row = 0; row < mGoals->rowCount(); ++row) {
        auto *from = qobject_cast<QLineEdit *>(mGoals->cellWidget(row, FromColumn));
        if (!quarterNumber(from->text().trimmed().toUpper())) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Goal %1: “%2” is not a quarter. Write it as year and quarter, for example 2024-Q3.")
                                     .arg(row + 1)
                                     .arg(from->text()));
            from->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace waymark
