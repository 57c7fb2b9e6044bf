// Issue 18: a whole journey made with the keyboard alone, as a facilitator typing on a laptop
// at the front of the room does it — real key events only, menus by their mnemonics.
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "effort.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;

namespace {

QWidget *focus()
{
    return QApplication::focusWidget();
}

// Opens a menu of the menu bar by its mnemonic and picks an entry by its own.
bool pickFromMenu(QWidget *window, Qt::Key menuKey, Qt::Key entryKey)
{
    QTest::keyClick(window, menuKey, Qt::AltModifier);
    QMenu *menu = nullptr;
    if (!QTest::qWaitFor([&] { return (menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr; }, 2000))
        return false;
    QTest::keyClick(menu, entryKey);
    return QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }, 2000);
}

void type(const QString &text)
{
    QTest::keyClicks(focus(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

} // namespace

class TestKeyboardOnly : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkKeyboardTest"));
        QLocale::setDefault(QLocale::c());
    }

    void aJourneyWithoutTheMouse()
    {
        MainWindow window;
        window.resize(1366, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // File → New (Ctrl+N) from the welcome page: the map, with the keyboard on it.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        JourneyView *view = window.journeyView();
        QTRY_VERIFY(view->isVisible());
        view->setFocus(Qt::OtherFocusReason);
        const Journey &journey = window.document()->journey();
        const std::size_t stages = journey.stages.size();

        // Journey → Add Stage (Alt+J, S): named as it is added.
        QVERIFY(pickFromMenu(&window, Qt::Key_J, Qt::Key_S));
        QTRY_VERIFY(view->inPlaceEditor());
        QCOMPARE(focus(), static_cast<QWidget *>(view->inPlaceEditor()));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Compare offers"));
        press(Qt::Key_Return);
        QCOMPARE(journey.stages.size(), stages + 1);
        const auto stage = std::find_if(journey.stages.begin(), journey.stages.end(),
                                        [](const Stage &s) { return s.name == QStringLiteral("Compare offers"); });
        QVERIFY(stage != journey.stages.end());
        const QUuid stageId = stage->id;

        // N: a card in the new stage, titled as it is made.
        QCOMPARE(focus(), static_cast<QWidget *>(view));
        press(Qt::Key_N);
        QTRY_VERIFY(view->inPlaceEditor());
        type(QStringLiteral("Reads the fee table"));
        press(Qt::Key_Return);
        QCOMPARE(journey.touchpoints.size(), std::size_t(1));
        const Touchpoint &card = journey.touchpoints.front();
        QCOMPARE(card.title, QStringLiteral("Reads the fee table"));
        QCOMPARE(card.stageId, stageId);
        QCOMPARE(window.journeyScene()->selectedTouchpoints(), QList<QUuid>{card.id});

        // Edit → Card Properties (Alt+Return): Tab to the time, type a wait in days, then the money.
        QCOMPARE(focus(), static_cast<QWidget *>(view));
        press(Qt::Key_Return, Qt::AltModifier);
        QTRY_COMPARE(focus()->objectName(), QStringLiteral("titleEdit"));
        for (int tab = 0; tab < 10 && focus()->objectName() != QStringLiteral("timeEdit"); ++tab)
            press(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("timeEdit"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("3 days"));
        press(Qt::Key_Tab);
        QCOMPARE(journey.touchpoints.front().effort.minutes, 3 * 24 * 60.0);
        QCOMPARE(focus()->objectName(), QStringLiteral("amountEdit"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("12.50"));
        press(Qt::Key_Return);
        QCOMPARE(journey.touchpoints.front().effort.money.hundredths, qint64(1250));
        // Escape with nothing to take back: the keyboard is on the map again.
        press(Qt::Key_Escape);
        QCOMPARE(focus(), static_cast<QWidget *>(view));

        // Down to the next lane and another card there.
        press(Qt::Key_Down);
        press(Qt::Key_N);
        QTRY_VERIFY(view->inPlaceEditor());
        type(QStringLiteral("Calls the branch"));
        press(Qt::Key_Return);
        QCOMPARE(journey.touchpoints.size(), std::size_t(2));
        const Touchpoint &second = journey.touchpoints.back();
        QCOMPARE(second.title, QStringLiteral("Calls the branch"));
        QCOMPARE(second.stageId, stageId);
        QVERIFY(second.laneId != journey.touchpoints.front().laneId);

        // Ctrl+Z takes the last card back, Ctrl+Shift+Z brings it again.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(journey.touchpoints.size(), std::size_t(1));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(journey.touchpoints.size(), std::size_t(2));
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
