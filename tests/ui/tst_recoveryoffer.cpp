// Crash recovery offers belong to the journey they recover: opening a file (for editing or
// for review) offers that file's copies and no other; start-up with no file offers the
// copies no file would bring up. Every copy here is a real one, left by an Autosaver whose
// session ended without saving.
#include "commands/editjourneyinfo.h"
#include "format/journeyfiles.h"
#include "journeydocument.h"
#include "mainwindow/mainwindow.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "testjourneys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace waymark;

namespace {

// Answers every message box the window opens by clicking the button with the next answer's
// text ("Later" once the answers run out, so a surprise offer cannot hang the test), and
// remembers what each box said.
class OfferAnswerer : public QObject
{
public:
    explicit OfferAnswerer(QStringList answers = {})
        : mAnswers(std::move(answers))
    {
        connect(&mPoll, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box == mLast)
                return;
            mLast = box;
            mTexts << box->text();
            const QString answer = mAnswers.isEmpty() ? QStringLiteral("Later") : mAnswers.takeFirst();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == answer) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            box->reject();
        });
        mPoll.start(10);
    }

    QStringList texts() const { return mTexts; }

private:
    QStringList mAnswers;
    QStringList mTexts;
    QPointer<QMessageBox> mLast;
    QTimer mPoll;
};

} // namespace

class TestRecoveryOffer : public QObject
{
    Q_OBJECT

    QTemporaryDir mFiles;
    std::unique_ptr<QTemporaryDir> mRecovery;
    QStringList mMessages;

    QString savedJourney(const QString &name)
    {
        const QString path = mFiles.filePath(name);
        FormatError error;
        if (!writeJourneyFile(test::smallJourney(), path, &error))
            qFatal("%s", qPrintable(error.toString()));
        return path;
    }

    // A session on `originalPath` (empty: never saved) that renamed the journey to `title`
    // and then ended without saving: its copy stays, its lock goes.
    static QString leaveCopy(const QString &originalPath, const QString &title)
    {
        JourneyDocument crashed(test::smallJourney());
        crashed.setFilePath(originalPath);
        Autosaver saver(&crashed, RecoveryStore::defaultDirectory());
        crashed.push(new EditJourneyInfo(&crashed, {title, {}, QStringLiteral("EUR")}));
        if (!saver.writeNow())
            qFatal("could not write a recovery copy to %s", qPrintable(RecoveryStore::defaultDirectory()));
        return saver.recoveryFilePath();
    }

