#include "server/serverschema.h"

#include "server/serverroles.h"
#include "server/serverschemamigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

namespace waymark::ServerSchema {

namespace {

struct ServerSchemaText {
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
};

// Any fixed number: the advisory lock that serialises migrations across clients.
constexpr qint64 migrationLock = 0x7761796d61726b01; // "waymark" 1

} // namespace

bool runMigrationStatements(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = ServerSchemaText::tr("setting up the server schema on %1 failed: %2 (in: %3)")
                             .arg(db.databaseName(), query.lastError().databaseText().trimmed(), statement.simplified().left(80));
            return false;
        }
    }
    return true;
}

namespace {

// Version 1: journeys, their cards, comments and dots, and the change log.
bool migration1(QSqlDatabase &db, QString *error)
{
    return runMigrationStatements(db,
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

// Version 3: lane and stage locks and the frozen board, enforced by the database.
//
// A lock (`locks`, one row per locked lane, stage, or the whole board) is written by
// facilitators only. A card in a locked lane or stage may then be changed only by a
// facilitator or by a member of the department whose lane the card is in (`members`: which
// database user belongs to which of the journey's departments, kept by the facilitator); a
// frozen board takes every card, dot and comment from everyone but the facilitators.
//
// Cards are guarded by a trigger rather than a policy: an UPDATE or DELETE policy's check
// runs on the rows the statement scans, in an order the planner picks, so a raising check
// could refuse a write to an open card because a locked one was looked at; a row trigger
// sees exactly the rows written (old and new place). Dots and comments only get new rows,
// which INSERT policies check one by one.
const char *locksFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_is_facilitator() RETURNS boolean LANGUAGE sql STABLE AS $fn$
    SELECT pg_has_role('waymark_facilitator', 'MEMBER')
        OR coalesce((SELECT pg_has_role(tableowner, 'MEMBER') FROM pg_tables
                     WHERE tablename = 'cards' AND schemaname = current_schema()), false)
$fn$;
CREATE OR REPLACE FUNCTION waymark_board_open(j uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    why text;
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    SELECT reason INTO why FROM locks WHERE journey = j AND kind = 'board';
    IF FOUND THEN
        RAISE EXCEPTION 'waymark rule board-frozen: the facilitator froze the board (%); only facilitators may change it now', why
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN true;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_cell_open(j uuid, s uuid, l uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    found_lock record;
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    PERFORM waymark_board_open(j); -- raises while the board is frozen
    SELECT kind, reason INTO found_lock FROM locks
        WHERE journey = j AND ((kind = 'lane' AND target = l) OR (kind = 'stage' AND target = s)) ORDER BY kind LIMIT 1;
    IF NOT FOUND THEN
        RETURN true;
    END IF;
    IF EXISTS (SELECT 1 FROM journeys jj CROSS JOIN jsonb_array_elements(jj.base->'lanes') lane
               JOIN members m ON m.journey = jj.id AND m.db_user = current_user AND m.department::text = lane->>'department'
               WHERE jj.id = j AND lane->>'id' = l::text) THEN
        RETURN true; -- one's own department's lane stays open
    END IF;
    RAISE EXCEPTION 'waymark rule locked-%: the facilitator locked this % (%); only its department''s members may change cards there',
        found_lock.kind, found_lock.kind, found_lock.reason USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_cards() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM waymark_cell_open(OLD.journey, OLD.stage, OLD.lane);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM waymark_cell_open(NEW.journey, NEW.stage, NEW.lane);
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$fn$)SQL";

bool migration3(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS locks ("
                       " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                       " kind text NOT NULL CHECK (kind IN ('lane', 'stage', 'board')),"
                       " target uuid NOT NULL," // the lane, the stage, or for the board the journey
                       " reason text NOT NULL DEFAULT '',"
                       " author text NOT NULL,"
                       " db_user text NOT NULL DEFAULT current_user,"
                       " time timestamptz NOT NULL DEFAULT now(),"
                       " PRIMARY KEY (journey, kind, target))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS members ("
                       " journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,"
                       " db_user text NOT NULL,"
                       " department uuid NOT NULL,"
                       " PRIMARY KEY (journey, db_user, department))"),
        QString::fromLatin1(locksFunctions),
        // A change may now be a lock: logged like the others, so every session hears of it.
        QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check"),
        QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check CHECK (kind IN ('card', 'comment', 'dot', 'lock'))"),
        QStringLiteral("GRANT SELECT ON locks, members TO %1").arg(everyone),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON locks, members TO %1").arg(everyone), // the policies say who
        QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_is_facilitator(), waymark_board_open(uuid), waymark_cell_open(uuid, uuid, uuid) TO %1").arg(everyone),
        QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_cards ON cards"),
        QStringLiteral("CREATE TRIGGER waymark_guard_cards BEFORE INSERT OR UPDATE OR DELETE ON cards FOR EACH ROW EXECUTE FUNCTION waymark_guard_cards()"),
        // Facilitators lock and say who belongs where; waymark_may names the rule for the rest.
        QStringLiteral(R"SQL(
CREATE OR REPLACE FUNCTION waymark_may_lock() RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-lock: only a facilitator may lock lanes and stages or freeze the board'
        USING ERRCODE = 'insufficient_privilege';
END
$fn$)SQL"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_lock() TO %1").arg(everyone),
    };
    for (const QString &table : {QStringLiteral("locks"), QStringLiteral("members")}) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const auto &[name, rest] : std::initializer_list<std::pair<QString, QString>>{
                 {QStringLiteral("waymark_read"), QStringLiteral("FOR SELECT USING (true)")},
                 {QStringLiteral("waymark_add"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may_lock())")},
                 {QStringLiteral("waymark_change"), QStringLiteral("FOR UPDATE USING (waymark_may_lock())")},
                 {QStringLiteral("waymark_remove"), QStringLiteral("FOR DELETE USING (waymark_may_lock())")}}) {
            statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table)
                       << QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rest);
        }
    }
    // Dots and comments wait while the board is frozen; a lock is logged only by those who may lock.
    statements << QStringLiteral("DROP POLICY IF EXISTS waymark_place_dots ON dots")
               << QStringLiteral("CREATE POLICY waymark_place_dots ON dots FOR INSERT WITH CHECK (waymark_may('dots') AND waymark_board_open(journey))")
               << QStringLiteral("DROP POLICY IF EXISTS waymark_comment ON comments")
               << QStringLiteral("CREATE POLICY waymark_comment ON comments FOR INSERT WITH CHECK (waymark_may('comment') AND waymark_board_open(journey))")
               << QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes")
               << QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                                 "CASE kind WHEN 'lock' THEN waymark_may_lock() ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' "
                                 "WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)");
    return runMigrationStatements(db, statements, error);
}

