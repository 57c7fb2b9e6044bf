// Issue 21, facilitator control in the window: lane locks shown and enforced, follow-me.
// Two windows on one journey on a throwaway PostgreSQL server (tests/support/README.md), one
// the facilitator's, one a participant's.
#include "modalanswer.h"
#include "postgresserver.h"
#include "serverwindowsupport.h"
#include "testjourneys.h"

#include "canvas/canvaslayout.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/editentity.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/followme.h"
#include "server/lockcontrols.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"

#include <QGraphicsItem>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

using namespace waymark;
using waymark::test::action;
using waymark::test::ModalAnswer;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

} // namespace

class TestServerControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    // The facilitator locks a lane from the Edit menu with a reason; a participant's window
    // greys it with who and why, its lock actions are greyed for them, and their edit of a card
    // there is refused by the database and taken back naming the rule. Toggling unlocks.
    void locksAreShownAndEnforced()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("bill")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Bill"));
        MainWindow participant;
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("bill@")), journey.id.toString()));
        QCOMPARE(participant.sharedJourney()->session()->role(), ServerRole::Participant);

        const Lane &lane = journey.lanes[3];
        facilitator.journeyScene()->setCurrentCell(CellIndex{1, 3});
        QVERIFY(action(facilitator, "lockLane")->isEnabled());
        ModalAnswer answer([](QWidget *widget) {
            auto *dialog = qobject_cast<QInputDialog *>(widget);
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("говорит поддержка"));
            dialog->accept();
        });
        action(facilitator, "lockLane")->trigger();
        QCOMPARE(answer.seen, QStringLiteral("QInputDialog"));
        QVERIFY(action(facilitator, "lockLane")->isChecked());

        LockVeil *veil = nullptr;
        for (QGraphicsItem *item : participant.journeyScene()->items()) {
            if (auto *found = dynamic_cast<LockVeil *>(item))
                veil = found;
        }
        QVERIFY(veil);
        QTRY_COMPARE_WITH_TIMEOUT(veil->regions().size(), std::size_t(1), settleMs);
        QVERIFY2(veil->regions().front().label.contains(QStringLiteral("Фасилитатор")) && veil->regions().front().label.contains(QStringLiteral("говорит поддержка")),
                 qPrintable(veil->regions().front().label));
        QVERIFY(veil->regions().front().rect.contains(participant.journeyScene()->canvasLayout().cellRect(1, 3).center()));
        shot(&participant, QStringLiteral("server-locked-lane"));
        QTRY_VERIFY2_WITH_TIMEOUT(participant.statusBar()->currentMessage().contains(QStringLiteral("locked the lane")),
                                  qPrintable(participant.statusBar()->currentMessage()), settleMs);
        participant.journeyScene()->setCurrentCell(CellIndex{1, 3});
        QVERIFY(!action(participant, "lockLane")->isEnabled());
        QVERIFY2(action(participant, "lockLane")->toolTip().contains(QStringLiteral("Only the facilitator")), qPrintable(action(participant, "lockLane")->toolTip()));

        Touchpoint card = *participant.document()->journey().touchpoint(journey.touchpoints[5].id);
        QCOMPARE(card.laneId, lane.id);
        const QString before = card.title;
        card.title = QStringLiteral("Bill was here");
        participant.document()->push(new EditTouchpoint(participant.document(), card));
        QVERIFY2(participant.statusBar()->currentMessage().contains(QStringLiteral("locked-lane")), qPrintable(participant.statusBar()->currentMessage()));
        QCOMPARE(participant.document()->journey().touchpoint(card.id)->title, before);
        QCOMPARE(titleOnServer(journey.id, card.id), before);

        action(facilitator, "lockLane")->trigger(); // unlock: no question asked
        QVERIFY(!action(facilitator, "lockLane")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(veil->regions().empty(), settleMs);
        participant.document()->push(new EditTouchpoint(participant.document(), card));
        QTRY_COMPARE_WITH_TIMEOUT(titleOnServer(journey.id, card.id), card.title, settleMs);
    }

    // Follow-me: the facilitator presents; the other window's canvas goes where theirs goes
    // (centre, zoom, selected card) until its person scrolls on their own, which leaves a
    // "Follow again" button; stopping the presentation ends it for everyone.
    void followMe()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(publish(journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("bill")));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow presenter;
        presenter.resize(900, 600);
        presenter.show();
        QVERIFY(presenter.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Bill"));
        MainWindow follower;
        follower.resize(900, 600);
        follower.show();
        QVERIFY(follower.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("bill@")), journey.id.toString()));
        QVERIFY(QTest::qWaitForWindowExposed(&follower));
        QVERIFY(!action(follower, "presentFollowMe")->isEnabled()); // participants follow
        auto *again = follower.findChild<QToolButton *>(QStringLiteral("followAgain"));
        QVERIFY(again && !again->isVisible());

        action(presenter, "presentFollowMe")->trigger();
        const QUuid card = journey.touchpoints[5].id;
        presenter.journeyView()->setZoom(1.5);
        presenter.journeyScene()->selectTouchpoints({card});
        presenter.journeyView()->centerOnCard(card);
        const QPointF centre = presenter.journeyView()->mapToScene(presenter.journeyView()->viewport()->rect().center());
        QTRY_COMPARE_WITH_TIMEOUT(follower.journeyScene()->selectedTouchpoints(), QList<QUuid>{card}, settleMs);
        QTRY_COMPARE_WITH_TIMEOUT(follower.journeyView()->zoom(), 1.5, settleMs);
        QTRY_VERIFY_WITH_TIMEOUT(QLineF(follower.journeyView()->mapToScene(follower.journeyView()->viewport()->rect().center()), centre).length() < 2,
                                 settleMs);
        auto *following = follower.findChild<QLabel *>(QStringLiteral("followingState"));
        QVERIFY(following && following->isVisible() && following->text().contains(QStringLiteral("Фасилитатор")));
        shot(&follower, QStringLiteral("server-following"));

        // The follower scrolls on their own: no longer following, the button offers to go back.
        QWheelEvent wheel(QPointF(50, 50), follower.journeyView()->viewport()->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, -240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(follower.journeyView()->viewport(), &wheel);
        QVERIFY(again->isVisible());
        QVERIFY(!following->isVisible());
        bool arrived = false;
        connect(follower.sharedJourney()->session(), &ServerSession::presented, &follower,
                [&](const QString &, const QString &, const std::optional<FollowView> &view) { arrived = arrived || (view && view->zoom == 0.75); });
        presenter.journeyView()->setZoom(0.75);
        presenter.journeyScene()->selectTouchpoints({journey.touchpoints[0].id});
        QTRY_VERIFY_WITH_TIMEOUT(arrived, settleMs); // the presenter's move arrived, and did not move the follower
        QCOMPARE(follower.journeyView()->zoom(), 1.5);
        QTest::mouseClick(again, Qt::LeftButton);
        QCOMPARE(follower.journeyView()->zoom(), 0.75);
        QCOMPARE(follower.journeyScene()->selectedTouchpoints(), QList<QUuid>{journey.touchpoints[0].id});
        QVERIFY(!again->isVisible());

        action(presenter, "presentFollowMe")->trigger(); // stop
        QTRY_VERIFY_WITH_TIMEOUT(!following->isVisible(), settleMs);
        QVERIFY(!again->isVisible());
    }

private:
    bool publish(const Journey &journey) { return test::publishJourney(mUrl, journey); }
    QString titleOnServer(const QUuid &journey, const QUuid &card) { return test::titleOnServer(mUrl, journey, card); }

    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerControl)
#include "tst_servercontrol.moc"
