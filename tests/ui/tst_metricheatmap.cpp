// The heatmap by a survey metric on the canvas: the tool bar lists the metrics the journey has
// data of, CSAT colours the worst-rated card hottest, leaves cards without answers white and
// hatches small samples; the legend writes the scale's ends; the hotspots list and the PDF
// follow the choice.
#include "canvas/canvasactions.h"
#include "canvas/carditem.h"
#include "canvas/heatmapcolours.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/datasetcommands.h"
#include "commands/editentity.h"
#include "data/importjob.h"
#include "data/metricheat.h"
#include "docks/hotspotsdock.h"
#include "docks/hotspotsmodel.h"
#include "journeydocument.h"
#include "mainwindow/canvastoolbar.h"
#include "mainwindow/mainwindow.h"
#include "print/journeyprint.h"
#include "print/printablemap.h"
#include "testjourneys.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

// Every line must import unless `partly` (a real file may have a few lines refused).
Dataset importCsat(const QByteArray &csv, bool partly = false)
{
    const ImportTarget target = ImportTarget::fromKey(QStringLiteral("csat"));
    const ImportPreview preview = previewImport(csv, QStringLiteral("csat.csv"), {}, 10);
    const ImportOutcome outcome = runImport(csv, QStringLiteral("csat.csv"), target, {}, guessImportMapping(target, preview.headers), {}, nullptr);
    if (!outcome.dataset || (!partly && !outcome.issues.empty()))
        qFatal("CSAT import failed: %s", qPrintable(outcome.error));
    return *outcome.dataset;
}

// CSAT of the small journey's cards. kyc-wait: 40 answers of 1, 0 % satisfied (the worst);
// application-form: 15 of 5 and 15 of 2, 50 %; ad-view: 30 of 4, 100 %; kyc-upload: 3 of 5,
// 100 % but a small sample. first-payment has no answers.
QByteArray smallJourneyCsat()
{
    QByteArray csv = "touchpoint,CSAT\n";
    const auto add = [&](const char *key, int score, int count) {
        for (int i = 0; i < count; ++i)
            csv += QByteArray(key) + ',' + QByteArray::number(score) + '\n';
    };
    add("kyc-wait", 1, 40);
    add("application-form", 5, 15);
    add("application-form", 2, 15);
    add("ad-view", 4, 30);
    add("kyc-upload", 5, 3);
    return csv;
}

QUuid cardWithKey(const Journey &journey, const QString &key)
{
    for (const Touchpoint &card : journey.touchpoints)
        if (card.dataKey == key)
            return card.id;
    return {};
}

