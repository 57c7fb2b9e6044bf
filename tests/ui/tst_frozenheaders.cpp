// Issue 18, item 8: scrolled right at 100 %, the lane names stay along the left edge of the
// canvas; scrolled down, the stage names along the top. Scrolled with real keys on the scroll
// bars, checked in the pixels the viewport shows.
#include "canvas/canvaslayout.h"
#include "canvas/frozenheaders.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");
const QColor headerFill(0xf1, 0xf3, 0xf6); // HeaderItem's background

// The share of pixels in `area` of the shown viewport that have the header's background.
double headerShare(const QImage &shot, const QRect &area)
{
    int header = 0, all = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2, ++all)
            header += shot.pixelColor(x, y) == headerFill;
    return all ? double(header) / all : 0.0;
}

QImage shown(JourneyView *view)
{
    QApplication::processEvents();
    return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestFrozenHeaders : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkFrozenHeadersTest"));
    }

    void namesStayInView()
    {
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JourneyView *view = window.journeyView();
        JourneyScene *scene = window.journeyScene();
        view->resetZoom();
        QApplication::processEvents();
        const CanvasLayout &layout = scene->canvasLayout();
        const int columnWidth = int(layout.headerColumnWidth()) - 12;
        const int rowHeight = int(layout.headerRowHeight()) - 10;

        // At the start the headers are where they are: nothing frozen.
        view->horizontalScrollBar()->setValue(0);
        view->verticalScrollBar()->setValue(0);
        QCOMPARE(frozenHeaderShift(*scene, view->mapToScene(view->viewport()->rect()).boundingRect()), QPointF());

        // Scrolled right: the lane names along the left edge, over the cards.
        QVERIFY(view->horizontalScrollBar()->maximum() > layout.headerColumnWidth());
        QTest::keyClick(view->horizontalScrollBar(), Qt::Key_End);
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.left() > layout.headerColumnWidth());
        QVERIFY(frozenHeaderShift(*scene, visible).x() > 0);
        const QImage right = shown(view);
        const int laneTop = view->mapFromScene(QPointF(0, layout.rowY(0))).y();
        const QRect leftStrip(4, std::max(laneTop, rowHeight + 4), columnWidth - 8, 120);
        QVERIFY2(headerShare(right, leftStrip) > 0.5, qPrintable(QString::number(headerShare(right, leftStrip))));
        // The text of the names is there too (dark pixels in the strip).
        int ink = 0;
        for (int y = leftStrip.top(); y <= leftStrip.bottom(); ++y)
            for (int x = leftStrip.left(); x <= leftStrip.right(); ++x)
                ink += right.pixelColor(x, y).lightness() < 90;
        QVERIFY(ink > 20);

        // Scrolled down as well: the stage names along the top edge.
        QVERIFY(view->verticalScrollBar()->maximum() > layout.headerRowHeight());
        QTest::keyClick(view->verticalScrollBar(), Qt::Key_End);
        const QImage down = shown(view);
        window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("frozen-headers.png")));
        const QRect topStrip(columnWidth + 20, 6, 300, rowHeight - 8);
        QVERIFY2(headerShare(down, topStrip) > 0.5, qPrintable(QString::number(headerShare(down, topStrip))));
        QVERIFY(headerShare(down, QRect(4, rowHeight + 20, columnWidth - 8, 80)) > 0.5);

        // Back at the start: nothing is drawn twice.
        QTest::keyClick(view->horizontalScrollBar(), Qt::Key_Home);
        QTest::keyClick(view->verticalScrollBar(), Qt::Key_Home);
        QCOMPARE(frozenHeaderShift(*scene, view->mapToScene(view->viewport()->rect()).boundingRect()), QPointF());
    }
};

QTEST_MAIN(TestFrozenHeaders)
#include "tst_frozenheaders.moc"
