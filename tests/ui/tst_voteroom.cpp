// Issue 18, item 9: a vote started with nobody on the participants list offers "the room" as
// one voter with a shared budget (one undo step with the round) or adding people first; while
// the vote is open the cards it is about are ringed, and who is voting stands over the map in
// large type. Driven through the window with clicks and keys.
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/maplegend.h"
#include "canvas/workshopmarks.h"
#include "commands/addentity.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "workshop/participantspanel.h"
#include "workshop/votebanner.h"
#include "workshop/votepanel.h"
#include "workshop/voting.h"
#include "workshop/workshopdock.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void clickCard(MainWindow &window, const QUuid &card)
{
    window.journeyView()->centerOnCard(card);
    const QPointF centre = window.journeyScene()->cardItem(card)->sceneBoundingRect().center();
    const QPoint pos = window.journeyView()->mapFromScene(centre);
    mouse(window.journeyView()->viewport(), QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    mouse(window.journeyView()->viewport(), QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
}

// Answers the Start Vote dialog: `choose` runs on it, then Start is clicked.
void answerStartDialog(QObject *context, const std::function<void(QWidget *)> &choose)
{
    QTimer::singleShot(0, context, [choose] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("startVoteDialog"));
        choose(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
}

} // namespace

class TestVoteRoom : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    void open(MainWindow &window)
    {
        QVERIFY(window.openFile(sample));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkVoteRoomTest"));
    }

    void theRoomVotesAsOne()
    {
        MainWindow window;
        open(window);
        JourneyDocument *document = window.document();
        QVERIFY(document->journey().participants.empty());
        VotePanel *votes = window.workshopDock()->votes();
        const int undoBefore = document->undoStack()->count();

        answerStartDialog(this, [](QWidget *dialog) {
            auto *room = dialog->findChild<QRadioButton *>(QStringLiteral("voteAsRoom"));
            auto *budget = dialog->findChild<QSpinBox *>(QStringLiteral("voteBudget"));
            QVERIFY(room && budget);
            QVERIFY(room->isChecked()); // the room is the answer that needs nothing more
            QCOMPARE(budget->value(), 10);
            QVERIFY(budget->maximum() > 10);
            QTest::keyClick(budget, Qt::Key_Up); // 11 dots for the room
        });
        QTest::mouseClick(votes->startButton(), Qt::LeftButton);

        const Journey &journey = document->journey();
        const VoteRound *round = Voting::openRound(journey);
        QVERIFY(round);
        QCOMPARE(round->budget, 11);
        QCOMPARE(journey.participants.size(), std::size_t(1));
        QCOMPARE(journey.participants.front().name, QStringLiteral("The room"));
        QCOMPARE(document->activeParticipant(), journey.participants.front().id);
        QCOMPARE(document->undoStack()->count(), undoBefore + 1); // the room and the vote: one step

        // Who is voting, in large type over the map.
        auto *banner = window.findChild<VoteBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->label()->text().contains(QStringLiteral("The room is voting — 11 of 11 dots left")),
                 qPrintable(banner->label()->text()));
        QVERIFY(banner->label()->font().pointSizeF() >= 18);
        QVERIFY(window.journeyView()->viewport()->geometry().contains(banner->geometry()));

        // The cards the vote is about are ringed; the others are not.
        QApplication::processEvents();
        QUuid eligible, other;
        for (const Touchpoint &card : journey.touchpoints) {
            const bool canVote = Voting::isEligible(journey, *round, card.id);
            QCOMPARE(hasEligibleRing(window.journeyScene()->cardItem(card.id)), canVote);
            (canVote ? eligible : other) = card.id;
        }
        QVERIFY(!eligible.isNull() && !other.isNull());

        // A click on a ringed card places one of the room's dots; on another card, none.
        clickCard(window, eligible);
        QCOMPARE(Voting::dotsOn(*Voting::openRound(journey), eligible), 1);
        QTRY_VERIFY(banner->label()->text().contains(QStringLiteral("10 of 11")));
        window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("vote-room.png")));
        clickCard(window, other);
        QCOMPARE(Voting::dotsOn(*Voting::openRound(journey), other), 0);
        // The legend explains the rings and the dots while they are on the map.
        const auto legendSays = [&](const QString &part) {
            const QStringList rows = window.mapLegend()->rowTexts();
            return std::any_of(rows.begin(), rows.end(), [&](const QString &row) { return row.contains(part); });
        };
        QTRY_VERIFY(legendSays(QStringLiteral("Violet ring")));
        QTRY_VERIFY(legendSays(QStringLiteral("Dots: the vote")));

        // Reopening the file forgets who had the floor; the room, the only voter, takes it again.
        document->setActiveParticipant({});
        clickCard(window, eligible);
        QCOMPARE(Voting::dotsOn(*Voting::openRound(journey), eligible), 2);
        QCOMPARE(document->activeParticipant(), journey.participants.front().id);

        // Undo takes the dots back, then the vote and the room together.
        document->undoStack()->undo();
        document->undoStack()->undo();
        document->undoStack()->undo();
        QVERIFY(!Voting::openRound(journey));
        QVERIFY(journey.participants.empty());
        QTRY_VERIFY(!banner->isVisible());
        QTRY_VERIFY(!legendSays(QStringLiteral("Violet ring")));
        QApplication::processEvents();
        QVERIFY(!hasEligibleRing(window.journeyScene()->cardItem(eligible)));
    }

    void addPeopleFirst()
    {
        MainWindow window;
        open(window);
        VotePanel *votes = window.workshopDock()->votes();
        answerStartDialog(this, [](QWidget *dialog) {
            auto *people = dialog->findChild<QRadioButton *>(QStringLiteral("voteAddParticipants"));
            auto *budget = dialog->findChild<QSpinBox *>(QStringLiteral("voteBudget"));
            QVERIFY(people);
            QTest::mouseClick(people, Qt::LeftButton);
            QVERIFY(people->isChecked());
            QCOMPARE(budget->value(), 3); // dots per person again
        });
        QTest::mouseClick(votes->startButton(), Qt::LeftButton);
        QVERIFY(!Voting::openRound(window.document()->journey()));
        QVERIFY(window.document()->journey().participants.empty());
        QCOMPARE(window.workshopDock()->tabs()->currentWidget(), static_cast<QWidget *>(window.workshopDock()->participants()));
    }

    void theBannerAsksWhoVotes()
    {
        MainWindow window;
        open(window);
        JourneyDocument *document = window.document();
        for (const QString &name : {QStringLiteral("Ана"), QStringLiteral("Marko")}) {
            Participant person;
            person.id = QUuid::createUuid();
            person.name = name;
            person.colour = QColor(0x1f, 0x77, 0xb4);
            QVERIFY(document->push(new AddEntity<Participant>(document, person)));
        }
        // With people on the list the dialog asks nothing more: dots per person.
        answerStartDialog(this, [](QWidget *dialog) { QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("voteAsRoom"))); });
        QTest::mouseClick(window.workshopDock()->votes()->startButton(), Qt::LeftButton);
        QVERIFY(Voting::openRound(document->journey()));
        auto *banner = window.findChild<VoteBanner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->label()->text().contains(QStringLiteral("who is voting")), qPrintable(banner->label()->text()));
        // Key 2 on the canvas gives Marko the floor: his name in large type.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.journeyView()->setFocus();
        QTest::keyClick(window.journeyView(), Qt::Key_2);
        QTRY_VERIFY2(banner->label()->text().contains(QStringLiteral("Marko is voting — 3 of 3 dots left")),
                     qPrintable(banner->label()->text()));
        QVERIFY(banner->label()->font().pointSizeF() >= 18);
    }
};

QTEST_MAIN(TestVoteRoom)
#include "tst_voteroom.moc"
