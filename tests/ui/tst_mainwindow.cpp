// The main window: open, edit, save, the modified marker, errors that leave the document
// alone, recent files, and a look at what it shows.
#include "commands/datasetcommands.h"
#include "commands/editjourneyinfo.h"
#include "data/importjob.h"
#include "docks/datachartspanel.h"
#include "docks/datadock.h"
#include "format/journeyfiles.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "mainwindow/canvastoolbar.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "testjourneys.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace waymark;

namespace {

// Answers the modal dialogs the window opens (unsaved-changes prompt, recovery offer, file
// dialogs), one answer per dialog in order, so prompts can be tested without a person.
class ModalAnswerer : public QObject
{
public:
    using Answer = std::function<void(QWidget *dialog)>;

    explicit ModalAnswerer(QList<Answer> answers)
        : mAnswers(std::move(answers))
    {
        connect(&mPoll, &QTimer::timeout, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == mLast || mAnswers.isEmpty())
                return;
            mLast = dialog;
            mSeen << QString::fromLatin1(dialog->metaObject()->className());
            mAnswers.takeFirst()(dialog);
        });
        mPoll.start(10);
    }

    // Class names of the dialogs answered, in order.
    QStringList seen() const { return mSeen; }
    bool allAnswered() const { return mAnswers.isEmpty(); }

    static Answer click(QMessageBox::StandardButton button)
    {
        return [button](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(button)->click(); };
    }
    static Answer clickText(const QString &text)
    {
        return [text](QWidget *dialog) {
            for (QAbstractButton *button : qobject_cast<QMessageBox *>(dialog)->buttons())
                if (button->text() == text)
                    button->click();
        };
    }
    static Answer reject()
    {
        return [](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); };
    }

