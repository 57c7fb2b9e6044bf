// Autosave and crash recovery: a copy of unsaved changes is written on a timer and on
// demand, removed when there is nothing unsaved, survives a crash, and is offered (and
// only offered) when its session is no longer running.
#include "commands/editjourneyinfo.h"
#include "data/answersummary.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"
#include "commands/editentity.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"
#include "recovery/autosaver.h"
#include "recovery/recoverystore.h"
#include "manyanswers.h"
#include "testjourneys.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace waymark;

class TestRecovery : public QObject
{
    Q_OBJECT

    static void rename(JourneyDocument &document, const QString &title)
    {
        const Journey &j = document.journey();
        document.push(new EditJourneyInfo(&document, {title, j.description, j.currency}));
    }

private slots:
    void writesOnTheTimerOnlyWhenModified()
    {
        QTemporaryDir dir;
        JourneyDocument document(test::smallJourney());
        Autosaver autosaver(&document, dir.path(), 30);
        QTest::qWait(150);
        QVERIFY2(!QFile::exists(autosaver.recoveryFilePath()), "nothing unsaved: no copy");

        rename(document, QStringLiteral("Измена"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.recoveryFilePath()), 5000);
        FormatError error;
        const auto copy = WaymarkFile::read(autosaver.recoveryFilePath(), &error);
        QVERIFY2(copy, qPrintable(error.toString()));
        QVERIFY(*copy == document.journey());

        // Back to the saved state (undo): the copy would only hold stale changes.
        document.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(autosaver.recoveryFilePath()), 5000);
    }

    // A large dataset opened as its summary with its rows still being read: the timer does
    // not write the copy then (it would wait for the rows on the window's thread), and writes
    // it as soon as they are there.
    void timerWaitsForRowsReadBehind()
    {
        QTemporaryDir dir;
        Journey journey = test::smallJourney();
        Dataset opened = test::manyAnswers(5'000, 3);
        const std::shared_ptr<const AnswerTable> rows = opened.answers.shared();
        opened.answers = {};
        opened.answers.edit() = summarizeAnswers(*rows, *metricByKey(QStringLiteral("nps")));
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        opened.pendingRows = std::make_shared<PendingAnswers>(rows->size(), [rows, released](const std::atomic_bool &, std::atomic_int &) {
            released.wait();
            PendingAnswers::Outcome outcome;
            outcome.rows = rows;
            return outcome;
        });
        journey.datasets.emplace_back(std::move(opened));
        JourneyDocument document(std::move(journey));
        Autosaver autosaver(&document, dir.path(), 30);
        rename(document, QStringLiteral("Пока строки читаются"));
        QTest::qWait(300); // ten ticks
        QVERIFY2(!QFile::exists(autosaver.recoveryFilePath()), "no copy while the rows are being read");
        QVERIFY(!document.journey().datasets.front()->pendingRows->ready());

        release.set_value();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.recoveryFilePath()), 5000);
        FormatError error;
        const auto copy = WaymarkFile::read(autosaver.recoveryFilePath(), &error);
        QVERIFY2(copy, qPrintable(error.toString()));
        QCOMPARE(copy->title, QStringLiteral("Пока строки читаются"));
        QCOMPARE(copy->datasets.front()->rows(), rows->size()); // the rows, not the summary
    }

    void writeNowAndDiscard()
    {
        QTemporaryDir dir;
        JourneyDocument document(test::smallJourney());
        document.setFilePath(QStringLiteral("/data/банк.waymark"));
        Autosaver autosaver(&document, dir.path(), 60 * 60 * 1000);
        rename(document, QStringLiteral("첫 번째"));
        QVERIFY(autosaver.writeNow());
        const auto meta = WaymarkFile::readMeta(autosaver.recoveryFilePath());
        QCOMPARE(meta.value(QString::fromLatin1(RecoveryStore::originalPathKey)), QStringLiteral("/data/банк.waymark"));
        QVERIFY(QDateTime::fromString(meta.value(QString::fromLatin1(RecoveryStore::writtenAtKey)), Qt::ISODateWithMs).isValid());

        autosaver.discard();
        QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));
        // Saved documents need no copy.
        document.markSaved();
        QVERIFY(autosaver.writeNow());
        QVERIFY(!QFile::exists(autosaver.recoveryFilePath()));
    }

    void liveSessionsAreNotOffered()
    {
        QTemporaryDir dir;
        QString path;
        {
            JourneyDocument document(test::smallJourney());
            Autosaver autosaver(&document, dir.path(), 60 * 60 * 1000);
            rename(document, QStringLiteral("Live"));
            QVERIFY(autosaver.writeNow());
            path = autosaver.recoveryFilePath();
            QVERIFY(RecoveryStore::find(dir.path()).isEmpty()); // still running
        }
        // The session ended without saving or discarding (as on SIGTERM): offered now.
        const auto sessions = RecoveryStore::find(dir.path());
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().recoveryFile, path);
        QCOMPARE(sessions.first().title, QStringLiteral("Live"));
        RecoveryStore::discard(sessions.first());
        QVERIFY(RecoveryStore::find(dir.path()).isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void aKilledSessionIsRecoverable()
    {
        QTemporaryDir dir;
        const QString original = dir.filePath(QStringLiteral("journey.waymark"));
        QProcess child;
        child.start(QStringLiteral(CRASH_CHILD), {dir.path(), original});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readAll().trimmed(), QByteArray("saved"));
        QVERIFY(RecoveryStore::find(dir.path()).isEmpty()); // alive: not offered
        child.kill();                                         // SIGKILL: no clean-up at all
        QVERIFY(child.waitForFinished());

        const auto sessions = RecoveryStore::find(dir.path());
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().originalPath, original);
        FormatError error;
        const auto journey = RecoveryStore::load(sessions.first(), &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        Journey expected = test::smallJourney();
        expected.title = QStringLiteral("Unsaved title ✍");
        expected.description = QStringLiteral("d");
        QVERIFY(*journey == expected);
    }

    void copiesAreFoundByTheirOriginalFile()
    {
        QTemporaryDir recovery, files;
        const auto leave = [&](const QString &original, const QString &title) {
            JourneyDocument document(test::smallJourney());
            document.setFilePath(original);
            Autosaver autosaver(&document, recovery.path(), 60 * 60 * 1000);
            rename(document, title);
            QVERIFY(autosaver.writeNow()); // then the session ends: the copy stays, unlocked
        };
        const QString mine = files.filePath(QStringLiteral("мой.waymark"));
        const QString other = files.filePath(QStringLiteral("other.waymark"));
        for (const QString &path : {mine, other}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly)); // the originals exist
        }
        leave(mine, QStringLiteral("Mine"));
        leave(other, QStringLiteral("Other"));
        leave({}, QStringLiteral("Untitled"));
        leave(files.filePath(QStringLiteral("gone.waymark")), QStringLiteral("Gone"));
        QCOMPARE(RecoveryStore::find(recovery.path()).size(), 4);

        const auto titles = [](const QList<RecoverableSession> &sessions) {
            QStringList names;
            for (const RecoverableSession &session : sessions)
                names << session.title;
            names.sort();
            return names;
        };
        QCOMPARE(titles(RecoveryStore::findFor(recovery.path(), mine)), QStringList{QStringLiteral("Mine")});
        // Any spelling of the same file: "..", a link.
        const QString roundabout = files.filePath(QStringLiteral("sub/../мой.waymark"));
        QVERIFY(QDir().mkpath(files.filePath(QStringLiteral("sub"))));
        QCOMPARE(titles(RecoveryStore::findFor(recovery.path(), roundabout)), QStringList{QStringLiteral("Mine")});
        const QString link = files.filePath(QStringLiteral("link.waymark"));
        QVERIFY(QFile::link(mine, link));
        QCOMPARE(titles(RecoveryStore::findFor(recovery.path(), link)), QStringList{QStringLiteral("Mine")});
        QVERIFY(RecoveryStore::findFor(recovery.path(), files.filePath(QStringLiteral("never.waymark"))).isEmpty());
        QVERIFY(RecoveryStore::findFor(recovery.path(), QString()).isEmpty()); // untitled copies belong to no file

        QCOMPARE(titles(RecoveryStore::findWithoutFile(recovery.path())), (QStringList{QStringLiteral("Gone"), QStringLiteral("Untitled")}));
    }

    void defaultDirectoryFollowsTheEnvironment()
    {
        qputenv("WAYMARK_RECOVERY_DIR", "/tmp/waymark-recovery-test");
        QCOMPARE(RecoveryStore::defaultDirectory(), QStringLiteral("/tmp/waymark-recovery-test"));
        qunsetenv("WAYMARK_RECOVERY_DIR");
        QVERIFY(RecoveryStore::defaultDirectory().endsWith(QStringLiteral("/recovery")));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
