// The main window: open, edit, save, the modified marker, errors that leave the document
// alone, recent files, and a look at what it shows.
#include "commands/editjourneyinfo.h"
#include "format/journeyfiles.h"
#include "grid/journeygridview.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "recovery/autosaver.h"
#include "testjourneys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QStringList mMessages;

    QString savedSmallJourney(const QString &name)
    {
        const QString path = mDir.filePath(name);
        FormatError error;
        if (!writeJourneyFile(test::smallJourney(), path, &error))
            qFatal("%s", qPrintable(error.toString()));
        return path;
    }

    void capture(MainWindow &window)
    {
        window.setMessageSink([this](const QString &title, const QString &text) { mMessages << title + QLatin1Char(':') + text; });
    }

private slots:
    void initTestCase()
    {
        // Settings and recovery copies go to throw-away folders, never the user's.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void init() { mMessages.clear(); }

    void startsWithAnUnmodifiedStarterJourney()
    {
        MainWindow window;
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.document()->journey().stages.empty());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Untitled")));
    }

    void openEditSave()
    {
        MainWindow window;
        capture(window);
        const QString path = savedSmallJourney(QStringLiteral("журнал.waymark"));
        QVERIFY(window.openFile(path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("журнал.waymark")));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.gridView()->model()->columnCount(), int(test::smallJourney().stages.size()) + 1);

        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Renamed 🚀"), doc->journey().description, doc->journey().currency}));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        QVERIFY(!QFile::exists(window.autosaver()->recoveryFilePath()));

        FormatError error;
        const auto onDisk = readJourneyFile(path, &error);
        QVERIFY2(onDisk, qPrintable(error.toString()));
        QVERIFY(onDisk->sameContent(doc->journey()));
        QCOMPARE(onDisk->title, QStringLiteral("Renamed 🚀"));
        QVERIFY(mMessages.isEmpty());
        QCOMPARE(window.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void aBrokenFileLeavesTheDocumentAlone()
    {
        MainWindow window;
        capture(window);
        QVERIFY(window.openFile(savedSmallJourney(QStringLiteral("good.waymark"))));
        JourneyDocument *before = window.document();
        const Journey journey = before->journey();

        const QString broken = mDir.filePath(QStringLiteral("broken.waymark.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"format\": \"waymark-journey\",\n  \"version\": 1,\n  oops\n}\n");
        file.close();
        QVERIFY(!window.openFile(broken));
        QCOMPARE(mMessages.size(), 1);
        QVERIFY2(mMessages.first().contains(QStringLiteral("broken.waymark.json:4:")), qPrintable(mMessages.first()));
        QCOMPARE(window.document(), before);
        QVERIFY(window.document()->journey() == journey);

        QVERIFY(!window.openFile(mDir.filePath(QStringLiteral("missing.waymark"))));
        QCOMPARE(mMessages.size(), 2);
        QVERIFY(!window.recentFiles().contains(mDir.filePath(QStringLiteral("missing.waymark"))));
    }

    void saveFailureKeepsTheDocumentModified()
    {
        MainWindow window;
        capture(window);
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("x"), {}, QStringLiteral("EUR")}));
        QVERIFY(!window.saveAs(QStringLiteral("/nonexistent-folder/x.waymark")));
        QCOMPARE(mMessages.size(), 1);
        QVERIFY(window.isWindowModified());
    }

    void looksRight()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        // Something is drawn: the grid is not a blank page.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 8);
        shot.save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
