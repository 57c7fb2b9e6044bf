// Issue 21, arrows, personas and participants in the window (server schema 6): an arrow a
// participant draws with Alt-drag on the canvas appears in the facilitator's window, which
// says who drew it; the participant's personas and participants are read-only with the
// reason shown, and a persona edit that gets through anyway is taken back naming the server's
// rule; an arrow a card deleted at the same moment took along is reported to its author.
// Against a throwaway PostgreSQL server (tests/support/README.md).
#include "serverwindowsupport.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "docks/journeyinfodock.h"
#include "docks/personacards.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "workshop/participantspanel.h"
#include "workshop/workshopdock.h"

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using waymark::test::shot;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QCoreApplication::sendEvent(widget, &event);
}

// Alt-drag from one card to another on the window's canvas: how a person draws an arrow.
void drawArrow(MainWindow &window, const QUuid &from, const QUuid &to)
{
    JourneyView *view = window.journeyView();
    auto *scene = static_cast<JourneyScene *>(view->scene());
    const QRectF a = scene->canvasLayout().cardRect(from);
    const QRectF b = scene->canvasLayout().cardRect(to);
    view->ensureVisible(a.united(b));
    QWidget *viewport = view->viewport();
    const QPoint start = view->mapFromScene(a.center());
    const QPoint end = view->mapFromScene(b.center());
    mouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton, Qt::AltModifier);
    for (int i = 1; i <= 6; ++i)
        mouse(viewport, QEvent::MouseMove, start + (end - start) * i / 6, Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
    mouse(viewport, QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton, Qt::AltModifier);
}

const Connection *arrowBetween(const Journey &journey, const QUuid &from, const QUuid &to)
{
    for (const Connection &connection : journey.connections) {
        if (connection.fromId == from && connection.toId == to)
            return &connection;
    }
    return nullptr;
}

} // namespace

class TestServerArrowWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    void anArrowDrawnInOneWindowAppearsInTheOther()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        journey.participants.push_back({QUuid::createUuid(), QStringLiteral("Pat"), {}, QColor(0x1f, 0x77, 0xb4)});
        QVERIFY(test::publishJourney(mUrl, journey));
        QVERIFY(test::addParticipant(mServer, QStringLiteral("workshops"), QStringLiteral("pat")));

        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Фасилитатор"));
        MainWindow facilitator;
        facilitator.resize(1500, 900);
        facilitator.show();
        QVERIFY(facilitator.openServerJourney(mUrl, journey.id.toString()));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow participant;
        participant.resize(1500, 900);
        participant.show();
        QVERIFY(participant.openServerJourney(QString(mUrl).replace(QStringLiteral("waymark@"), QStringLiteral("pat@")), journey.id.toString()));
        QVERIFY(QTest::qWaitForWindowExposed(&participant));

        // Pat draws an arrow from the ad to the website with the mouse.
        const QUuid from = journey.touchpoints[0].id;
        const QUuid to = journey.touchpoints[1].id;
        QVERIFY(!arrowBetween(journey, from, to));
        drawArrow(participant, from, to);
        QVERIFY2(arrowBetween(participant.document()->journey(), from, to), qPrintable(participant.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(arrowBetween(facilitator.document()->journey(), from, to), settleMs);
        auto *scene = static_cast<JourneyScene *>(facilitator.journeyView()->scene());
        QVERIFY(scene->connectionItem(arrowBetween(facilitator.document()->journey(), from, to)->id));
        // (Checked by name and title, so the test runs in any language for the pictures.)
        QTRY_VERIFY2_WITH_TIMEOUT(facilitator.statusBar()->currentMessage().contains(QStringLiteral("Pat"))
                                      && facilitator.statusBar()->currentMessage().contains(journey.touchpoints[1].title),
                                  qPrintable(facilitator.statusBar()->currentMessage()), settleMs);
        shot(&facilitator, QStringLiteral("server-arrow"));

        // Pat's personas and participants are read-only, saying why; the facilitator's are not.
        PersonaCards *patPersonas = participant.findChild<JourneyInfoDock *>()->personaCards();
        PersonaCards *fayPersonas = facilitator.findChild<JourneyInfoDock *>()->personaCards();
        auto *note = patPersonas->findChild<QLabel *>(QStringLiteral("personasSharedNote"));
        QVERIFY(note);
        QCOMPARE(note->text(), SharedJourney::peopleForFacilitators());
        QVERIFY(!fayPersonas->findChild<QLabel *>(QStringLiteral("personasSharedNote"))->isVisibleTo(fayPersonas));
        auto *patAdd = patPersonas->findChild<QPushButton *>(QStringLiteral("addPersonaButton"));
        QVERIFY(patAdd && !patAdd->isEnabled());
        QVERIFY(fayPersonas->findChild<QPushButton *>(QStringLiteral("addPersonaButton"))->isEnabled());
        QVERIFY(!participant.workshopDock()->participants()->addButton()->isEnabled());
        QVERIFY(facilitator.workshopDock()->participants()->addButton()->isEnabled());

        // A persona edit that gets through anyway (a command of Pat's window) is taken back,
        // naming the server's rule.
        Persona renamed = journey.personas[0];
        renamed.name = QStringLiteral("Переименовала");
        participant.findChild<JourneyInfoDock *>()->show();
        participant.findChild<JourneyInfoDock *>()->raise();
        patPersonas->selectPersona(renamed.id);
        participant.document()->push(new EditEntity<Persona>(participant.document(), renamed));
        QCOMPARE(participant.document()->journey().personas[0].name, journey.personas[0].name);
        QVERIFY2(participant.statusBar()->currentMessage().contains(QStringLiteral("facilitators-personas")),
                 qPrintable(participant.statusBar()->currentMessage()));
        QVERIFY(note->isVisible());
        shot(&participant, QStringLiteral("server-persona-refused"));

        const Journey server = test::openedJourney(mUrl, journey.id);
        QCOMPARE(participant.document()->journey().connections, server.connections);
        QCOMPARE(facilitator.document()->journey().connections, server.connections);
        QCOMPARE(server.personas, journey.personas);
    }

    // Someone deletes a card at the moment Pat draws an arrow to it, not having seen the arrow:
    // the arrow goes with the card for everybody, and Pat's status bar says so.
    void anArrowTakenWithACardIsReported()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        QVERIFY(test::publishJourney(mUrl, journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Pat"));
        MainWindow pat;
        pat.resize(1500, 900);
        pat.show();
        QVERIFY(pat.openServerJourney(mUrl, journey.id.toString()));
        QString error;
        ServerSession fay(*parsePostgresUrl(mUrl, &error), journey.id, QStringLiteral("Фэй"));
        QVERIFY2(fay.connectToServer(&error), qPrintable(error));

        // No event is handled in between: Fay has not heard of the arrow when she deletes.
        const Connection arrow{QUuid::createUuid(), journey.touchpoints[0].id, journey.touchpoints[1].id, QStringLiteral("затем")};
        pat.document()->push(new AddConnection(pat.document(), arrow));
        QCOMPARE(pat.sharedJourney()->session()->journey().connections.size(), journey.connections.size() + 1);
        QVERIFY2(fay.deleteCard(arrow.toId, &error), qPrintable(error));

        const QString told = QCoreApplication::translate("SharedNotices", "%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.")
                                 .arg(QStringLiteral("Фэй"));
        QTRY_COMPARE_WITH_TIMEOUT(pat.statusBar()->currentMessage(), told, settleMs);
        shot(&pat, QStringLiteral("server-arrow-taken"));
        QVERIFY(!arrowBetween(pat.document()->journey(), arrow.fromId, arrow.toId));
        QCOMPARE(pat.document()->journey().connections, test::openedJourney(mUrl, journey.id).connections);
    }

private:
    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerArrowWindow)
#include "tst_serverarrowwindow.moc"
