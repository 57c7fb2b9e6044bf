// Issue 18, items 2 and 4: the legend on the canvas explains the marks the map shows (and
// only those), stays in its corner while the map scrolls, folds with a click, is toggled with
// Ctrl+L and remembered; each mark on a card names itself in a tooltip. The heatmap separates
// the sample's cards although one waits 48 hours, writes its ends in the legend, and keeps
// card titles readable (WCAG AA) and the pain triangle visible on every fill.
#include "canvas/carditem.h"
#include "canvas/heatmapcolours.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/maplegend.h"
#include "journeydocument.h"
#include "mainwindow/canvastoolbar.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

const Touchpoint *firstCard(const Journey &journey, const std::function<bool(const Touchpoint &)> &test)
{
    for (const Touchpoint &card : journey.touchpoints)
        if (test(card))
            return &card;
    return nullptr;
}

bool anyTextContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.begin(), texts.end(), [&](const QString &text) { return text.contains(part); });
}

// Chooses a heatmap entry in the tool bar as a person does: focus the combo, arrow down.
void chooseHeatmap(MainWindow &window, const QString &name)
{
    auto *combo = window.canvasToolBar()->findChild<QComboBox *>(QStringLiteral("heatmapCombo"));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != name; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), name);
}

} // namespace

