// Migrations 5 and 6 of the server schema (serverschema.cpp runs them in order): the live
// workshop (votes, dots taken back, comments changed and deleted) and the lists in the
// journey's base (arrows, personas, participants). Moved here unchanged: serverschema.cpp
// keeps the versions' bookkeeping, each later migration lives in a file of its own.
#include "server/serverschemamigrations.h"

#include <QStringList>

namespace waymark::ServerSchema {

// Version 5: votes started and closed, dots taken back, comments changed and deleted, live
// (server/serverworkshop.h).
//
// Votes stay in `journeys.base`; a trigger lets only facilitators change the "votes" array
// there (as waymark_guard_structure does for stages and lanes). Dots and comments now record
// the database user who wrote them (`db_user`; NULL for rows from before this version, which
// only facilitators may then take back or change): the database knows logins, not the
// journey's participants, so "one's own dot" is the dot one's login placed. A dot may go
// into, or out of, an open vote only, and a live dot (seq > 0, a change id) only: published
// ones (seq <= 0) come with the journey, which only facilitators publish.
namespace {
const char *workshopFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_may_vote() RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-vote: only a facilitator may start, close or change a vote'
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_votes() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.base->'votes' IS DISTINCT FROM OLD.base->'votes' THEN
        PERFORM waymark_may_vote();
    END IF;
    RETURN NEW;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_vote_open(j uuid, v uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
DECLARE
    closed boolean;
    title text;
BEGIN
    SELECT coalesce((x->>'closed')::boolean, false), x->>'title' INTO closed, title
        FROM journeys jj CROSS JOIN jsonb_array_elements(coalesce(jj.base->'votes', '[]'::jsonb)) x
        WHERE jj.id = j AND x->>'id' = v::text;
    IF NOT FOUND OR closed THEN
        RAISE EXCEPTION 'waymark rule vote-closed: the vote % is closed or gone; its dots cannot change', coalesce(title, v::text)
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN true;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_dots() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
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
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_comments() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.db_user := current_user;
        RETURN NEW;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM journeys WHERE id = OLD.journey) THEN
        RETURN OLD; -- the whole journey is being deleted
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- Who wrote it, where and in which order stay as they are.
        NEW.db_user := OLD.db_user;
        NEW.journey := OLD.journey;
        NEW.id := OLD.id;
        NEW.seq := OLD.seq;
    END IF;
    IF waymark_is_facilitator() THEN
        RETURN coalesce(NEW, OLD);
    END IF;
    PERFORM waymark_board_open(OLD.journey);
    -- Resolving or reopening a thread is for anyone who may comment.
    IF TG_OP = 'UPDATE' AND (NEW.body - 'resolved') = (OLD.body - 'resolved') THEN
        RETURN NEW;
    END IF;
    IF OLD.db_user IS DISTINCT FROM current_user THEN
        RAISE EXCEPTION 'waymark rule comments-own: this comment was written by %; only they or a facilitator may change or delete it',
            coalesce(OLD.db_user, 'someone before schema 5') USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN coalesce(NEW, OLD);
END
$fn$)SQL";
} // namespace