// Version 4: stages, lanes and departments edited live (server/serverstructure.h).
//
// They stay in `journeys.base`; a change of kind stage, lane or department rewrites the
// arrays there. Only facilitators may: a trigger compares the arrays before and after any
// update of `base` (participants still update it, for the arrows that go with a deleted
// card) and names the rule. Cards may only be added to, or moved into, a stage and a lane
// the journey has, so a card a participant adds while the facilitator removes its stage
// cannot leave the journey unreadable. That check looks up the newest removal of the stage
// and lane in `changes` (by a new index), not `base`, which holds the datasets; and only when
// a card gets a cell, not on the far more frequent edits of its fields.
const char *structureFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_may_structure() RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-structure: only a facilitator may add, change, move or remove stages, lanes and departments'
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_structure() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.base->'stages' IS DISTINCT FROM OLD.base->'stages' OR NEW.base->'lanes' IS DISTINCT FROM OLD.base->'lanes'
       OR NEW.base->'departments' IS DISTINCT FROM OLD.base->'departments' THEN
        PERFORM waymark_may_structure();
    END IF;
    RETURN NEW;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_cell_exists(j uuid, s uuid, l uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    gone record;
BEGIN
    -- The newest added or deleted change of the stage and of the lane (an undone removal
    -- brings one back): an index lookup, where reading `base` would unpack the datasets.
    FOR gone IN SELECT DISTINCT ON (entity) entity, kind, field, author FROM changes
                WHERE journey = j AND entity IN (s, l) AND kind IN ('stage', 'lane') AND field IN ('added', 'deleted')
                ORDER BY entity, id DESC LOOP
        -- Undoing a removal puts it back in `base` before its cards, in the same transaction.
        IF gone.field = 'deleted' AND NOT coalesce((SELECT base->(CASE gone.kind WHEN 'stage' THEN 'stages' ELSE 'lanes' END)
                                                    @> jsonb_build_array(jsonb_build_object('id', gone.entity::text))
                                                    FROM journeys WHERE id = j), false) THEN
            RAISE EXCEPTION 'waymark rule cell-removed: % removed this %; cards cannot go there', gone.author, gone.kind
                USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN true;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_cards() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM waymark_cell_open(OLD.journey, OLD.stage, OLD.lane);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (NEW.stage, NEW.lane) IS DISTINCT FROM (OLD.stage, OLD.lane)) THEN
        PERFORM waymark_cell_exists(NEW.journey, NEW.stage, NEW.lane);
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM waymark_cell_open(NEW.journey, NEW.stage, NEW.lane);
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$fn$)SQL";

