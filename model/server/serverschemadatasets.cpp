// Migration 8 of the server schema (serverschema.cpp runs it after 7): imported survey and
// purchase data edited live (docs/server.md "Survey and purchase data"). A dataset is a row of
// its own in `datasets`, so `journeys.base`, every change row and every NOTIFY stay small
// whatever was imported; adding, replacing (a re-import, a refresh, a rename) and removing one
// is one change of kind `dataset`. Facilitators only, said by the database itself. The
// datasets an older Waymark published inside `base` move to the table here.
// Self-contained: it only adds a table, functions, a trigger, policies and a kind.
#include "server/serverschemamigrations.h"

#include <QStringList>

namespace waymark::ServerSchema {

namespace {

// `body` is the dataset's .waymark.json object (the item of the document's "datasets"), as
// jsonb like every other part of a journey on the server. `seq` orders a journey's datasets as
// its document lists them: published ones get negative numbers in their order, later ones
// their change id (as comments do); a replacement keeps its place. `change` is the change that
// wrote this version (0: published), so a session reading the row can tell a newer version.
//
// The size limit is a function of its own (64 MiB of JSON text: about a million answers with
// room to spare; jsonb itself ends at 255 MB), so an administrator can change it with one
// CREATE OR REPLACE and every Waymark reads it from the server when it writes.
const char *datasetsTable = R"SQL(
CREATE TABLE IF NOT EXISTS datasets (
    journey uuid NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
    id uuid NOT NULL,
    seq bigint NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    bytes bigint NOT NULL,
    body jsonb NOT NULL,
    change bigint NOT NULL DEFAULT 0,
    db_user text NOT NULL DEFAULT current_user,
    PRIMARY KEY (journey, id))
)SQL";

const char *datasetsFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_dataset_limit() RETURNS bigint LANGUAGE sql STABLE AS $fn$
    SELECT 67108864::bigint
$fn$;
CREATE OR REPLACE FUNCTION waymark_may_datasets() RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-data: only a facilitator may import, refresh or remove survey and purchase data'
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_datasets() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT 1 FROM journeys WHERE id = OLD.journey) THEN
            RETURN OLD; -- the whole journey is being deleted
        END IF;
        PERFORM waymark_may_datasets();
        RETURN OLD;
    END IF;
    PERFORM waymark_may_datasets();
    NEW.db_user := current_user;
    NEW.name := coalesce(NEW.body->>'name', '');
    NEW.kind := coalesce(NEW.body->>'kind', '');
    NEW.bytes := octet_length(NEW.body::text);
    IF NEW.bytes > waymark_dataset_limit() THEN
        RAISE EXCEPTION 'waymark rule dataset-too-large: the dataset % is % MB; a shared journey keeps datasets up to % MB',
            NEW.name, round(NEW.bytes / 1048576.0, 1), round(waymark_dataset_limit() / 1048576.0, 1)
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN NEW;
END
$fn$)SQL";

// The datasets published inside `base` by schema 7 and before, moved to their table in their
// order; `base` then holds none (a Waymark of schema 8 writes them to the table only). Before
// the trigger exists: one published larger than the limit is kept (refusing it would stop the
// whole database's upgrade); the limit holds for what is written from now on.
const char *moveDatasets = R"SQL(
INSERT INTO datasets (journey, id, seq, name, kind, bytes, body)
SELECT j.id, (d->>'id')::uuid, n - 1 - jsonb_array_length(j.base->'datasets'), coalesce(d->>'name', ''), coalesce(d->>'kind', ''),
       octet_length(d::text), d
FROM journeys j CROSS JOIN jsonb_array_elements(j.base->'datasets') WITH ORDINALITY AS e(d, n)
WHERE jsonb_typeof(j.base->'datasets') = 'array'
ON CONFLICT (journey, id) DO NOTHING
)SQL";

} // namespace

bool migration8(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    QStringList statements{QString::fromLatin1(datasetsTable),
                           QStringLiteral("CREATE INDEX IF NOT EXISTS datasets_in_order ON datasets (journey, seq)"),
                           // lz4 where the server has it (PostgreSQL 14+ built with it, as Debian's
                           // is): pglz took a tenth of a million answers' import (docs/benchmarks.md).
                           QStringLiteral("DO $do$ BEGIN EXECUTE 'ALTER TABLE datasets ALTER COLUMN body SET COMPRESSION lz4'; "
                                          "EXCEPTION WHEN others THEN NULL; END $do$"),
                           QString::fromLatin1(datasetsFunctions),
                           QString::fromLatin1(moveDatasets),
                           QStringLiteral("UPDATE journeys SET base = base - 'datasets' WHERE base ? 'datasets'"),
                           QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_datasets(), waymark_dataset_limit() TO %1").arg(everyone),
                           QStringLiteral("GRANT SELECT ON datasets TO %1").arg(everyone),
                           // Everyone may try, so that the policy names the rule instead of a bare
                           // "permission denied".
                           QStringLiteral("GRANT INSERT, UPDATE, DELETE ON datasets TO %1").arg(everyone),
                           QStringLiteral("ALTER TABLE datasets ENABLE ROW LEVEL SECURITY"),
                           QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_datasets ON datasets"),
                           QStringLiteral("CREATE TRIGGER waymark_guard_datasets BEFORE INSERT OR UPDATE OR DELETE ON datasets "
                                          "FOR EACH ROW EXECUTE FUNCTION waymark_guard_datasets()")};
    const auto policy = [&](const QString &name, const QString &rest) {
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON datasets").arg(name)
                   << QStringLiteral("CREATE POLICY %1 ON datasets %2").arg(name, rest);
    };
    policy(QStringLiteral("waymark_read"), QStringLiteral("FOR SELECT USING (true)"));
    policy(QStringLiteral("waymark_add_datasets"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may_datasets())"));
    policy(QStringLiteral("waymark_replace_datasets"), QStringLiteral("FOR UPDATE USING (waymark_may_datasets())"));
    policy(QStringLiteral("waymark_remove_datasets"), QStringLiteral("FOR DELETE USING (waymark_may_datasets())"));
    statements << QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check")
               << QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check "
                                 "CHECK (kind IN ('card', 'comment', 'dot', 'lock', 'stage', 'lane', 'department', 'vote', "
                                 "'arrow', 'persona', 'participant', 'journey', 'agenda', 'opportunity', 'scenario', 'dataset'))")
               << QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes")
               << QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                                 "CASE WHEN kind = 'lock' THEN waymark_may_lock() "
                                 "WHEN kind IN ('stage', 'lane', 'department') THEN waymark_may_structure() "
                                 "WHEN kind = 'vote' THEN waymark_may_vote() "
                                 "WHEN kind = 'persona' THEN waymark_may_people('personas') "
                                 "WHEN kind = 'participant' THEN waymark_may_people('participants') "
                                 "WHEN kind = 'journey' THEN waymark_may_journey('journey') "
                                 "WHEN kind = 'agenda' THEN waymark_may_journey('agenda') "
                                 "WHEN kind IN ('opportunity', 'scenario') THEN waymark_may_journey('business-case') "
                                 "WHEN kind = 'dataset' THEN waymark_may_datasets() "
                                 "ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)");
    return runMigrationStatements(db, statements, error);
}

} // namespace waymark::ServerSchema