// The colour drawn in a patch inside the card, away from its text and badges.
QColor drawnColour(JourneyScene &scene, const QUuid &id)
{
    CardItem *item = scene.cardItem(id);
    QImage shot(QSize(40, 20), QImage::Format_RGB32);
    shot.fill(Qt::black);
    QPainter painter(&shot);
    const QRectF rect = item->sceneBoundingRect();
    scene.render(&painter, QRectF(0, 0, 40, 20), QRectF(rect.right() - 50, rect.top() + 30, 20, 10));
    painter.end();
    return shot.pixelColor(20, 10);
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

// A document on a canvas in a shown view, with the canvas tool bar, as the main window has them.
struct Canvas {
    Canvas()
        : document(test::smallJourney())
        , view(&scene)
        , actions(&scene, &view)
        , toolBar(&scene, &view, &actions)
    {
        scene.setDocument(&document);
        toolBar.setDocument(&document);
        view.resize(1500, 1000);
        view.show();
        toolBar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        scene.ensureLayout();
    }
    QUuid card(const char *key) const { return cardWithKey(document.journey(), QString::fromLatin1(key)); }

    JourneyDocument document;
    JourneyScene scene;
    JourneyView view;
    CanvasActions actions;
    CanvasToolBar toolBar;
};

// Whether the tool bar shows its legend (its action: on a narrow tool bar the widget itself may
// sit in the overflow menu).
bool legendShown(const CanvasToolBar &toolBar)
{
    const QList<QAction *> actions = toolBar.actions();
    for (QAction *action : actions)
        if (toolBar.widgetForAction(action) == toolBar.heatLegend())
            return action->isVisible();
    return false;
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

class TestMetricHeatmap : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void csatFromTheToolBarColoursTheWorstCardHottest()
    {
        Canvas canvas;
        QComboBox *combo = canvas.toolBar.heatmapCombo();
        // Without data only the effort measures.
        QCOMPARE(combo->count(), 5);
        QCOMPARE(combo->findText(QStringLiteral("CSAT")), -1);

        canvas.document.push(new AddDataset(&canvas.document, importCsat(smallJourneyCsat())));
        // CSAT listed after the effort measures; metrics without data are not.
        const int csat = combo->findText(QStringLiteral("CSAT"));
        QVERIFY2(csat > 4, qPrintable(comboTexts(combo).join(u'|')));
        QCOMPARE(combo->findText(QStringLiteral("NPS")), -1);
        QCOMPARE(combo->findText(QStringLiteral("CES")), -1);
        QVERIFY(!legendShown(canvas.toolBar));

        combo->setCurrentIndex(csat);
        QCOMPARE(canvas.scene.heatmap(), HeatmapChoice::metric(QStringLiteral("csat")));
        canvas.view.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("metricheat-canvas.png")));

        // 1 − CSAT/100: the worst card hottest, the best palest, in the colours drawn.
        const QUuid worst = canvas.card("kyc-wait"), middle = canvas.card("application-form"), best = canvas.card("ad-view");
        QCOMPARE(drawnColour(canvas.scene, worst), heatColour(1.0));
        QCOMPARE(drawnColour(canvas.scene, middle), heatColour(0.5));
        QCOMPARE(drawnColour(canvas.scene, best), heatColour(0.0));
        QVERIFY(luminance(drawnColour(canvas.scene, worst)) < luminance(drawnColour(canvas.scene, middle)));
        QVERIFY(luminance(drawnColour(canvas.scene, middle)) < luminance(drawnColour(canvas.scene, best)));
        // No answers: the plain white card, not the "fine" end of the scale.
        const QUuid noAnswers = canvas.card("first-payment");
        QVERIFY(!canvas.scene.cardItem(noAnswers)->heat());
        QCOMPARE(drawnColour(canvas.scene, noAnswers), QColor(Qt::white));
        // Three answers: coloured, and hatched as its badge would be.
        const QUuid small = canvas.card("kyc-upload");
        QCOMPARE(canvas.scene.cardItem(small)->heat(), std::optional(heatColour(0.0)));
        QVERIFY(canvas.scene.cardItem(small)->heatHatched());
        QVERIFY(!canvas.scene.cardItem(best)->heatHatched());

        // The legend: the scale's ends in figures, the worst (0 %) on the red left end.
        QLabel *legend = canvas.toolBar.heatLegend();
        QVERIFY(legendShown(canvas.toolBar));
        QCOMPARE(legend->accessibleName(), QStringLiteral("CSAT 0\u00a0% \u2026 100\u00a0%"));
        QVERIFY(legend->toolTip().contains(QStringLiteral("Hatched")));
        const QImage image = legend->pixmap().toImage();
        QVERIFY(image.width() > 90 + 20); // the bar and two figures
        int red = -1, pale = -1;
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, image.height() / 2);
            if (red < 0 && c.red() > 200 && c.green() < 60)
                red = x;
            if (c.red() > 240 && c.green() > 240 && c.blue() > 180 && c.blue() < 220)
                pale = x;
        }
        QVERIFY2(red > 0 && pale > red, qPrintable(QStringLiteral("red at %1, pale at %2").arg(red).arg(pale)));
        // Text left of the bar: dark pixels before the red end.
        bool text = false;
        for (int x = 0; x < red; ++x)
            for (int y = 0; y < image.height(); ++y)
                text = text || (image.pixelColor(x, y).alpha() > 128 && image.pixelColor(x, y).lightness() < 100);
        QVERIFY(text);

        // A data key changed to one without answers: that card goes white at once.
        Touchpoint changed = *canvas.document.journey().touchpoint(worst);
        changed.dataKey = QStringLiteral("nobody-answered");
        canvas.document.push(new EditTouchpoint(&canvas.document, changed));
        QVERIFY(!canvas.scene.cardItem(worst)->heat());

        // Undo the edit and the import: CSAT leaves the list and the heatmap goes off.
        canvas.document.undoStack()->undo();
        QCOMPARE(canvas.scene.cardItem(worst)->heat(), std::optional(heatColour(1.0)));
        canvas.document.undoStack()->undo();
        QCOMPARE(combo->findText(QStringLiteral("CSAT")), -1);
        QVERIFY(canvas.scene.heatmap().isOff());
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(!canvas.scene.cardItem(best)->heat());
        QVERIFY(!legendShown(canvas.toolBar));

        // Effort still works as before, and the legend is the bare bar again.
        combo->setCurrentIndex(combo->findData(int(EffortDimension::Time)));
        QCOMPARE(canvas.scene.heatmap().effort(), std::optional(EffortDimension::Time));
        QVERIFY(canvas.scene.cardItem(noAnswers)->heat().has_value());
        QCOMPARE(legend->accessibleName(), QStringLiteral("Heat scale"));
    }

    void theSceneSaysWhatItShows()
    {
        // Set on the scene (a presentation, a script): the tool bar shows the same.
        Canvas canvas;
        canvas.document.push(new AddDataset(&canvas.document, importCsat(smallJourneyCsat())));
        canvas.scene.setHeatmap(HeatmapChoice::metric(QStringLiteral("csat")));
        QCOMPARE(canvas.toolBar.heatmapCombo()->currentText(), QStringLiteral("CSAT"));
        QVERIFY(legendShown(canvas.toolBar));
        canvas.scene.setHeatmap(std::nullopt);
        QCOMPARE(canvas.toolBar.heatmapCombo()->currentIndex(), 0);
    }

    void hotspotsRankByTheMetric()
    {
        JourneyDocument document(test::smallJourney());
        document.push(new AddDataset(&document, importCsat(smallJourneyCsat())));
        HotspotsDock dock(&document);
        dock.setRanking(HeatmapChoice::metric(QStringLiteral("csat")));
        HotspotsModel *model = dock.model();
        QCOMPARE(model->headerData(HotspotsModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("CSAT"));
        // Lowest figure first; the two 100 % cards in journey order (ad-view's stage first).
        QCOMPARE(model->rowCount(), 4);
        const Journey &journey = document.journey();
        QCOMPARE(model->touchpointAt(0), cardWithKey(journey, QStringLiteral("kyc-wait")));
        QCOMPARE(model->touchpointAt(1), cardWithKey(journey, QStringLiteral("application-form")));
        QCOMPARE(model->touchpointAt(2), cardWithKey(journey, QStringLiteral("ad-view")));
        QCOMPARE(model->touchpointAt(3), cardWithKey(journey, QStringLiteral("kyc-upload")));
        QCOMPARE(model->data(model->index(0, HotspotsModel::ScoreColumn)).toString(), QStringLiteral("0\u00a0%"));
        QCOMPARE(model->data(model->index(1, HotspotsModel::ScoreColumn)).toString(), QStringLiteral("50\u00a0%"));
        // The small sample is greyed and says why.
        QVERIFY(model->data(model->index(3, HotspotsModel::ScoreColumn), Qt::ForegroundRole).isValid());
        QVERIFY(model->data(model->index(3, HotspotsModel::ScoreColumn), Qt::ToolTipRole).toString().contains(QStringLiteral("3")));
        QVERIFY(!model->data(model->index(0, HotspotsModel::ScoreColumn), Qt::ForegroundRole).isValid());
        // The dock's own list offers CSAT too, and shows the metric chosen.
        auto *box = dock.findChild<QComboBox *>(QStringLiteral("hotspotsDimension"));
        QCOMPARE(box->currentText(), QStringLiteral("CSAT"));
        QCOMPARE(dock.ranking(), HeatmapChoice::metric(QStringLiteral("csat")));
        // Off changes nothing (the list follows the heatmap); effort switches back.
        dock.setRanking(HeatmapChoice());
        QCOMPARE(dock.ranking(), HeatmapChoice::metric(QStringLiteral("csat")));
        box->setCurrentIndex(box->findData(int(EffortDimension::Time)));
        QCOMPARE(dock.ranking(), HeatmapChoice(EffortDimension::Time));
        QCOMPARE(model->headerData(HotspotsModel::ScoreColumn, Qt::Horizontal).toString(), effortDimensionName(EffortDimension::Time));
        box->setCurrentIndex(box->findText(QStringLiteral("CSAT")));
        QCOMPARE(dock.ranking(), HeatmapChoice::metric(QStringLiteral("csat")));
        // The data removed: back to effort.
        document.undoStack()->undo();
        QTRY_COMPARE(dock.ranking(), HeatmapChoice(EffortDimension::Time));
        QCOMPARE(box->findText(QStringLiteral("CSAT")), -1);
    }

    void pdfFollowsTheMetric()
    {
        Journey journey = test::smallJourney();
        journey.datasets.push_back(DatasetRef(importCsat(smallJourneyCsat())));
        ExportOptions options;
        options.layers.heatmap = true;
        options.layers.heatMetric = QStringLiteral("csat");
        QVERIFY(describeLayers(options.layers).contains(QStringLiteral("heatmap (CSAT)")));
        const PrintableMap map(journey, options.layers, {});
        const PageDecor::HeatLegend legend = map.heatLegend();
        QVERIFY(legend.scale.isValid());
        QCOMPARE(legend.scale.lowestText(), QStringLiteral("0\u00a0%"));
        QVERIFY(legend.smallSamples);

        // The map page: the worst card drawn hottest.
        const JourneyPrint print(journey, options);
        const QSizeF size = print.pageSize();
        QImage page(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            const auto pages = print.pages();
            print.paintPage(painter, pages.back(), int(pages.size()) - 1, int(pages.size()));
        }
        page.save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("metricheat-pdf.png")));
        int hottest = 0;
        const QColor hot = heatColour(1.0);
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                hottest += page.pixelColor(x, y) == hot ? 1 : 0;
        QVERIFY2(hottest > 50, qPrintable(QString::number(hottest)));
    }

    void looksRight()
    {
        // The sample workshop with CSAT answers (its NPS survey's answers on a 1–5 scale), the
        // heatmap by CSAT chosen in the tool bar.
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        const int scoreColumn = int(lines[0].split(',').indexOf("score"));
        QVERIFY(scoreColumn >= 0);
        QByteArray csv = lines[0] + '\n';
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            // Only lines without quoted commas in the comment keep the score column in place.
            QList<QByteArray> fields = lines[i].split(',');
            if (lines[i].contains('"') || fields.size() <= scoreColumn)
                continue;
            const int nps = fields[scoreColumn].toInt();
            fields[scoreColumn] = QByteArray::number(1 + (nps * 4 + 5) / 10); // 0–10 onto 1–5
            csv += fields.join(',') + '\n';
        }
        window.document()->push(new AddDataset(window.document(), importCsat(csv, true)));
        window.resize(1680, 1050);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox *combo = window.canvasToolBar()->heatmapCombo();
        combo->setCurrentIndex(combo->findText(QStringLiteral("CSAT")));
        QCOMPARE(window.journeyScene()->heatmap(), HeatmapChoice::metric(QStringLiteral("csat")));
        // The hotspots list follows: the worst-rated card first.
        QCOMPARE(window.hotspotsDock()->ranking(), HeatmapChoice::metric(QStringLiteral("csat")));
        QCOMPARE(window.hotspotsDock()->model()->headerData(HotspotsModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("CSAT"));
        QApplication::processEvents();
        const QImage shot = window.grab().toImage();
        QVERIFY(shot.save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("heatmap-csat.png"))));
    }
};

QTEST_MAIN(TestMetricHeatmap)
#include "tst_metricheatmap.moc"
