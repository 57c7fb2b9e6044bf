#include "npstargetsdialog.h"

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

namespace waymark {

namespace {
enum GoalColumn { SegmentColumn, FromColumn, StartColumn, StepColumn };

QDoubleSpinBox *npsSpin(QWidget *parent, double minimum, double maximum)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    return spin;
}
} // namespace

NpsTargetsDialog::NpsTargetsDialog(const NpsTargets &current, const QStringList &segments, QWidget *parent)
    : QDialog(parent)
    , mSegments(segments)
{
    setWindowTitle(tr("NPS Goals and Benchmark"));
    auto *layout = new QVBoxLayout(this);

    auto *benchmarkBox = new QGroupBox(tr("Benchmark"), this);
    auto *form = new QFormLayout(benchmarkBox);
    mHasBenchmark = new QCheckBox(tr("Compare with a benchmark"), benchmarkBox);
    mBenchmark = npsSpin(benchmarkBox, -100, 100);
    mBenchmarkName = new QLineEdit(benchmarkBox);
    mBenchmarkName->setPlaceholderText(tr("e.g. Retail banking average 2024, or a competitor's name"));
    form->addRow(mHasBenchmark);
    form->addRow(tr("NPS:"), mBenchmark);
    form->addRow(tr("Name:"), mBenchmarkName);
    layout->addWidget(benchmarkBox);
    connect(mHasBenchmark, &QCheckBox::toggled, mBenchmark, &QWidget::setEnabled);
    connect(mHasBenchmark, &QCheckBox::toggled, mBenchmarkName, &QWidget::setEnabled);
    mHasBenchmark->setChecked(current.benchmark.has_value());
    mBenchmark->setValue(current.benchmark.value_or(0));
    mBenchmark->setEnabled(current.benchmark.has_value());
    mBenchmarkName->setText(current.benchmarkName);
    mBenchmarkName->setEnabled(current.benchmark.has_value());

    auto *goalBox = new QGroupBox(tr("Goals per segment"), this);
    auto *goalLayout = new QVBoxLayout(goalBox);
    mGoals = new QTableWidget(0, 4, goalBox);
    mGoals->setObjectName(QStringLiteral("goalTable"));
    mGoals->setHorizontalHeaderLabels({tr("Segment"), tr("From quarter"), tr("Start NPS"), tr("Change per quarter")});
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
    connect(add, &QPushButton::clicked, this, [this] { addGoal({QString(), QStringLiteral("%1-Q1").arg(QDate::currentDate().year()), 0, 3}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (mGoals->currentRow() >= 0)
            mGoals->removeRow(mGoals->currentRow());
    });
    for (const NpsGoal &goal : current.goals)
        addGoal(goal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

void NpsTargetsDialog::addGoal(const NpsGoal &goal)
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
    auto *start = npsSpin(mGoals, -100, 100);
    start->setValue(goal.start);
    mGoals->setCellWidget(row, StartColumn, start);
    auto *step = npsSpin(mGoals, -50, 50);
    step->setValue(goal.perQuarter);
    mGoals->setCellWidget(row, StepColumn, step);
    mGoals->setCurrentCell(row, SegmentColumn);
}

NpsTargets NpsTargetsDialog::targets() const
{
    NpsTargets targets;
    if (mHasBenchmark->isChecked()) {
        targets.benchmark = mBenchmark->value();
        targets.benchmarkName = mBenchmarkName->text().trimmed();
    }
    for (int row = 0; row < mGoals->rowCount(); ++row) {
        NpsGoal goal;
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