class TestMapLegend : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    void open(MainWindow &window)
    {
        QVERIFY(window.openFile(sample));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow(); // shortcuts reach the active window only
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QApplication::processEvents();
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkLegendTest"));
        QSettings().clear();
    }

    void explainsWhatTheMapShows()
    {
        MainWindow window;
        open(window);
        MapLegend *legend = window.mapLegend();
        QVERIFY(legend->isVisible()); // on by default
        QVERIFY(window.findChild<QAction *>(QStringLiteral("showLegend"))->isChecked());
        const Journey &journey = window.document()->journey();
        QTRY_VERIFY(!legend->rowTexts().isEmpty());
        const QStringList rows = legend->rowTexts();
        QVERIFY(firstCard(journey, [](const Touchpoint &c) { return c.momentOfTruth; }));
        QVERIFY(firstCard(journey, [](const Touchpoint &c) { return c.painPoint; }));
        QVERIFY2(anyTextContains(rows, QStringLiteral("Moment of truth")), qPrintable(rows.join(u'|')));
        QVERIFY(anyTextContains(rows, QStringLiteral("Pain point")));
        QVERIFY(anyTextContains(rows, QStringLiteral("left bar")));
        QVERIFY(anyTextContains(rows, QStringLiteral("Numbered circle")));
        // Every department that owns a card is named with its colour.
        for (const Department &department : journey.departments)
            if (firstCard(journey, [&](const Touchpoint &c) { return c.departmentId == department.id; }))
                QVERIFY2(rows.contains(department.name), qPrintable(department.name));
        // Layers that are off are not explained.
        QVERIFY(!anyTextContains(rows, QStringLiteral("Heatmap")));
        QVERIFY(!anyTextContains(rows, QStringLiteral("Lifetime value")));

        // The heatmap on: its scale with the values at its ends, capped at the top.
        chooseHeatmap(window, QStringLiteral("Weighted cost"));
        QTRY_VERIFY(anyTextContains(legend->rowTexts(), QStringLiteral("Heatmap: Weighted cost")));
        QVERIFY2(legend->content().heatHigh.startsWith(QStringLiteral("≥")), qPrintable(legend->content().heatHigh));
        QVERIFY(legend->content().heatHigh.contains(QStringLiteral("EUR")));
        QVERIFY(!legend->content().heatLow.isEmpty());
        chooseHeatmap(window, QStringLiteral("Off"));
        QTRY_VERIFY(!anyTextContains(legend->rowTexts(), QStringLiteral("Heatmap")));
    }

    void staysInItsCornerAndFolds()
    {
        MainWindow window;
        open(window);
        MapLegend *legend = window.mapLegend();
        JourneyView *view = window.journeyView();
        QTRY_VERIFY(!legend->rowTexts().isEmpty());
        QCOMPARE(legend->parentWidget(), static_cast<QWidget *>(view)); // not the viewport: it does not scroll
        const QRect viewport = view->viewport()->geometry();
        QVERIFY(viewport.contains(legend->geometry()));
        QVERIFY(legend->geometry().right() > viewport.center().x()); // the bottom-right corner
        QVERIFY(legend->geometry().bottom() > viewport.center().y());
        const QRect before = legend->geometry();
        view->resetZoom();
        QVERIFY(view->horizontalScrollBar()->maximum() > 0);
        QTest::keyClick(view->horizontalScrollBar(), Qt::Key_End);
        QTest::keyClick(view->verticalScrollBar(), Qt::Key_End);
        QVERIFY(view->horizontalScrollBar()->value() > 0);
        QApplication::processEvents();
        QCOMPARE(legend->geometry(), before);

        // A click on its title folds it to one line, and another unfolds it; remembered.
        const int fullHeight = legend->height();
        QTest::mouseClick(legend->titleButton(), Qt::LeftButton);
        QVERIFY(legend->isCollapsed());
        QVERIFY2(legend->height() < fullHeight / 3, qPrintable(QStringLiteral("%1 of %2").arg(legend->height()).arg(fullHeight)));
        QVERIFY(view->viewport()->geometry().contains(legend->geometry()));
        QCOMPARE(QSettings().value(MapLegend::collapsedKey()).toBool(), true);
        QTest::mouseClick(legend->titleButton(), Qt::LeftButton);
        QVERIFY(!legend->isCollapsed());
        QCOMPARE(legend->height(), fullHeight);
    }

    void startsFoldedOnASmallCanvas()
    {
        // Until the user folds or unfolds it, a canvas too small for the legend shows it folded
        // (it would cover more than a seventh of it), and a larger one unfolded; nothing is saved.
        QSettings().remove(MapLegend::collapsedKey());
        MainWindow window;
        QVERIFY(window.openFile(sample));
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MapLegend *legend = window.mapLegend();
        QTRY_VERIFY(!legend->rowTexts().isEmpty());
        QTRY_VERIFY(legend->isCollapsed());
        QVERIFY(window.journeyView()->viewport()->geometry().contains(legend->geometry()));
        window.resize(1680, 1050);
        QTRY_VERIFY(!legend->isCollapsed());
        QVERIFY(!QSettings().contains(MapLegend::collapsedKey()));
        // Once the user has chosen, the size no longer decides.
        legend->setCollapsed(false);
        window.resize(900, 500);
        QApplication::processEvents();
        QVERIFY(!legend->isCollapsed());
        QSettings().remove(MapLegend::collapsedKey());
    }

    void ctrlLTogglesAndIsRemembered()
    {
        {
            MainWindow window;
            open(window);
            QVERIFY(window.mapLegend()->isVisible());
            QTest::keyClick(window.journeyView(), Qt::Key_L, Qt::ControlModifier);
            QVERIFY(!window.mapLegend()->isVisible());
            QVERIFY(!window.findChild<QAction *>(QStringLiteral("showLegend"))->isChecked());
        }
        {
            MainWindow window; // a new window remembers it was turned off
            open(window);
            QVERIFY(!window.mapLegend()->isVisible());
            QTest::keyClick(window.journeyView(), Qt::Key_L, Qt::ControlModifier);
            QVERIFY(window.mapLegend()->isVisible());
            QTRY_VERIFY(!window.mapLegend()->rowTexts().isEmpty());
        }
        QCOMPARE(QSettings().value(MapLegend::shownKey()).toBool(), true);
    }

    void marksNameThemselvesInTooltips()
    {
        MainWindow window;
        open(window);
        const Journey &journey = window.document()->journey();
        const Touchpoint *pain = firstCard(journey, [](const Touchpoint &c) { return c.painPoint && !c.momentOfTruth && !c.departmentId.isNull(); });
        QVERIFY(pain);
        JourneyView *view = window.journeyView();
        view->resetZoom();
        view->centerOnCard(pain->id);
        CardItem *item = window.journeyScene()->cardItem(pain->id);
        const QRectF card = item->sceneBoundingRect().adjusted(2, 2, -2, -2);
        // Hover the triangle (top right), then ask for the tooltip as the platform does.
        const auto tipAt = [&](const QPointF &scenePos) {
            const QPoint at = view->mapFromScene(scenePos);
            QTest::mouseMove(view->viewport(), at);
            QApplication::processEvents();
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
            return QToolTip::text();
        };
        QTRY_VERIFY(tipAt(QPointF(card.right() - 13, card.top() + 13)).contains(QStringLiteral("Pain point")));
        QTRY_VERIFY(tipAt(QPointF(card.left() + 2, card.center().y())).contains(QStringLiteral("department")));
        QTRY_VERIFY(tipAt(QPointF(card.right() - 12, card.bottom() - 12)).contains(QStringLiteral("Negative emotion")));
        QTRY_VERIFY(tipAt(card.center()).contains(pain->title));
    }

    void heatmapSeparatesTheSampleAndStaysReadable()
    {
        MainWindow window;
        open(window);
        chooseHeatmap(window, QStringLiteral("Weighted cost"));
        const Journey &journey = window.document()->journey();
        const Touchpoint *wait = firstCard(journey, [](const Touchpoint &c) { return c.effort.minutes >= 2880; });
        QVERIFY(wait);
        JourneyScene *scene = window.journeyScene();
        QTRY_VERIFY(scene->cardItem(wait->id)->heat().has_value());
        QCOMPARE(*scene->cardItem(wait->id)->heat(), heatColour(1.0));
        // The other cards are not all alike: they use most of the scale's steps.
        QSet<QRgb> others;
        int hottest = 0;
        for (const Touchpoint &card : journey.touchpoints) {
            const QColor fill = *scene->cardItem(card.id)->heat();
            if (card.id != wait->id)
                others.insert(fill.rgb());
            hottest += fill == heatColour(1.0) ? 1 : 0;
            QVERIFY2(contrastRatio(readableInk(fill), fill) >= 4.5, qPrintable(fill.name()));
        }
        QVERIFY2(others.size() >= 6, qPrintable(QString::number(others.size())));
        QVERIFY2(hottest <= int(journey.touchpoints.size()) / 4, qPrintable(QString::number(hottest)));

        // The pain triangle on the hottest fill: its red and its white rim both drawn.
        QVERIFY(wait->painPoint);
        CardItem *item = scene->cardItem(wait->id);
        const QRectF box = item->sceneBoundingRect();
        QImage shot(box.size().toSize() * 2, QImage::Format_RGB32);
        shot.fill(Qt::black);
        {
            QPainter painter(&shot);
            scene->render(&painter, QRectF(QPointF(0, 0), shot.size()), box);
        }
        int red = 0, white = 0;
        const QColor fill = heatColour(1.0);
        for (int y = 0; y < 48; ++y) {
            for (int x = shot.width() - 48; x < shot.width(); ++x) {
                const QColor pixel = shot.pixelColor(x, y);
                red += std::abs(pixel.red() - 0xd6) + std::abs(pixel.green() - 0x33) + std::abs(pixel.blue() - 0x2f) < 30
                    && pixel != fill;
                white += pixel.lightness() > 245;
            }
        }
        QVERIFY2(red > 20 && white > 20, qPrintable(QStringLiteral("red %1, white %2").arg(red).arg(white)));
    }

    void everyHeatFillKeepsTextReadable()
    {
        // Every fill the scale can produce, with the ink chosen for it: WCAG AA (4.5:1).
        for (int i = 0; i <= 1000; ++i) {
            const QColor fill = heatColour(i / 1000.0);
            const QColor ink = readableInk(fill);
            QVERIFY2(contrastRatio(ink, fill) >= 4.5, qPrintable(QStringLiteral("%1 on %2").arg(ink.name(), fill.name())));
        }
        // The contrast formula itself: black on white is 21:1, a colour on itself 1:1.
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(QColor(0x80, 0x20, 0x20), QColor(0x80, 0x20, 0x20)), 1.0);
        // The legend bar shows the same steps, with hard edges.
        const QLinearGradient bar = heatLegendGradient(QRectF(0, 0, 140, 10));
        for (const QGradientStop &stop : bar.stops())
            QCOMPARE(stop.second, heatColour(stop.first));
    }
};

QTEST_MAIN(TestMapLegend)
#include "tst_maplegend.moc"
