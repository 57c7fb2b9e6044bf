#include "lanedialog.h"

#include "commands/editentity.h"
#include "journeydocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace waymark {

LaneDialog::LaneDialog(const Journey &journey, const Lane &lane, QWidget *parent)
    : QDialog(parent)
    , mLane(lane)
{
    setWindowTitle(tr("Lane Properties"));
    auto *form = new QFormLayout(this);
    mName = new QLineEdit(lane.name, this);
    mName->setObjectName(QStringLiteral("laneName"));
    form->addRow(tr("&Name:"), mName);

    mKind = new QComboBox(this);
    mKind->setObjectName(QStringLiteral("laneKind"));
    for (LaneKind kind : allLaneKinds)
        mKind->addItem(displayName(kind), int(kind));
    mKind->setCurrentIndex(mKind->findData(int(lane.kind)));
    form->addRow(tr("&Kind:"), mKind);

    mZone = new QComboBox(this);
    mZone->setObjectName(QStringLiteral("laneZone"));
    for (OfficeZone zone : allOfficeZones)
        mZone->addItem(displayName(zone), int(zone));
    mZone->setCurrentIndex(mZone->findData(int(lane.zone)));
    mZone->setToolTip(tr("Customer and front-office lanes sit above the line of visibility; middle and back office below it"));
    form->addRow(tr("&Side:"), mZone);

    mDepartment = new QComboBox(this);
    mDepartment->setObjectName(QStringLiteral("laneDepartment"));
    mDepartment->addItem(tr("(choose a department)"));
    for (const Department &department : journey.departments) {
        QPixmap swatch(12, 12);
        swatch.fill(department.colour);
        mDepartment->addItem(QIcon(swatch), department.name, department.id);
    }
    if (const int index = mDepartment->findData(lane.departmentId); index > 0)
        mDepartment->setCurrentIndex(index);
    form->addRow(tr("&Department:"), mDepartment);

    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    mHint->setStyleSheet(QStringLiteral("color: #a33;"));
    form->addRow(mHint);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(mButtons);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mName, &QLineEdit::textChanged, this, &LaneDialog::updateState);
    connect(mKind, &QComboBox::currentIndexChanged, this, &LaneDialog::updateState);
    connect(mDepartment, &QComboBox::currentIndexChanged, this, &LaneDialog::updateState);
    if (journey.departments.empty())
        mDepartment->setToolTip(tr("Add departments with Journey → Departments… first"));
    updateState();
}

Lane LaneDialog::lane() const
{
    Lane result = mLane;
    result.name = mName->text().trimmed();
    result.kind = LaneKind(mKind->currentData().toInt());
    result.zone = OfficeZone(mZone->currentData().toInt());
    result.departmentId = result.kind == LaneKind::Department ? mDepartment->currentData().toUuid() : QUuid();
    return result;
}

void LaneDialog::updateState()
{
    const bool departmentLane = LaneKind(mKind->currentData().toInt()) == LaneKind::Department;
    mDepartment->setEnabled(departmentLane);
    QString problem;
    if (mName->text().trimmed().isEmpty())
        problem = tr("A lane needs a name.");
    else if (departmentLane && mDepartment->currentIndex() <= 0)
        problem = mDepartment->count() > 1 ? tr("Choose the department this lane shows.")
                                           : tr("There are no departments yet: add them with Journey → Departments….");
    mHint->setText(problem);
    mHint->setVisible(!problem.isEmpty());
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

bool LaneDialog::edit(QWidget *parent, JourneyDocument *document, const QUuid &laneId)
{
    const Lane *lane = document->journey().lane(laneId);
    if (!lane)
        return false;
    LaneDialog dialog(document->journey(), *lane, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document->push(new EditLane(document, dialog.lane(), tr("Change lane")));
    return true;
}

} // namespace waymark
