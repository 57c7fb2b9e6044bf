// The export dialog: its options, its live preview (the same pages as the PDF) and the PDF
// it writes; and the renderer's page plan for fit and tile.
#include "dialogs/exportdialog.h"
#include "format/journeyfiles.h"
#include "print/journeyprint.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPrintPreviewWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {
Journey sample()
{
    FormatError error;
    return *readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void pagePlanForFitAndTile()
    {
        ExportOptions options;
        options.page = QPageSize::A4;
        options.orientation = QPageLayout::Portrait;
        const JourneyPrint fit(sample(), options);
        QCOMPARE(fit.pages().size(), std::size_t(1));
        QVERIFY(std::abs(fit.pageSize().width() - 210 / 25.4 * 96) < 1); // A4 at 96 dpi
        QVERIFY(std::abs(fit.pageSize().height() - 297 / 25.4 * 96) < 1);
        options.summary = true;
        // The sample's business case: findings and priorities, the top 3 opportunities' cases,
        // then the two summary pages and the map.
        QCOMPARE(JourneyPrint(sample(), options).pages().size(), std::size_t(7));
        QCOMPARE(JourneyPrint(sample(), options).pages().front().kind, JourneyPrint::Page::Priorities);
        Journey withoutCase = sample();
        withoutCase.opportunities.clear();
        QCOMPARE(JourneyPrint(withoutCase, options).pages().size(), std::size_t(3));
        options.future = true; // the future-state map after today's
        QCOMPARE(JourneyPrint(sample(), options).pages().back().kind, JourneyPrint::Page::FutureMap);
        QCOMPARE(JourneyPrint(withoutCase, options).pages().size(), std::size_t(3)); // no opportunities, no future
        options.future = false;

        // Tiles at 100 %: enough columns and rows to cover the map with the overlap.
        options.summary = false;
        options.tile = true;
        const JourneyPrint tiles(sample(), options);
        const QSize grid = tiles.tiles();
        const QRectF bounds = tiles.mapBounds();
        QVERIFY(grid.width() >= 2 && grid.height() >= 2);
        QCOMPARE(tiles.pages().size(), std::size_t(grid.width() * grid.height()));
        const double overlap = 10 * 96 / 25.4;
        const double areaWidth = tiles.pageSize().width() - 2 * 10 * 96 / 25.4;
        QVERIFY(grid.width() * (areaWidth - overlap) + overlap >= bounds.width());
        QVERIFY((grid.width() - 1) * (areaWidth - overlap) + overlap < bounds.width()); // no empty column of pages
        // A bigger page needs fewer tiles.
        options.page = QPageSize::A1;
        QVERIFY(JourneyPrint(sample(), options).pages().size() < tiles.pages().size());
    }

    void optionsPreviewAndExport()
    {
        ExportOptions initial;
        initial.summary = true;
        initial.layers.heatmap = true;
        initial.layers.heat = EffortDimension::Emotion;
        initial.fileName = QStringLiteral("bank.waymark");
        const Journey journey = sample();
        initial.department = journey.departments[1].id;
        ExportDialog dialog(journey, initial);
        QCOMPARE(dialog.options(), initial);
        QCOMPARE(dialog.previewPageCount(), 7); // with the sample's business case in front
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        QCOMPARE(dialog.preview()->pageCount(), 7); // the preview paints the same pages
        dialog.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("exportdialog.png")));

        ExportOptions poster = initial;
        poster.summary = false;
        poster.tile = true;
        poster.page = QPageSize::A4;
        poster.orientation = QPageLayout::Portrait;
        dialog.setOptions(poster);
        QCOMPARE(dialog.options(), poster);
        QApplication::processEvents();
        QCOMPARE(dialog.preview()->pageCount(), dialog.previewPageCount());
        QVERIFY(dialog.previewPageCount() > 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("poster.pdf"));
        QString error;
        QVERIFY2(dialog.exportTo(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r"), dialog.previewPageCount());
        QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("missing/folder/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("x.pdf")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
