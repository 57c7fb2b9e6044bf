// The workshop in the main window: review mode refuses map edits but takes comments, "what
// changed" lists a moved and an edited card, and clicks on cards cast and take back dots
// within the budget, drawn as dots on the card.
#include "canvas/carditem.h"
#include "canvas/canvasactions.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/movetouchpoints.h"
#include "docks/propertiesdock.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "workshop/changesdialog.h"
#include "workshop/voting.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void clickCard(MainWindow &window, const QUuid &card, Qt::MouseButton button = Qt::LeftButton)
{
    window.journeyView()->centerOnCard(card);
    const QPointF centre = window.journeyScene()->cardItem(card)->sceneBoundingRect().center();
    const QPoint pos = window.journeyView()->mapFromScene(centre);
    mouse(window.journeyView()->viewport(), QEvent::MouseButtonPress, pos, button, button);
    mouse(window.journeyView()->viewport(), QEvent::MouseButtonRelease, pos, button, Qt::NoButton);
}

// The dots drawn on a card: the mark items WorkshopMarks puts there (data key 1), less the
// author mark (an ellipse item).
int dotMarks(MainWindow &window, const QUuid &card)
{
    QApplication::processEvents(); // marks refresh on a zero timer
    int marks = 0;
    for (QGraphicsItem *child : window.journeyScene()->cardItem(card)->childItems())
        marks += child->data(1).isValid() && child->type() != QGraphicsEllipseItem::Type ? 1 : 0;
    return marks;
}

} // namespace

class TestReviewAndVote : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest")); }

    void reviewRefusesEditsButTakesComments()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openForReview(sample));
        JourneyDocument *document = window.document();
        QVERIFY(document->isReviewOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(review)")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("reviewBanner"))->isVisible());

        const Journey before = document->journey();
        // No in-place editor opens on a double-click: its text could not be kept.
        QSignalSpy editor(window.journeyScene(), &JourneyScene::editCardTitleRequested);
        {
            window.journeyView()->centerOnCard(before.touchpoints[3].id);
            const QPoint pos = window.journeyView()->mapFromScene(window.journeyScene()->cardItem(before.touchpoints[3].id)->sceneBoundingRect().center());
            QWidget *viewport = window.journeyView()->viewport();
            mouse(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
            mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
            mouse(viewport, QEvent::MouseButtonDblClick, pos, Qt::LeftButton, Qt::LeftButton);
            mouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
        }
        QCOMPARE(editor.count(), 0);
        window.journeyScene()->selectTouchpoints({before.touchpoints[3].id});
        // Editing actions are greyed; copying is not.
        QVERIFY(!window.canvasActions()->deleteSelection()->isEnabled());
        QVERIFY(!window.propertiesDock()->isEnabled());
        window.canvasActions()->deleteSelection()->trigger();
        QVERIFY(document->journey() == before);
        // Anything pushed all the same is refused, and the status bar says what and why.
        Touchpoint renamed = before.touchpoints[3];
        renamed.title = QStringLiteral("Renamed in review");
        QVERIFY(!document->push(new EditEntity<Touchpoint>(document, renamed)));
        QVERIFY(document->journey() == before);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Review mode")), qPrintable(window.statusBar()->currentMessage()));

        Comment comment;
        comment.target = CommentTarget::Card;
        comment.targetId = before.touchpoints[3].id;
        comment.author = QStringLiteral("Head of Operations");
        comment.time = QDateTime::currentDateTimeUtc();
        comment.text = QStringLiteral("Ours.");
        QVERIFY(document->push(new AddEntity<Comment>(document, comment)));
        QCOMPARE(document->journey().comments.size(), std::size_t(1));
        QVERIFY(document->isModified());
        // The open thread shows as a badge on the card.
        QApplication::processEvents();
        bool badge = false;
        for (QGraphicsItem *child : window.journeyScene()->cardItem(before.touchpoints[3].id)->childItems())
            badge = badge || child->toolTip().contains(QStringLiteral("1 open comment"));
        QVERIFY(badge);
        document->markSaved(); // leave without the unsaved-changes question
    }

    void whatChangedListsMovesAndEdits()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        JourneyDocument *document = window.document();
        const Journey &journey = document->journey();
        Touchpoint edited = journey.touchpoints[0];
        edited.effort.minutes = 30;
        edited.title = QStringLiteral("Понимает, что нужен счёт");
        document->push(new EditEntity<Touchpoint>(document, edited));
        const Touchpoint moving = journey.touchpoints[5];
        document->push(new MoveTouchpoints(document, {moving.id}, journey.stages.back().id, moving.laneId, -1));

        QVERIFY(window.showChangesSince(sample));
        auto *dialog = window.findChild<ChangesDialog *>();
        QVERIFY(dialog);
        QStringList groups;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            groups << dialog->list()->topLevelItem(i)->text(0);
        QCOMPARE(groups, (QStringList{QStringLiteral("Moved cards (1)"), QStringLiteral("Edited cards (1)")}));
        const QString editedLine = dialog->list()->topLevelItem(1)->child(0)->text(0);
        QVERIFY2(editedLine.contains(QStringLiteral("Понимает")) && editedLine.contains(QStringLiteral("30 min")), qPrintable(editedLine));
        QCOMPARE(dialog->changedCards().size(), 2);
        document->markSaved();
    }

    void clicksPlaceDotsWithinTheBudget()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(sample));
        JourneyDocument *document = window.document();
        const Participant ana{QUuid::createUuid(), QStringLiteral("Ана"), {}, QColor(0xd6, 0x27, 0x28)};
        document->push(new AddEntity<Participant>(document, ana));
        VoteRound round;
        round.title = QStringLiteral("Worst");
        round.scope = VoteScope::AllCards;
        round.budget = 2;
        auto *start = new AddEntity<VoteRound>(document, round);
        const QUuid roundId = start->itemId();
        document->push(start);
        const QUuid card = document->journey().touchpoints[2].id;

        // Nobody has the floor: the click selects, and says why no dot appeared.
        clickCard(window, card);
        QCOMPARE(document->journey().vote(roundId)->dots.size(), std::size_t(0));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("choose who is voting")));

        document->setActiveParticipant(ana.id);
        clickCard(window, card);
        clickCard(window, card);
        QCOMPARE(Voting::dotsOn(*document->journey().vote(roundId), card), 2);
        QCOMPARE(dotMarks(window, card), 1); // one row of dots
        clickCard(window, card); // over budget
        QCOMPARE(Voting::dotsOn(*document->journey().vote(roundId), card), 2);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("all 2 dots")), qPrintable(window.statusBar()->currentMessage()));
        clickCard(window, card, Qt::RightButton);
        QCOMPARE(Voting::dotsOn(*document->journey().vote(roundId), card), 1);
        // Each dot is one undo step.
        document->undoStack()->undo();
        QCOMPARE(Voting::dotsOn(*document->journey().vote(roundId), card), 2);

        // A closed vote keeps its dots on the map; clicks select again.
        VoteRound closed = *document->journey().vote(roundId);
        closed.closed = true;
        document->push(new EditEntity<VoteRound>(document, closed));
        clickCard(window, card);
        QCOMPARE(Voting::dotsOn(*document->journey().vote(roundId), card), 2);
        QCOMPARE(dotMarks(window, card), 1);
        document->markSaved();
    }
};

QTEST_MAIN(TestReviewAndVote)
#include "tst_reviewandvote.moc"
