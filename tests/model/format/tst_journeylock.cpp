// One writer at a time: the journey lock is exclusive, names its holder when it refuses,
// is shared by every spelling of a path; a save refuses to overwrite a file another program
// changed since it was read; and opening a journey with its lock held removes what killed
// saves left beside it, but never a temporary file while another writer holds the lock.
#include "format/journeyfiles.h"
#include "format/journeylock.h"
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

#include <unistd.h>

using namespace waymark;
using namespace std::chrono_literals;

namespace {

[[nodiscard]] bool save(const Journey &journey, const QString &path)
{
    FormatError error;
    if (WaymarkFile::write(journey, path, &error))
        return true;
    qWarning("save failed: %s", qPrintable(error.toString()));
    return false;
}

void touch(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
}

QStringList hiddenEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name).filter(QRegularExpression(QStringLiteral("^\\.")));
}

} // namespace

class TestJourneyLock : public QObject
{
    Q_OBJECT

private slots:
    void aSecondWriterIsRefusedNamingTheHolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.waymark"));
        QVERIFY(save(test::smallJourney(), path));

        JourneyLock first(path);
        FormatError error;
        QVERIFY2(first.lock(0ms, &error), qPrintable(error.toString()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral(".bank.waymark.lock"))));

        JourneyLock second(path);
        QVERIFY(!second.lock(300ms, &error));
        const QString message = error.toString();
        QVERIFY2(message.contains(QStringLiteral("bank.waymark")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("tst_journeylock")), qPrintable(message)); // the program
        QVERIFY2(message.contains(QStringLiteral(".bank.waymark.lock")), qPrintable(message));

        // A save by anyone but the holder waits, then is refused and leaves the file alone.
        const QByteArray before = [&] { QFile f(path); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        Journey other = test::smallJourney();
        other.title = QStringLiteral("Someone else's");
        QCOMPARE(saveJourneyFile(other, path, nullptr, nullptr, &error), SaveResult::Failed);
        QVERIFY2(error.message.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())),
                 qPrintable(error.toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);

        first.unlock();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".bank.waymark.lock"))));
        QVERIFY(second.lock(0ms, &error));
    }

    void everySpellingOfAPathSharesOneLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("real.waymark"));
        QVERIFY(save(test::smallJourney(), path));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.waymark"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString lockPath = JourneyLock::lockFilePath(path);
        QCOMPARE(JourneyLock::lockFilePath(dir.filePath(QStringLiteral("link.waymark"))), lockPath);
        QCOMPARE(JourneyLock::lockFilePath(dir.filePath(QStringLiteral("sub/../real.waymark"))), lockPath);
        // Not there yet: the same name in the same folder.
        QCOMPARE(QFileInfo(JourneyLock::lockFilePath(dir.filePath(QStringLiteral("new.waymark")))).fileName(),
                 QStringLiteral(".new.waymark.lock"));

        JourneyLock viaLink(dir.filePath(QStringLiteral("link.waymark")));
        QVERIFY(viaLink.lock(0ms, nullptr));
        JourneyLock direct(path);
        QVERIFY(!direct.lock(0ms, nullptr));
    }

    void aSaveRefusesAFileChangedSinceItWasRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.waymark"));
        QVERIFY(save(test::smallJourney(), path));
        FormatError error;
        FileFingerprint read;
        std::optional<Journey> mine = openJourneyFile(path, &read, &error);
        QVERIFY2(mine, qPrintable(error.toString()));
        QVERIFY(read.exists);
        QCOMPARE(FileFingerprint::of(path), read);

        // Another program saves its own version meanwhile.
        Journey theirs = test::smallJourney();
        theirs.title = QStringLiteral("Imported by someone else");
        QVERIFY(save(theirs, path));
        QVERIFY(FileFingerprint::of(path) != read);

        mine->title = QStringLiteral("Mine");
        QCOMPARE(saveJourneyFile(*mine, path, &read, nullptr, &error), SaveResult::ChangedOnDisk);
        QVERIFY2(error.toString().contains(QStringLiteral("changed by another program")), qPrintable(error.toString()));
        auto onDisk = readJourneyFile(path, &error);
        QVERIFY(onDisk);
        QCOMPARE(onDisk->title, QStringLiteral("Imported by someone else"));

        // Overwriting is a choice: without an expected fingerprint the save goes through.
        FileFingerprint written;
        QCOMPARE(saveJourneyFile(*mine, path, nullptr, &written, &error), SaveResult::Saved);
        QCOMPARE(FileFingerprint::of(path), written);
        onDisk = readJourneyFile(path, &error);
        QCOMPARE(onDisk->title, QStringLiteral("Mine"));
        // And a save over an unchanged file, with its fingerprint, goes through too.
        mine->title = QStringLiteral("Mine again");
        QCOMPARE(saveJourneyFile(*mine, path, &written, &written, &error), SaveResult::Saved);
        QVERIFY(hiddenEntries(dir.path()).isEmpty()); // no lock file or temporary left
    }

    void theFingerprintSeesASameSizeChangeInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        touch(path);
        const FileFingerprint before = FileFingerprint::of(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write("y");
        file.close();
        // Same size, and a file system with a coarse clock could give the same time: the
        // sampled content still differs.
        FileFingerprint after = FileFingerprint::of(path);
        QCOMPARE(after.size, before.size);
        after.modifiedNs = before.modifiedNs;
        QVERIFY(after != before);
        QVERIFY(!FileFingerprint::of(dir.filePath(QStringLiteral("missing"))).exists);
    }

    void openingRemovesWhatKilledSavesLeftWithTheLockHeld()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bank.waymark"));
        QVERIFY(save(test::smallJourney(), path));
        // Fresh ones too: with the lock held no save can be running.
        const QString leftover = dir.filePath(QStringLiteral(".bank.waymark.a1B2c3.tmp"));
        const QString leftoverJournal = dir.filePath(QStringLiteral(".bank.waymark.a1B2c3.tmp-journal"));
        const QString notOurs[] = {dir.filePath(QStringLiteral(".bank.waymark.toolong7.tmp")),
                                   dir.filePath(QStringLiteral(".other.waymark.a1B2c3.tmp")),
                                   dir.filePath(QStringLiteral("bank.waymark.a1B2c3.tmp"))};
        touch(leftover);
        touch(leftoverJournal);
        for (const QString &name : notOurs)
            touch(name);

        // While another writer holds the lock, its temporary file may be a save in progress.
        {
            JourneyLock other(path);
            QVERIFY(other.lock(0ms, nullptr));
            FormatError error;
            QVERIFY(openJourneyFile(path, nullptr, &error));
            QVERIFY(QFile::exists(leftover));
        }
        FormatError error;
        QVERIFY2(openJourneyFile(path, nullptr, &error), qPrintable(error.toString()));
        QVERIFY(!QFile::exists(leftover));
        QVERIFY(!QFile::exists(leftoverJournal));
        for (const QString &name : notOurs)
            QVERIFY2(QFile::exists(name), qPrintable(name));
        QVERIFY(!QFile::exists(JourneyLock::lockFilePath(path)));
    }

    void aFolderWithoutWritePermissionIsExplained()
    {
        if (::geteuid() == 0)
            QSKIP("root may write in any folder, so there is no permission error to see");
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("bank.waymark"));
        QVERIFY(save(test::smallJourney(), path));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        JourneyLock lock(path);
        FormatError error;
        QVERIFY(!lock.lock(0ms, &error));
        QVERIFY2(error.message.contains(QStringLiteral("permission")), qPrintable(error.toString()));
        // Reading needs no lock.
        QVERIFY2(openJourneyFile(path, nullptr, &error), qPrintable(error.toString()));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestJourneyLock)
#include "tst_journeylock.moc"
