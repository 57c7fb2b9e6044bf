#include "server/serverschema.h"

#include "server/serverroles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace waymark::ServerSchema {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
};

// Any fixed number: the advisory lock that serialises migrations across clients.
constexpr qint64 migrationLock = 0x7761796d61726b01; // "waymark" 1

bool run(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = Text::tr("setting up the server schema on %1 failed: %2 (in: %3)")
                             .arg(db.databaseName(), query.lastError().databaseText().trimmed(), statement.simplified().left(80));
            return false;
        }
    }
    return true;
}

// Version 1: journeys, their cards, comments and dots, and the change log.
bool migration1(QSqlDatabase &db, QString *error)
{
    return run(db,
               {QStringLiteral("CREATE TABLE IF NOT EXISTS journeys ("
                               " id uuid PRIMARY KEY,"
                               " title text NOT NULL,"
                               " created timestamptz NOT NULL DEFAULT now(),"
                               " created_by text NOT NULL DEFAULT current_user,"
                               " base jsonb NOT NULL,"
                               " last_change bigint NOT NULL DEFAULT 0,"
                               " last_changed timestamptz NOT NULL DEFAULT now())"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS cards ("
                               " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                               " id uuid NOT NULL,"
                               " stage uuid NOT NULL,"
                               " lane uuid NOT NULL,"
                               " sort_key text COLLATE \"C\" NOT NULL CHECK (sort_key ~ '^[0-9a-z]*[1-9a-z]$'),"
                               " fields jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),"
                               " PRIMARY KEY (journey, id))"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS cards_by_cell ON cards (journey, stage, lane, sort_key)"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS comments ("
                               " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                               " id uuid NOT NULL,"
                               " seq bigint NOT NULL,"
                               " body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object'),"
                               " PRIMARY KEY (journey, id))"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS dots ("
                               " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                               " seq bigint NOT NULL,"
                               " vote uuid NOT NULL,"
                               " participant uuid NOT NULL,"
                               " card uuid NOT NULL,"
                               " PRIMARY KEY (journey, seq))"),
                QStringLiteral("CREATE TABLE IF NOT EXISTS changes ("
                               " id bigserial PRIMARY KEY,"
                               " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                               " author text NOT NULL,"
                               " db_user text NOT NULL DEFAULT current_user,"
                               " seen bigint NOT NULL,"
                               " kind text NOT NULL CHECK (kind IN ('card', 'comment', 'dot')),"
                               " entity uuid NOT NULL,"
                               " field text NOT NULL,"
                               " value jsonb,"
                               " time timestamptz NOT NULL DEFAULT now())"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS changes_by_journey ON changes (journey, id)")},
               error);
}

using Migration = std::function<bool(QSqlDatabase &, QString *)>;
// migrations[i] takes the schema from version i to i + 1.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{migration1, ServerRoles::migrateRoles};
    return list;
}
static_assert(version == 2, "add the migration to migrations() when raising the version");

std::optional<int> readVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM waymark_schema"))) {
        if (error)
            *error = Text::tr("reading the server schema version on %1 failed: %2").arg(db.databaseName(), query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QString tooNew(QSqlDatabase &db, int found)
{
    return Text::tr("the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; "
                    "update Waymark to open journeys there")
        .arg(db.databaseName())
        .arg(found)
        .arg(version);
}

} // namespace

std::optional<int> versionOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery exists(db);
    if (!exists.exec(QStringLiteral("SELECT to_regclass('waymark_schema') IS NOT NULL")) || !exists.next()) {
        if (error)
            *error = Text::tr("reading the server schema version on %1 failed: %2").arg(db.databaseName(), exists.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    if (!exists.value(0).toBool())
        return 0;
    return readVersion(db, error);
}

bool migrate(QSqlDatabase &db, QString *error)
{
    // Reading first lets a client without rights to create tables open an up-to-date database.
    const auto found = versionOf(db, error);
    if (!found)
        return false;
    if (*found > version) {
        if (error)
            *error = tooNew(db, *found);
        return false;
    }
    if (*found == version)
        return true;
    for (int from = *found; from < version; ++from) {
        if (!db.transaction()) {
            if (error)
                *error = Text::tr("could not start a transaction on %1: %2").arg(db.databaseName(), db.lastError().text());
            return false;
        }
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(migrationLock);
        const bool ok = lock.exec()
            && run(db,
                   {// "already exists, skipping" is expected when finishing a half-done migration.
                    QStringLiteral("SET LOCAL client_min_messages = warning"),
                    QStringLiteral("CREATE TABLE IF NOT EXISTS waymark_schema (version integer NOT NULL)"),
                    QStringLiteral("INSERT INTO waymark_schema SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM waymark_schema)")},
                   error);
        if (!ok) {
            if (error && !lock.lastError().databaseText().isEmpty())
                *error = Text::tr("setting up the server schema on %1 failed: %2").arg(db.databaseName(), lock.lastError().databaseText().trimmed());
            db.rollback();
            return false;
        }
        // Another client may have migrated while we waited for the lock.
        const auto now = readVersion(db, error);
        if (!now) {
            db.rollback();
            return false;
        }
        if (*now > from) {
            db.rollback();
            if (*now > version) {
                if (error)
                    *error = tooNew(db, *now);
                return false;
            }
            from = *now - 1;
            continue;
        }
        QSqlQuery bump(db);
        bump.prepare(QStringLiteral("UPDATE waymark_schema SET version = ?"));
        bump.addBindValue(from + 1);
        if (!migrations()[std::size_t(from)](db, error) || !bump.exec()) {
            if (error && bump.lastError().isValid())
                *error = Text::tr("setting up the server schema on %1 failed: %2").arg(db.databaseName(), bump.lastError().databaseText().trimmed());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = Text::tr("could not commit the server schema on %1: %2").arg(db.databaseName(), db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace waymark::ServerSchema