private:
    QList<Answer> mAnswers;
    QStringList mSeen;
    QPointer<QWidget> mLast;
    QTimer mPoll;
};

} // namespace

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
        QCOMPARE(window.journeyScene()->cardCount(), int(test::smallJourney().touchpoints.size()));
        QCOMPARE(window.journeyView()->scene(), window.journeyScene());

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

    void recentFilesMenu()
    {
        MainWindow window;
        capture(window);
        // At most ten, newest first.
        QStringList opened;
        for (int i = 0; i < 12; ++i) {
            opened.prepend(QFileInfo(savedSmallJourney(QStringLiteral("recent-%1.waymark").arg(i))).absoluteFilePath());
            QVERIFY(window.openFile(opened.first()));
        }
        QCOMPARE(window.recentFiles(), opened.mid(0, 10));

        // The menu follows once events run (it is rebuilt queued, after the action that changed it).
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
        QVERIFY(menu);
        QCoreApplication::processEvents();
        QCOMPARE(menu->actions().size(), 10 + 2); // files, separator, "Clear list"

        // A file that has gone is removed, with a message, and nothing else happens.
        QVERIFY(QFile::remove(opened.first()));
        JourneyDocument *before = window.document();
        menu->actions().first()->trigger();
        QCOMPARE(mMessages.size(), 1);
        QVERIFY(mMessages.first().contains(QFileInfo(opened.first()).fileName()));
        QVERIFY(!window.recentFiles().contains(opened.first()));
        QCOMPARE(window.document(), before);

        // An existing one opens and moves to the top.
        QCoreApplication::processEvents();
        menu->actions().at(3)->trigger();
        QCOMPARE(window.document()->filePath(), opened.at(4));
        QCOMPARE(window.recentFiles().first(), opened.at(4));

        QCoreApplication::processEvents();
        menu->actions().last()->trigger(); // Clear list
        QVERIFY(window.recentFiles().isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!menu->actions().first()->isEnabled());
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

    void closePromptCancelKeepsTheWindow()
    {
        MainWindow window;
        window.show();
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Не сохранено"), {}, QStringLiteral("EUR")}));
        ModalAnswerer answerer({ModalAnswerer::click(QMessageBox::Cancel)});
        QVERIFY(!window.close());
        QVERIFY(answerer.allAnswered());
        QCOMPARE(window.document(), doc);
        QVERIFY(window.isWindowModified());
    }

    void closePromptSaveOfANewJourneyGoesThroughSaveAs()
    {
        MainWindow window;
        window.show();
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("새 여정"), {}, QStringLiteral("KRW")}));
        // Save on the prompt opens the Save As dialog; cancelling it cancels the close.
        ModalAnswerer answerer({ModalAnswerer::click(QMessageBox::Save), ModalAnswerer::reject()});
        QVERIFY(!window.close());
        QVERIFY(answerer.allAnswered());
        QCOMPARE(answerer.seen().value(1), QStringLiteral("QFileDialog"));
        QVERIFY(window.isWindowModified());
    }

    void closePromptDiscardRemovesTheRecoveryCopy()
    {
        MainWindow window;
        window.show();
        JourneyDocument *doc = window.document();
        doc->push(new EditJourneyInfo(doc, {QStringLiteral("Одбачено"), {}, QStringLiteral("RSD")}));
        QVERIFY(window.autosaver()->writeNow());
        const QString copy = window.autosaver()->recoveryFilePath();
        QVERIFY(QFile::exists(copy));
        ModalAnswerer answerer({ModalAnswerer::click(QMessageBox::Discard)});
        QVERIFY(window.close());
        QVERIFY(!QFile::exists(copy));
    }

    void recoversAnUnsavedCopy_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("recover") << QStringLiteral("Recover");
        QTest::newRow("discard") << QStringLiteral("Discard");
        QTest::newRow("later") << QStringLiteral("Later");
    }

    void recoversAnUnsavedCopy()
    {
        QFETCH(QString, answer);
        // A folder of its own, so copies other tests leave behind are not offered here.
        QTemporaryDir recoveryDir;
        const QByteArray oldRecoveryDir = qgetenv("WAYMARK_RECOVERY_DIR");
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(recoveryDir.path()));
        const auto restore = qScopeGuard([&] { qputenv("WAYMARK_RECOVERY_DIR", oldRecoveryDir); });

        const QString original = savedSmallJourney(QStringLiteral("recover-%1.waymark").arg(answer));
        Journey unsaved;
        QString copy;
        {
            // A session that ends without saving (a crash): the copy stays, its lock goes.
            JourneyDocument crashed(test::smallJourney());
            crashed.setFilePath(original);
            Autosaver saver(&crashed, RecoveryStore::defaultDirectory());
            crashed.push(new EditJourneyInfo(&crashed, {QStringLiteral("Восстановлено ⚠"), {}, QStringLiteral("UAH")}));
            QVERIFY(saver.writeNow());
            copy = saver.recoveryFilePath();
            unsaved = crashed.journey();
        }
        QVERIFY(QFile::exists(copy));

        MainWindow window;
        capture(window);
        ModalAnswerer answerer({[answer](QWidget *dialog) {
            // Kept next to the test binary for a look at the offer's wording.
            dialog->grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("recoveryoffer.png")));
            ModalAnswerer::clickText(answer)(dialog);
        }});
        // The copy is offered when its file is opened (tst_recoveryoffer: only then).
        QVERIFY(window.openFile(original));
        QVERIFY(answerer.allAnswered());
        QCOMPARE(answerer.seen(), QStringList{QStringLiteral("QMessageBox")});
        QVERIFY(mMessages.isEmpty());

        if (answer == QStringLiteral("Recover")) {
            // Recovered work is unsaved work, and Save goes to the original file.
            QVERIFY(window.document()->journey().sameContent(unsaved));
            QVERIFY(window.isWindowModified());
            QCOMPARE(window.document()->filePath(), original);
            QVERIFY(!QFile::exists(copy));
            // Recovered work is protected again at once, before any further edit.
            QVERIFY(window.autosaver()->writeNow());
            QVERIFY(QFile::exists(window.autosaver()->recoveryFilePath()));
            QVERIFY(window.save());
            QVERIFY(!QFile::exists(window.autosaver()->recoveryFilePath()));
            FormatError error;
            const auto onDisk = readJourneyFile(original, &error);
            QVERIFY2(onDisk, qPrintable(error.toString()));
            QVERIFY(onDisk->sameContent(unsaved));
        } else {
            QVERIFY(window.document()->journey().sameContent(test::smallJourney())); // the file as it is
            QVERIFY(!window.isWindowModified());
            QCOMPARE(QFile::exists(copy), answer == QStringLiteral("Later"));
        }
    }

    void fitsASmallLaptopScreen()
    {
        // A first start (no saved window state) on a 1366×768 laptop: the window fits the
        // screen less a task bar and title bar, and a selected card is edited without scrolling.
        QSettings().remove(QStringLiteral("mainWindow"));
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        const QSize screen(1366, 768 - 70);
        QVERIFY2(window.minimumSizeHint().width() <= screen.width() && window.minimumSizeHint().height() <= screen.height(),
                 qPrintable(QStringLiteral("minimum %1×%2").arg(window.minimumSizeHint().width()).arg(window.minimumSizeHint().height())));
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), screen);
        window.journeyScene()->selectTouchpoints({window.document()->journey().touchpoints[6].id});
        QApplication::processEvents();
        window.grab().save(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("mainwindow-1366.png")));
        auto *properties = window.findChild<QScrollArea *>(QStringLiteral("propertiesScroll"));
        QVERIFY(properties && properties->isVisible());
        QTRY_VERIFY2(!properties->verticalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the properties need %1 px, the dock gives %2")
                                .arg(properties->widget()->minimumSizeHint().height())
                                .arg(properties->viewport()->height())));
        // Every field of the card is inside the window.
        for (const char *name : {"titleEdit", "timeEdit", "amountEdit", "emotionSlider", "notesEdit"}) {
            auto *field = window.findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(field && field->isVisible(), name);
            const QRect inWindow(field->mapTo(&window, QPoint(0, 0)), field->size());
            QVERIFY2(window.rect().contains(inWindow), name);
        }
    }

    void everyShortcutDoesOneThing()
    {
        // Two window-wide actions on one key make Qt run neither ("Ambiguous shortcut
        // overload"): F5 was both View → Present and Data → Refresh from Server.
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QHash<QKeySequence, QString> owner;
        QStringList clashes;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
                continue; // bound to one widget: another widget may use the same key
            const QString name = action->text().remove(u'&') + QStringLiteral(" (") + action->objectName() + u')';
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                if (owner.contains(key) && owner.value(key) != name)
                    clashes << key.toString() + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" and ") + name;
                owner.insert(key, name);
            }
        }
        QVERIFY2(owner.size() > 20, "the window's actions were not found");
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void looksRight()
    {
        MainWindow window;
        QVERIFY(window.openFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json")));
        window.resize(1680, 1050); // a common laptop screen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QDir out(QCoreApplication::applicationDirPath());
        const auto shoot = [&](const QString &name) {
            QApplication::processEvents();
            const QImage shot = window.grab().toImage();
            shot.save(out.filePath(name));
            return shot;
        };
        // A card selected, so the properties dock shows what it edits.
        const QUuid card = window.document()->journey().touchpoints[6].id;
        window.journeyScene()->selectTouchpoints({card});
        const QImage normal = shoot(QStringLiteral("mainwindow.png"));
        // Something is drawn: the canvas is not a blank page.
        QSet<QRgb> colours;
        for (int y = 0; y < normal.height(); y += 7)
            for (int x = 0; x < normal.width(); x += 7)
                colours.insert(normal.pixel(x, y));
        QVERIFY(colours.size() > 8);

        // The heatmap and the department filter change what is drawn.
        auto *heatmap = window.canvasToolBar()->heatmapCombo();
        heatmap->setCurrentIndex(heatmap->count() - 1); // weighted cost
        const QImage heat = shoot(QStringLiteral("mainwindow-heatmap.png"));
        QVERIFY(heat != normal);
        heatmap->setCurrentIndex(0);
        auto *department = window.canvasToolBar()->departmentCombo();
        department->setCurrentIndex(1);
        const QImage filtered = shoot(QStringLiteral("mainwindow-filtered.png"));
        QVERIFY(filtered != normal);
        department->setCurrentIndex(0);

        // The sample survey imported: NPS badges on cards and stages.
        QFile answers(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"));
        QVERIFY(answers.open(QIODevice::ReadOnly));
        const QByteArray bytes = answers.readAll();
        const ImportPreview preview = previewImport(bytes, QStringLiteral("retail-bank-nps.csv"), {}, 5);
        const ImportOutcome outcome = runImport(bytes, QStringLiteral("retail-bank-nps.csv"), DatasetKind::Answers, {},
                                                guessImportMapping(DatasetKind::Answers, preview.headers), {}, nullptr);
        QVERIFY(outcome.dataset);
        window.document()->push(new AddDataset(window.document(), *outcome.dataset));
        QVERIFY(!window.journeyScene()->dataOverlay().cards.isEmpty());
        QVERIFY(!window.journeyScene()->dataOverlay().stages.isEmpty());
        const QImage nps = shoot(QStringLiteral("mainwindow-nps.png"));
        QVERIFY(nps != normal);

        // With CLV values too: what detractors are worth on the cards, and the data dock's charts.
        QFile values(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv"));
        QVERIFY(values.open(QIODevice::ReadOnly));
        const QByteArray clvBytes = values.readAll();
        const ImportOutcome clv = runImport(clvBytes, QStringLiteral("retail-bank-clv.csv"), DatasetKind::Clv, {},
                                            guessImportMapping(DatasetKind::Clv, previewImport(clvBytes, QStringLiteral("c.csv"), {}, 5).headers), {}, nullptr);
        QVERIFY(clv.dataset);
        window.document()->push(new AddDataset(window.document(), *clv.dataset));
        // Joined behind the window: the amounts come by themselves.
        QTRY_VERIFY_WITH_TIMEOUT(!window.journeyScene()->dataOverlay().clvAtRisk.isEmpty(), 60'000);
        auto *data = window.findChild<DataDock *>();
        QVERIFY(data);
        data->show();
        data->raise();
        data->refreshCharts();
        data->charts()->setCurrentIndex(1); // NPS by touchpoint
        const QImage withData = shoot(QStringLiteral("mainwindow-data.png"));
        QVERIFY(withData != nps);
        data->charts()->setCurrentIndex(0);
        shoot(QStringLiteral("mainwindow-trend.png"));
        data->charts()->setCurrentIndex(3);
        shoot(QStringLiteral("mainwindow-clv.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
