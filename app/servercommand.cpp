#include "servercommand.h"

#include "datasetinput.h"
#include "format/formaterror.h"
#include "format/journeyfiles.h"
#include "server/serverjourneys.h"
#include "texttable.h"
#include "warehouse/postgresconnection.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>

#include <memory>
#include <optional>

namespace waymark {

namespace {


constexpr int connectTimeoutSeconds = 10;

// One connection for the command, closed and removed when it ends.
class CommandConnection
{
public:
    explicit CommandConnection(const PostgresAddress &address)
        : mDb(openPostgres(address, QStringLiteral("waymark-cli"), connectTimeoutSeconds, QStringLiteral("waymark server")))
    {
    }
    ~CommandConnection()
    {
        mDb.close();
        mDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("waymark-cli"));
    }
    CommandConnection(const CommandConnection &) = delete;
    CommandConnection &operator=(const CommandConnection &) = delete;
    QSqlDatabase &db() { return mDb; }

private:
    QSqlDatabase mDb;
};

QTextStream &stdOut()
{
    static QTextStream stream(stdout);
    return stream;
}

// The connection for `url`, or the exit status of the problem (2: the URL, 1: the server).
std::optional<int> connect(const QString &url, std::unique_ptr<CommandConnection> *connection)
{
    QString error;
    const auto address = parsePostgresUrl(url, &error);
    if (!address)
        return commandProblem(error, 2);
    *connection = std::make_unique<CommandConnection>(*address);
    if (!(*connection)->db().isOpen())
        return commandProblem(CommandLineText::tr("cannot connect to %1: %2").arg(url, (*connection)->db().lastError().text().trimmed()), 1);
    return std::nullopt;
}

int publish(const QStringList &args)
{
    if (args.size() != 2)
        return commandProblem(CommandLineText::tr("server publish takes a URL and a journey file: waymark server publish URL FILE"), 2);
    FormatError fileError;
    const auto journey = readJourneyFile(args[1], &fileError);
    if (!journey)
        return commandProblem(fileError.toString(), 1);
    std::unique_ptr<CommandConnection> connection;
    if (const auto status = connect(args[0], &connection))
        return *status;
    QString error;
    const auto id = ServerJourneys::publish(connection->db(), *journey, &error);
    if (!id)
        return commandProblem(error, 1);
    stdOut() << CommandLineText::tr("Published “%1” as %2").arg(journey->title, id->toString(QUuid::WithoutBraces)) << Qt::endl;
    return 0;
}

int list(const QStringList &args)
{
    QString url;
    QString format = QStringLiteral("table");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format")) {
            format = args.value(++i);
            if (format != QLatin1String("table") && format != QLatin1String("json"))
                return commandProblem(CommandLineText::tr("--format takes table or json"), 2);
        } else if (args[i].startsWith(QLatin1String("--")) || !url.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(args[i]), 2);
        } else {
            url = args[i];
        }
    }
    if (url.isEmpty())
        return commandProblem(CommandLineText::tr("server list takes a URL: waymark server list URL [--format table|json]"), 2);
    std::unique_ptr<CommandConnection> connection;
    if (const auto status = connect(url, &connection))
        return *status;
    QString error;
    const auto journeys = ServerJourneys::list(connection->db(), &error);
    if (!journeys)
        return commandProblem(error, 1);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ServerJourneyInfo &info : *journeys)
            array.append(QJsonObject{{QStringLiteral("id"), info.id.toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("title"), info.title},
                                     {QStringLiteral("created"), info.created.toString(Qt::ISODate)},
                                     {QStringLiteral("createdBy"), info.createdBy},
                                     {QStringLiteral("lastChanged"), info.lastChanged.toString(Qt::ISODate)},
                                     {QStringLiteral("changes"), info.changes}});
        stdOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        stdOut().flush();
        return 0;
    }
    if (journeys->empty()) {
        stdOut() << CommandLineText::tr("No journeys on this server yet: waymark server publish URL FILE puts one there.") << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const ServerJourneyInfo &info : *journeys)
        rows << QStringList{info.id.toString(QUuid::WithoutBraces), info.title, info.createdBy,
                            info.lastChanged.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), QString::number(info.changes)};
    printTable(stdOut(), {CommandLineText::tr("id"), CommandLineText::tr("journey"), CommandLineText::tr("published by"), CommandLineText::tr("last change"), CommandLineText::tr("changes")},
               rows, 4);
    stdOut().flush();
    return 0;
}

int exportJourney(const QStringList &args)
{
    if (args.size() != 3)
        return commandProblem(CommandLineText::tr("server export takes a URL, a journey id and a file: waymark server export URL ID OUT"), 2);
    const QUuid id = QUuid::fromString(args[1]);
    if (id.isNull())
        return commandProblem(CommandLineText::tr("“%1” is not a journey id (waymark server list URL shows them)").arg(args[1]), 2);
    std::unique_ptr<CommandConnection> connection;
    if (const auto status = connect(args[0], &connection))
        return *status;
    QString error;
    const auto journey = ServerJourneys::open(connection->db(), id, &error);
    if (!journey)
        return commandProblem(error, 1);
    FormatError fileError;
    if (saveJourneyFile(*journey, args[2], nullptr, nullptr, &fileError) != SaveResult::Saved)
        return commandProblem(fileError.toString(), 1);
    stdOut() << CommandLineText::tr("Saved “%1” to %2").arg(journey->title, QFileInfo(args[2]).fileName()) << Qt::endl;
    return 0;
}

} // namespace

QString serverCommandUsage()
{
    return CommandLineText::tr("  waymark server publish URL FILE | server list URL [--format table|json] | server export URL ID OUT\n"
                    "                                journeys shared through a PostgreSQL database (URL:\n"
                    "                                postgresql://[USER@]HOST[:PORT]/DB; the password comes from\n"
                    "                                ~/.pgpass): publish a journey file, list the journeys there,\n"
                    "                                save one back to a .waymark or .waymark.json file\n");
}

int runServerCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("publish"))
        return publish(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("export"))
        return exportJourney(rest);
    return commandProblem(CommandLineText::tr("server takes publish, list or export: waymark server publish URL FILE"), 2);
}

} // namespace waymark
