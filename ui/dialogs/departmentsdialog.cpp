#include "departmentsdialog.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removedepartment.h"
#include "journeydocument.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark {

namespace {
// Distinct, print-friendly colours for new departments (ColorBrewer Set1/Dark2 family).
const QColor departmentPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xe6, 0x7e, 0x22), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf)};

QIcon departmentSwatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    return QIcon(pixmap);
}
} // namespace

DepartmentsDialog::DepartmentsDialog(JourneyDocument *document, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
{
    setWindowTitle(tr("Departments"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The departments that own touchpoints. Double-click a name to rename it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("departmentList"));
    row->addWidget(mList, 1);
    auto *buttons = new QVBoxLayout;
    mAdd = new QPushButton(tr("&Add"), this);
    mColour = new QPushButton(tr("&Colour…"), this);
    mRemove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(mAdd);
    buttons->addWidget(mColour);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    connect(mAdd, &QPushButton::clicked, this, [this] {
        addDepartment(tr("New department"));
        mList->editItem(mList->item(mList->count() - 1));
    });
    connect(mColour, &QPushButton::clicked, this, &DepartmentsDialog::chooseColour);
    connect(mRemove, &QPushButton::clicked, this, [this] { removeRow(mList->currentRow()); });
    connect(mList, &QListWidget::currentRowChanged, this, &DepartmentsDialog::updateButtons);
    connect(mList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (mReloading || !mDocument)
            return;
        const QUuid id = item->data(Qt::UserRole).toUuid();
        const Department *department = mDocument->journey().department(id);
        const QString name = item->text().trimmed();
        if (!department || name == department->name)
            return;
        if (name.isEmpty()) { // a department needs a name: put the old one back
            reload();
            return;
        }
        Department changed = *department;
        changed.name = name;
        mDocument->push(new EditDepartment(mDocument, changed, tr("Rename department")));
    });
    for (auto signal : {&JourneyDocument::departmentInserted, &JourneyDocument::departmentRemoved,
                        &JourneyDocument::departmentChanged})
        connect(document, signal, this, &DepartmentsDialog::reload);
    connect(document, &JourneyDocument::journeyReset, this, &DepartmentsDialog::reload);
    mConfirm = [this](const QString &text) {
        return QMessageBox::question(this, tr("Remove Department"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    reload();
    resize(420, 320);
}

void DepartmentsDialog::reload()
{
    if (!mDocument)
        return;
    mReloading = true;
    const int current = mList->currentRow();
    mList->clear();
    for (const Department &department : mDocument->journey().departments) {
        auto *item = new QListWidgetItem(departmentSwatch(department.colour), department.name, mList);
        item->setData(Qt::UserRole, department.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    mList->setCurrentRow(std::min(current, mList->count() - 1));
    mReloading = false;
    updateButtons();
}

void DepartmentsDialog::updateButtons()
{
    const bool selected = mList->currentRow() >= 0;
    mColour->setEnabled(selected);
    mRemove->setEnabled(selected);
}

void DepartmentsDialog::addDepartment(const QString &name)
{
    Department department;
    department.id = QUuid::createUuid();
    department.name = name;
    department.colour = departmentPalette[mDocument->journey().departments.size() % std::size(departmentPalette)];
    mDocument->push(new AddDepartment(mDocument, department));
    mList->setCurrentRow(mList->count() - 1);
}

void DepartmentsDialog::chooseColour()
{
    const int row = mList->currentRow();
    if (row < 0)
        return;
    const QColor current = mDocument->journey().departments[std::size_t(row)].colour;
    const QColor chosen = QColorDialog::getColor(current, this, tr("Department Colour"));
    if (chosen.isValid())
        recolour(row, chosen);
}

void DepartmentsDialog::recolour(int row, const QColor &colour)
{
    if (row < 0 || row >= int(mDocument->journey().departments.size()))
        return;
    Department changed = mDocument->journey().departments[std::size_t(row)];
    changed.colour = colour;
    mDocument->push(new EditDepartment(mDocument, changed, tr("Change department colour")));
}

void DepartmentsDialog::removeRow(int row)
{
    if (row < 0 || row >= int(mDocument->journey().departments.size()))
        return;
    const Department department = mDocument->journey().departments[std::size_t(row)];
    int cards = 0;
    for (const Touchpoint &card : mDocument->journey().touchpoints)
        cards += card.departmentId == department.id ? 1 : 0;
    int lanes = 0;
    for (const Lane &lane : mDocument->journey().lanes)
        lanes += lane.departmentId == department.id ? 1 : 0;
    if ((cards > 0 || lanes > 0)
        && !mConfirm(tr("“%1” owns %n card(s) and %2 lane(s). Its cards keep their place without an owner and "
                        "its lanes become plain lanes. You can undo this.",
                        nullptr, cards)
                         .arg(department.name)
                         .arg(lanes)))
        return;
    mDocument->push(new RemoveDepartment(mDocument, department.id));
}

} // namespace waymark
