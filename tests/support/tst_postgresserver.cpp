#include "postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtTest>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using waymark::test::PostgresServer;

namespace {
// The postmaster's process id, from the first line of its data folder's postmaster.pid.
qint64 postmasterPid(const QString &folder)
{
    QFile pidFile(folder + QStringLiteral("/data/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}
} // namespace

class TestPostgresServer : public QObject
{
    Q_OBJECT
    QString mFailedTestFolder;
    qint64 mFailedTestPid = 0;

private slots:
    // A failing check returns from the test function: the server must still go.
    void failingTestLeavesNothing()
    {
        PostgresServer server;
        WAYMARK_START_POSTGRES(server);
        mFailedTestFolder = server.socketDirectory();
        mFailedTestPid = postmasterPid(mFailedTestFolder);
        QVERIFY(mFailedTestPid > 0);
        QEXPECT_FAIL("", "a test failing with a server running", Abort);
        QVERIFY(false);
    }
    void failingTestLeftNothing()
    {
        if (mFailedTestFolder.isEmpty())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        QVERIFY(!QFileInfo::exists(mFailedTestFolder));
        QTRY_VERIFY(kill(pid_t(mFailedTestPid), 0) != 0);
    }

    void startsQueriesAndCleansUp()
    {
        QString folder;
        qint64 pid = 0;
        {
            PostgresServer server;
            WAYMARK_START_POSTGRES(server);
            folder = server.socketDirectory();
            QVERIFY(QFileInfo::exists(folder + QStringLiteral("/.s.PGSQL.%1").arg(server.port())));
            pid = postmasterPid(folder);
            QVERIFY(pid > 0);
            QCOMPARE(kill(pid_t(pid), 0), 0);

            QVERIFY2(server.createDatabase(QStringLiteral("survey")), qPrintable(server.error()));
            const auto sum = server.psql(QStringLiteral("survey"), QStringLiteral("SELECT sum(x) FROM generate_series(1, 100) AS x"));
            QVERIFY2(sum, qPrintable(server.error()));
            QCOMPARE(sum->trimmed(), QStringLiteral("5050"));

            // COPY from the test's own bytes, as tests load answers.
            QVERIFY(server.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE t (a int, b text)")));
            QVERIFY2(server.psql(QStringLiteral("survey"), QStringLiteral("COPY t FROM STDIN (FORMAT csv)"), "1,x\n2,y\n"),
                     qPrintable(server.error()));
            QCOMPARE(server.psql(QStringLiteral("survey"), QStringLiteral("SELECT string_agg(b, ',' ORDER BY a) FROM t"))->trimmed(),
                     QStringLiteral("x,y"));

            // Only the socket: no TCP address, and the server never runs as root.
            QCOMPARE(server.psql(QStringLiteral("postgres"), QStringLiteral("SHOW listen_addresses"))->trimmed(), QString());
            struct stat info {};
            QCOMPARE(stat(QFile::encodeName(folder + QStringLiteral("/data")).constData(), &info), 0);
            QVERIFY(info.st_uid != 0);
            QCOMPARE(info.st_uid, geteuid() == 0 ? info.st_uid : geteuid());

            // A failing statement reports psql's message.
            QVERIFY(!server.psql(QStringLiteral("survey"), QStringLiteral("SELECT * FROM missing_table")));
            QVERIFY2(server.error().contains(QStringLiteral("missing_table")), qPrintable(server.error()));
            QVERIFY(server.url(QStringLiteral("survey")).startsWith(QStringLiteral("postgresql://waymark@/survey?host=/")));
        }
        // Stopped and removed with the object.
        QVERIFY(!QFileInfo::exists(folder));
        QTRY_VERIFY(kill(pid_t(pid), 0) != 0);
    }

    void twoServersAtOnce()
    {
        PostgresServer first, second;
        WAYMARK_START_POSTGRES(first);
        WAYMARK_START_POSTGRES(second);
        QVERIFY(first.socketDirectory() != second.socketDirectory());
        QVERIFY(first.psql(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE only_here (x int)")));
        QVERIFY(!second.psql(QStringLiteral("postgres"), QStringLiteral("SELECT * FROM only_here")));

        // A restart keeps the cluster's data.
        first.stop();
        QVERIFY(!first.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1")));
        QVERIFY2(first.start(), qPrintable(first.error()));
        QVERIFY2(first.psql(QStringLiteral("postgres"), QStringLiteral("SELECT * FROM only_here")), qPrintable(first.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