bool migration4(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    return runMigrationStatements(db,
                                  {QStringLiteral("CREATE INDEX IF NOT EXISTS changes_by_entity ON changes (journey, entity, id)"),
                                   QString::fromLatin1(structureFunctions),
                                   QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_structure(), waymark_cell_exists(uuid, uuid, uuid) TO %1").arg(everyone),
                                   QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_structure ON journeys"),
                                   QStringLiteral("CREATE TRIGGER waymark_guard_structure BEFORE UPDATE OF base ON journeys FOR EACH ROW "
                                                  "EXECUTE FUNCTION waymark_guard_structure()"),
                                   QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check"),
                                   QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check "
                                                  "CHECK (kind IN ('card', 'comment', 'dot', 'lock', 'stage', 'lane', 'department'))"),
                                   QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes"),
                                   QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                                                  "CASE WHEN kind = 'lock' THEN waymark_may_lock() "
                                                  "WHEN kind IN ('stage', 'lane', 'department') THEN waymark_may_structure() "
                                                  "ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)")},
                                  error);
}

using Migration = std::function<bool(QSqlDatabase &, QString *)>;
// migrations[i] takes the schema from version i to i + 1.
const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list{migration1, ServerRoles::migrateRoles, migration3, migration4, migration5, migration6, migration7, migration8};
    return list;
}
static_assert(version == 8, "add the migration to migrations() when raising the version");

std::optional<int> readVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM waymark_schema"))) {
        if (error)
            *error = ServerSchemaText::tr("reading the server schema version on %1 failed: %2").arg(db.databaseName(), query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QString tooNew(QSqlDatabase &db, int found)
{
    return ServerSchemaText::tr("the database %1 holds Waymark's server schema version %2, but this Waymark knows only up to version %3; "
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
            *error = ServerSchemaText::tr("reading the server schema version on %1 failed: %2").arg(db.databaseName(), exists.lastError().databaseText().trimmed());
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
                *error = ServerSchemaText::tr("could not start a transaction on %1: %2").arg(db.databaseName(), db.lastError().text());
            return false;
        }
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(migrationLock);
        const bool ok = lock.exec()
            && runMigrationStatements(db,
                                      {// "already exists, skipping" is expected when finishing a half-done migration.
                                       QStringLiteral("SET LOCAL client_min_messages = warning"),
                                       QStringLiteral("CREATE TABLE IF NOT EXISTS waymark_schema (version integer NOT NULL)"),
                                       QStringLiteral("INSERT INTO waymark_schema SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM waymark_schema)")},
                                      error);
        if (!ok) {
            if (error && !lock.lastError().databaseText().isEmpty())
                *error = ServerSchemaText::tr("setting up the server schema on %1 failed: %2").arg(db.databaseName(), lock.lastError().databaseText().trimmed());
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
                *error = ServerSchemaText::tr("setting up the server schema on %1 failed: %2").arg(db.databaseName(), bump.lastError().databaseText().trimmed());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            if (error)
                *error = ServerSchemaText::tr("could not commit the server schema on %1: %2").arg(db.databaseName(), db.lastError().text());
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace waymark::ServerSchema
