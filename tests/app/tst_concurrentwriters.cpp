// The torture test of issue 17, on the real `waymark` binary: kill -9 a save of a large
// journey at random moments (the file always validates and is exactly the old or the new
// journey; the next open removes the killed save's temporary file), and two imports into
// one journey at the same moment (every import that said "added" is in the file; one that
// could not get in says who held the journey and exits 1).
//
// WAYMARK_BINARY_UNDER_TEST runs the same checks against another build or an installed
// waymark (e.g. the one before this test existed).
#include "format/journeyfiles.h"
#include "format/journeylock.h"
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace std::chrono_literals;

namespace {

// Large enough that a save takes a noticeable moment (a few hundred ms on one core), small
// enough that 20 saves and 20 imports stay well under a minute on two cores.
constexpr int cardsInTheLargeJourney = 6000;

const QString sampleNps = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv");

QString binary()
{
    return qEnvironmentVariableIsSet("WAYMARK_BINARY_UNDER_TEST") ? qEnvironmentVariable("WAYMARK_BINARY_UNDER_TEST")
                                                                   : QStringLiteral(WAYMARK_BINARY);
}

void startWaymark(QProcess &process, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(binary(), arguments);
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run finish(QProcess &process)
{
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The temporary files of saves to `name` in `folder` (".<name>.XXXXXX.tmp").
QStringList temporaries(const QString &folder, const QString &name)
{
    const QRegularExpression pattern(QStringLiteral("^\\.%1\\.\\w{6}\\.tmp$").arg(QRegularExpression::escape(name)));
    return QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(pattern);
}

QStringList datasetNames(const QString &path, QString *why)
{
    FormatError error;
    const auto journey = readJourneyFile(path, &error);
    if (!journey) {
        *why = error.toString();
        return {};
    }
    QStringList names;
    for (const DatasetRef &dataset : journey->datasets)
        names << dataset->name;
    return names;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    Journey mA;
    Journey mB;
    QString mFileA; // the journeys to save, as files `waymark convert` copies
    QString mFileB;

    QString freshJourney(const QString &name, const Journey &journey)
    {
        const QString path = mDir.filePath(name);
        FormatError error;
        if (!WaymarkFile::write(journey, path, &error))
            qFatal("%s", qPrintable(error.toString()));
        return path;
    }

    // Starts `waymark convert source target` and waits until its save has begun (its
    // temporary file is there); false when the child finished first.
    bool startSave(QProcess &child, const QString &source, const QString &target)
    {
        startWaymark(child, {QStringLiteral("convert"), source, target});
        const QString folder = QFileInfo(target).absolutePath();
        const QString name = QFileInfo(target).fileName();
        while (temporaries(folder, name).isEmpty()) {
            if (child.waitForFinished(2)) // a 2 ms pause that notices the end
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(binary()), qPrintable(binary()));
        mA = test::generateJourney({.touchpoints = cardsInTheLargeJourney, .seed = 1});
        mB = test::generateJourney({.touchpoints = cardsInTheLargeJourney, .seed = 2});
        QVERIFY(!(mA == mB));
        mFileA = freshJourney(QStringLiteral("a.waymark"), mA);
        mFileB = freshJourney(QStringLiteral("b.waymark"), mB);
    }

    void killedSavesLeaveTheOldOrTheNewJourney()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(QFile::copy(mFileA, target));

        // How long a whole save takes here, so the kills spread over all of it.
        QElapsedTimer clock;
        QProcess first;
        QVERIFY(startSave(first, mFileB, target));
        clock.start();
        QCOMPARE(finish(first).exitCode, 0);
        const int saveMs = std::max(20, int(clock.elapsed()));
        qInfo("a save takes about %d ms", saveMs);

        QRandomGenerator random(17); // fixed seed: the same kill moments every run
        const Journey *current = &mB;
        int killedMidSave = 0;
        int sawOld = 0;
        int sawNew = 0;
        for (int round = 0; round < 20; ++round) {
            const Journey *next = current == &mA ? &mB : &mA;
            QProcess child;
            if (startSave(child, next == &mA ? mFileA : mFileB, target)
                && !child.waitForFinished(int(random.bounded(saveMs + saveMs / 4 + 1)))) {
                child.kill(); // SIGKILL: no clean-up at all
                ++killedMidSave;
                QVERIFY(child.waitForFinished());
            }

            FormatError error;
            const auto onDisk = WaymarkFile::read(target, &error);
            QVERIFY2(onDisk, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.toString())));
            if (*onDisk == *next) {
                ++sawNew;
                current = next;
            } else if (*onDisk == *current) {
                ++sawOld;
            } else {
                QFAIL(qPrintable(QStringLiteral("round %1: the file is neither the old nor the new journey").arg(round)));
            }
            // The next open (with the lock, taken over from the dead writer) leaves nothing behind.
            QVERIFY2(openJourneyFile(target, nullptr, &error), qPrintable(error.toString()));
            QCOMPARE(temporaries(dir.path(), QStringLiteral("journey.waymark")), QStringList());
            QVERIFY(!QFile::exists(JourneyLock::lockFilePath(target)));
        }
        qInfo("20 saves: %d killed before they finished; the file held the old journey %d times, the new %d times",
              killedMidSave, sawOld, sawNew);
        QVERIFY2(killedMidSave > 0, "no save was killed while it ran: the test proved nothing");
    }

