// The Workshop dock: participants and the floor, contributions per department, dot votes
// (budget, hidden rounds, ties, CSV), the agenda checklist, review mode.
#include "journeydocument.h"
#include "workshop/agendapanel.h"
#include "workshop/participantspanel.h"
#include "workshop/timebox.h"
#include "workshop/votepanel.h"
#include "workshop/voting.h"
#include "workshop/workshopdock.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace waymark;

namespace {

// A bank's workshop: five people from three departments. The retail network wrote three
// cards and the contact centre one; the back office has not written any yet.
Journey workshopJourney()
{
    Journey j;
    j.id = QUuid::createUuid();
    j.title = QStringLiteral("Open a current account");
    const auto id = [] { return QUuid::createUuid(); };
    j.departments = {{id(), QStringLiteral("Retail network"), QColor(0x1f, 0x77, 0xb4)},
                     {id(), QStringLiteral("Contact centre"), QColor(0xff, 0x7f, 0x0e)},
                     {id(), QStringLiteral("Back office"), QColor(0x2c, 0xa0, 0x2c)}};
    j.stages = {{id(), QStringLiteral("Discover"), {}}, {id(), QStringLiteral("Apply"), {}}, {id(), QStringLiteral("Use"), {}}};
    j.lanes = {{id(), QStringLiteral("Touchpoints"), LaneKind::Touchpoints, OfficeZone::Front, {}}};
    const QUuid retail = j.departments[0].id, contact = j.departments[1].id, back = j.departments[2].id;
    j.participants = {{id(), QStringLiteral("Ана"), retail, QColor(0x00, 0x72, 0xb2)},
                      {id(), QStringLiteral("Marko"), retail, QColor(0xe6, 0x9f, 0x00)},
                      {id(), QStringLiteral("민준"), contact, QColor(0x00, 0x9e, 0x73)},
                      {id(), QStringLiteral("Olena"), contact, QColor(0xcc, 0x79, 0xa7)},
                      {id(), QStringLiteral("Jonas"), back, QColor(0xd5, 0x5e, 0x00)}};
    const auto card = [&](int stage, const QString &title, bool pain, int author) {
        Touchpoint t;
        t.id = QUuid::createUuid();
        t.stageId = j.stages[std::size_t(stage)].id;
        t.laneId = j.lanes[0].id;
        t.title = title;
        t.painPoint = pain;
        t.effort.money.currency = QStringLiteral("EUR");
        if (author >= 0)
            t.authorId = j.participants[std::size_t(author)].id;
        j.touchpoints.push_back(t);
    };
    card(0, QStringLiteral("Queue at the branch"), true, 0);
    card(1, QStringLiteral("ID check by video"), true, 0);
    card(2, QStringLiteral("Card arrives late"), true, 1);
    card(1, QStringLiteral("Hotline wait"), true, 2);
    card(0, QStringLiteral("Friendly welcome"), false, -1);
    const auto comment = [&](const QUuid &department) {
        Comment c;
        c.id = QUuid::createUuid();
        c.author = QStringLiteral("Head of");
        c.departmentId = department;
        c.time = QDateTime::currentDateTimeUtc();
        c.text = QStringLiteral("Agreed");
        j.comments.push_back(c);
    };
    comment(retail);
    comment(retail);
    comment(contact);
    return j;
}

QUuid cardId(const JourneyDocument &document, const QString &title)
{
    for (const Touchpoint &card : document.journey().touchpoints) {
        if (card.title == title)
            return card.id;
    }
    return {};
}

QUuid personId(const JourneyDocument &document, int index)
{
    return document.journey().participants.at(std::size_t(index)).id;
}

// The panels refresh once per burst of signals, on the next turn of the event loop.
void settle()
{
    QTest::qWait(5);
}

VoteRound round(int budget, bool hidden = false, int minutes = 0)
{
    VoteRound r;
    r.title = QStringLiteral("Biggest pain points");
    r.budget = budget;
    r.hidden = hidden;
    r.minutes = minutes;
    return r;
}

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

// As a window system delivers it: the first click, then the double-click.
void doubleClick(QWidget *widget, const QPoint &pos)
{
    mouse(widget, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(widget, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    mouse(widget, QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(widget, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

QString screenshotPath(const char *name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QString::fromLatin1(name));
}

} // namespace

class TestWorkshopDock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        mDocument = new JourneyDocument(workshopJourney());
        mDock = new WorkshopDock(mDocument);
        mMessages.clear();
        mDock->setMessageSink([this](const QString &, const QString &text) { mMessages << text; });
        mDock->resize(380, 700);
        mDock->show();
        QVERIFY(QTest::qWaitForWindowExposed(mDock));
        settle();
    }

    void cleanup()
    {
        delete mDock;
        delete mDocument;
    }

    void dockShape()
    {
        QCOMPARE(mDock->objectName(), QStringLiteral("workshopDock"));
        QCOMPARE(mDock->windowTitle(), QStringLiteral("Workshop"));
        QCOMPARE(mDock->tabs()->count(), 4);
        QVERIFY(mDock->timebox());
        QCOMPARE(mDock->timeboxWidget()->timebox(), mDock->timebox());
        QCOMPARE(mDock->participants()->list()->topLevelItemCount(), 5);
    }

    void addParticipantThroughTheDialog()
    {
        ParticipantsPanel *panel = mDock->participants();
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("participantName"));
            auto *department = dialog->findChild<QComboBox *>(QStringLiteral("participantDepartment"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(name && department && buttons);
            QCOMPARE(department->itemText(0), QStringLiteral("(no department)"));
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a name first
            name->setText(QStringLiteral("  Ivana "));
            department->setCurrentIndex(department->findText(QStringLiteral("Back office")));
            buttons->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        QCOMPARE(mDocument->journey().participants.size(), std::size_t(6));
        const Participant &added = mDocument->journey().participants.back();
        QCOMPARE(added.name, QStringLiteral("Ivana"));
        QCOMPARE(added.departmentId, mDocument->journey().departments[2].id);
        for (std::size_t i = 0; i < 5; ++i) // a colour of its own
            QVERIFY(mDocument->journey().participants[i].colour != added.colour);
        settle();
        QTreeWidget *list = panel->list();
        QCOMPARE(list->topLevelItemCount(), 6);
        QCOMPARE(list->topLevelItem(5)->text(ParticipantsPanel::NumberColumn), QStringLiteral("6"));
        QCOMPARE(list->topLevelItem(5)->text(ParticipantsPanel::NameColumn), QStringLiteral("Ivana"));
        QCOMPARE(list->topLevelItem(5)->text(ParticipantsPanel::DepartmentColumn), QStringLiteral("Back office"));
        mDocument->undoStack()->undo();
        settle();
        QCOMPARE(list->topLevelItemCount(), 5);
    }

    void numberKeysAndClicksGiveTheFloor()
    {
        ParticipantsPanel *panel = mDock->participants();
        QTreeWidget *list = panel->list();
        QVERIFY(panel->activateByNumber(2));
        QCOMPARE(mDocument->activeParticipant(), personId(*mDocument, 1));
        QVERIFY(!panel->activateByNumber(6));
        QVERIFY(!panel->activateByNumber(0));
        QCOMPARE(mDocument->activeParticipant(), personId(*mDocument, 1));
        settle();
        QCOMPARE(list->topLevelItem(1)->text(ParticipantsPanel::NumberColumn), QStringLiteral("▶ 2"));
        QVERIFY(list->topLevelItem(1)->font(ParticipantsPanel::NameColumn).bold());
        QVERIFY(!list->topLevelItem(0)->font(ParticipantsPanel::NameColumn).bold());
        mDock->grab().save(screenshotPath("workshopdock-participants.png"));

        // One click gives the floor, a second click on the same person takes it back.
        const QPoint third = list->visualItemRect(list->topLevelItem(2)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, third);
        QCOMPARE(mDocument->activeParticipant(), personId(*mDocument, 2));
        settle();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, third);
        QVERIFY(mDocument->activeParticipant().isNull());
        settle();
        QCOMPARE(list->topLevelItem(2)->text(ParticipantsPanel::NumberColumn), QStringLiteral("3"));

        // A double-click on a name renames and leaves the floor as it was.
        panel->activateByNumber(1);
        settle();
        QRect nameCell = list->visualItemRect(list->topLevelItem(3));
        nameCell.setLeft(list->header()->sectionPosition(ParticipantsPanel::NameColumn));
        nameCell.setWidth(list->header()->sectionSize(ParticipantsPanel::NameColumn));
        doubleClick(list->viewport(), nameCell.center());
        QCOMPARE(mDocument->activeParticipant(), personId(*mDocument, 0));
        auto *editor = list->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QCOMPARE(mDocument->journey().participants[3].name, QStringLiteral("Olena"));
        editor->setText(QStringLiteral("Олена")); // keyClicks types Latin-1 only
        QTest::keyClick(editor, Qt::Key_Return);
        settle(); // the delegate commits on the next turn of the event loop
        QCOMPARE(mDocument->journey().participants[3].name, QStringLiteral("Олена"));
        QCOMPARE(list->topLevelItem(3)->text(ParticipantsPanel::NameColumn), QStringLiteral("Олена"));
    }

    void contributionsPerDepartment()
    {
        const QString summary = ParticipantsPanel::contributionSummary(mDocument->journey());
        QCOMPARE(summary, QStringLiteral("Retail network — 3 card(s), 2 comment(s)\n"
                                         "Contact centre — 1 card(s), 1 comment(s)\n"
                                         "Back office — 0 card(s), 0 comment(s)\n"
                                         "Not heard yet: Back office"));
        QVERIFY(mDock->participants()->summaryLabel()->text().contains(QStringLiteral("Not heard yet: Back office")));

        // Once the back office writes a card, everybody has been heard.
        Journey j = mDocument->journey();
        j.touchpoints[4].authorId = j.participants[4].id;
        const QString after = ParticipantsPanel::contributionSummary(j);
        QVERIFY(after.contains(QStringLiteral("Back office — 1 card(s), 0 comment(s)")));
        QVERIFY(!after.contains(QStringLiteral("Not heard yet")));
    }

    void removeIsRefusedForAuthors()
    {
        ParticipantsPanel *panel = mDock->participants();
        QString why;
        QVERIFY(!panel->removeParticipant(personId(*mDocument, 0), &why));
        QVERIFY2(why.contains(QStringLiteral("Ана")) && why.contains(QStringLiteral("2 card(s)")), qPrintable(why));
        QCOMPARE(mDocument->journey().participants.size(), std::size_t(5));

        // Through the button: the refusal is said, not silent.
        panel->list()->setCurrentItem(panel->list()->topLevelItem(0));
        panel->removeButton()->click();
        QCOMPARE(mMessages.size(), 1);
        QCOMPARE(mDocument->journey().participants.size(), std::size_t(5));

        // Olena wrote nothing: she may go, and come back with undo.
        QVERIFY(panel->removeParticipant(personId(*mDocument, 3), &why));
        QCOMPARE(mDocument->journey().participants.size(), std::size_t(4));
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->journey().participants[3].name, QStringLiteral("Olena"));
    }

    void votingWithinTheBudget()
    {
        VotePanel *votes = mDock->votes();
        QSignalSpy changed(votes, &VotePanel::votingChanged);
        QVERIFY(!votes->openRound());
        QVERIFY(votes->startVote(round(2, false, 5)));
        QVERIFY(votes->openRound());
        QVERIFY(votes->openRound()->startedAt.isValid());
        QCOMPARE(votes->openRound()->startedAt.timeSpec(), Qt::UTC);
        QVERIFY(changed.size() >= 1);
        QVERIFY(mDock->timebox()->isRunning()); // a time limit starts the dock's timebox
        QCOMPARE(mDock->timebox()->duration(), 300);
        QString why;
        QVERIFY(!votes->startVote(round(3), &why)); // one open round at a time
        QVERIFY(why.contains(QStringLiteral("Biggest pain points")));

        const QUuid queue = cardId(*mDocument, QStringLiteral("Queue at the branch"));
        const QUuid video = cardId(*mDocument, QStringLiteral("ID check by video"));
        const QUuid late = cardId(*mDocument, QStringLiteral("Card arrives late"));
        QVERIFY(!votes->castDot(queue, &why)); // nobody has the floor
        QVERIFY(!why.isEmpty());
        mDock->participants()->activateByNumber(1);
        QVERIFY(!votes->castDot(cardId(*mDocument, QStringLiteral("Friendly welcome")), &why)); // not a pain point
        QVERIFY(!why.isEmpty());

        const int steps = mDocument->undoStack()->count();
        changed.clear();
        QVERIFY2(votes->castDot(queue, &why), qPrintable(why));
        QVERIFY2(votes->castDot(video, &why), qPrintable(why));
        QCOMPARE(mDocument->undoStack()->count(), steps + 2); // each dot one undo step
        QCOMPARE(changed.size(), 2);
        why.clear();
        QVERIFY(!votes->castDot(late, &why));
        QVERIFY2(why.contains(QStringLiteral("Ана")), qPrintable(why));
        settle();
        QVERIFY(votes->votersLabel()->text().contains(QStringLiteral("Ана: 0 of 2 left")));
        QVERIFY(votes->votersLabel()->text().contains(QStringLiteral("Marko: 2 of 2 left")));

        QVERIFY(votes->takeBackDot(video, &why));
        QVERIFY(!votes->takeBackDot(late, &why)); // none of hers there
        QCOMPARE(Voting::dotsLeft(*votes->openRound(), personId(*mDocument, 0)), 1);
        settle();
        QVERIFY(votes->votersLabel()->text().contains(QStringLiteral("Ана: 1 of 2 left")));
        // An open round that is not hidden shows how it stands.
        QCOMPARE(votes->rankingTable()->topLevelItemCount(), 1);

        QVERIFY(votes->closeVote());
        QVERIFY(!votes->openRound());
        QVERIFY(!mDock->timebox()->isRunning()); // the vote's time ended with it
        QVERIFY(!votes->castDot(late, &why));
    }

    void startVoteThroughTheDialog()
    {
        VotePanel *votes = mDock->votes();
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("voteTitle"));
            auto *scope = dialog->findChild<QComboBox *>(QStringLiteral("voteScope"));
            auto *budget = dialog->findChild<QSpinBox *>(QStringLiteral("voteBudget"));
            auto *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("voteMinutes"));
            auto *hidden = dialog->findChild<QCheckBox *>(QStringLiteral("voteHidden"));
            auto *eligible = dialog->findChild<QLabel *>(QStringLiteral("voteEligible"));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(title && scope && budget && minutes && hidden && eligible && buttons);
            QCOMPARE(title->text(), QStringLiteral("Biggest pain points"));
            QCOMPARE(scope->currentText(), QStringLiteral("Pain points"));
            QCOMPARE(budget->value(), 3);
            QCOMPARE(budget->maximum(), 10);
            QCOMPARE(minutes->value(), 0);
            QCOMPARE(eligible->text(), QStringLiteral("4 card(s) on the map can get dots."));
            scope->setCurrentIndex(2); // all cards
            QCOMPARE(eligible->text(), QStringLiteral("5 card(s) on the map can get dots."));
            budget->setValue(5);
            minutes->setValue(10);
            hidden->setChecked(true);
            dialog->grab().save(screenshotPath("workshopdock-startvote.png"));
            buttons->button(QDialogButtonBox::Ok)->click();
        });
        votes->startButton()->click();
        const VoteRound *open = votes->openRound();
        QVERIFY(open);
        QCOMPARE(open->title, QStringLiteral("Biggest pain points"));
        QCOMPARE(open->scope, VoteScope::AllCards);
        QCOMPARE(open->budget, 5);
        QCOMPARE(open->minutes, 10);
        QVERIFY(open->hidden);
        QVERIFY(mDock->timebox()->isRunning());
        QCOMPARE(mDock->timebox()->duration(), 600);
        settle();
        QVERIFY(!votes->startButton()->isEnabled());
        QVERIFY(votes->closeButton()->isEnabled());
    }

    void hiddenVoteShowsDotsOnlyAfterClosing()
    {
        VotePanel *votes = mDock->votes();
        mDock->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        QVERIFY(votes->startVote(round(3, true)));
        mDock->participants()->activateByNumber(2);
        QString why;
        QVERIFY(votes->castDot(cardId(*mDocument, QStringLiteral("Hotline wait")), &why));
        QVERIFY(votes->castDot(cardId(*mDocument, QStringLiteral("Card arrives late")), &why));
        settle();
        QVERIFY(votes->rankingTable()->isHidden());
        QCOMPARE(votes->rankingTable()->topLevelItemCount(), 0);
        QVERIFY(votes->noteLabel()->isVisible());
        QVERIFY(!votes->exportButton()->isEnabled());
        QTemporaryDir dir;
        QVERIFY(!votes->exportCsv(dir.filePath(QStringLiteral("secret.csv")), &why)); // no leak by file either
        QVERIFY(votes->votersLabel()->text().contains(QStringLiteral("Marko: 1 of 3 left")));

        votes->closeButton()->click();
        settle();
        QVERIFY(votes->rankingTable()->isVisible());
        QCOMPARE(votes->rankingTable()->topLevelItemCount(), 2);
        QVERIFY(votes->exportButton()->isEnabled());
    }

    void tiesShareTheirRankAndExportToCsv()
    {
        VotePanel *votes = mDock->votes();
        QVERIFY(votes->startVote(round(3)));
        const QUuid queue = cardId(*mDocument, QStringLiteral("Queue at the branch"));
        const QUuid video = cardId(*mDocument, QStringLiteral("ID check by video"));
        const QUuid late = cardId(*mDocument, QStringLiteral("Card arrives late"));
        QString why;
        mDock->participants()->activateByNumber(1);
        QVERIFY(votes->castDot(queue, &why) && votes->castDot(video, &why));
        mDock->participants()->activateByNumber(2);
        QVERIFY(votes->castDot(queue, &why) && votes->castDot(video, &why) && votes->castDot(late, &why));
        QVERIFY(votes->closeVote());
        settle();
        mDock->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        settle();
        QTreeWidget *table = votes->rankingTable();
        QCOMPARE(table->topLevelItemCount(), 3);
        QCOMPARE(table->topLevelItem(0)->text(VotePanel::RankColumn), QStringLiteral("=1"));
        QCOMPARE(table->topLevelItem(1)->text(VotePanel::RankColumn), QStringLiteral("=1"));
        QCOMPARE(table->topLevelItem(2)->text(VotePanel::RankColumn), QStringLiteral("3"));
        QCOMPARE(table->topLevelItem(0)->text(VotePanel::DotsColumn), QStringLiteral("2"));
        QCOMPARE(table->topLevelItem(0)->text(VotePanel::CardColumn), QStringLiteral("Queue at the branch"));
        QCOMPARE(table->topLevelItem(0)->text(VotePanel::StageColumn), QStringLiteral("Discover"));
        QCOMPARE(votes->roundBox()->count(), 1);
        QVERIFY(votes->roundBox()->currentText().startsWith(QStringLiteral("Biggest pain points — ")));
        mDock->grab().save(screenshotPath("workshopdock-vote.png"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("votes.csv"));
        QVERIFY2(votes->exportCsv(path, &why), qPrintable(why));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Rank,Dots,Card,Stage,Lane,"));
        QVERIFY(csv.contains("1,2,Queue at the branch,Discover,Touchpoints"));
        const QString bad = dir.filePath(QStringLiteral("no/such/folder/votes.csv"));
        QVERIFY(!votes->exportCsv(bad, &why));
        QVERIFY2(why.contains(QDir::toNativeSeparators(bad)), qPrintable(why));

        // An earlier round stays available in the combo after a new one starts.
        QVERIFY(votes->startVote(round(1, true)));
        settle();
        QCOMPARE(votes->roundBox()->count(), 2);
        QVERIFY(table->isHidden()); // the new, hidden round is shown
        votes->showRound(mDocument->journey().votes[0].id);
        QCOMPARE(table->topLevelItemCount(), 3);
    }

    void agendaFourStepsAndChecklist()
    {
        AgendaPanel *agenda = mDock->agenda();
        QVERIFY(agenda->fourStepsButton()->isVisible() || mDock->tabs()->currentIndex() != WorkshopDock::AgendaTab);
        mDock->tabs()->setCurrentIndex(WorkshopDock::AgendaTab);
        settle();
        QVERIFY(agenda->fourStepsButton()->isVisible());
        const int steps = mDocument->undoStack()->count();
        agenda->fourStepsButton()->click();
        QCOMPARE(mDocument->undoStack()->count(), steps + 1);
        QCOMPARE(mDocument->journey().agenda.size(), std::size_t(4));
        QCOMPARE(mDocument->journey().agenda[3].title, QStringLiteral("Vote on pain points"));
        settle();
        QCOMPARE(agenda->list()->count(), 4);
        QVERIFY(agenda->fourStepsButton()->isHidden());
        mDocument->undoStack()->undo(); // one undo takes all four
        QVERIFY(mDocument->journey().agenda.empty());
        mDocument->undoStack()->redo();
        settle();

        // Ticking a step off.
        QListWidgetItem *first = agenda->list()->item(0);
        QCOMPARE(first->text(), QStringLiteral("Map the stages"));
        first->setCheckState(Qt::Checked);
        QVERIFY(mDocument->journey().agenda[0].done);
        settle();
        QVERIFY(agenda->list()->item(0)->font().strikeOut());

        // A new step typed in place: Enter adds it, Esc adds nothing.
        agenda->addButton()->click();
        auto *editor = agenda->list()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("Wrap up"));
        QTest::keyClick(editor, Qt::Key_Return);
        settle();
        QCOMPARE(mDocument->journey().agenda.size(), std::size_t(5));
        QCOMPARE(mDocument->journey().agenda[4].title, QStringLiteral("Wrap up"));
        QCOMPARE(agenda->list()->count(), 5);
        QCOMPARE(agenda->list()->item(4)->checkState(), Qt::Unchecked);
        agenda->addButton()->click();
        editor = agenda->list()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Escape);
        settle();
        QCOMPARE(agenda->list()->count(), 5);
        QCOMPARE(mDocument->journey().agenda.size(), std::size_t(5));

        QVERIFY(agenda->removeStep(mDocument->journey().agenda[4].id));
        settle();
        QCOMPARE(agenda->list()->count(), 4);
    }

    void reviewModeDisablesEditing()
    {
        mDocument->setReviewOnly(true);
        settle();
        QVERIFY(!mDock->participants()->addButton()->isEnabled());
        QVERIFY(!mDock->participants()->removeButton()->isEnabled());
        QVERIFY(!mDock->votes()->startButton()->isEnabled());
        QVERIFY(!mDock->votes()->closeButton()->isEnabled());
        QVERIFY(!mDock->agenda()->addButton()->isEnabled());
        QVERIFY(!mDock->agenda()->fourStepsButton()->isEnabled());
        QString why;
        QVERIFY(!mDock->votes()->startVote(round(3), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!mDock->agenda()->useFourSteps());
        QVERIFY(!mDock->participants()->addParticipant(QStringLiteral("Guest"), {}));
        QVERIFY(mDock->participants()->activateByNumber(1)); // the floor is not an edit
    }

    void newAndNoDocument()
    {
        mDock->setDocument(nullptr);
        settle();
        QCOMPARE(mDock->participants()->list()->topLevelItemCount(), 0);
        QVERIFY(!mDock->votes()->openRound());
        QVERIFY(!mDock->participants()->activateByNumber(1));
        QString why;
        QVERIFY(!mDock->votes()->castDot(QUuid::createUuid(), &why));
        JourneyDocument other;
        mDock->setDocument(&other);
        settle();
        QCOMPARE(mDock->participants()->list()->topLevelItemCount(), 0);
        QVERIFY(mDock->votes()->startVote(round(3)));
        mDock->setDocument(mDocument);
        settle();
        QCOMPARE(mDock->participants()->list()->topLevelItemCount(), 5);
        QVERIFY(!mDock->votes()->openRound());
    }

private:
    JourneyDocument *mDocument = nullptr;
    WorkshopDock *mDock = nullptr;
    QStringList mMessages;
};

QTEST_MAIN(TestWorkshopDock)
#include "tst_workshopdock.moc"
