#include "postgresserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace waymark::test {

namespace {

constexpr int initTimeoutMs = 120'000;
constexpr int startTimeoutMs = 60'000;
constexpr int psqlTimeoutMs = 600'000; // benchmarks load millions of rows through psql

QString serverUserForRoot()
{
    const QString chosen = qEnvironmentVariable("WAYMARK_PG_TEST_USER");
    return chosen.isEmpty() ? QStringLiteral("nobody") : chosen;
}

// PostgreSQL's programs see none of the caller's PG* variables (PGHOST, PGPASSWORD, …):
// every connection detail is given on their command line.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("PG")))
            environment.remove(name);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

QString quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\'', QLatin1String("''"));
    return u'\'' + text + u'\'';
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDirectory()
{
    const auto complete = [](const QString &dir) {
        for (const char *program : {"initdb", "pg_ctl", "postgres", "psql"})
            if (!QFileInfo(dir + u'/' + QLatin1String(program)).isExecutable())
                return false;
        return true;
    };
    const QString chosen = qEnvironmentVariable("WAYMARK_PG_BINDIR");
    if (!chosen.isEmpty())
        return complete(chosen) ? chosen : QString();
    // Debian installs each major version side by side: take the newest complete one.
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        const QString bin = root.filePath(entry) + QStringLiteral("/bin");
        if (!version.isNull() && version > bestVersion && complete(bin)) {
            best = bin;
            bestVersion = version;
        }
    }
    return best;
}

QString PostgresServer::notInstalledMessage()
{
    return QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/N/bin with initdb, pg_ctl, postgres and psql; "
                          "packaging/install-deps.sh installs it, WAYMARK_PG_BINDIR names another folder)");
}

QString PostgresServer::socketDirectory() const
{
    return mFolder ? mFolder->path() : QString();
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(superuser(), database, socketDirectory()).arg(mPort);
}

bool PostgresServer::runAsServerUser(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(socketDirectory()); // the server's user may not enter the caller's folder
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = mBin + u'/' + program;
    if (geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), mOsUser, QStringLiteral("--"), path} + arguments);
    else
        process.start(path, arguments);
    if (!process.waitForStarted()) {
        mError = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished();
        mError = QStringLiteral("%1 did not finish in %2 s: %3").arg(program).arg(timeoutMs / 1000).arg(output);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        mError = QStringLiteral("%1 %2 failed (exit %3): %4").arg(program, arguments.join(u' ')).arg(process.exitCode()).arg(output);
        return false;
    }
    return true;
}

QString PostgresServer::logTail() const
{
    QFile log(socketDirectory() + QStringLiteral("/server.log"));
    if (!log.open(QIODevice::ReadOnly))
        return QString();
    const qint64 size = log.size();
    log.seek(std::max<qint64>(0, size - 4000));
    return QStringLiteral("\n--- server log ---\n") + QString::fromUtf8(log.readAll());
}

