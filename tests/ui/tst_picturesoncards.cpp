// Issue 19, pictures on cards, as a facilitator uses them: pictures added from files (off the
// window's thread) appear in the Properties dock's strip and as a mark on the card; a
// double-click on the mark opens them large; the arrow keys turn them, a typed caption is one
// undo step, Delete takes one off; a picture on the clipboard pastes onto the selected card;
// a broken file is named in a message and nothing else changes; review mode only shows.
#include "canvas/canvasactions.h"
#include "canvas/carditem.h"
#include "canvas/journeyscene.h"
#include "docks/propertiesdock.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "modalanswer.h"
#include "format/journeyfiles.h"
#include "media/cardimageimport.h"
#include "pictures/pictureimporter.h"
#include "print/journeyprint.h"
#include "pictures/pictureviewer.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace waymark;

namespace {

const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");

QString writePicture(const QTemporaryDir &dir, const QString &name, QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = dir.filePath(name);
    return image.save(path) ? path : QString();
}

// Imports the files onto the card and waits until they are added; how many were.
int importFiles(JourneyDocument *document, const QUuid &card, const QStringList &paths, QWidget *window)
{
    PictureImporter *importer = PictureImporter::startFiles(document, card, paths, window);
    QSignalSpy finished(importer, &PictureImporter::finished);
    if (!finished.wait(20000))
        return -1;
    return finished.first().first().toInt();
}

} // namespace

class TestPicturesOnCards : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

