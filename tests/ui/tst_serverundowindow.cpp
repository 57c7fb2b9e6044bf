// The shared Edit → Undo and Redo say what they take back or make again (docs/server.md, "Undo"):
// a card moved in the window makes the action "&Undo Move “Open account”"; undone, Redo names it;
// someone else renames the card and the action follows; an edited effort says "Change Effort of
// “…”". WAYMARK_SHOTS=DIR saves the Edit menu
// open (docs/screenshots/server-undo-named*.png; WAYMARK_SHOT_QM for the other languages).
// Against a throwaway PostgreSQL server (tests/support/README.md).
#include "serverwindowsupport.h"
#include "postgresserver.h"
#include "testjourneys.h"

#include "commands/editentity.h"
#include "commands/movetouchpoints.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "server/serversession.h"
#include "server/serverundotext.h"
#include "server/sharedjourney.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;
using waymark::test::action;

namespace {

constexpr int settleMs = 15000; // generous: the server is on this machine

// The action's text as the model words it, in the language loaded (English without one).
QString undoMove(const QString &title)
{
    return ServerUndoText::undoAction(QCoreApplication::translate("ServerUndoText", "Move “%1”").arg(title));
}

QString redoMove(const QString &title)
{
    return ServerUndoText::redoAction(QCoreApplication::translate("ServerUndoText", "Move “%1”").arg(title));
}

QMenu *editMenu(MainWindow &window)
{
    QAction *undo = action(window, "sharedUndo");
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(undo))
            return top->menu();
    }
    return nullptr;
}

// The window with its Edit menu open, as the screen shows it (a menu is a window of its own,
// which grabbing the main window leaves out).
void shotWithMenu(MainWindow &window, QMenu *menu, const QString &name)
{
    const QString dir = qEnvironmentVariable("WAYMARK_SHOTS");
    if (dir.isEmpty())
        return;
    const QRect title = window.menuBar()->actionGeometry(menu->menuAction());
    menu->popup(window.menuBar()->mapToGlobal(title.bottomLeft()));
    QTest::qWait(300); // a picture only: the menu drawn
    const QRect area = window.frameGeometry().united(menu->geometry());
    const QPixmap picture = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    picture.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    menu->hide();
}

} // namespace

class TestServerUndoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        WAYMARK_START_WORKSHOP_SERVER(mDir, mServer, mUrl);
    }

    void theEditMenuNamesTheStep()
    {
        Journey journey = test::smallJourney();
        journey.id = QUuid::createUuid();
        const QString title = QStringLiteral("Open account");
        journey.touchpoints[0].title = title;
        QVERIFY(test::publishJourney(mUrl, journey));
        QSettings().setValue(QStringLiteral("server/author"), QStringLiteral("Ана"));
        MainWindow a;
        a.resize(1100, 700);
        a.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));
        QVERIFY(a.openServerJourney(mUrl, journey.id.toString()));
        QAction *undo = action(a, "sharedUndo");
        QAction *redo = action(a, "sharedRedo");
        QVERIFY(undo && redo);
        QCOMPARE(undo->text(), ServerUndoText::undoAction({}));
        QVERIFY(!undo->isEnabled());

        // A card moved on the map: Undo names the move and the card.
        const Touchpoint card = journey.touchpoints[0];
        a.document()->push(new MoveTouchpoints(a.document(), {card.id}, journey.stages[1].id, card.laneId));
        QCOMPARE(a.sharedJourney()->session()->journey().touchpoint(card.id)->stageId, journey.stages[1].id);
        QCOMPARE(undo->text(), undoMove(title));
        QVERIFY(undo->isEnabled());
        QMenu *menu = editMenu(a);
        QVERIFY(menu);
        shotWithMenu(a, menu, QStringLiteral("server-undo-named"));

        // Undone: Undo has nothing left, Redo names the move.
        undo->trigger();
        QCOMPARE(a.document()->journey().touchpoint(card.id)->stageId, card.stageId);
        QCOMPARE(undo->text(), ServerUndoText::undoAction({}));
        QCOMPARE(redo->text(), redoMove(title));

        // Someone else renames the card: the action follows.
        QString error;
        ServerSession bogdan(*parsePostgresUrl(mUrl, &error), journey.id, QStringLiteral("Богдан"));
        QVERIFY2(bogdan.connectToServer(&error), qPrintable(error));
        QVERIFY2(bogdan.setCardField(card.id, QStringLiteral("title"), QStringLiteral("Account opened"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(redo->text(), redoMove(QStringLiteral("Account opened")), settleMs);
        redo->trigger();
        QCOMPARE(undo->text(), undoMove(QStringLiteral("Account opened")));
        QCOMPARE(redo->text(), ServerUndoText::redoAction({}));

        // The effort changed in the window: Undo says which of the card's fields.
        Touchpoint harder = *a.document()->journey().touchpoint(card.id);
        harder.effort.emotion = harder.effort.emotion < 10 ? harder.effort.emotion + 1 : 0;
        a.document()->push(new EditTouchpoint(a.document(), harder, QStringLiteral("Change negative emotion")));
        QCOMPARE(a.sharedJourney()->session()->journey().touchpoint(card.id)->effort.emotion, harder.effort.emotion);
        QCOMPARE(undo->text(), ServerUndoText::undoAction(QCoreApplication::translate("ServerUndoText", "Change Effort of “%1”")
                                                              .arg(QStringLiteral("Account opened"))));
        shotWithMenu(a, menu, QStringLiteral("server-undo-field"));
    }

private:
    QTemporaryDir mDir;
    PostgresServer mServer;
    QString mUrl;
};

QTEST_MAIN(TestServerUndoWindow)
#include "tst_serverundowindow.moc"
