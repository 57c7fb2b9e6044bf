// The editor and another program writing the same journey: the window says when its file
// changed on disk, and Save then asks (Reload / Save As… / Overwrite / Cancel) instead of
// replacing the other program's work unseen. Its own saves are never taken for a change.
#include "commands/editjourneyinfo.h"
#include "format/journeyfiles.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "testjourneys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace waymark;

namespace {

// Answers the next modal dialogs in order: a button text clicks that button, an empty
// text rejects the dialog (a file dialog).
class Answers : public QObject
{
public:
    explicit Answers(QStringList answers)
        : mAnswers(std::move(answers))
    {
        connect(&mPoll, &QTimer::timeout, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog == mLast || mAnswers.isEmpty())
                return;
            mLast = dialog;
            const QString answer = mAnswers.takeFirst();
            if (auto *box = qobject_cast<QMessageBox *>(dialog); box && !answer.isEmpty()) {
                mSeen << box->text();
                for (QAbstractButton *button : box->buttons())
                    if (button->text() == answer)
                        return button->click();
            }
            qobject_cast<QDialog *>(dialog)->reject();
        });
        mPoll.start(10);
    }
    QStringList seen() const { return mSeen; }
    bool allAnswered() const { return mAnswers.isEmpty(); }

private:
    QStringList mAnswers;
    QStringList mSeen;
    QPointer<QWidget> mLast;
    QTimer mPoll;
};

QString titleOnDisk(const QString &path)
{
    FormatError error;
    const auto journey = readJourneyFile(path, &error);
    return journey ? journey->title : error.toString();
}

void retitle(JourneyDocument *document, const QString &title)
{
    document->push(new EditJourneyInfo(document, {title, document->journey().description, document->journey().currency}));
}

} // namespace

class TestDiskChange : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QStringList mErrors;

    QString journeyFile(const QString &name, const QString &title)
    {
        Journey journey = test::smallJourney();
        journey.title = title;
        const QString path = mDir.filePath(name);
        FormatError error;
        if (!WaymarkFile::write(journey, path, &error))
            qFatal("%s", qPrintable(error.toString()));
        return path;
    }

    QLabel *banner(MainWindow &window) { return window.findChild<QLabel *>(QStringLiteral("diskChangeBanner")); }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mDir.filePath(QStringLiteral("config"))));
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mDir.filePath(QStringLiteral("recovery"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void saveAfterAnOutsideChangeAsks_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("saved");
        QTest::addColumn<QString>("onDisk");
        QTest::addColumn<QString>("inWindow");
        QTest::addColumn<bool>("modified");
        QTest::newRow("cancel") << QStringLiteral("Cancel") << false << QStringLiteral("Theirs") << QStringLiteral("Mine") << true;
        QTest::newRow("overwrite") << QStringLiteral("Overwrite") << true << QStringLiteral("Mine") << QStringLiteral("Mine") << false;
        QTest::newRow("reload") << QStringLiteral("Reload (Lose My Changes)") << false << QStringLiteral("Theirs")
                                << QStringLiteral("Theirs") << false;
        // Save As… with its file dialog closed: nothing written anywhere.
        QTest::newRow("save as, then cancel") << QStringLiteral("Save As…") << false << QStringLiteral("Theirs")
                                              << QStringLiteral("Mine") << true;
    }

    void saveAfterAnOutsideChangeAsks()
    {
        QFETCH(QString, answer);
        QFETCH(bool, saved);
        QFETCH(QString, onDisk);
        QFETCH(QString, inWindow);
        QFETCH(bool, modified);
        const QString path = journeyFile(QStringLiteral("shared-%1.waymark")
                                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                                             .replace(QLatin1Char(' '), QLatin1Char('-')),
                                         QStringLiteral("Ours at first"));
        MainWindow window;
        window.setMessageSink([this](const QString &title, const QString &text) { mErrors << title + QLatin1Char(':') + text; });
        QVERIFY(window.openFile(path));
        QVERIFY(banner(window)->isHidden());
        retitle(window.document(), QStringLiteral("Mine"));

        // Another program (an import, a colleague's Waymark) saves the file meanwhile.
        Journey theirs = test::smallJourney();
        theirs.title = QStringLiteral("Theirs");
        FormatError error;
        QVERIFY(WaymarkFile::write(theirs, path, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(window)->isHidden(), 5000);
        QVERIFY2(banner(window)->text().contains(QStringLiteral("was changed on disk by another program")),
                 qPrintable(banner(window)->text()));

        Answers answers({answer, QString()}); // the empty one closes a Save As file dialog
        QCOMPARE(window.save(), saved);
        QVERIFY2(!answers.seen().isEmpty() && answers.seen().first().contains(QStringLiteral("was changed by another program")),
                 qPrintable(answers.seen().join(QLatin1Char('|'))));
        QCOMPARE(titleOnDisk(path), onDisk);
        QCOMPARE(window.document()->journey().title, inWindow);
        QCOMPARE(window.document()->isModified(), modified);
        QVERIFY2(mErrors.isEmpty(), qPrintable(mErrors.join(QLatin1Char('\n'))));
        if (saved || answer.startsWith(QLatin1String("Reload")))
            QVERIFY(banner(window)->isHidden()); // the window and the file agree again
    }

    void ownSavesAreNoOutsideChange()
    {
        const QString path = journeyFile(QStringLiteral("own.waymark"), QStringLiteral("Ours"));
        MainWindow window;
        window.setMessageSink([this](const QString &title, const QString &text) { mErrors << title + QLatin1Char(':') + text; });
        QVERIFY(window.openFile(path));
        Answers answers({QStringLiteral("Cancel")}); // would answer a question no save may ask
        for (int i = 0; i < 3; ++i) {
            retitle(window.document(), QStringLiteral("Ours %1").arg(i));
            QVERIFY(window.save());
            QTest::qWait(400); // longer than the watcher waits for events to settle
        }
        QVERIFY(answers.seen().isEmpty());
        QVERIFY(banner(window)->isHidden());
        QCOMPARE(titleOnDisk(path), QStringLiteral("Ours 2"));

        // And the watch survives our atomic renames: a later outside change is still seen.
        Journey theirs = test::smallJourney();
        theirs.title = QStringLiteral("Theirs");
        FormatError error;
        QVERIFY(WaymarkFile::write(theirs, path, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(window)->isHidden(), 5000);
        QVERIFY(mErrors.isEmpty());
    }

    void aRemovedFileIsSavedAgainWithoutAsking()
    {
        const QString path = journeyFile(QStringLiteral("removed.waymark"), QStringLiteral("Ours"));
        MainWindow window;
        QVERIFY(window.openFile(path));
        retitle(window.document(), QStringLiteral("Still mine"));
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(!banner(window)->isHidden(), 5000);
        QVERIFY2(banner(window)->text().contains(QStringLiteral("removed or renamed")), qPrintable(banner(window)->text()));
        Answers answers({QStringLiteral("Cancel")});
        QVERIFY(window.save());
        QVERIFY(answers.seen().isEmpty());
        QCOMPARE(titleOnDisk(path), QStringLiteral("Still mine"));
    }
};

QTEST_MAIN(TestDiskChange)
#include "tst_diskchange.moc"
