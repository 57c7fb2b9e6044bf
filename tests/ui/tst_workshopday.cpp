// The "done when", end to end in the main window: a facilitator runs the four-step
// workshop from an empty journey with five people from three departments to a ranked list
// of pain points; a department head opens the saved file for review, comments on a card of
// theirs, and sees what changed since the file before the workshop.
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/addentity.h"
#include "commands/addtouchpoint.h"
#include "commands/editentity.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "workshop/agendapanel.h"
#include "workshop/changesdialog.h"
#include "workshop/participantspanel.h"
#include "workshop/presentationmode.h"
#include "workshop/votepanel.h"
#include "workshop/voting.h"
#include "workshop/workshopdock.h"

#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace waymark;

namespace {

void click(MainWindow &window, const QUuid &card)
{
    window.journeyView()->centerOnCard(card);
    const QPoint pos = window.journeyView()->mapFromScene(window.journeyScene()->cardItem(card)->sceneBoundingRect().center());
    QWidget *viewport = window.journeyView()->viewport();
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), Qt::LeftButton, Qt::LeftButton, {});
    QApplication::sendEvent(viewport, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(pos), viewport->mapToGlobal(QPointF(pos)), Qt::LeftButton, Qt::NoButton, {});
    QApplication::sendEvent(viewport, &release);
}

// Ticks the agenda step with this title.
void tick(AgendaPanel *agenda, JourneyDocument *document, const QString &title)
{
    for (const AgendaItem &item : document->journey().agenda) {
        if (item.title == title)
            QVERIFY(agenda->setDone(item.id, true));
    }
}

} // namespace

