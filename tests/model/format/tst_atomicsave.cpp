// Saves are atomic: a child process saves two journeys in turn and is killed with SIGKILL at
// pseudo-random moments. Whatever the moment, the file must open and be exactly one of the
// two journeys; the only debris allowed is the killed save's own temporary file. And the
// atomic rename must replace the file a (chain of) symbolic link(s) leads to, not a link.
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace waymark;
using namespace waymark::test;

namespace {

// Saves and says why on failure (a bare QVERIFY(false) would hide the message).
[[nodiscard]] bool save(const Journey &journey, const QString &path)
{
    FormatError error;
    if (WaymarkFile::write(journey, path, &error))
        return true;
    qWarning("save failed: %s", qPrintable(error.toString()));
    return false;
}

// Every name in a folder, hidden ones (temporary files) included, sorted.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What a symbolic link says, as written in it.
QString readLink(const QString &path)
{
    char buffer[4096];
    const ssize_t size = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return size < 0 ? QString() : QFile::decodeName(QByteArray(buffer, qsizetype(size)));
}

} // namespace

class TestAtomicSave : public QObject
{
    Q_OBJECT

private slots:
    void killedSavesLeaveOldOrNewFile()
    {
        // The same journeys the child builds.
        const Journey a = generateJourney({.touchpoints = 2000, .seed = 1});
        const Journey b = generateJourney({.touchpoints = 2000, .seed = 2});
        QVERIFY(!(a == b));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journey.waymark"));
        QVERIFY(save(a, path));

        QRandomGenerator random(20240611); // fixed seed: the same kill moments every run
        int seenA = 0;
        int seenB = 0;
        int killsAfterB = 0; // kills that landed after the child had reported saving B
        for (int round = 0; round < 40; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(SAVE_CHILD), {path});
            QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
            // Building the journeys is not saving: start the clock when the child is ready.
            QVERIFY(child.waitForReadyRead(60000));
            QVERIFY(child.canReadLine());
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            QTest::qWait(int(random.bounded(401)));
            child.kill(); // SIGKILL: no clean-up at all
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed while saving, not stopped by an error
            if (child.readAll().contains("saved B"))
                ++killsAfterB;

            FormatError error;
            const auto journey = WaymarkFile::read(path, &error);
            QVERIFY2(journey, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.toString())));
            if (*journey == a)
                ++seenA;
            else if (*journey == b)
                ++seenB;
            else
                QFAIL(qPrintable(QStringLiteral("round %1: the file is neither journey A nor B").arg(round)));
        }
        qInfo("after 40 kills: journey A %d times, journey B %d times; %d kills after B was saved", seenA, seenB,
              killsAfterB);
        QVERIFY2(killsAfterB > 0, "the child never got to save journey B before it was killed");

        // Killed saves may leave their temporary file; nothing else may appear.
        const QRegularExpression temporary(QStringLiteral("^\\.journey\\.waymark\\.\\w{6}\\.tmp$"));
        QStringList unexpected;
        int temporaries = 0;
        for (const QString &name : entries(dir.path())) {
            if (temporary.match(name).hasMatch())
                ++temporaries;
            else if (name != QLatin1String("journey.waymark"))
                unexpected << name;
        }
        qInfo("%d temporary files left by killed saves", temporaries);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral(", "))));
        QVERIFY(temporaries <= 40);
    }

    // The rename must land on the file the link leads to, however many links deep; renaming
    // over a link in the middle would turn it into a copy and leave the real file stale.
    void savesThroughLinksReplaceTheRealFile_data()
    {
        QTest::addColumn<QString>("linkTarget"); // what link.waymark says
        QTest::addColumn<QString>("realFile");   // where the journey must land
        QTest::newRow("relative link") << QStringLiteral("real.waymark") << QStringLiteral("real.waymark");
        QTest::newRow("link into another folder") << QStringLiteral("sub/real.waymark") << QStringLiteral("sub/real.waymark");
        QTest::newRow("link to a link") << QStringLiteral("middle.waymark") << QStringLiteral("sub/real.waymark");
        QTest::newRow("link to a file not yet saved") << QStringLiteral("sub/new.waymark") << QStringLiteral("sub/new.waymark");
    }

    void savesThroughLinksReplaceTheRealFile()
    {
        QFETCH(QString, linkTarget);
        QFETCH(QString, realFile);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString real = dir.filePath(realFile);
        const QString link = dir.filePath(QStringLiteral("link.waymark"));
        const QString middle = dir.filePath(QStringLiteral("middle.waymark"));
        if (!realFile.endsWith(QLatin1String("new.waymark")))
            QVERIFY(save(smallJourney(), real));
        if (linkTarget == QLatin1String("middle.waymark"))
            QVERIFY(::symlink("sub/real.waymark", QFile::encodeName(middle).constData()) == 0);
        QVERIFY(::symlink(QFile::encodeName(linkTarget).constData(), QFile::encodeName(link).constData()) == 0);
        const QStringList before = entries(dir.path());

        const Journey next = generateJourney({.stages = 4, .lanes = 4, .touchpoints = 30, .connections = 3, .seed = 5});
        QVERIFY(save(next, link));
        QCOMPARE(readLink(link), linkTarget); // still the same link
        if (linkTarget == QLatin1String("middle.waymark"))
            QCOMPARE(readLink(middle), QStringLiteral("sub/real.waymark"));
        QCOMPARE(entries(dir.path()), before); // nothing new, no temporary file left
        QCOMPARE(entries(dir.filePath(QStringLiteral("sub"))).size(), realFile.startsWith(QLatin1String("sub/")) ? 1 : 0);
        const auto read = WaymarkFile::read(real, nullptr);
        QVERIFY(read && *read == next);
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