bool PostgresServer::start()
{
    if (mRunning)
        return true;
    if (mFolder) // stopped earlier: the same cluster starts again (a "server restart" test)
        return startServer();
    mBin = binDirectory();
    if (mBin.isEmpty()) {
        mError = notInstalledMessage();
        return false;
    }
    // A short folder: a Unix socket's path must stay under 108 bytes.
    mFolder = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/waymark-pg-XXXXXX"));
    if (!mFolder->isValid()) {
        mError = QStringLiteral("cannot create a temporary folder: %1").arg(mFolder->errorString());
        return false;
    }
    // Nothing listens on TCP, so the port only names the socket file in this private folder
    // and never collides; one per process keeps `ps` listings readable.
    mPort = 40000 + int(QCoreApplication::applicationPid() % 20000);
    mOsUser = QString::fromLocal8Bit(qgetenv("USER"));
    if (geteuid() == 0) {
        mOsUser = serverUserForRoot();
        const QByteArray name = mOsUser.toLocal8Bit();
        const passwd *account = getpwnam(name.constData());
        if (!account) {
            mError = QStringLiteral("running as root, the server needs an unprivileged user, and “%1” does not exist "
                                    "(set WAYMARK_PG_TEST_USER to another)").arg(mOsUser);
            return false;
        }
        if (chown(QFile::encodeName(socketDirectory()).constData(), account->pw_uid, account->pw_gid) != 0) {
            mError = QStringLiteral("cannot hand %1 to %2: %3").arg(socketDirectory(), mOsUser, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
    }
    const QString data = socketDirectory() + QStringLiteral("/data");
    if (!runAsServerUser(QStringLiteral("initdb"),
                         {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("-A"), QStringLiteral("trust"),
                          QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync"),
                          QStringLiteral("--no-instructions")},
                         initTimeoutMs))
        return false;

    // Only the socket in our folder. No fsync: a throwaway cluster need not survive the
    // machine crashing; commits still reach the kernel before they return (synchronous_commit
    // stays on), so a committed row survives stop() (immediate, a crash to PostgreSQL) and start().
    QHash<QString, QString> settings{{QStringLiteral("listen_addresses"), quoted(QString())},
                                     {QStringLiteral("unix_socket_directories"), quoted(socketDirectory())},
                                     {QStringLiteral("port"), QString::number(mPort)},
                                     {QStringLiteral("fsync"), QStringLiteral("off")},
                                     {QStringLiteral("full_page_writes"), QStringLiteral("off")},
                                     {QStringLiteral("logging_collector"), QStringLiteral("off")}};
    for (auto it = mSettings.cbegin(); it != mSettings.cend(); ++it)
        settings.insert(it.key(), it.value());
    QFile conf(data + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        mError = QStringLiteral("cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    QByteArray lines = "\n# waymark test harness\n";
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        lines += (it.key() + QStringLiteral(" = ") + it.value() + u'\n').toUtf8();
    conf.write(lines);
    conf.close();
    return startServer();
}

bool PostgresServer::startServer()
{
    const QString data = socketDirectory() + QStringLiteral("/data");
    if (!runAsServerUser(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), data, QStringLiteral("-l"), socketDirectory() + QStringLiteral("/server.log"),
                          QStringLiteral("-w"), QStringLiteral("-t"), QString::number(startTimeoutMs / 1000), QStringLiteral("start")},
                         startTimeoutMs + 5000)) {
        mError += logTail();
        return false;
    }
    mRunning = true;
    return true;
}

void PostgresServer::stop()
{
    if (!mRunning)
        return;
    mRunning = false;
    if (!runAsServerUser(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), socketDirectory() + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("immediate"),
                          QStringLiteral("-w"), QStringLiteral("stop")},
                         startTimeoutMs))
        qWarning("PostgresServer: %s", qPrintable(mError));
}

QStringList PostgresServer::psqlCommand(const QString &database) const
{
    return {mBin + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), socketDirectory(), QStringLiteral("-p"), QString::number(mPort), QStringLiteral("-U"), superuser(),
            QStringLiteral("-d"), database};
}

std::optional<QString> PostgresServer::psql(const QString &database, const QString &sql, const QByteArray &input)
{
    if (!mRunning) {
        mError = QStringLiteral("the server is not running");
        return std::nullopt;
    }
    // psql is a client: it may run as anyone, root included.
    QStringList command = psqlCommand(database);
    const QString program = command.takeFirst();
    command << QStringLiteral("-A") << QStringLiteral("-t") << QStringLiteral("-c") << sql;
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(program, command);
    if (!process.waitForStarted()) {
        mError = QStringLiteral("psql did not start: %1").arg(process.errorString());
        return std::nullopt;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(psqlTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        mError = QStringLiteral("psql did not finish: %1").arg(sql.left(200));
        return std::nullopt;
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        mError = QStringLiteral("psql failed on “%1”: %2").arg(sql.left(200), errors);
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool PostgresServer::createDatabase(const QString &name)
{
    QString identifier = name;
    identifier.replace(u'"', QLatin1String("\"\""));
    return psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(identifier)).has_value();
}

} // namespace waymark::test
