#pragma once

#include "postgresserver.h"

#include "format/journeyjson.h"
#include "server/serverjourneys.h"
#include "server/serversession.h"
#include "warehouse/postgresconnection.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace waymark::test {

// A Qt SQL connection for one test, closed and removed when it goes.
class TestConnection
{
public:
    // As `user` (a role made with psql()), or as the cluster's superuser.
    TestConnection(const PostgresServer &server, const QString &database, const QString &user = {})
        : mName(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QString error;
        PostgresAddress address = *parsePostgresUrl(server.url(database), &error);
        if (!user.isEmpty())
            address.user = user;
        mDb = openPostgres(address, mName, 10);
    }
    ~TestConnection()
    {
        mDb.close();
        mDb = QSqlDatabase();
        QSqlDatabase::removeDatabase(mName);
    }
    TestConnection(const TestConnection &) = delete;
    TestConnection &operator=(const TestConnection &) = delete;
    QSqlDatabase &db() { return mDb; }

private:
    QString mName;
    QSqlDatabase mDb;
};

inline PostgresAddress addressOf(const PostgresServer &server, const QString &database)
{
    QString error;
    return *parsePostgresUrl(server.url(database), &error);
}

inline QString journeyText(const Journey &journey)
{
    return QString::fromUtf8(JourneyJson::toJson(journey));
}

// The journey as the server holds it now, read on a connection of its own; an empty journey
// (and a warning saying why) when it cannot be read.
inline Journey journeyOnServer(const PostgresServer &server, const QString &database, const QUuid &id)
{
    TestConnection connection(server, database);
    QString error;
    const auto journey = ServerJourneys::open(connection.db(), id, &error);
    if (!journey)
        qWarning("%s", qPrintable(error));
    return journey.value_or(Journey{});
}

} // namespace waymark::test