    void theNextImportRemovesAKilledSavesTemporaryFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(QFile::copy(mFileA, target));
        QStringList left;
        // The kill comes 0, 2, 4 … ms after the temporary file appears: a fixed pause missed
        // every save on a machine where the whole save took less than it.
        for (int attempt = 0; attempt < 20 && left.isEmpty(); ++attempt) {
            QProcess child;
            if (startSave(child, mFileB, target) && !child.waitForFinished(2 * attempt)) {
                child.kill();
                QVERIFY(child.waitForFinished());
            }
            left = temporaries(dir.path(), QStringLiteral("journey.waymark"));
        }
        QVERIFY2(!left.isEmpty(), "no save could be killed before its rename");

        QProcess import;
        startWaymark(import, {QStringLiteral("import"), target, QStringLiteral("--nps"), sampleNps});
        const Run run = finish(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(temporaries(dir.path(), QStringLiteral("journey.waymark")), QStringList());
    }

    void aSecondWriterWaitsForTheFirst()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(QFile::copy(mFileA, target));
        JourneyLock held(target);
        QVERIFY(held.lock(0ms, nullptr));
        QProcess import;
        startWaymark(import, {QStringLiteral("import"), target, QStringLiteral("--nps"), sampleNps, QStringLiteral("--name"),
                              QStringLiteral("after the wait")});
        QVERIFY(!import.waitForFinished(700)); // still waiting for the lock
        held.unlock();
        const Run run = finish(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QString why;
        QCOMPARE(datasetNames(target, &why), QStringList{QStringLiteral("after the wait")});
    }

    void aSecondWriterGivesUpNamingTheHolder()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(QFile::copy(mFileA, target));
        const QByteArray before = fileBytes(target);
        JourneyLock held(target);
        QVERIFY(held.lock(0ms, nullptr));
        QProcess import;
        startWaymark(import, {QStringLiteral("import"), target, QStringLiteral("--nps"), sampleNps});
        const Run run = finish(import);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("journey.waymark is being changed by another program")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("tst_concurrentwriters")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileBytes(target), before);
    }

    void twoImportsAtOnceLoseNothing()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(QFile::copy(mFileA, target));
        QStringList acknowledged;
        int refused = 0;
        for (int round = 0; round < 10; ++round) {
            QProcess writers[2];
            const QString names[2] = {QStringLiteral("round %1, first").arg(round), QStringLiteral("round %1, second").arg(round)};
            for (int i = 0; i < 2; ++i)
                startWaymark(writers[i], {QStringLiteral("import"), target, QStringLiteral("--nps"), sampleNps,
                                          QStringLiteral("--name"), names[i]});
            for (int i = 0; i < 2; ++i) {
                const Run run = finish(writers[i]);
                if (run.exitCode == 0) {
                    QVERIFY2(run.out.contains(QStringLiteral("added “%1”").arg(names[i])), qPrintable(run.out));
                    acknowledged << names[i];
                } else {
                    QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
                    QVERIFY2(run.err.contains(QStringLiteral("is being changed by another program")), qPrintable(run.err));
                    QVERIFY2(QRegularExpression(QStringLiteral("process \\d+")).match(run.err).hasMatch(), qPrintable(run.err));
                    ++refused;
                }
            }
            QString why;
            const QStringList inFile = datasetNames(target, &why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            for (const QString &name : std::as_const(acknowledged))
                QVERIFY2(inFile.contains(name), qPrintable(QStringLiteral("“%1” said it was added but is not in the file").arg(name)));
            QCOMPARE(inFile.size(), acknowledged.size());
        }
        qInfo("10 rounds of two imports: %lld added, %d refused after waiting", acknowledged.size(), refused);
        QVERIFY(!QFile::exists(JourneyLock::lockFilePath(target)));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