    void capture(MainWindow &window)
    {
        window.setMessageSink([this](const QString &title, const QString &text) { mMessages << title + QLatin1Char(':') + text; });
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(mFiles.filePath(QStringLiteral("config"))));
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("WaymarkTest"));
    }

    void init()
    {
        // A fresh folder per test: no copy from one test is offered in another.
        mRecovery = std::make_unique<QTemporaryDir>();
        qputenv("WAYMARK_RECOVERY_DIR", QFile::encodeName(mRecovery->path()));
        mMessages.clear();
    }

    void openingAFileOffersOnlyItsOwnCopies()
    {
        const QString mine = savedJourney(QStringLiteral("мой.waymark"));
        const QString other = savedJourney(QStringLiteral("other.waymark"));
        const QString myCopy = leaveCopy(mine, QStringLiteral("Мой путь"));
        const QString otherCopy = leaveCopy(other, QStringLiteral("Someone else's journey"));
        const QString untitledCopy = leaveCopy({}, QStringLiteral("Never saved"));

        MainWindow window;
        capture(window);
        OfferAnswerer answerer({QStringLiteral("Later")});
        QVERIFY(window.openFile(mine));
        QCOMPARE(answerer.texts().size(), 1);
        QVERIFY2(answerer.texts().first().contains(QStringLiteral("Мой путь")), qPrintable(answerer.texts().first()));
        // "Later" keeps every copy; the others were never mentioned.
        QVERIFY(QFile::exists(myCopy) && QFile::exists(otherCopy) && QFile::exists(untitledCopy));
        QVERIFY(!window.isWindowModified());
        QVERIFY(mMessages.isEmpty());
    }

    void anyPathSpellingFindsTheCopy()
    {
        const QString mine = savedJourney(QStringLiteral("linked.waymark"));
        leaveCopy(mine, QStringLiteral("Through a link"));
        const QString link = mFiles.filePath(QStringLiteral("shortcut.waymark"));
        QVERIFY(QFile::link(mine, link));

        MainWindow window;
        capture(window);
        OfferAnswerer answerer({QStringLiteral("Recover")});
        QVERIFY(window.openFile(link));
        QCOMPARE(answerer.texts().size(), 1);
        QCOMPARE(window.document()->journey().title, QStringLiteral("Through a link"));
        QVERIFY(window.isWindowModified());
    }

    void reviewNeverOffersAnotherJourney()
    {
        const QString reviewed = savedJourney(QStringLiteral("review.waymark"));
        const QString other = savedJourney(QStringLiteral("workshop.waymark"));
        const QString otherCopy = leaveCopy(other, QStringLiteral("Workshop in progress"));
        const QString untitledCopy = leaveCopy({}, QStringLiteral("Never saved"));

        MainWindow window;
        capture(window);
        OfferAnswerer answerer;
        QVERIFY(window.openForReview(reviewed));
        QCOMPARE(answerer.texts(), QStringList{});
        QVERIFY(window.document()->isReviewOnly());
        QVERIFY(window.document()->journey().sameContent(test::smallJourney()));
        QVERIFY(QFile::exists(otherCopy) && QFile::exists(untitledCopy)); // kept for their own journeys
    }

    void reviewRecoversItsOwnCopyInReview()
    {
        const QString reviewed = savedJourney(QStringLiteral("commented.waymark"));
        const QString copy = leaveCopy(reviewed, QStringLiteral("With my comments"));

        MainWindow window;
        capture(window);
        OfferAnswerer answerer({QStringLiteral("Recover")});
        QVERIFY(window.openForReview(reviewed));
        QCOMPARE(answerer.texts().size(), 1);
        QCOMPARE(window.document()->journey().title, QStringLiteral("With my comments"));
        QVERIFY(window.document()->isReviewOnly()); // still a review, now with the recovered work
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->filePath(), QFileInfo(reviewed).absoluteFilePath());
        QVERIFY(!QFile::exists(copy));
        QVERIFY(mMessages.isEmpty());
    }

    void discardRemovesTheCopyForGood()
    {
        const QString mine = savedJourney(QStringLiteral("discard.waymark"));
        const QString copy = leaveCopy(mine, QStringLiteral("Not wanted"));
        {
            MainWindow window;
            OfferAnswerer answerer({QStringLiteral("Discard")});
            QVERIFY(window.openFile(mine));
            QCOMPARE(answerer.texts().size(), 1);
            QVERIFY(!QFile::exists(copy));
            QVERIFY(window.document()->journey().sameContent(test::smallJourney()));
        }
        MainWindow again;
        OfferAnswerer answerer;
        QVERIFY(again.openFile(mine));
        QCOMPARE(answerer.texts(), QStringList{});
    }

    void startUpOffersWhatNoFileWouldBringUp()
    {
        const QString existing = savedJourney(QStringLiteral("still-here.waymark"));
        const QString existingCopy = leaveCopy(existing, QStringLiteral("Has its file"));
        const QString untitledCopy = leaveCopy({}, QStringLiteral("Never saved"));
        const QString gone = mFiles.filePath(QStringLiteral("deleted.waymark"));
        const QString goneCopy = leaveCopy(gone, QStringLiteral("File was deleted"));

        MainWindow window;
        capture(window);
        OfferAnswerer answerer({QStringLiteral("Later"), QStringLiteral("Later")});
        window.offerRecovery();
        const QString offered = answerer.texts().join(QLatin1Char('\n'));
        QCOMPARE(answerer.texts().size(), 2);
        QVERIFY2(offered.contains(QStringLiteral("Never saved")), qPrintable(offered));
        QVERIFY2(offered.contains(QStringLiteral("File was deleted")), qPrintable(offered));
        QVERIFY2(!offered.contains(QStringLiteral("Has its file")), qPrintable(offered));
        QVERIFY(QFile::exists(existingCopy) && QFile::exists(untitledCopy) && QFile::exists(goneCopy));
    }
};

QTEST_MAIN(TestRecoveryOffer)
#include "tst_recoveryoffer.moc"