bool migration5(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    const QString writers = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer");
    QStringList statements{
        // Added without a default first, so the rows already there stay NULL (nobody's).
        QStringLiteral("ALTER TABLE dots ADD COLUMN IF NOT EXISTS db_user text"),
        QStringLiteral("ALTER TABLE dots ALTER COLUMN db_user SET DEFAULT current_user"),
        QStringLiteral("ALTER TABLE comments ADD COLUMN IF NOT EXISTS db_user text"),
        QStringLiteral("ALTER TABLE comments ALTER COLUMN db_user SET DEFAULT current_user"),
        QString::fromLatin1(workshopFunctions),
        QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_vote(), waymark_vote_open(uuid, uuid) TO %1").arg(everyone),
        QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_votes ON journeys"),
        QStringLiteral("CREATE TRIGGER waymark_guard_votes BEFORE UPDATE OF base ON journeys FOR EACH ROW EXECUTE FUNCTION waymark_guard_votes()"),
        QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_dots ON dots"),
        QStringLiteral("CREATE TRIGGER waymark_guard_dots BEFORE INSERT OR DELETE ON dots FOR EACH ROW EXECUTE FUNCTION waymark_guard_dots()"),
        QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_comments ON comments"),
        QStringLiteral("CREATE TRIGGER waymark_guard_comments BEFORE INSERT OR UPDATE OR DELETE ON comments FOR EACH ROW "
                       "EXECUTE FUNCTION waymark_guard_comments()"),
        QStringLiteral("GRANT UPDATE, DELETE ON comments TO %1").arg(writers),
        // Who may at all (naming the rule); whose dot or comment it is, the triggers above.
        QStringLiteral("DROP POLICY IF EXISTS waymark_take_back_dots ON dots"),
        QStringLiteral("CREATE POLICY waymark_take_back_dots ON dots FOR DELETE USING (waymark_may('dots'))"),
        QStringLiteral("DROP POLICY IF EXISTS waymark_change_comments ON comments"),
        QStringLiteral("CREATE POLICY waymark_change_comments ON comments FOR UPDATE USING (waymark_may('comment'))"),
        QStringLiteral("DROP POLICY IF EXISTS waymark_delete_comments ON comments"),
        QStringLiteral("CREATE POLICY waymark_delete_comments ON comments FOR DELETE USING (waymark_may('comment'))"),
        QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check"),
        QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check "
                       "CHECK (kind IN ('card', 'comment', 'dot', 'lock', 'stage', 'lane', 'department', 'vote'))"),
        QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes"),
        QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                       "CASE WHEN kind = 'lock' THEN waymark_may_lock() "
                       "WHEN kind IN ('stage', 'lane', 'department') THEN waymark_may_structure() "
                       "WHEN kind = 'vote' THEN waymark_may_vote() "
                       "ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)"),
    };
    return runMigrationStatements(db, statements, error);
}

// Version 6: arrows between cards, personas and participants edited live
// (server/serverlists.h).
//
// They stay in `journeys.base`. Arrows are for whoever may change cards: a participant adds,
// relabels or removes an arrow only between cards whose cells are open to them (a locked lane
// or stage of another department, or the frozen board, refuses it as it refuses the cards
// themselves), and an added arrow must join two cards the journey has, so an arrow drawn to a
// card someone deletes at that moment cannot leave the journey unreadable (the writers take
// turns on the journey's row: the deletion takes the arrows it finds, a later arrow is refused).
// An arrow that goes because one of its cards was deleted is not checked again: the deletion
// was. Personas and participants are the facilitators': every card's persona emotions and every
// dot point at them, a persona's photo is a person's picture shown on every laptop, and the
// participant list is the workshop's roster of who voted and wrote what.
namespace {
const char *listsFunctions = R"SQL(
CREATE OR REPLACE FUNCTION waymark_may_people(what text) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF waymark_is_facilitator() THEN
        RETURN true;
    END IF;
    RAISE EXCEPTION 'waymark rule facilitators-%: only a facilitator may add, change or remove %', what, what
        USING ERRCODE = 'insufficient_privilege';
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_people() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF NEW.base->'personas' IS DISTINCT FROM OLD.base->'personas' THEN
        PERFORM waymark_may_people('personas');
    END IF;
    IF NEW.base->'participants' IS DISTINCT FROM OLD.base->'participants' THEN
        PERFORM waymark_may_people('participants');
    END IF;
    RETURN NEW;
END
$fn$;
CREATE OR REPLACE FUNCTION waymark_guard_arrows() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    arrow jsonb;
    ends integer;
    cell record;
BEGIN
    IF NEW.base->'connections' IS NOT DISTINCT FROM OLD.base->'connections' THEN
        RETURN NEW;
    END IF;
    -- Added or changed: both cards there, each in a cell open to the writer.
    FOR arrow IN SELECT a FROM jsonb_array_elements(coalesce(NEW.base->'connections', '[]'::jsonb)) a
                 EXCEPT SELECT a FROM jsonb_array_elements(coalesce(OLD.base->'connections', '[]'::jsonb)) a LOOP
        PERFORM waymark_may('cards');
        SELECT count(*) INTO ends FROM cards WHERE journey = NEW.id AND id::text IN (arrow->>'from', arrow->>'to');
        IF ends < (CASE WHEN arrow->>'from' = arrow->>'to' THEN 1 ELSE 2 END) THEN
            RAISE EXCEPTION 'waymark rule arrow-card-gone: the arrow % joins a card the journey does not have (any more)', arrow->>'id'
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        FOR cell IN SELECT stage, lane FROM cards WHERE journey = NEW.id AND id::text IN (arrow->>'from', arrow->>'to') LOOP
            PERFORM waymark_cell_open(NEW.id, cell.stage, cell.lane);
        END LOOP;
    END LOOP;
    -- Removed or changed: unless it goes with a deleted card, both cells open to the writer.
    FOR arrow IN SELECT a FROM jsonb_array_elements(coalesce(OLD.base->'connections', '[]'::jsonb)) a
                 EXCEPT SELECT a FROM jsonb_array_elements(coalesce(NEW.base->'connections', '[]'::jsonb)) a LOOP
        SELECT count(*) INTO ends FROM cards WHERE journey = NEW.id AND id::text IN (arrow->>'from', arrow->>'to');
        IF ends < (CASE WHEN arrow->>'from' = arrow->>'to' THEN 1 ELSE 2 END) THEN
            CONTINUE;
        END IF;
        PERFORM waymark_may('cards');
        FOR cell IN SELECT stage, lane FROM cards WHERE journey = NEW.id AND id::text IN (arrow->>'from', arrow->>'to') LOOP
            PERFORM waymark_cell_open(NEW.id, cell.stage, cell.lane);
        END LOOP;
    END LOOP;
    RETURN NEW;
END
$fn$)SQL";
} // namespace

