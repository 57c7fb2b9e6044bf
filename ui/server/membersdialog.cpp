#include "server/membersdialog.h"

#include "server/serverroles.h"
#include "server/serversession.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace waymark {

namespace {

enum MembersColumn { UserColumn, DepartmentColumn, RoleColumn };
constexpr int rowRole = Qt::UserRole;

QString roleText(ServerRole role)
{
    switch (role) {
    case ServerRole::Facilitator: return MembersDialog::tr("Facilitator");
    case ServerRole::Participant: return MembersDialog::tr("Participant");
    case ServerRole::Reviewer: return MembersDialog::tr("Reviewer");
    case ServerRole::Viewer: return MembersDialog::tr("Viewer");
    case ServerRole::None: break;
    }
    return MembersDialog::tr("No Waymark role");
}

// Where a role comes from, so nobody looks for a way to change it here.
QString roleTip(const QString &user, ServerRole role)
{
    const QString example = ServerRoles::roleName(role == ServerRole::None ? ServerRole::Participant : role);
    return ServerRoles::describe(role) + u'\n'
        + MembersDialog::tr("Roles are granted by the database's administrator, not here: GRANT %1 TO %2;").arg(example, user);
}

QIcon memberSwatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

bool contains(const std::vector<ServerMember> &members, const ServerMember &member)
{
    return std::find(members.begin(), members.end(), member) != members.end();
}

} // namespace

