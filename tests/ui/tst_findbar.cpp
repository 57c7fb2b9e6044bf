// Issue 18: Ctrl+F finds a card by its title, description, notes or data key; Enter and F3
// step through the matches, each selected and scrolled into view; Esc closes the bar.
#include "canvas/carditem.h"
#include "canvas/findbar.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "testjourneys.h"

#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestFindBar : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkFindTest"));
    }

    void findsCardsByEveryTextField()
    {
        // The word in four fields of four cards spread over the map, and in no other card.
        Journey journey = test::sampleJourney();
        QVERIFY(journey.touchpoints.size() > 30);
        for (const Touchpoint &card : journey.touchpoints)
            QVERIFY(!FindBar::matches(card, QStringLiteral("zebra")));
        std::vector<Touchpoint> &cards = journey.touchpoints;
        cards[2].title = QStringLiteral("Zebra crossing to the branch");
        cards[9].description = QStringLiteral("Walks past the ZEBRA sign");
        cards[17].notes = QStringLiteral("ask about zebras");
        cards[30].dataKey = QStringLiteral("tp-zebra-30");
        const QString path = mDir.filePath(QStringLiteral("zebra.waymark"));
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, path, &error), qPrintable(error.toString()));

        MainWindow window;
        window.resize(1100, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        JourneyView *view = window.journeyView();
        JourneyScene *scene = window.journeyScene();
        scene->ensureLayout();
        view->resetZoom();
        view->setFocus();
        FindBar *bar = window.findBar();
        QVERIFY(bar && !bar->isVisible());
        // Reachable from the Edit menu, with its shortcut.
        QAction *find = bar->findAction();
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        bool inEditMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(find))
                inEditMenu = true;
        QVERIFY(inEditMenu);

        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(bar->edit()->hasFocus());
        // In the top-right corner of the map.
        QVERIFY(bar->geometry().right() > view->viewport()->width() - 40);
        QVERIFY(bar->y() < 40);

        QTest::keyClicks(bar->edit(), QStringLiteral("zeBRa"));
        const QList<QUuid> found = bar->matches();
        QCOMPARE(found.size(), 4);
        QCOMPARE(bar->countText(), QStringLiteral("1 of 4"));
        QCOMPARE(scene->selectedTouchpoints(), QList<QUuid>{found.at(0)});

        const auto shownInView = [&](const QUuid &id) {
            const QRectF card = scene->cardItem(id)->sceneBoundingRect();
            return view->mapToScene(view->viewport()->rect()).boundingRect().intersects(card);
        };
        QSet<QUuid> visited{found.at(0)};
        QTest::keyClick(bar->edit(), Qt::Key_Return);
        QCOMPARE(bar->countText(), QStringLiteral("2 of 4"));
        visited.insert(scene->selectedTouchpoints().value(0));
        QVERIFY(shownInView(scene->selectedTouchpoints().value(0)));
        QTest::keyClick(bar->edit(), Qt::Key_F3);
        QCOMPARE(bar->countText(), QStringLiteral("3 of 4"));
        QTest::keyClick(bar->edit(), Qt::Key_F3);
        QCOMPARE(bar->countText(), QStringLiteral("4 of 4"));
        QCOMPARE(scene->selectedTouchpoints(), QList<QUuid>{found.at(3)});
        visited.insert(found.at(2));
        visited.insert(found.at(3));
        QVERIFY(shownInView(found.at(3)));
        // Every one of the four cards, each in view when it was the current match.
        QCOMPARE(visited.size(), 4);
        for (const QUuid &id : {cards[2].id, cards[9].id, cards[17].id, cards[30].id})
            QVERIFY(found.contains(id));
        // Round to the first again, and back.
        QTest::keyClick(bar->edit(), Qt::Key_Return);
        QCOMPARE(bar->countText(), QStringLiteral("1 of 4"));
        QTest::keyClick(bar->edit(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), QStringLiteral("4 of 4"));

        // Nothing found says so and leaves the selection alone.
        QTest::keyClicks(bar->edit(), QStringLiteral("qqq"));
        QCOMPARE(bar->countText(), QStringLiteral("No match"));
        QCOMPARE(scene->selectedTouchpoints(), QList<QUuid>{found.at(3)});

        // Esc closes the bar, and the arrow keys walk the map again.
        QTest::keyClick(bar->edit(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(scene->selectedTouchpoints(), QList<QUuid>{found.at(3)});
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
