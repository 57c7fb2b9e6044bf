// Issue 21, facilitator control in the window: File → Members… (who belongs to which
// department) driven with keys and clicks as a facilitator would, read-only for a participant,
// a refusal by the server shown in the dialog with its rule; and the facilitator's locks undone
// with Ctrl+Z (Undo My Last Change), refused naming who changed the lock since. Against a
// throwaway PostgreSQL server (tests/support/README.md).
#include "modalanswer.h"
#include "postgresserver.h"
#include "serverwindowsupport.h"
#include "testjourneys.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/lockcontrols.h"
#include "server/membersdialog.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;
using waymark::test::action;
using waymark::test::ModalAnswer;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

// A failed check inside a modal dialog's answer returns early: this closes the dialog then,
// so the test fails instead of waiting for ever.
struct CloseAtEnd {
    QWidget *dialog;
    ~CloseAtEnd()
    {
        if (auto *open = qobject_cast<QDialog *>(dialog); open && open->isVisible())
            open->done(QDialog::Rejected);
    }
};

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &user)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == user)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void clickRow(QTreeWidget *list, QTreeWidgetItem *item)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

} // namespace

class TestMembersWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
        mJourney = test::smallJourney();
        QVERIFY(test::publishJourney(mUrl, mJourney));
        QVERIFY2(mServer.psql(QStringLiteral("workshops"),
                              QStringLiteral("CREATE ROLE fay LOGIN IN ROLE waymark_facilitator; CREATE ROLE sam LOGIN IN ROLE waymark_participant; "
                                             "CREATE ROLE bill LOGIN IN ROLE waymark_participant; CREATE ROLE rita LOGIN IN ROLE waymark_reviewer")),
                 qPrintable(mServer.error()));
        mSupport = mJourney.departments[0];
        mBilling = mJourney.departments[1];
    }

    // The facilitator adds two people by typing their names (Enter adds), moves one to the
    // other department, takes one out with Delete and adds them elsewhere, is told about a
    // name the database does not know, and saves with Ctrl+S: the table holds exactly that,
    // and the participant's own window learns its department.
    void facilitatorEditsMembersWithTheKeyboard()
    {
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, mJourney.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Bill"));
        MainWindow bills;
        bills.show();
        QVERIFY(bills.openServerJourney(urlAs(QStringLiteral("bill")), mJourney.id.toString()));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(action(window, "serverMembers")->isEnabled());

        bool driven = false;
        ModalAnswer answer([&](QWidget *widget) {
            CloseAtEnd closer{widget};
            auto *dialog = qobject_cast<MembersDialog *>(widget);
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(!dialog->isReadOnly());
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("members"));
            auto *user = dialog->findChild<QComboBox *>(QStringLiteral("memberUser"));
            auto *department = dialog->findChild<QComboBox *>(QStringLiteral("memberDepartment"));
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("membersProblem"));
            auto *change = dialog->findChild<QPushButton *>(QStringLiteral("memberChange"));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("membersSave"));
            QVERIFY(list && user && department && problem && change && save);
            QCOMPARE(list->topLevelItemCount(), 0);
            QTRY_VERIFY(user->hasFocus()); // ready to type a name
            QVERIFY(!save->isEnabled());
            QCOMPARE(department->currentText(), mSupport.name);

            QTest::keyClicks(user->lineEdit(), QStringLiteral("sam"));
            QCOMPARE(user->currentText(), QStringLiteral("sam"));
            QTest::keyClick(user->lineEdit(), Qt::Key_Return); // Enter adds
            QCOMPARE(list->topLevelItemCount(), 1);
            QVERIFY(rowOf(list, QStringLiteral("sam")));
            QCOMPARE(rowOf(list, QStringLiteral("sam"))->text(1), mSupport.name);
            QCOMPARE(rowOf(list, QStringLiteral("sam"))->text(2), MembersDialog::tr("Participant"));
            QVERIFY(rowOf(list, QStringLiteral("sam"))->font(0).italic()); // not saved yet
            QVERIFY(user->currentText().isEmpty());
            QVERIFY(save->isEnabled());

            QTest::keyClicks(user->lineEdit(), QStringLiteral("bill"));
            QTest::keyClick(department, Qt::Key_Down);
            QCOMPARE(department->currentText(), mBilling.name);
            QTest::keyClick(department, Qt::Key_Return);
            QCOMPARE(rowOf(list, QStringLiteral("bill"))->text(1), mBilling.name);

            // A name the database does not know is said, with the nearest one; nothing is added.
            QTest::keyClicks(user->lineEdit(), QStringLiteral("ghost"));
            QTest::keyClick(user->lineEdit(), Qt::Key_Return);
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QStringLiteral("ghost")), qPrintable(problem->text()));
            QCOMPARE(list->topLevelItemCount(), 2);
            // Typed in capitals, an offered user is found all the same (PostgreSQL folds unquoted
            // names to lower case), and one already in the department is said so.
            user->lineEdit()->clear();
            QTest::keyClicks(user->lineEdit(), QStringLiteral("BILL"));
            QTest::keyClick(user->lineEdit(), Qt::Key_Return);
            QCOMPARE(user->currentText(), QStringLiteral("bill"));
            QCOMPARE(problem->text(), MembersDialog::tr("%1 is already in “%2”.").arg(QStringLiteral("bill"), mBilling.name));
            QCOMPARE(list->topLevelItemCount(), 2);

            // Bill moves to support: click his row, pick the department, Change Department.
            clickRow(list, rowOf(list, QStringLiteral("bill")));
            QCOMPARE(user->currentText(), QStringLiteral("bill"));
            QCOMPARE(department->currentText(), mBilling.name);
            QVERIFY(!change->isEnabled()); // already there
            QTest::keyClick(department, Qt::Key_Up);
            QVERIFY(change->isEnabled());
            QTest::mouseClick(change, Qt::LeftButton);
            QCOMPARE(rowOf(list, QStringLiteral("bill"))->text(1), mSupport.name);

            // Sam leaves support (Delete on the row) and joins billing.
            clickRow(list, rowOf(list, QStringLiteral("sam")));
            QTest::keyClick(list, Qt::Key_Delete);
            QVERIFY(!rowOf(list, QStringLiteral("sam")));
            user->lineEdit()->clear();
            QTest::keyClicks(user->lineEdit(), QStringLiteral("sam"));
            QTest::keyClick(department, Qt::Key_Down);
            QTest::keyClick(department, Qt::Key_Return);
            QCOMPARE(rowOf(list, QStringLiteral("sam"))->text(1), mBilling.name);
            QVERIFY(!problem->isVisible());
            const MembersEdit edit = dialog->pendingEdit();
            QCOMPARE(edit.removed.size(), std::size_t(0)); // nothing was saved before: only additions
            QCOMPARE(edit.added.size(), std::size_t(2));
            shot(dialog, QStringLiteral("server-members"));
            driven = true;
            QTest::keyClick(list, Qt::Key_S, Qt::ControlModifier);
            QVERIFY2(!dialog->isVisible(), qPrintable(problem->text()));
        });
        action(window, "serverMembers")->trigger();
        QCOMPARE(answer.seen, QStringLiteral("waymark::MembersDialog"));
        QVERIFY(driven);
        QCOMPARE(membersOnServer(), QStringLiteral("bill %1\nsam %2").arg(idText(mSupport.id), idText(mBilling.id)));
        QCOMPARE(window.statusBar()->currentMessage(), MainWindow::tr("The members are saved on %1.").arg(where()));
        QTRY_COMPARE_WITH_TIMEOUT(bills.sharedJourney()->session()->myDepartments(), std::vector<QUuid>{mSupport.id}, settleMs);
        QTRY_VERIFY2_WITH_TIMEOUT(bills.statusBar()->currentMessage().contains(QStringLiteral("Фасилитатор")),
                                  qPrintable(bills.statusBar()->currentMessage()), settleMs);

        // Bill, a participant, sees who belongs where and cannot change it.
        bills.activateWindow();
        ModalAnswer readOnly([&](QWidget *widget) {
            CloseAtEnd closer{widget};
            auto *dialog = qobject_cast<MembersDialog *>(widget);
            QVERIFY(dialog);
            QVERIFY(dialog->isReadOnly());
            auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("members"));
            QCOMPARE(list->topLevelItemCount(), 2);
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("memberAdd"))->isVisible());
            QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("memberUser"))->isVisible());
            QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("membersSave")));
            QTest::keyClick(list, Qt::Key_Delete); // nothing to take away here
            QCOMPARE(list->topLevelItemCount(), 2);
            shot(dialog, QStringLiteral("server-members-readonly"));
            QTest::keyClick(list, Qt::Key_Escape);
            QVERIFY(!dialog->isVisible());
        });
        action(bills, "serverMembers")->trigger();
        QCOMPARE(readOnly.seen, QStringLiteral("waymark::MembersDialog"));
    }

    // Fay's facilitator role is taken away while her dialog is open: Save is refused by the
    // database, the dialog stays open with the rule, and nothing changes on the server.
    void aRefusalIsShownInTheDialog()
    {
        const QString before = membersOnServer();
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Fay"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(urlAs(QStringLiteral("fay")), mJourney.id.toString()));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool driven = false;
        ModalAnswer answer([&](QWidget *widget) {
            CloseAtEnd closer{widget};
            auto *dialog = qobject_cast<MembersDialog *>(widget);
            QVERIFY(dialog && !dialog->isReadOnly());
            auto *user = dialog->findChild<QComboBox *>(QStringLiteral("memberUser"));
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("membersProblem"));
            auto *save = dialog->findChild<QPushButton *>(QStringLiteral("membersSave"));
            QTest::keyClicks(user->lineEdit(), QStringLiteral("rita"));
            QTest::keyClick(user->lineEdit(), Qt::Key_Return);
            QVERIFY(save->isEnabled());
            QVERIFY(mServer.psql(QStringLiteral("workshops"), QStringLiteral("REVOKE waymark_facilitator FROM fay; GRANT waymark_participant TO fay")));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(dialog->isVisible());
            // The rule by its id, explained for members (not in the words of the locks').
            QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("facilitators-lock"))
                         && problem->text().contains(QCoreApplication::translate("ServerRoles", "only facilitators may say who belongs to which department")),
                     qPrintable(problem->text()));
            shot(dialog, QStringLiteral("server-members-refused"));
            // Escape with a change not saved asks first; Discard closes.
            ModalAnswer discard([](QWidget *question) {
                auto *box = qobject_cast<QMessageBox *>(question);
                QVERIFY(box);
                box->button(QMessageBox::Discard)->click();
            });
            QTest::keyClick(dialog, Qt::Key_Escape);
            QTRY_VERIFY(!dialog->isVisible());
            QCOMPARE(discard.seen, QStringLiteral("QMessageBox"));
            driven = true;
        });
        action(window, "serverMembers")->trigger();
        QVERIFY(driven);
        QVERIFY(mServer.psql(QStringLiteral("workshops"), QStringLiteral("REVOKE waymark_participant FROM fay; GRANT waymark_facilitator TO fay")));
        QCOMPARE(membersOnServer(), before);
    }

    // Ctrl+Z undoes the facilitator's lock for everyone; when another facilitator changed the
    // lock since, it is refused in the status bar naming them, and the lock stays theirs.
    void locksAreUndoneWithCtrlZ()
    {
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow window;
        window.show();
        QVERIFY(window.openServerJourney(mUrl, mJourney.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Fay"));
        MainWindow fays;
        fays.show();
        QVERIFY(fays.openServerJourney(urlAs(QStringLiteral("fay")), mJourney.id.toString()));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ServerSession *mine = window.sharedJourney()->session();
        ServerSession *theirs = fays.sharedJourney()->session();
        const Lane &lane = mJourney.lanes[3];

        window.journeyScene()->setCurrentCell(CellIndex{1, 3});
        QVERIFY(!action(window, "sharedUndo")->isEnabled());
        lockWithReason(window, QStringLiteral("говорит поддержка"));
        QVERIFY(action(window, "lockLane")->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(theirs->locks().size(), std::size_t(1), settleMs);
        QVERIFY(action(window, "sharedUndo")->isEnabled());
        activate(window);
        window.journeyView()->setFocus(); // where the facilitator just clicked the cell
        QTest::keyClick(window.journeyView(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(mine->locks().empty(), qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(!action(window, "lockLane")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(theirs->locks().empty(), settleMs);
        QCOMPARE(locksOnServer(), QString());

        // Locked again; Fay unlocks it from her window; our undo is refused, naming her.
        lockWithReason(window, QStringLiteral("снова"));
        QTRY_COMPARE_WITH_TIMEOUT(theirs->locks().size(), std::size_t(1), settleMs);
        fays.journeyScene()->setCurrentCell(CellIndex{1, 3});
        QTRY_VERIFY(action(fays, "lockLane")->isChecked());
        action(fays, "lockLane")->trigger(); // unlocks, no question asked
        QTRY_VERIFY_WITH_TIMEOUT(mine->locks().empty(), settleMs);
        activate(window);
        QTest::keyClick(window.journeyView(), Qt::Key_Z, Qt::ControlModifier);
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("Not undone")) && said.contains(QStringLiteral("Fay unlocked the lane")) && said.contains(lane.name),
                 qPrintable(said));
        QCOMPARE(locksOnServer(), QString());
        QVERIFY(!action(window, "lockLane")->isChecked());
    }

private:
    QString where() const
    {
        QString error;
        return parsePostgresUrl(mUrl, &error)->display();
    }

    QString urlAs(const QString &user) const { return QString(mUrl).replace(QStringLiteral("waymark@"), user + u'@'); }

    // Shortcuts reach the active window only (a closed dialog may leave none active).
    static void activate(MainWindow &window)
    {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    void lockWithReason(MainWindow &window, const QString &reason)
    {
        activate(window);
        ModalAnswer answer([reason](QWidget *widget) {
            auto *dialog = qobject_cast<QInputDialog *>(widget);
            QVERIFY(dialog);
            dialog->setTextValue(reason);
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(answer.seen, QStringLiteral("QInputDialog"));
    }

    QString membersOnServer()
    {
        return mServer.psql(QStringLiteral("workshops"), QStringLiteral("SELECT db_user || ' ' || department FROM members ORDER BY 1"))
            .value_or(QStringLiteral("(psql failed)"))
            .trimmed();
    }

    QString locksOnServer()
    {
        return mServer.psql(QStringLiteral("workshops"), QStringLiteral("SELECT kind || ' ' || reason FROM locks ORDER BY 1"))
            .value_or(QStringLiteral("(psql failed)"))
            .trimmed();
    }

    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
    Journey mJourney;
    Department mSupport;
    Department mBilling;
};

QTEST_MAIN(TestMembersWindow)
#include "tst_memberswindow.moc"