private slots:
    void initTestCase()
    {
        test::isolateSettings(mDir, QStringLiteral("WaymarkPicturesTest"));
    }

    void addedFromFilesShownInTheDockAndOnTheCard()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        const QUuid card = document->journey().touchpoints.front().id;
        window.journeyScene()->selectTouchpoints({card});
        auto *strip = window.propertiesDock()->findChild<QListWidget *>(QStringLiteral("picturesStrip"));
        QVERIFY(strip);
        QVERIFY(!strip->isVisible()); // none yet: the dock says so instead
        CardItem *item = window.journeyScene()->cardItem(card);
        QVERIFY(item->pictureRect().isEmpty());

        const int steps = document->undoStack()->count();
        const QStringList files{writePicture(mDir, QStringLiteral("wall.png"), {800, 600}, Qt::yellow),
                                writePicture(mDir, QStringLiteral("screen.jpg"), {300, 500}, Qt::blue)};
        QCOMPARE(importFiles(document, card, files, &window), 2);
        QCOMPARE(document->undoStack()->count(), steps + 1); // both in one step
        QCOMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(2));
        QCOMPARE(document->journey().touchpoint(card)->images[0].originalName, QStringLiteral("wall.png"));
        QTRY_COMPARE(strip->count(), 2);
        QVERIFY(strip->isVisible());
        QCOMPARE(item->pictureCount(), 2);
        QVERIFY(!item->pictureRect().isEmpty());
        QVERIFY(item->effortRowRect().adjusted(0, -2, 0, 2).contains(item->pictureRect()));
        const QString tip = item->toolTipAt(item->pictureRect().center());
        QVERIFY2(tip.contains(QStringLiteral("2 picture")) && tip.contains(QStringLiteral("wall.png")), qPrintable(tip));

        // Delete in the strip takes the selected one off; undo brings it back.
        strip->setFocus();
        strip->setCurrentRow(1);
        QTest::keyClick(strip, Qt::Key_Delete);
        QCOMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(1));
        QTRY_COMPARE(strip->count(), 1);
        document->undoStack()->undo();
        QTRY_COMPARE(strip->count(), 2);
        document->undoStack()->undo();
        QVERIFY(document->journey().touchpoint(card)->images.empty());
        QTRY_VERIFY(!strip->isVisible());
        QVERIFY(item->pictureRect().isEmpty());
    }

    void aBrokenFileIsNamedAndTheOthersAreAdded()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        const QUuid card = document->journey().touchpoints.front().id;
        const QString broken = mDir.filePath(QStringLiteral("broken.png"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\x89PNG\r\n\x1a\n this is not the rest of a PNG");
        }
        QString message;
        test::ModalAnswer answer([&message](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            message = box ? box->text() + QLatin1Char('\n') + box->informativeText() : QString();
            if (box)
                box->accept();
        });
        const QString good = writePicture(mDir, QStringLiteral("good.png"), {40, 40}, Qt::red);
        QCOMPARE(importFiles(document, card, {broken, good}, &window), 1);
        QVERIFY2(message.contains(QStringLiteral("broken.png")), qPrintable(message));
        QCOMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(1));
        QCOMPARE(document->journey().touchpoint(card)->images[0].originalName, QStringLiteral("good.png"));
    }

    void theViewerTurnsCaptionsAndRemoves()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        const QUuid card = document->journey().touchpoints.front().id;
        QCOMPARE(importFiles(document, card,
                             {writePicture(mDir, QStringLiteral("one.png"), {400, 300}, Qt::green),
                              writePicture(mDir, QStringLiteral("two.png"), {300, 400}, Qt::magenta)},
                             &window),
                 2);

        // A double-click on the card's pictures mark opens them, at the first.
        CardItem *item = window.journeyScene()->cardItem(card);
        QGraphicsView *view = window.journeyScene()->views().first();
        view->centerOn(item);
        const QPoint at = view->mapFromScene(item->mapToScene(item->pictureRect().center()));
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        PictureViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = window.findChild<PictureViewer *>()));
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->cardId(), card);
        QCOMPARE(viewer->currentIndex(), 0);
        QCOMPARE(viewer->currentImage().size(), QSize(400, 300));

        // Right arrow: the next picture; Left: back.
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 1);
        QCOMPARE(viewer->currentImage().size(), QSize(300, 400));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->currentIndex(), 0);

        // A caption typed, then Page Down: kept for the first picture as one step, the field
        // shows the second picture's (empty) caption.
        auto *caption = viewer->findChild<QLineEdit *>(QStringLiteral("pictureCaption"));
        QVERIFY(caption);
        caption->setFocus();
        const int steps = document->undoStack()->count();
        QTest::keyClicks(caption, QStringLiteral("The wall"));
        QTest::keyClick(caption, Qt::Key_PageDown);
        QCOMPARE(viewer->currentIndex(), 1);
        QCOMPARE(caption->text(), QString());
        QCOMPARE(document->journey().touchpoint(card)->images[0].caption, QStringLiteral("The wall"));
        QCOMPARE(document->undoStack()->count(), steps + 1);

        // Delete (outside the caption) takes the shown picture off; undo brings it back.
        viewer->setFocus();
        QTest::keyClick(viewer, Qt::Key_Delete);
        QCOMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(1));
        QCOMPARE(viewer->currentIndex(), 0);
        document->undoStack()->undo();
        QCOMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(2));

        // The second picture made first (the one on the card), as one undo step, and still in
        // view; Ctrl+Right moves it back one place, Ctrl+Home to the front again.
        const QUuid first = document->journey().touchpoint(card)->images[0].id;
        const QUuid second = document->journey().touchpoint(card)->images[1].id;
        viewer->setFocus();
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->currentIndex(), 1);
        auto *makeFirst = viewer->findChild<QPushButton *>(QStringLiteral("makePictureFirst"));
        QVERIFY(makeFirst && makeFirst->isEnabled());
        const int beforeMove = document->undoStack()->index();
        makeFirst->click();
        QCOMPARE(document->journey().touchpoint(card)->images[0].id, second);
        QCOMPARE(document->undoStack()->index(), beforeMove + 1);
        QCOMPARE(viewer->currentIndex(), 0);
        QCOMPARE(viewer->currentImage().size(), QSize(300, 400));
        QVERIFY(!makeFirst->isEnabled()); // already first
        viewer->setFocus();
        QTest::keyClick(viewer, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(document->journey().touchpoint(card)->images[1].id, second);
        QCOMPARE(viewer->currentIndex(), 1);
        QTest::keyClick(viewer, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(document->journey().touchpoint(card)->images[0].id, second);
        document->undoStack()->undo();
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(document->journey().touchpoint(card)->images[0].id, first);

        // Deleting the card closes its viewer.
        window.journeyScene()->selectTouchpoints({card});
        QPointer<PictureViewer> guard(viewer);
        window.canvasActions()->deleteSelection()->trigger();
        QVERIFY(!document->journey().touchpoint(card));
        QTRY_VERIFY(guard.isNull());
    }

    void aPictureOnTheClipboardPastesOntoTheSelectedCard()
    {
        MainWindow window;
        QVERIFY(test::showJourney(window, sample));
        JourneyDocument *document = window.document();
        const QUuid card = document->journey().touchpoints.front().id;
        window.journeyScene()->selectTouchpoints({card});
        QImage screenshot(120, 80, QImage::Format_RGB32);
        screenshot.fill(Qt::darkCyan);
        QApplication::clipboard()->setImage(screenshot);
        QAction *paste = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(QKeySequence::Paste))
                paste = action;
        QVERIFY(paste);
        QTRY_VERIFY(paste->isEnabled());
        const std::size_t cards = document->journey().touchpoints.size();
        paste->trigger();
        QTRY_COMPARE(document->journey().touchpoint(card)->images.size(), std::size_t(1));
        QCOMPARE(document->journey().touchpoints.size(), cards); // a picture, not a card
        QCOMPARE(document->journey().touchpoint(card)->images[0].size, QSize(120, 80));
        QVERIFY(document->journey().touchpoint(card)->images[0].originalName.isEmpty());
    }

    void printedAfterTheMapWithTheirCards()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs poppler-utils (packaging/install-deps.sh installs it)");
        FormatError error;
        std::optional<Journey> journey = readJourneyFile(sample, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        Touchpoint &first = journey->touchpoints.front();
        Touchpoint &last = journey->touchpoints.back();
        const QString file = writePicture(mDir, QStringLiteral("p.png"), {200, 150}, Qt::darkGreen);
        for (int i = 0; i < 4; ++i) {
            CardImageImport imported = importCardImageFile(file);
            QVERIFY2(imported.ok(), qPrintable(imported.error));
            imported.image.caption = i == 0 ? QStringLiteral("Стена со стикерами") : QStringLiteral("사진 %1").arg(i);
            (i < 3 ? first : last).images.push_back(imported.image);
        }
        ExportOptions options;
        options.page = QPageSize::A4;
        options.fileName = QStringLiteral("pictures.pdf");
        const std::vector<JourneyPrint::Page> without = JourneyPrint(*journey, options).pages();
        QVERIFY(std::none_of(without.begin(), without.end(),
                             [](const JourneyPrint::Page &page) { return page.kind == JourneyPrint::Page::Pictures; }));
        options.pictures = true;
        const JourneyPrint print(*journey, options);
        const std::vector<JourneyPrint::Page> pages = print.pages();
        QCOMPARE(pages.back().kind, JourneyPrint::Page::Pictures);
        const int picturePages = int(std::count_if(pages.begin(), pages.end(), [](const JourneyPrint::Page &page) {
            return page.kind == JourneyPrint::Page::Pictures;
        }));
        QVERIFY(picturePages >= 1 && picturePages <= 4);
        const QString pdf = mDir.filePath(QStringLiteral("pictures.pdf"));
        QString why;
        QVERIFY2(print.writePdf(pdf, &why), qPrintable(why));
        QString text;
        for (int page = int(pages.size()) - picturePages + 1; page <= int(pages.size()); ++page) {
            QProcess process;
            process.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                       QString::number(page), pdf, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(60000));
            text += QString::fromUtf8(process.readAllStandardOutput());
        }
        // In map order: the first card's three, then the last card's, each with its card.
        const qsizetype wall = text.indexOf(QStringLiteral("Стена со стикерами"));
        const qsizetype fourth = text.indexOf(QStringLiteral("사진 3"));
        QVERIFY2(wall >= 0 && fourth > wall, qPrintable(text));
        QVERIFY2(text.contains(first.title.left(20)) && text.contains(last.title.left(20)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("picture 3 of 3")), qPrintable(text));
    }
};

QTEST_MAIN(TestPicturesOnCards)
#include "tst_picturesoncards.moc"
