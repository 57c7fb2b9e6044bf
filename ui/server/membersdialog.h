#pragma once

#include "journey.h"
#include "server/servermembers.h"

#include <QDialog>
#include <QPointer>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace waymark {

class ServerSession;

// File → Members… while a journey is shared (docs/server.md, "Members"): who belongs to which
// of the journey's departments, and so may still change the cards of their department's lanes
// while the facilitator has locked them. Each row shows the database user, the department,
// and the Waymark role the database grants that user (read-only: roles are granted in SQL by
// the database's administrator). A facilitator adds, moves to another department and removes
// members here; Save writes every change in one transaction, and a refusal is shown in the
// dialog with the server's rule, the dialog staying open. Everyone else sees the list
// read-only: knowing who may still change a locked lane helps them, and the database would
// refuse their writes anyway.
class MembersDialog : public QDialog
{
    Q_OBJECT
public:
    MembersDialog(ServerSession *session, const Journey &journey, QWidget *parent = nullptr);

    // The changes made and not saved yet.
    MembersEdit pendingEdit() const;
    bool isReadOnly() const { return mReadOnly; }

public slots:
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void fillList();
    void addMember();
    void changeDepartment();
    void removeMembers();
    void save();
    void selectionChanged();
    void updateState();
    void showProblem(const QString &text);
    void showRoleOfTypedUser();
    QString departmentName(const QUuid &id) const;
    const ServerUser *userNamed(const QString &name) const;
    std::vector<int> selectedRows() const;

    QPointer<ServerSession> mSession;
    std::vector<Department> mDepartments; // the journey's, as the window has them
    bool mReadOnly = true;
    std::vector<ServerMember> mSaved;   // as read from the server
    std::vector<ServerMember> mMembers; // with the changes made here
    std::vector<ServerUser> mUsers;
    QLabel *mIntro;
    QTreeWidget *mList;
    QComboBox *mUser;
    QComboBox *mDepartment;
    QLabel *mRole;
    QPushButton *mAdd;
    QPushButton *mChange;
    QPushButton *mRemove;
    QLabel *mProblem;
    QLabel *mPending;
    QPushButton *mSave;
    QPushButton *mClose;
};

} // namespace waymark