bool migration6(QSqlDatabase &db, QString *error)
{
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    return runMigrationStatements(db,
                                  {QString::fromLatin1(listsFunctions),
                                   QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may_people(text) TO %1").arg(everyone),
                                   QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_people ON journeys"),
                                   QStringLiteral("CREATE TRIGGER waymark_guard_people BEFORE UPDATE OF base ON journeys FOR EACH ROW "
                                                  "EXECUTE FUNCTION waymark_guard_people()"),
                                   QStringLiteral("DROP TRIGGER IF EXISTS waymark_guard_arrows ON journeys"),
                                   QStringLiteral("CREATE TRIGGER waymark_guard_arrows BEFORE UPDATE OF base ON journeys FOR EACH ROW "
                                                  "EXECUTE FUNCTION waymark_guard_arrows()"),
                                   QStringLiteral("ALTER TABLE changes DROP CONSTRAINT IF EXISTS changes_kind_check"),
                                   QStringLiteral("ALTER TABLE changes ADD CONSTRAINT changes_kind_check "
                                                  "CHECK (kind IN ('card', 'comment', 'dot', 'lock', 'stage', 'lane', 'department', 'vote', "
                                                  "'arrow', 'persona', 'participant'))"),
                                   QStringLiteral("DROP POLICY IF EXISTS waymark_log_changes ON changes"),
                                   QStringLiteral("CREATE POLICY waymark_log_changes ON changes FOR INSERT WITH CHECK (db_user = current_user AND "
                                                  "CASE WHEN kind = 'lock' THEN waymark_may_lock() "
                                                  "WHEN kind IN ('stage', 'lane', 'department') THEN waymark_may_structure() "
                                                  "WHEN kind = 'vote' THEN waymark_may_vote() "
                                                  "WHEN kind = 'persona' THEN waymark_may_people('personas') "
                                                  "WHEN kind = 'participant' THEN waymark_may_people('participants') "
                                                  "ELSE waymark_may(CASE kind WHEN 'comment' THEN 'comment' WHEN 'dot' THEN 'dots' ELSE 'cards' END) END)")},
                                  error);
}

} // namespace waymark::ServerSchema
