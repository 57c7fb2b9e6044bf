// Saving the native .waymark file: the meta table, and saves that fail (full disk, read-only
// folder, impossible target) without harming the file already on disk or leaving debris.
// A save killed at any moment is tested in tst_atomicsave.
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace waymark;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// Everything in a folder, hidden files included: a failed save must leave nothing behind.
QStringList folderEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

class TestWaymarkSave : public QObject
{
    Q_OBJECT

private slots:
    void metaRoundTrip()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("meta.waymark"));
        const QHash<QString, QString> extra{{QStringLiteral("recovery_original_path"), QStringLiteral("/data/банк.waymark")},
                                            {QStringLiteral("ключ 🔑"), QStringLiteral("значение, 값")},
                                            {QStringLiteral("empty"), QString()}};
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error, extra));
        QHash<QString, QString> meta = WaymarkFile::readMeta(file);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            QCOMPARE(meta.value(it.key(), QStringLiteral("(absent)")), it.value());
        QCOMPARE(meta.value(QStringLiteral("app_version")), QStringLiteral(WAYMARK_VERSION));
        const QString created = meta.value(QStringLiteral("created_at"));
        QVERIFY(!created.isEmpty());

        // A later save keeps the creation time and drops meta it was not given.
        QTest::qSleep(1100);
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error));
        meta = WaymarkFile::readMeta(file);
        QCOMPARE(meta.value(QStringLiteral("created_at")), created);
        QVERIFY(meta.value(QStringLiteral("saved_at")) > created);
        QVERIFY(!meta.contains(QStringLiteral("recovery_original_path")));

        QVERIFY(WaymarkFile::readMeta(folder.filePath(QStringLiteral("nowhere.waymark"))).isEmpty());
    }

    // A save that runs out of room (the file size limit stands in for a full disk; it also
    // applies to root) fails with a message, keeps the old file and leaves no temporary file.
    void failedSaveKeepsOldFile()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("keep.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error));
        const QByteArray before = fileHash(file);
        const QStringList entries = folderEntries(folder.path());

        const Journey large = test::generateJourney();
        rlimit saved = {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
        const bool written = WaymarkFile::write(large, file, &error);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY(!written);
        QCOMPARE(error.file, file);
        QVERIFY2(error.message.startsWith(QStringLiteral("Could not save")), qPrintable(error.message));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(folderEntries(folder.path()), entries);
        QVERIFY(*WaymarkFile::read(file, &error) == test::smallJourney());
    }

    void refusesUnwritableFolder()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("read-only.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error));
        const QByteArray before = fileHash(file);
        QVERIFY(QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const bool written = WaymarkFile::write(test::generateJourney(), file, &error);
        QFile::setPermissions(folder.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (runningAsRoot())
            QSKIP("root writes into read-only folders; failedSaveKeepsOldFile covers failing saves");
        QVERIFY(!written);
        QVERIFY2(error.message.contains(QStringLiteral("Could not write in the folder")), qPrintable(error.message));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(folderEntries(folder.path()), QStringList{QStringLiteral("read-only.waymark")});
    }

    void refusesImpossibleTargets()
    {
        QTemporaryDir folder;
        FormatError error;
        QVERIFY(!WaymarkFile::write(test::smallJourney(), folder.filePath(QStringLiteral("no/such/folder/x.waymark")), &error));
        QVERIFY2(error.message.contains(QStringLiteral("does not exist")), qPrintable(error.message));

        // A folder where the file should go: the rename fails and the temporary file goes.
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("taken.waymark")));
        QVERIFY(WaymarkFile::write(test::smallJourney(), folder.filePath(QStringLiteral("taken.waymark/inside")), &error));
        QVERIFY(!WaymarkFile::write(test::smallJourney(), folder.filePath(QStringLiteral("taken.waymark")), &error));
        QVERIFY2(error.message.contains(QStringLiteral("Could not replace taken.waymark")), qPrintable(error.message));
        QCOMPARE(folderEntries(folder.path()), QStringList{QStringLiteral("taken.waymark")});
    }

    void keepsPermissionsAndFollowsLinks()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("shared.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error));
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0640) == 0);
        const QString link = folder.filePath(QStringLiteral("link.waymark"));
        QVERIFY(QFile::link(file, link));

        Journey changed = test::smallJourney();
        changed.title = QStringLiteral("Через ссылку");
        QVERIFY2(WaymarkFile::write(changed, link, &error), qPrintable(error.toString()));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(WaymarkFile::read(file, &error)->title, changed.title);
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0640));
    }

    void removesStaleTemporaryFiles()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("plan.waymark"));
        const QStringList stale{QStringLiteral(".plan.waymark.Ab12Cd.tmp"), QStringLiteral(".plan.waymark.zzzzzz.tmp")};
        const QStringList kept{QStringLiteral(".plan.waymark.fresh1.tmp"), QStringLiteral(".other.waymark.Ab12Cd.tmp"),
                               QStringLiteral(".plan.waymark.notes.tmp"), QStringLiteral("plan.waymark.Ab12Cd.tmp")};
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (const QString &name : stale + kept) {
            QFile temporary(folder.filePath(name));
            QVERIFY(temporary.open(QIODevice::WriteOnly));
            if (name != kept[0])
                QVERIFY(temporary.setFileTime(old, QFileDevice::FileModificationTime));
        }
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), file, &error));
        QStringList expected = kept;
        expected << QStringLiteral("plan.waymark");
        expected.sort();
        QStringList actual = folderEntries(folder.path());
        actual.sort();
        QCOMPARE(actual, expected);
    }};

QTEST_GUILESS_MAIN(TestWaymarkSave)
#include "tst_waymarksave.moc"
