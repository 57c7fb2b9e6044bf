#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>
#include <optional>

namespace waymark::test {

// A throwaway PostgreSQL cluster for one test: initdb and pg_ctl (Debian's postgresql
// package) in a temporary folder, listening only on a Unix socket in that folder (no TCP,
// so nothing else on the machine can reach it and the port number only names the socket),
// trust authentication for the superuser `waymark`. PostgreSQL refuses to run as root, and
// CI runs as root: then the server runs as an unprivileged user (WAYMARK_PG_TEST_USER, else
// `nobody`) through runuser, and the folder is handed to that user. The destructor stops
// the server (immediate mode) and removes the folder, also when the test failed.
// See tests/support/README.md.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // The newest /usr/lib/postgresql/N/bin holding initdb, pg_ctl and postgres (or
    // WAYMARK_PG_BINDIR when set); empty when PostgreSQL is not installed.
    static QString binDirectory();
    static bool installed() { return !binDirectory().isEmpty(); }
    static QString notInstalledMessage();

    // A server setting written to postgresql.conf before start() (work_mem, max_connections, …).
    void setSetting(const QString &name, const QString &value) { mSettings.insert(name, value); }
    // initdb, then pg_ctl start; false with error() (the server log's end included). After
    // stop(), starts the same cluster again (its data kept): a server restart.
    bool start();
    // pg_ctl stop -m immediate (the folder stays until the object goes); the destructor calls it.
    void stop();
    bool running() const { return mRunning; }
    QString error() const { return mError; }

    QString socketDirectory() const;   // the folder; libpq's host= takes it
    int port() const { return mPort; }
    static QString superuser() { return QStringLiteral("waymark"); }
    QString osUser() const { return mOsUser; } // who the server runs as
    // postgresql://waymark@/DB?host=SOCKETDIR&port=PORT, as libpq and Waymark read it.
    QString url(const QString &database = QStringLiteral("postgres")) const;

    bool createDatabase(const QString &name);
    // Runs SQL with psql (-X, ON_ERROR_STOP) on `database`, `input` on its standard input
    // (COPY … FROM STDIN). The output (unaligned, tuples only), or nullopt with error().
    std::optional<QString> psql(const QString &database, const QString &sql, const QByteArray &input = {});
    // The psql command line for `database` (program first), for tests that run psql themselves.
    QStringList psqlCommand(const QString &database) const;

private:
    // Runs a PostgreSQL program as the server's user; false with mError set.
    bool startServer();
    bool runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs);
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> mFolder;
    QString mBin;
    QString mOsUser;
    int mPort = 0;
    bool mRunning = false;
    QString mError;
    QHash<QString, QString> mSettings;
};

} // namespace waymark::test

// Starts `server`, skipping the test only when PostgreSQL is not installed; a server that is
// installed but does not start fails the test with its log.
#define WAYMARK_START_POSTGRES(server)                                                                                 \
    do {                                                                                                               \
        if (!waymark::test::PostgresServer::installed())                                                               \
            QSKIP(qPrintable(waymark::test::PostgresServer::notInstalledMessage()));                                   \
        QVERIFY2((server).start(), qPrintable((server).error()));                                                      \
    } while (false)
