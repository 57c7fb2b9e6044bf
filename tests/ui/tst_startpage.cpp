// Issue 18: the welcome page when Waymark starts with no file, and files dropped on the window
// (a journey opens, a survey table starts the import).
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/editjourneyinfo.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startpage.h"
#include "modalanswer.h"
#include "testjourneys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <utility>

using namespace waymark;
using waymark::test::ModalAnswer;

namespace {

// Sends a drag of `path` entering and dropping at the middle of `target`, as a file manager would.
bool dropFile(QWidget *target, const QString &path, bool *entered = nullptr)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at = QRectF(target->rect()).center();
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (entered)
        *entered = enter.isAccepted();
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestStartPage : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;

    QString savedJourney(const QString &name)
    {
        const QString path = mDir.filePath(name);
        FormatError error;
        if (!writeJourneyFile(test::smallJourney(), path, &error))
            qFatal("%s", qPrintable(error.toString()));
        return QFileInfo(path).absoluteFilePath();
    }

private slots:
    void initTestCase()
    {
        // Settings (the recent files) go to a throw-away folder, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkStartPageTest"));
    }

    void welcomeCoversTheCanvasUntilAJourneyIsChosen()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.startPage()); // only when main() has no file to open
        window.showStartPage();
        StartPage *page = window.startPage();
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->geometry(), window.centralWidget()->rect());
        // It follows the window's size.
        window.resize(1000, 700);
        QTRY_COMPARE(page->geometry(), window.centralWidget()->rect());
        // The four steps of a workshop, in order.
        auto *steps = page->findChild<QWidget *>(QStringLiteral("startSteps"));
        QVERIFY(steps && steps->isVisible());
        QStringList texts;
        for (QLabel *label : page->findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        qsizetype at = 0;
        for (const char *step : {"Map the steps", "Add the effort", "Vote", "Make the business case"}) {
            const qsizetype found = all.indexOf(QLatin1String(step), at);
            QVERIFY2(found >= 0, step);
            at = found;
        }

        // New journey: a blank map to begin on, the welcome gone.
        JourneyDocument *before = window.document();
        QTest::mouseClick(page->newButton(), Qt::LeftButton);
        QVERIFY(!page->isVisible());
        QVERIFY(window.document() != before);
        QVERIFY(!window.document()->isModified());

        // The sample workshop.
        window.showStartPage();
        QVERIFY(page->isVisible());
        QTest::mouseClick(page->sampleButton(), Qt::LeftButton);
        QVERIFY(!page->isVisible());
        QVERIFY(window.journeyScene()->cardCount() > 20);

        // An edit from a menu on the blank journey ends the welcome too.
        MainWindow second;
        second.show();
        second.showStartPage();
        QVERIFY(second.startPage()->isVisible());
        JourneyDocument *doc = second.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Renamed"), doc->journey().description, doc->journey().currency}));
        QVERIFY(!second.startPage()->isVisible());
    }

    void openAndRecentJourneys()
    {
        const QString path = savedJourney(QStringLiteral("branch-visit.waymark"));
        {
            MainWindow first; // opening a file puts it on the recent list
            QVERIFY(first.openFile(path));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStartPage();
        StartPage *page = window.startPage();
        QListWidget *recent = page->recentList();
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->item(0)->text(), QStringLiteral("branch-visit.waymark"));

        // Open… asks for a file; cancelled, the welcome stays.
        {
            ModalAnswer cancel([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
            QTest::mouseClick(page->openButton(), Qt::LeftButton);
            QCOMPARE(cancel.seen, QStringLiteral("QFileDialog"));
            QVERIFY(page->isVisible());
        }

        // A click on a recent journey opens it.
        const QRect row = recent->visualItemRect(recent->item(0));
        QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(window.document()->filePath(), path);
        QVERIFY(!page->isVisible());
    }

    void droppedJourneyOpensAfterAskingAboutChanges()
    {
        const QString path = savedJourney(QStringLiteral("dropped.waymark"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showStartPage();

        // Unsaved changes: asked first; Cancel keeps them.
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Mine"), doc->journey().description, doc->journey().currency}));
        {
            ModalAnswer cancel([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click(); });
            QVERIFY(dropFile(&window, path));
            QTRY_COMPARE(cancel.seen, QStringLiteral("QMessageBox"));
        }
        QCOMPARE(window.document(), doc);
        QVERIFY(doc->isModified());

        // Discarded: the dropped file opens, here dropped on the canvas itself.
        {
            ModalAnswer discard([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click(); });
            QVERIFY(dropFile(window.journeyView()->viewport(), path));
            QTRY_COMPARE(window.document()->filePath(), path);
        }
        QVERIFY(!window.document()->isModified());

        // Files Waymark cannot read are not taken.
        bool entered = true;
        QVERIFY(!dropFile(&window, mDir.filePath(QStringLiteral("notes.txt")), &entered));
        QVERIFY(!entered);
    }

    void droppedSurveyStartsTheImport()
    {
        const QString csv = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv");
        QVERIFY(QFile::exists(csv));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto datasets = window.document()->journey().datasets.size();
        ModalAnswer cancel([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
        QVERIFY(dropFile(window.journeyView()->viewport(), csv));
        QTRY_COMPARE(cancel.seen, QStringLiteral("waymark::ImportDialog"));
        QCOMPARE(window.document()->journey().datasets.size(), datasets); // cancelled: nothing added
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
