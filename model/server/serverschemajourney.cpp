// Migration 7 of the server schema (serverschema.cpp runs it after 6): the journey's own title,
// description, currency and settings, the agenda and the business case edited live, a vote
// deleted with its dots, and a vote's time limit on the server's clock (docs/server.md).
// Self-contained: it only adds functions, triggers and kinds, and redefines two functions of
// migration 5 (the dots' guard and the vote's "open" check) whole.
#include "server/serverschemamigrations.h"

#include <QStringList>

namespace waymark::ServerSchema {

namespace {

// The journey's own keys, the agenda and the business case stay in `journeys.base`; a trigger
// lets only facilitators change them (as waymark_guard_structure does for stages and lanes):
// they are what the whole workshop's map, agenda and figures say, which the facilitator keeps.
//
// A vote's time limit is checked by the database: once the vote's start (written with the
// server's clock when it starts live) plus its minutes has passed on the server's clock, no dot
// goes in or out (vote-time-up), whichever laptop was slow to notice; the first facilitator's
// session to notice closes it.
//
// A facilitator deleting a vote takes its dots along (their vote is gone from base first, in
// the same transaction), and undoing it brings them back with the login that placed each
// (`waymark.restoring`, set for the transaction by Waymark's undo, honoured for facilitators
// only).
const char *journeyFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_may_journey(what text) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-%: only a facilitator may change %', what,
        CASE what WHEN 'journey' THEN 'the journey''s title, description, currency and settings'
                  WHEN 'agenda' THEN 'the agenda' ELSE 'the business case' END
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_journey() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.title IS DISTINCT FROM OLD.title OR NEW.base->'title' IS DISTINCT FROM OLD.base->'title'
       OR NEW.base->'description' IS DISTINCT FROM OLD.base->'description'
       OR NEW.base->'currency' IS DISTINCT FROM OLD.base->'currency'
       OR NEW.base->'settings' IS DISTINCT FROM OLD.base->'settings' THEN
        PERFORM waymark_may_journey('journey');
    END IF;
    IF NEW.base->'agenda' IS DISTINCT FROM OLD.base->'agenda' THEN
        PERFORM waymark_may_journey('agenda');
    END IF;
    IF NEW.base->'opportunities' IS DISTINCT FROM OLD.base->'opportunities'
       OR NEW.base->'scenarios' IS DISTINCT FROM OLD.base->'scenarios' THEN
        PERFORM waymark_may_journey('business-case');
    END IF;
    RETURN NEW;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_vote_open(j uuid, v uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    closed boolean;
    title text;
    minutes integer;
    started timestamptz;
BEGIN
    SELECT coalesce((x->>'closed')::boolean, false), x->>'title', coalesce((x->>'minutes')::int, 0), (x->>'started')::timestamptz
        INTO closed, title, minutes, started
        FROM journeys jj CROSS JOIN jsonb_array_elements(coalesce(jj.base->'votes', '[]'::jsonb)) x
        WHERE jj.id = j AND x->>'id' = v::text;
    IF NOT FOUND OR closed THEN
        RAISE EXCEPTION 'waymark rule vote-closed: the vote % is closed or gone; its dots cannot change', coalesce(title, v::text)
            USING ERRCODE = 'check_violation';
    END IF;
    IF minutes > 0 AND started IS NOT NULL AND now() >= started + minutes * interval '1 minute' THEN
        RAISE EXCEPTION 'waymark rule vote-time-up: the time of the vote % is up; its dots cannot change', title
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN true;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_dots() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('waymark.restoring', true) = 'on' AND waymark_is_facilitator() THEN
            RETURN NEW; -- a deleted vote's dots coming back with it: their own login and order
        END IF;
        NEW.db_user := current_user;
        IF NEW.seq <= 0 THEN
            IF NOT waymark_is_facilitator() THEN
                RAISE EXCEPTION 'waymark rule facilitators-publish: only publishing a journey places dots without a change'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
        PERFORM waymark_vote_open(NEW.journey, NEW.vote);
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM journeys WHERE id = OLD.journey) THEN
        RETURN OLD; -- the whole journey is being deleted
    END IF;
    IF waymark_is_facilitator() AND NOT EXISTS (
           SELECT 1 FROM journeys jj CROSS JOIN jsonb_array_elements(coalesce(jj.base->'votes', '[]'::jsonb)) x
           WHERE jj.id = OLD.journey AND x->>'id' = OLD.vote::text) THEN
        RETURN OLD; -- its vote was deleted: the dots go with it
    END IF;
    PERFORM waymark_vote_open(OLD.journey, OLD.vote);
    IF waymark_is_facilitator() THEN
        RETURN OLD;
    END IF;
    PERFORM waymark_board_open(OLD.journey);
    IF OLD.db_user IS DISTINCT FROM current_user THEN
        RAISE EXCEPTION 'waymark rule dots-own: this dot was placed by %; only they or a facilitator may take it back',
            coalesce(OLD.db_user, 'someone before schema 5') USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$fn$)SQL";

} // namespace

bool migration7(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    return runMigrationStatements(db,
                                  {QString::fromLatin1(journeyFunctions),
                                   QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_journey(text) TO %1").arg(everyone),
                                   QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_journey ON journeys"),
                                   QStringLiteral("CREATE TRIGGER waymark_guard_journey BEFORE UPDATE OF base, title ON journeys FOR EACH ROW "
                                                  "EXECUTE FUNCTION waymark_guard_journey()"),
                                   QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check"),
                                   QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check "
                                                  "CHECK (kind IN ('card', 'comment', 'dot', 'lock', 'stage', 'lane', 'department', 'vote', "
                                                  "'arrow', 'persona', 'participant', 'journey', 'agenda', 'opportunity', 'scenario'))"),
                                   QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes"),
                                   QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                                                  "CASE WHEN kind = 'lock' THEN waymark_may_lock() "
                                                  "WHEN kind IN ('stage', 'lane', 'department') THEN waymark_may_structure() "
                                                  "WHEN kind = 'vote' THEN waymark_may_vote() "
                                                  "WHEN kind = 'persona' THEN waymark_may_people('personas') "
                                                  "WHEN kind = 'participant' THEN waymark_may_people('participants') "
                                                  "WHEN kind = 'journey' THEN waymark_may_journey('journey') "
                                                  "WHEN kind = 'agenda' THEN waymark_may_journey('agenda') "
                                                  "WHEN kind IN ('opportunity', 'scenario') THEN waymark_may_journey('business-case') "
                                                  "ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)")},
                                  error);
}

} // namespace waymark::ServerSchema