class TestWorkshopDay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest")); }

    void fromEmptyJourneyToReview()
    {
        QTemporaryDir dir;
        const QString before = dir.filePath(QStringLiteral("before.waymark"));
        const QString after = dir.filePath(QStringLiteral("after.waymark"));

        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JourneyDocument *document = window.document();
        QVERIFY(window.saveAs(before)); // the starter journey: stages and lanes, no cards

        // The room: three departments, five people.
        const QStringList departments{QStringLiteral("Branches"), QStringLiteral("Digital"), QStringLiteral("Operations")};
        for (const QString &name : departments)
            document->push(new AddEntity<Department>(document, Department{{}, name, QColor(Qt::darkCyan)}));
        WorkshopDock *workshop = window.workshopDock();
        const auto departmentId = [&](int i) { return document->journey().departments[std::size_t(i)].id; };
        const QList<std::pair<QString, int>> people{{QStringLiteral("Ана"), 0}, {QStringLiteral("Marko"), 0},
                                                    {QStringLiteral("Lena"), 1}, {QStringLiteral("Ivan"), 2}, {QStringLiteral("지수"), 2}};
        for (const auto &[name, department] : people)
            QVERIFY(workshop->participants()->addParticipant(name, departmentId(department)));
        QCOMPARE(document->journey().participants.size(), std::size_t(5));

        AgendaPanel *agenda = workshop->agenda();
        QVERIFY(agenda->useFourSteps());
        QCOMPARE(document->journey().agenda.size(), std::size_t(4));
        const QStringList steps{QStringLiteral("Map the stages"), QStringLiteral("Add touchpoints"), QStringLiteral("Attach effort"),
                                QStringLiteral("Vote on pain points")};

        // 1. Map the stages: the starter's four plus one.
        document->push(new AddEntity<Stage>(document, Stage{{}, QStringLiteral("Renew"), {}}));
        tick(agenda, document, steps[0]);

        // 2. Add touchpoints: each person, with the floor (key n), writes two cards.
        const Journey &journey = document->journey();
        for (int person = 1; person <= 5; ++person) {
            QTest::keyClick(window.journeyView(), char('0' + person));
            QCOMPARE(document->activeParticipant(), journey.participants[std::size_t(person - 1)].id);
            for (int i = 0; i < 2; ++i) {
                Touchpoint card;
                card.stageId = journey.stages[std::size_t((person + i) % journey.stages.size())].id;
                card.laneId = journey.lanes[1].id;
                card.title = QStringLiteral("Card %1.%2").arg(person).arg(i);
                card.departmentId = journey.participants[std::size_t(person - 1)].departmentId;
                card.painPoint = i == 0 || person == 3;
                document->push(new AddTouchpoint(document, card));
            }
        }
        QCOMPARE(journey.touchpoints.size(), std::size_t(10));
        for (const Touchpoint &card : journey.touchpoints)
            QVERIFY(!card.authorId.isNull());
        QVERIFY(ParticipantsPanel::contributionSummary(journey).contains(QStringLiteral("Operations")));
        tick(agenda, document, steps[1]);

        // 3. Attach effort.
        for (const Touchpoint &card : std::vector<Touchpoint>(journey.touchpoints)) {
            Touchpoint withEffort = card;
            withEffort.effort.minutes = 15;
            withEffort.effort.emotion = 6;
            document->push(new EditEntity<Touchpoint>(document, withEffort));
        }
        tick(agenda, document, steps[2]);

        // 4. Vote on pain points: three dots each, placed by clicking cards on the canvas.
        VoteRound round;
        round.title = QStringLiteral("Biggest pain points");
        round.scope = VoteScope::PainPoints;
        round.budget = 3;
        QVERIFY(workshop->votes()->startVote(round));
        std::vector<QUuid> pains;
        for (const Touchpoint &card : journey.touchpoints) {
            if (card.painPoint)
                pains.push_back(card.id);
        }
        QCOMPARE(pains.size(), std::size_t(6));
        for (int person = 1; person <= 5; ++person) {
            QTest::keyClick(window.journeyView(), char('0' + person));
            for (int dot = 0; dot < 4; ++dot) // the fourth is refused: budget
                click(window, pains[std::size_t((person * dot + dot) % 3)]);
        }
        const VoteRound *open = workshop->votes()->openRound();
        QVERIFY(open);
        QCOMPARE(open->dots.size(), std::size_t(15));
        QVERIFY(workshop->votes()->closeVote());
        tick(agenda, document, steps[3]);

        const VoteRound &closed = document->journey().votes.back();
        QVERIFY(closed.closed);
        const auto ranked = Voting::ranking(document->journey(), closed);
        QVERIFY(!ranked.empty());
        int total = 0;
        for (const Voting::RankedCard &entry : ranked)
            total += entry.dots;
        QCOMPARE(total, 15);
        QApplication::processEvents();
        QVERIFY(workshop->votes()->rankingTable()->topLevelItemCount() == int(ranked.size()));
        for (const AgendaItem &item : document->journey().agenda)
            QVERIFY2(item.done, qPrintable(item.title));
        // For a person to look at: the closed vote in the dock and on the cards, then the
        // presentation of the second stage with who has the floor.
        const QDir out(QCoreApplication::applicationDirPath());
        workshop->raise();
        workshop->tabs()->setCurrentIndex(WorkshopDock::VoteTab);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("workshopday-vote.png")));
        window.presentation()->enter();
        window.presentation()->showStage(1);
        QApplication::processEvents();
        QVERIFY(window.presentation()->isActive());
        window.grab().save(out.filePath(QStringLiteral("workshopday-presentation.png")));
        window.presentation()->leave();
        QVERIFY(window.saveAs(after));

        // The head of Operations reviews the result.
        MainWindow review;
        review.resize(1600, 1000);
        review.show();
        QVERIFY(review.openForReview(after));
        QCOMPARE(review.document()->journey().votes.size(), std::size_t(1));
        const QUuid theirs = [&] {
            for (const Touchpoint &card : review.document()->journey().touchpoints) {
                if (card.departmentId == review.document()->journey().departments[2].id)
                    return card.id;
            }
            return QUuid();
        }();
        QVERIFY(!theirs.isNull());
        review.journeyScene()->selectTouchpoints({theirs});
        auto *name = review.findChild<QLineEdit *>(QStringLiteral("commentsAuthor"));
        QVERIFY(name);
        name->setText(QStringLiteral("Head of Operations"));
        review.findChild<QPlainTextEdit *>(QStringLiteral("commentsText"))->setPlainText(QStringLiteral("Ours: we fix this in Q1."));
        review.findChild<QPushButton *>(QStringLiteral("commentsCommentButton"))->click();
        QCOMPARE(review.document()->journey().comments.size(), std::size_t(1));
        QCOMPARE(review.document()->journey().comments[0].targetId, theirs);
        QVERIFY(review.save());

        QVERIFY(review.showChangesSince(before));
        auto *changes = review.findChild<ChangesDialog *>();
        QVERIFY(changes);
        QCOMPARE(changes->list()->topLevelItem(0)->text(0), QStringLiteral("Added cards (10)"));

        MainWindow reopened;
        QVERIFY(reopened.openFile(after));
        QCOMPARE(reopened.document()->journey().comments.size(), std::size_t(1));
        QCOMPARE(reopened.document()->journey().comments[0].author, QStringLiteral("Head of Operations"));
    }
};

QTEST_MAIN(TestWorkshopDay)
#include "tst_workshopday.moc"