MembersDialog::MembersDialog(ServerSession *session, const Journey &journey, QWidget *parent)
    : QDialog(parent)
    , mSession(session)
    , mDepartments(journey.departments)
    , mReadOnly(session->role() != ServerRole::Facilitator)
    , mIntro(new QLabel(this))
    , mList(new QTreeWidget(this))
    , mUser(new QComboBox(this))
    , mDepartment(new QComboBox(this))
    , mRole(new QLabel(this))
    , mAdd(new QPushButton(tr("&Add"), this))
    , mChange(new QPushButton(tr("C&hange Department"), this))
    , mRemove(new QPushButton(tr("&Remove"), this))
    , mProblem(new QLabel(this))
    , mPending(new QLabel(this))
{
    setWindowTitle(tr("Members of “%1”").arg(journey.title));
    QString intro = tr("Who belongs to which department. While a lane is locked, only the facilitators and the members of the "
                       "lane's department may change its cards.");
    if (mReadOnly)
        intro += u' ' + tr("Only facilitators change this list (the server's rule “facilitators-lock”); you see it as it is.");
    mIntro->setText(intro);
    mIntro->setWordWrap(true);

    mList->setObjectName(QStringLiteral("members"));
    mList->setRootIsDecorated(false);
    mList->setUniformRowHeights(true);
    mList->setAlternatingRowColors(true);
    mList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mList->setHeaderLabels({tr("Database user"), tr("Department"), tr("Waymark role")});
    mList->header()->setSectionResizeMode(DepartmentColumn, QHeaderView::Stretch);
    mList->header()->setStretchLastSection(false);
    mList->setSortingEnabled(true);
    mList->sortByColumn(UserColumn, Qt::AscendingOrder);
    mList->setMinimumHeight(180);
    mList->installEventFilter(this);

    mUser->setObjectName(QStringLiteral("memberUser"));
    mUser->setEditable(true);
    mUser->setInsertPolicy(QComboBox::NoInsert);
    mUser->lineEdit()->setPlaceholderText(tr("e.g. alice"));
    mUser->setMinimumContentsLength(14);
    mDepartment->setObjectName(QStringLiteral("memberDepartment"));
    mDepartment->setMinimumContentsLength(14);
    mDepartment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const Department &department : mDepartments)
        mDepartment->addItem(memberSwatch(department.colour), department.name, department.id);
    mRole->setObjectName(QStringLiteral("memberRole"));
    mRole->setWordWrap(true);
    mRole->setEnabled(false); // greyed: it tells, it does not take input
    mAdd->setObjectName(QStringLiteral("memberAdd"));
    mChange->setObjectName(QStringLiteral("memberChange"));
    mRemove->setObjectName(QStringLiteral("memberRemove"));
    mAdd->setToolTip(tr("Adds the user typed above to the department chosen (Enter)"));
    mChange->setToolTip(tr("Moves the selected member to the department chosen above"));
    mRemove->setToolTip(tr("Takes the selected members out of their departments (Delete)"));
    mProblem->setObjectName(QStringLiteral("membersProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #a40000;"));
    mProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mProblem->hide();
    mPending->setObjectName(QStringLiteral("membersPending"));

    auto *buttons = new QDialogButtonBox(this);
    if (mReadOnly) {
        mSave = nullptr;
        mClose = buttons->addButton(QDialogButtonBox::Close);
        mClose->setDefault(true);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    } else {
        mSave = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
        mSave->setObjectName(QStringLiteral("membersSave"));
        mSave->setToolTip(tr("Writes every change to the server at once (Ctrl+S)"));
        mClose = buttons->addButton(QDialogButtonBox::Cancel);
        // Enter adds what was typed; saving is a deliberate Alt+S, Ctrl+S or click.
        mSave->setAutoDefault(false);
        mClose->setAutoDefault(false);
        mAdd->setDefault(true);
        auto *saveShortcut = new QAction(this);
        saveShortcut->setShortcut(QKeySequence::Save);
        addAction(saveShortcut);
        connect(saveShortcut, &QAction::triggered, this, &MembersDialog::save);
        connect(buttons, &QDialogButtonBox::accepted, this, &MembersDialog::save);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }

    auto *form = new QGridLayout;
    auto *userLabel = new QLabel(tr("Database &user:"), this);
    userLabel->setBuddy(mUser);
    auto *departmentLabel = new QLabel(tr("&Department:"), this);
    departmentLabel->setBuddy(mDepartment);
    form->addWidget(userLabel, 0, 0);
    form->addWidget(mUser, 0, 1);
    form->addWidget(departmentLabel, 0, 2);
    form->addWidget(mDepartment, 0, 3);
    form->addWidget(mRole, 1, 1, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(mAdd);
    actions->addWidget(mChange);
    actions->addWidget(mRemove);
    actions->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mPending, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mIntro);
    layout->addWidget(mList, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(mProblem);
    layout->addLayout(bottom);
    for (QWidget *editing : {static_cast<QWidget *>(userLabel), static_cast<QWidget *>(mUser), static_cast<QWidget *>(departmentLabel),
                             static_cast<QWidget *>(mDepartment), static_cast<QWidget *>(mRole), static_cast<QWidget *>(mAdd),
                             static_cast<QWidget *>(mChange), static_cast<QWidget *>(mRemove)})
        editing->setVisible(!mReadOnly);

    connect(mAdd, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(mChange, &QPushButton::clicked, this, &MembersDialog::changeDepartment);
    connect(mRemove, &QPushButton::clicked, this, &MembersDialog::removeMembers);
    connect(mList, &QTreeWidget::itemSelectionChanged, this, &MembersDialog::selectionChanged);
    connect(mUser, &QComboBox::currentTextChanged, this, [this] {
        showRoleOfTypedUser();
        updateState();
    });
    connect(mDepartment, &QComboBox::currentIndexChanged, this, &MembersDialog::updateState);
    connect(session, &ServerSession::membersChanged, this, [this](const QString &author, bool own) {
        if (own)
            return;
        if (pendingEdit().isEmpty()) {
            reload();
            mPending->setText(tr("%1 changed the members just now; the list shows their changes.").arg(author));
        } else {
            mPending->setText(tr("%1 changed the members meanwhile; saving keeps their changes and adds yours.").arg(author));
        }
    });

    reload();
    if (mDepartments.empty())
        showProblem(tr("This journey has no departments, so nobody can be a member of one. Departments are added to the journey "
                       "before it is published (they are not edited live yet)."));
    resize(720, 480);
    (mReadOnly ? static_cast<QWidget *>(mList) : static_cast<QWidget *>(mUser))->setFocus();
}

void MembersDialog::reload()
{
    QString error;
    const auto users = mSession ? mSession->readUsers(&error) : std::nullopt;
    const auto members = users ? mSession->readMembers(&error) : std::nullopt;
    if (!members) {
        showProblem(tr("The members could not be read: %1").arg(error));
        mReadOnly = true;
        updateState();
        return;
    }
    mUsers = *users;
    mSaved = *members;
    mMembers = mSaved;
    const QString typed = mUser->currentText();
    mUser->clear();
    for (const ServerUser &user : mUsers) {
        if (user.role != ServerRole::None) // the others may be typed, but are not offered
            mUser->addItem(user.name);
    }
    mUser->setEditText(typed);
    fillList();
}

void MembersDialog::fillList()
{
    mList->setSortingEnabled(false);
    mList->clear();
    for (std::size_t i = 0; i < mMembers.size(); ++i) {
        const ServerMember &member = mMembers[i];
        const ServerUser *user = userNamed(member.user);
        const ServerRole role = user ? user->role : ServerRole::None;
        auto *item = new QTreeWidgetItem(mList);
        item->setData(UserColumn, rowRole, int(i));
        item->setText(UserColumn, member.user);
        item->setText(DepartmentColumn, departmentName(member.department));
        for (const Department &department : mDepartments) {
            if (department.id == member.department)
                item->setIcon(DepartmentColumn, memberSwatch(department.colour));
        }
        item->setText(RoleColumn, roleText(role));
        item->setToolTip(RoleColumn, roleTip(member.user, role));
        if (!contains(mSaved, member)) {
            QFont font = item->font(UserColumn);
            font.setItalic(true);
            for (int column : {UserColumn, DepartmentColumn, RoleColumn})
                item->setFont(column, font);
            item->setToolTip(UserColumn, tr("Not saved yet"));
            item->setToolTip(DepartmentColumn, tr("Not saved yet"));
        }
    }
    mList->setSortingEnabled(true);
    mList->resizeColumnToContents(UserColumn);
    mList->resizeColumnToContents(RoleColumn);
    updateState();
}

QString MembersDialog::departmentName(const QUuid &id) const
{
    for (const Department &department : mDepartments) {
        if (department.id == id)
            return department.name;
    }
    // Only SQL typed by hand can put one there.
    return tr("not a department of this journey (%1)").arg(id.toString(QUuid::WithoutBraces));
}

const ServerUser *MembersDialog::userNamed(const QString &name) const
{
    const auto it = std::find_if(mUsers.begin(), mUsers.end(), [&](const ServerUser &user) { return user.name == name; });
    return it == mUsers.end() ? nullptr : &*it;
}

std::vector<int> MembersDialog::selectedRows() const
{
    std::vector<int> rows;
    for (const QTreeWidgetItem *item : mList->selectedItems())
        rows.push_back(item->data(UserColumn, rowRole).toInt());
    return rows;
}

void MembersDialog::showProblem(const QString &text)
{
    mProblem->setText(text);
    mProblem->setVisible(!text.isEmpty());
}

void MembersDialog::showRoleOfTypedUser()
{
    const QString name = mUser->currentText().trimmed();
    const ServerUser *user = userNamed(name);
    if (name.isEmpty())
        mRole->setText(tr("Roles are granted by the database's administrator (GRANT waymark_participant TO alice;), not here."));
    else if (user)
        mRole->setText(ServerRoles::describe(user->role));
    else
        mRole->setText(tr("Not a user of this database yet."));
}

void MembersDialog::addMember()
{
    if (mReadOnly)
        return;
    const QString name = mUser->currentText().trimmed();
    if (name.isEmpty()) {
        showProblem(tr("Type a database user's name first."));
        mUser->setFocus();
        return;
    }
    if (!userNamed(name)) {
        const auto similar = std::find_if(mUsers.begin(), mUsers.end(),
                                          [&](const ServerUser &user) { return user.name.compare(name, Qt::CaseInsensitive) == 0; });
        showProblem(similar != mUsers.end()
                        ? tr("There is no database user “%1”; did you mean “%2”? (Names are case-sensitive.)").arg(name, similar->name)
                        : tr("There is no database user “%1” on this server. The database's administrator creates it "
                             "(CREATE ROLE %1 LOGIN IN ROLE waymark_participant;).")
                              .arg(name));
        mUser->setFocus();
        return;
    }
    const ServerMember member{name, mDepartment->currentData().toUuid()};
    if (member.department.isNull()) {
        showProblem(tr("Choose a department first."));
        return;
    }
    if (contains(mMembers, member)) {
        showProblem(tr("%1 is already in “%2”.").arg(name, mDepartment->currentText()));
        return;
    }
    showProblem({});
    mMembers.push_back(member);
    fillList();
    // Ready for the next name: the department stays, as people are often added by department.
    mUser->setEditText(QString());
    mUser->setFocus();
}

void MembersDialog::changeDepartment()
{
    const std::vector<int> rows = selectedRows();
    if (mReadOnly || rows.size() != 1)
        return;
    ServerMember moved = mMembers[std::size_t(rows.front())];
    moved.department = mDepartment->currentData().toUuid();
    if (contains(mMembers, moved)) {
        showProblem(tr("%1 is already in “%2”.").arg(moved.user, mDepartment->currentText()));
        return;
    }
    showProblem({});
    mMembers[std::size_t(rows.front())] = moved;
    fillList();
    for (int i = 0; i < mList->topLevelItemCount(); ++i) {
        if (mList->topLevelItem(i)->data(UserColumn, rowRole).toInt() == rows.front())
            mList->setCurrentItem(mList->topLevelItem(i));
    }
}

void MembersDialog::removeMembers()
{
    std::vector<int> rows = selectedRows();
    if (mReadOnly || rows.empty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        mMembers.erase(mMembers.begin() + row);
    showProblem({});
    fillList();
    mList->setFocus();
}

void MembersDialog::selectionChanged()
{
    const std::vector<int> rows = selectedRows();
    if (rows.size() == 1 && !mReadOnly) {
        const ServerMember &member = mMembers[std::size_t(rows.front())];
        mUser->setEditText(member.user);
        const int index = mDepartment->findData(member.department);
        if (index >= 0)
            mDepartment->setCurrentIndex(index);
    }
    updateState();
}

void MembersDialog::updateState()
{
    const std::vector<int> rows = selectedRows();
    const bool hasDepartments = mDepartment->count() > 0;
    mAdd->setEnabled(!mReadOnly && hasDepartments);
    mChange->setEnabled(!mReadOnly && rows.size() == 1 && mMembers[std::size_t(rows.front())].department != mDepartment->currentData().toUuid());
    mRemove->setEnabled(!mReadOnly && !rows.empty());
    const MembersEdit edit = pendingEdit();
    const int changes = int(edit.added.size() + edit.removed.size());
    if (mSave)
        mSave->setEnabled(!mReadOnly && changes > 0);
    if (changes > 0)
        mPending->setText(tr("%n change(s) not saved yet", nullptr, changes));
    else if (mMembers.empty())
        mPending->setText(tr("Nobody is a member of a department yet."));
    else
        mPending->setText(tr("%n member(s)", nullptr, int(mMembers.size())));
}

MembersEdit MembersDialog::pendingEdit() const
{
    MembersEdit edit;
    for (const ServerMember &member : mSaved) {
        if (!contains(mMembers, member))
            edit.removed.push_back(member);
    }
    for (const ServerMember &member : mMembers) {
        if (!contains(mSaved, member))
            edit.added.push_back(member);
    }
    return edit;
}

void MembersDialog::save()
{
    if (mReadOnly || !mSession)
        return;
    const MembersEdit edit = pendingEdit();
    QString error;
    if (!edit.isEmpty() && !mSession->changeMembers(edit, &error)) {
        showProblem(tr("Not saved: %1").arg(error));
        return;
    }
    accept();
}

void MembersDialog::reject()
{
    // Escape is easily pressed by accident; changes typed in are not dropped without asking.
    const MembersEdit edit = pendingEdit();
    const int changes = int(edit.added.size() + edit.removed.size());
    if (!mReadOnly && changes > 0
        && QMessageBox::question(this, tr("Discard Changes"), tr("Discard %n change(s) to the members without saving?", nullptr, changes),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

bool MembersDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeMembers();
            return true;
        }
        // Enter on a member goes to its department, ready to change it (not to Add).
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !mReadOnly) {
            mDepartment->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace waymark
