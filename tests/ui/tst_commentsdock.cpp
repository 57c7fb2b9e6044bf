// The review comments dock: writing, replying, resolving and deleting through the undo stack,
// the filters, review mode, the author identity (settings or the active participant),
// activation of a comment's target, deleted targets, and the open-thread count for badges.
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removetouchpoints.h"
#include "journeydocument.h"
#include "workshop/commentsdock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace waymark;

namespace {

QUuid id(int kind, int number)
{
    return QUuid::fromString(QStringLiteral("c0aa%1-0000-4000-8000-%2")
                                 .arg(kind, 4, 10, QLatin1Char('0'))
                                 .arg(number, 12, 10, QLatin1Char('0')));
}
QUuid stageId(int n) { return id(1, n); }
QUuid cardId(int n) { return id(2, n); }
QUuid departmentId(int n) { return id(3, n); }
QUuid participantId(int n) { return id(4, n); }
QUuid commentId(int n) { return id(5, n); }

// A bank's account opening, in English so the screenshot needs no extra fonts.
Journey reviewJourney()
{
    Journey journey;
    journey.title = QStringLiteral("Open a current account");
    journey.departments = {{departmentId(1), QStringLiteral("Retail branches"), QColor(0x1f, 0x77, 0xb4)},
                           {departmentId(2), QStringLiteral("Back office"), QColor(0xd6, 0x27, 0x28)}};
    journey.stages = {{stageId(1), QStringLiteral("Discover"), {}}, {stageId(2), QStringLiteral("Apply"), {}}};
    const QUuid lane = id(6, 1);
    journey.lanes = {{lane, QStringLiteral("Customer"), LaneKind::CustomerActions, OfficeZone::Customer, {}}};
    const auto card = [&](int n, int stage, const QString &title) {
        Touchpoint touchpoint;
        touchpoint.id = cardId(n);
        touchpoint.stageId = stageId(stage);
        touchpoint.laneId = lane;
        touchpoint.title = title;
        return touchpoint;
    };
    journey.touchpoints = {card(1, 1, QStringLiteral("Sees an advert")), card(2, 2, QStringLiteral("Fills in the form")),
                           card(3, 2, QStringLiteral("Waits for approval"))};
    journey.participants = {{participantId(1), QStringLiteral("Mira Jovanović"), departmentId(2), QColor(0x2c, 0xa0, 0x2c)}};
    return journey;
}

Comment makeComment(int n, CommentTarget target, const QUuid &targetId, const QString &author, const QUuid &department,
                    const QString &text, int minutesAfter, bool resolved = false, int parent = 0)
{
    Comment comment;
    comment.id = commentId(n);
    comment.parentId = parent ? commentId(parent) : QUuid();
    comment.target = target;
    comment.targetId = targetId;
    comment.author = author;
    comment.departmentId = department;
    comment.time = QDateTime(QDate(2024, 3, 12), QTime(9, 0), Qt::UTC).addSecs(60 * minutesAfter);
    comment.text = text;
    comment.resolved = resolved;
    return comment;
}

// Three threads: Ana's open one on card 3, Boris's resolved one on stage 2, and Boris's open
// one on the journey that Ana answered.
Journey journeyWithThreads()
{
    Journey journey = reviewJourney();
    journey.comments = {
        makeComment(1, CommentTarget::Card, cardId(3), QStringLiteral("Ana"), departmentId(1),
                    QStringLiteral("Two days without a word.\nCustomers call the branch to ask."), 0),
        makeComment(2, CommentTarget::Stage, stageId(2), QStringLiteral("Boris"), departmentId(2),
                    QStringLiteral("The form asks for the ID twice."), 5, true),
        makeComment(3, CommentTarget::Journey, {}, QStringLiteral("Boris"), departmentId(2),
                    QStringLiteral("Can we measure the drop-out per stage?"), 10),
        makeComment(4, CommentTarget::Journey, {}, QStringLiteral("Ana"), departmentId(1),
                    QStringLiteral("Branches count walk-ins; I will send the numbers."), 20, false, 3),
    };
    return journey;
}

template <typename T>
T *child(CommentsDock &dock, const char *name)
{
    auto *widget = dock.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// Mouse clicks reach only a shown widget.
void showDock(CommentsDock &dock)
{
    dock.resize(360, 600);
    dock.show();
    if (!QTest::qWaitForWindowExposed(&dock))
        qFatal("the dock did not show");
}

QPushButton *button(CommentsDock &dock, const char *name) { return child<QPushButton>(dock, name); }

QTreeWidgetItem *itemFor(CommentsDock &dock, const QUuid &comment)
{
    for (QTreeWidgetItemIterator it(dock.list()); *it; ++it) {
        if ((*it)->data(0, CommentsDock::CommentIdRole).toUuid() == comment)
            return *it;
    }
    return nullptr;
}

void setIdentity(CommentsDock &dock, const QString &name, const QUuid &department)
{
    // As if typed (QTest types ASCII only, and the names are not).
    auto *author = child<QLineEdit>(dock, "commentsAuthor");
    author->setText(name);
    emit author->textEdited(name);
    auto *box = child<QComboBox>(dock, "commentsAuthorDepartment");
    box->setCurrentIndex(box->findData(department));
    emit box->activated(box->currentIndex());
}

void write(CommentsDock &dock, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(dock, "commentsText");
    edit->clear();
    QTest::keyClicks(edit, text);
}

// The threads the filters leave visible, by the number of their first comment.
QList<QUuid> visibleThreads(CommentsDock &dock)
{
    QList<QUuid> ids;
    for (int i = 0; i < dock.list()->topLevelItemCount(); ++i) {
        if (!dock.list()->topLevelItem(i)->isHidden())
            ids << dock.list()->topLevelItem(i)->data(0, CommentsDock::CommentIdRole).toUuid();
    }
    return ids;
}

const Comment *findComment(const Journey &journey, const QUuid &wanted)
{
    for (const Comment &comment : journey.comments) {
        if (comment.id == wanted)
            return &comment;
    }
    return nullptr;
}

} // namespace

class TestCommentsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never touch the real settings of a user running the tests.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_commentsdock"));
    }
    void init() { QSettings().remove(QStringLiteral("review")); }
    void cleanupTestCase() { QSettings().remove(QStringLiteral("review")); }

    void commentOnACard()
    {
        JourneyDocument doc(reviewJourney());
        CommentsDock dock(&doc);
        showDock(dock);
        QCOMPARE(dock.objectName(), QStringLiteral("commentsDock"));
        QCOMPARE(dock.windowTitle(), QStringLiteral("Comments"));
        QCOMPARE(child<QLabel>(dock, "commentsTarget")->text(), QStringLiteral("On: The journey"));
        dock.setTarget(CommentTarget::Card, cardId(3));
        QCOMPARE(child<QLabel>(dock, "commentsTarget")->text(), QStringLiteral("On: Card “Waits for approval”"));

        QPushButton *comment = button(dock, "commentsCommentButton");
        write(dock, QStringLiteral("Why two days?"));
        QVERIFY2(!comment->isEnabled(), "no name yet");
        setIdentity(dock, QStringLiteral("Ana Petrović"), departmentId(2));
        QVERIFY(comment->isEnabled());
        write(dock, QStringLiteral("   "));
        QVERIFY2(!comment->isEnabled(), "blank text");
        write(dock, QStringLiteral("Why two days?"));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QTest::mouseClick(comment, Qt::LeftButton);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        QCOMPARE(doc.journey().comments.size(), size_t(1));
        const Comment &added = doc.journey().comments.front();
        QCOMPARE(added.text, QStringLiteral("Why two days?"));
        QCOMPARE(added.target, CommentTarget::Card);
        QCOMPARE(added.targetId, cardId(3));
        QCOMPARE(added.author, QStringLiteral("Ana Petrović"));
        QCOMPARE(added.departmentId, departmentId(2));
        QVERIFY(added.parentId.isNull());
        QVERIFY(!added.resolved);
        QCOMPARE(added.time.timeSpec(), Qt::UTC);
        QVERIFY(added.time >= before && added.time <= after);
        QCOMPARE(doc.undoStack()->count(), 1);

        QVERIFY(child<QPlainTextEdit>(dock, "commentsText")->toPlainText().isEmpty());
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *row = dock.list()->topLevelItem(0);
        QCOMPARE(row->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("Card “Waits for approval”"));
        QCOMPARE(row->data(0, CommentsDock::AuthorRole).toString(), QStringLiteral("Ana Petrović"));
        QCOMPARE(row->data(0, CommentsDock::DepartmentNameRole).toString(), QStringLiteral("Back office"));
        QCOMPARE(row->data(0, CommentsDock::DepartmentColourRole).value<QColor>(), QColor(0xd6, 0x27, 0x28));
        QCOMPARE(row->data(0, CommentsDock::TimeTextRole).toString(), QLocale().toString(added.time.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(row->toolTip(0).contains(QStringLiteral("Why two days?")));
        QCOMPARE(dock.selectedComment(), added.id); // the new thread is selected, ready for a reply

        // The identity is remembered for the next session.
        QCOMPARE(QSettings().value(QStringLiteral("review/author")).toString(), QStringLiteral("Ana Petrović"));
        QCOMPARE(QUuid::fromString(QSettings().value(QStringLiteral("review/department")).toString()), departmentId(2));
        CommentsDock later(&doc);
        QCOMPARE(later.currentAuthor(), QStringLiteral("Ana Petrović"));
        QCOMPARE(later.currentDepartment(), departmentId(2));

        // Undo takes it away; the list follows.
        doc.undoStack()->undo();
        QTRY_COMPARE(dock.list()->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(dock, "commentsEmpty")->isVisibleTo(&dock));
    }

    void ctrlEnterComments()
    {
        JourneyDocument doc(reviewJourney());
        CommentsDock dock(&doc);
        showDock(dock);
        setIdentity(dock, QStringLiteral("Ana"), {});
        dock.setTarget(CommentTarget::Stage, stageId(2));
        write(dock, QStringLiteral("First line"));
        auto *edit = child<QPlainTextEdit>(dock, "commentsText");
        QTest::keyClick(edit, Qt::Key_Return); // a plain Enter is a new line
        QTest::keyClicks(edit, QStringLiteral("second line"));
        QVERIFY(doc.journey().comments.empty());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc.journey().comments.size(), size_t(1));
        QCOMPARE(doc.journey().comments.front().text, QStringLiteral("First line\nsecond line"));
        QCOMPARE(doc.journey().comments.front().target, CommentTarget::Stage);
        QCOMPARE(doc.journey().comments.front().targetId, stageId(2));
        QVERIFY(doc.journey().comments.front().departmentId.isNull());
        QCOMPARE(dock.list()->topLevelItem(0)->data(0, CommentsDock::FirstLineRole).toString(), QStringLiteral("First line"));
        // Ctrl+Enter with nothing written adds nothing.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(doc.journey().comments.size(), size_t(1));
    }

    void replyResolveAndUndo()
    {
        JourneyDocument doc(reviewJourney());
        CommentsDock dock(&doc);
        showDock(dock);
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        dock.setTarget(CommentTarget::Card, cardId(2));
        QPushButton *reply = button(dock, "commentsReplyButton");
        QPushButton *resolve = button(dock, "commentsResolveButton");
        QVERIFY(!resolve->isEnabled());
        write(dock, QStringLiteral("The form is too long."));
        QVERIFY2(!reply->isEnabled(), "no thread selected");
        QTest::mouseClick(button(dock, "commentsCommentButton"), Qt::LeftButton);
        const QUuid first = doc.journey().comments.front().id;

        setIdentity(dock, QStringLiteral("Boris"), departmentId(2));
        dock.setTarget(CommentTarget::Journey, {}); // a reply follows its thread, not the canvas
        write(dock, QStringLiteral("We can drop the second address."));
        QVERIFY(reply->isEnabled());
        QTest::mouseClick(reply, Qt::LeftButton);
        QCOMPARE(doc.journey().comments.size(), size_t(2));
        const Comment &answer = doc.journey().comments.back();
        QCOMPARE(answer.parentId, first);
        QCOMPARE(answer.target, CommentTarget::Card);
        QCOMPARE(answer.targetId, cardId(2));
        QCOMPARE(answer.author, QStringLiteral("Boris"));
        QCOMPARE(dock.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *thread = dock.list()->topLevelItem(0);
        QCOMPARE(thread->childCount(), 1);
        QCOMPARE(thread->child(0)->data(0, CommentsDock::CommentIdRole).toUuid(), answer.id);
        QVERIFY(thread->isExpanded());

        // Resolving from a reply's row resolves the thread's first comment.
        dock.list()->setCurrentItem(thread->child(0));
        QCOMPARE(resolve->text(), QStringLiteral("Re&solve"));
        QTest::mouseClick(resolve, Qt::LeftButton);
        QVERIFY(findComment(doc.journey(), first)->resolved);
        QVERIFY(!findComment(doc.journey(), answer.id)->resolved);
        QCOMPARE(resolve->text(), QStringLiteral("Re&open"));
        QVERIFY(dock.list()->topLevelItem(0)->data(0, CommentsDock::ResolvedRole).toBool());
        QVERIFY(dock.list()->topLevelItem(0)->text(0).contains(QStringLiteral("resolved")));
        QCOMPARE(dock.selectedComment(), answer.id); // the selection survives the rebuild

        doc.undoStack()->undo();
        QVERIFY(!findComment(doc.journey(), first)->resolved);
        QTRY_COMPARE(resolve->text(), QStringLiteral("Re&solve"));
        QVERIFY(!dock.list()->topLevelItem(0)->data(0, CommentsDock::ResolvedRole).toBool());

        // A folded thread stays folded when the list is rebuilt.
        dock.list()->topLevelItem(0)->setExpanded(false);
        doc.undoStack()->redo();
        QTRY_COMPARE(resolve->text(), QStringLiteral("Re&open"));
        QVERIFY(!dock.list()->topLevelItem(0)->isExpanded());
    }

    void filters()
    {
        JourneyDocument doc(journeyWithThreads());
        CommentsDock dock(&doc);
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        const QList<QUuid> all{commentId(1), commentId(2), commentId(3)};
        QCOMPARE(visibleThreads(dock), all);

        auto *status = child<QComboBox>(dock, "commentsStatusFilter");
        QCOMPARE(status->count(), 3);
        QCOMPARE(status->itemText(0), QStringLiteral("All"));
        status->setCurrentIndex(status->findText(QStringLiteral("Open")));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(1), commentId(3)}));
        // Mine: threads Ana started or answered.
        status->setCurrentIndex(status->findText(QStringLiteral("Mine")));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(1), commentId(3)}));
        setIdentity(dock, QStringLiteral("Boris"), departmentId(2));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(2), commentId(3)}));
        setIdentity(dock, QStringLiteral("Nobody"), {});
        QVERIFY(visibleThreads(dock).isEmpty());
        QVERIFY(child<QLabel>(dock, "commentsEmpty")->isVisibleTo(&dock));
        QVERIFY(!dock.list()->isVisibleTo(&dock));

        auto *department = child<QComboBox>(dock, "commentsDepartmentFilter");
        QCOMPARE(department->count(), 3);
        QCOMPARE(department->itemText(0), QStringLiteral("All departments"));
        QCOMPARE(department->itemText(2), QStringLiteral("Back office"));
        dock.setStatusFilter(CommentsDock::StatusFilter::All);
        department->setCurrentIndex(department->findData(departmentId(2)));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(2), commentId(3)}));
        department->setCurrentIndex(department->findData(departmentId(1)));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(1), commentId(3)}));
        dock.setStatusFilter(CommentsDock::StatusFilter::Open);
        dock.setDepartmentFilter(departmentId(2));
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(3)}));
        dock.setDepartmentFilter({});
        QCOMPARE(visibleThreads(dock), (QList<QUuid>{commentId(1), commentId(3)}));

        // A selected thread that a filter hides is no longer the one the buttons act on.
        dock.setStatusFilter(CommentsDock::StatusFilter::All);
        dock.list()->setCurrentItem(itemFor(dock, commentId(2)));
        QCOMPARE(dock.selectedComment(), commentId(2));
        QVERIFY(button(dock, "commentsResolveButton")->isEnabled());
        dock.setStatusFilter(CommentsDock::StatusFilter::Open);
        QVERIFY(dock.selectedComment().isNull());
        QVERIFY(!button(dock, "commentsResolveButton")->isEnabled());

        // Replies are listed under their thread in time order.
        QTreeWidgetItem *journeyThread = itemFor(dock, commentId(3));
        QCOMPARE(journeyThread->childCount(), 1);
        QCOMPARE(journeyThread->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("The journey"));
        QCOMPARE(itemFor(dock, commentId(2))->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("Stage “Apply”"));
    }

    void reviewModeStillComments()
    {
        JourneyDocument doc(journeyWithThreads());
        doc.setReviewOnly(true);
        CommentsDock dock(&doc);
        showDock(dock);
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        dock.setTarget(CommentTarget::Card, cardId(1));
        write(dock, QStringLiteral("The advert promises a 5-minute opening."));
        QTest::mouseClick(button(dock, "commentsCommentButton"), Qt::LeftButton);
        QCOMPARE(doc.journey().comments.size(), size_t(5));
        QCOMPARE(doc.journey().comments.back().targetId, cardId(1));

        dock.list()->setCurrentItem(itemFor(dock, commentId(3)));
        write(dock, QStringLiteral("Numbers attached."));
        QTest::mouseClick(button(dock, "commentsReplyButton"), Qt::LeftButton);
        QCOMPARE(doc.journey().comments.size(), size_t(6));
        QCOMPARE(doc.journey().comments.back().parentId, commentId(3));
        QTest::mouseClick(button(dock, "commentsResolveButton"), Qt::LeftButton);
        QVERIFY(findComment(doc.journey(), commentId(3))->resolved);

        // The map itself stays read-only.
        QSignalSpy refused(&doc, &JourneyDocument::editRefused);
        Touchpoint card = *doc.journey().touchpoint(cardId(1));
        card.title = QStringLiteral("Changed");
        QVERIFY(!doc.push(new EditTouchpoint(&doc, card)));
        QCOMPARE(refused.count(), 1);
    }

    void deleteOnlyOwnAndWholeThreads()
    {
        JourneyDocument doc(journeyWithThreads());
        doc.setReviewOnly(true); // deleting is a comment command too
        CommentsDock dock(&doc);
        showDock(dock);
        QPushButton *remove = button(dock, "commentsDeleteButton");
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        dock.list()->setCurrentItem(itemFor(dock, commentId(3)));
        QVERIFY2(!remove->isEnabled(), "Boris's thread");
        dock.list()->setCurrentItem(itemFor(dock, commentId(4)));
        QVERIFY2(remove->isEnabled(), "Ana's reply");

        setIdentity(dock, QStringLiteral("Boris"), departmentId(2));
        dock.list()->setCurrentItem(itemFor(dock, commentId(3)));
        QVERIFY(remove->isEnabled());
        const int steps = doc.undoStack()->count();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!findComment(doc.journey(), commentId(3)));
        QVERIFY2(!findComment(doc.journey(), commentId(4)), "the reply goes with its thread");
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(!itemFor(dock, commentId(3)));

        const Journey before = journeyWithThreads();
        doc.undoStack()->undo();
        QCOMPARE(doc.journey().comments, before.comments);
        QTRY_VERIFY(itemFor(dock, commentId(4)));

        // A single reply goes alone.
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        dock.list()->setCurrentItem(itemFor(dock, commentId(4)));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(doc.journey().comments.size(), size_t(3));
        QVERIFY(findComment(doc.journey(), commentId(3)));
    }

    void clickSelectsTheTarget()
    {
        JourneyDocument doc(journeyWithThreads());
        CommentsDock dock(&doc);
        dock.resize(360, 600);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy activated(&dock, &CommentsDock::targetActivated);

        const auto click = [&](const QUuid &comment) {
            QTreeWidgetItem *item = itemFor(dock, comment);
            QVERIFY(item);
            QTest::mouseClick(dock.list()->viewport(), Qt::LeftButton, {}, dock.list()->visualItemRect(item).center());
        };
        click(commentId(1));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<CommentTarget>(), CommentTarget::Card);
        QCOMPARE(activated.at(0).at(1).toUuid(), cardId(3));
        QCOMPARE(dock.selectedComment(), commentId(1));

        click(commentId(2));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).value<CommentTarget>(), CommentTarget::Stage);
        QCOMPARE(activated.at(1).at(1).toUuid(), stageId(2));

        // A reply selects its thread's target.
        click(commentId(4));
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.at(2).at(0).value<CommentTarget>(), CommentTarget::Journey);
        QVERIFY(activated.at(2).at(1).toUuid().isNull());

        // Enter on the current row does the same.
        dock.list()->setCurrentItem(itemFor(dock, commentId(1)));
        QTest::keyClick(dock.list(), Qt::Key_Return);
        QCOMPARE(activated.count(), 4);
        QCOMPARE(activated.at(3).at(1).toUuid(), cardId(3));
    }

    void deletedCardIsNamed()
    {
        JourneyDocument doc(journeyWithThreads());
        CommentsDock dock(&doc);
        dock.setTarget(CommentTarget::Card, cardId(3));
        QSignalSpy activated(&dock, &CommentsDock::targetActivated);
        doc.push(new RemoveTouchpoints(&doc, {cardId(3)}));
        QTRY_COMPARE(itemFor(dock, commentId(1))->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("a deleted card"));
        QVERIFY(itemFor(dock, commentId(1))->text(0).startsWith(QStringLiteral("a deleted card")));
        QVERIFY2(findComment(doc.journey(), commentId(1)), "the discussion is history and stays");
        // Nothing to select on the canvas, and new comments go to the journey.
        emit dock.list()->itemClicked(itemFor(dock, commentId(1)), 0);
        QCOMPARE(activated.count(), 0);
        QCOMPARE(dock.target(), CommentTarget::Journey);
        QCOMPARE(child<QLabel>(dock, "commentsTarget")->text(), QStringLiteral("On: The journey"));

        // A file can also carry a comment on a card that was gone before it was opened.
        Journey journey = reviewJourney();
        journey.comments = {makeComment(9, CommentTarget::Card, QUuid::createUuid(), QStringLiteral("Ana"), {}, QStringLiteral("?"), 0)};
        JourneyDocument other(journey);
        dock.setDocument(&other);
        QCOMPARE(itemFor(dock, commentId(9))->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("a deleted card"));
        QCOMPARE(CommentsDock::describeTarget(journey, CommentTarget::Stage, QUuid::createUuid()), QStringLiteral("a deleted stage"));

        // Renaming a card renames its threads.
        Touchpoint renamed = *other.journey().touchpoint(cardId(2));
        renamed.title = QStringLiteral("Fills in the short form");
        other.push(new EditTouchpoint(&other, renamed));
        other.push(new AddEntity<Comment>(&other, makeComment(10, CommentTarget::Card, cardId(2), QStringLiteral("Ana"), {}, QStringLiteral("Better."), 5)));
        QTRY_VERIFY(itemFor(dock, commentId(10)));
        QCOMPARE(itemFor(dock, commentId(10))->data(0, CommentsDock::TargetTextRole).toString(), QStringLiteral("Card “Fills in the short form”"));
    }

    void activeParticipantWrites()
    {
        JourneyDocument doc(reviewJourney());
        CommentsDock dock(&doc);
        showDock(dock);
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        auto *author = child<QLineEdit>(dock, "commentsAuthor");
        auto *department = child<QComboBox>(dock, "commentsAuthorDepartment");
        QVERIFY(!author->isReadOnly());

        doc.setActiveParticipant(participantId(1));
        QTRY_COMPARE(dock.currentAuthor(), QStringLiteral("Mira Jovanović"));
        QCOMPARE(dock.currentDepartment(), departmentId(2));
        QVERIFY(author->isReadOnly());
        QVERIFY(!department->isEnabled());
        write(dock, QStringLiteral("From the room."));
        QTest::mouseClick(button(dock, "commentsCommentButton"), Qt::LeftButton);
        QCOMPARE(doc.journey().comments.back().author, QStringLiteral("Mira Jovanović"));
        QCOMPARE(doc.journey().comments.back().departmentId, departmentId(2));
        // The participant is not who sits at this computer: the stored name stays.
        QCOMPARE(QSettings().value(QStringLiteral("review/author")).toString(), QStringLiteral("Ana"));

        doc.setActiveParticipant({});
        QTRY_COMPARE(dock.currentAuthor(), QStringLiteral("Ana"));
        QCOMPARE(dock.currentDepartment(), departmentId(1));
        QVERIFY(!author->isReadOnly());
        QVERIFY(department->isEnabled());
    }

    void documentChanges()
    {
        JourneyDocument first(journeyWithThreads());
        CommentsDock dock(&first);
        QCOMPARE(dock.list()->topLevelItemCount(), 3);
        dock.setDocument(nullptr);
        QCOMPARE(dock.list()->topLevelItemCount(), 0);
        QVERIFY(!button(dock, "commentsCommentButton")->isEnabled());
        QVERIFY(!button(dock, "commentsResolveButton")->isEnabled());
        {
            JourneyDocument second(reviewJourney());
            dock.setDocument(&second);
            QCOMPARE(dock.list()->topLevelItemCount(), 0);
            second.resetJourney(journeyWithThreads());
            QTRY_COMPARE(dock.list()->topLevelItemCount(), 3);
        }
        // The document went away under the dock.
        QTest::qWait(1);
        dock.setTarget(CommentTarget::Card, cardId(1));
        write(dock, QStringLiteral("Nobody listens"));
        QVERIFY(!button(dock, "commentsCommentButton")->isEnabled());
        dock.setDocument(&first);
        QCOMPARE(dock.list()->topLevelItemCount(), 3);
    }

    void openCommentCountCountsOpenThreads()
    {
        Journey journey = journeyWithThreads();
        QCOMPARE(openCommentCount(journey, cardId(3)), 1);
        QCOMPARE(openCommentCount(journey, stageId(2)), 0); // resolved
        QCOMPARE(openCommentCount(journey, QUuid()), 1);    // the journey thread; its reply does not count
        QCOMPARE(openCommentCount(journey, cardId(1)), 0);
        journey.comments.push_back(makeComment(7, CommentTarget::Card, cardId(3), QStringLiteral("Boris"), {}, QStringLiteral("Same here"), 30));
        journey.comments.push_back(makeComment(8, CommentTarget::Card, cardId(3), QStringLiteral("Boris"), {}, QStringLiteral("Done"), 31, true));
        journey.comments.push_back(makeComment(11, CommentTarget::Card, cardId(3), QStringLiteral("Ana"), {}, QStringLiteral("Reply"), 32, false, 7));
        QCOMPARE(openCommentCount(journey, cardId(3)), 2);
    }

    void screenshot()
    {
        Journey journey = journeyWithThreads();
        journey.comments.push_back(makeComment(5, CommentTarget::Card, cardId(2), QStringLiteral("Mira Jovanović"), departmentId(2),
                                               QStringLiteral("Half of the applications stop at the address field: the postcode lookup "
                                                              "rejects new buildings."),
                                               40));
        journey.comments.push_back(makeComment(6, CommentTarget::Card, cardId(2), QStringLiteral("Ana"), departmentId(1),
                                               QStringLiteral("Seen in the branches too."), 55, false, 5));
        JourneyDocument doc(journey);
        CommentsDock dock(&doc);
        setIdentity(dock, QStringLiteral("Ana"), departmentId(1));
        dock.setTarget(CommentTarget::Card, cardId(3));
        dock.list()->setCurrentItem(itemFor(dock, commentId(3)));
        write(dock, QStringLiteral("The approval e-mail could give a date."));
        dock.resize(360, 600);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const QString path = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("commentsdock.png"));
        QVERIFY(dock.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestCommentsDock)
#include "tst_commentsdock.moc"
