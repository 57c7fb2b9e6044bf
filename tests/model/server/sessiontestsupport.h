#pragma once

#include "postgresserver.h"

#include "format/journeyjson.h"
#include "journeydocument.h"
#include "server/serverjourneys.h"
#include "server/serverschema.h"
#include "server/serversession.h"
#include "server/sharedjourney.h"
#include "warehouse/postgresconnection.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>

#include <initializer_list>

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

// A session of `user` (a database user of the test server) on a journey, connected; nullptr,
// with a warning saying why, when it cannot connect.
inline std::unique_ptr<ServerSession> connectedSession(const PostgresServer &server, const QString &database, const QUuid &journey,
                                                       const QString &user)
{
    PostgresAddress address = addressOf(server, database);
    address.user = user;
    auto session = std::make_unique<ServerSession>(address, journey, user);
    QString error;
    if (!session->connectToServer(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return session;
}

// A session of `author` (as the cluster's superuser) on a journey, connected; its offline edits
// kept in `offlineFolder` when one is given. nullptr, with a warning saying why, when it cannot
// connect.
inline std::unique_ptr<ServerSession> authorSession(const PostgresServer &server, const QString &database, const QUuid &journey,
                                                    const QString &author, const QString &offlineFolder = {})
{
    auto session = std::make_unique<ServerSession>(addressOf(server, database), journey, author);
    if (!offlineFolder.isEmpty())
        session->keepOfflineEdits(offlineFolder);
    QString error;
    if (!session->connectToServer(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return session;
}

// The newest change in the journey database's log; 0 when there is none.
inline qint64 newestChange(PostgresServer &server, const QString &database)
{
    return server.psql(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM changes")).value_or(QString()).trimmed().toLongLong();
}

// Waits until every session has applied the newest change in the database; a session that
// does not within `timeoutMs` fails the test.
inline void settleSessions(PostgresServer &server, const QString &database, std::initializer_list<ServerSession *> sessions,
                           int timeoutMs)
{
    const qint64 newest = newestChange(server, database);
    for (ServerSession *session : sessions)
        QTRY_COMPARE_WITH_TIMEOUT(session->lastSeenChange(), newest, timeoutMs);
}

// What a window holds of a shared journey, without the widgets: the session, the document the
// map shows and the bridge between them, with the refusals the bridge reported.
struct SharedWindow {
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<JourneyDocument> document;
    std::unique_ptr<SharedJourney> shared;
    QStringList refusals;
    JourneyDocument *doc() const { return document.get(); }
};

inline std::unique_ptr<SharedWindow> openShared(const PostgresServer &server, const QString &database, const QUuid &journey,
                                                const QString &user)
{
    auto window = std::make_unique<SharedWindow>();
    window->session = connectedSession(server, database, journey, user);
    if (!window->session)
        return nullptr;
    window->document = std::make_unique<JourneyDocument>(window->session->journey());
    window->shared = std::make_unique<SharedJourney>(window->document.get(), window->session.get());
    QObject::connect(window->shared.get(), &SharedJourney::refused, window->shared.get(),
                     [w = window.get()](const QString &why) { w->refusals << why; });
    return window;
}

} // namespace waymark::test

// initTestCase of the session tests: a throwaway server whose cluster has Waymark's roles
// (made by migrating the database "roles") and the logins `logins` creates — the roles are
// the cluster's, made once and granted to people in every database. A macro, so that a
// machine without PostgreSQL skips the test.
#define WAYMARK_START_POSTGRES_WITH_LOGINS(server, logins)                                                            \
    do {                                                                                                               \
        WAYMARK_START_POSTGRES(server);                                                                                \
        QVERIFY((server).createDatabase(QStringLiteral("roles")));                                                    \
        waymark::test::TestConnection owner((server), QStringLiteral("roles"));                                        \
        QString migrateError;                                                                                          \
        QVERIFY2(waymark::ServerSchema::migrate(owner.db(), &migrateError), qPrintable(migrateError));                  \
        QVERIFY2((server).psql(QStringLiteral("roles"), (logins)), qPrintable((server).error()));                      \
    } while (false)

