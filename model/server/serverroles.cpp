#include "server/serverroles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace waymark::ServerRoles {

namespace {

struct ServerRolesText {
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)
};

// The check every write policy calls: true, or an error naming the rule. A policy that only
// said false would leave people with "new row violates row-level security policy", which
// does not say who may do what. Kinds: card, dot, comment, write (taking a turn on the
// journey's row), publish.
const char *mayFunction = R"SQL(
CREATE OR REPLACE FUNCTION waymark_may(what text) RETURNS boolean LANGUAGE plpgsql STABLE AS $fn$
BEGIN
    IF pg_has_role('waymark_facilitator', 'MEMBER') THEN
        RETURN true;
    END IF;
    IF what = 'publish' THEN
        RAISE EXCEPTION 'waymark rule facilitators-publish: only a facilitator may publish a journey'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_has_role('waymark_participant', 'MEMBER') THEN
        RETURN true;
    END IF;
    IF pg_has_role('waymark_reviewer', 'MEMBER') THEN
        IF what IN ('comment', 'write') THEN
            RETURN true;
        END IF;
        RAISE EXCEPTION 'waymark rule reviewers-comment-only: a reviewer may add comments, not change %', what
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_has_role('waymark_viewer', 'MEMBER') THEN
        RAISE EXCEPTION 'waymark rule viewers-read-only: a viewer may read the journey, not change it'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'waymark rule members-only: % has no Waymark role on this database', current_user
        USING ERRCODE = 'insufficient_privilege';
END
$fn$)SQL";

bool run(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = ServerRolesText::tr("setting up the roles on %1 failed: %2 (in: %3)")
                             .arg(db.databaseName(), query.lastError().databaseText().trimmed(), statement.simplified().left(80));
            return false;
        }
    }
    return true;
}

} // namespace

QString roleName(ServerRole role)
{
    switch (role) {
    case ServerRole::Facilitator: return QStringLiteral("waymark_facilitator");
    case ServerRole::Participant: return QStringLiteral("waymark_participant");
    case ServerRole::Reviewer: return QStringLiteral("waymark_reviewer");
    case ServerRole::Viewer: return QStringLiteral("waymark_viewer");
    case ServerRole::None: break;
    }
    return {};
}

std::optional<ServerRole> roleOf(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // The tables' owner passes every policy (PostgreSQL does not apply them to owners).
    if (!query.exec(QStringLiteral("SELECT pg_has_role(tableowner, 'MEMBER') FROM pg_tables WHERE tablename = 'cards' "
                                   "AND schemaname = current_schema()"))) {
        if (error)
            *error = ServerRolesText::tr("reading your role on %1 failed: %2").arg(db.databaseName(), query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    if (query.next() && query.value(0).toBool())
        return ServerRole::Facilitator;
    for (const ServerRole role : {ServerRole::Facilitator, ServerRole::Participant, ServerRole::Reviewer, ServerRole::Viewer}) {
        query.prepare(QStringLiteral("SELECT pg_has_role(?, 'MEMBER')"));
        query.addBindValue(roleName(role));
        if (!query.exec() || !query.next()) {
            if (error)
                *error = ServerRolesText::tr("reading your role on %1 failed: %2").arg(db.databaseName(), query.lastError().databaseText().trimmed());
            return std::nullopt;
        }
        if (query.value(0).toBool())
            return role;
    }
    return ServerRole::None;
}

QString describe(ServerRole role)
{
    switch (role) {
    case ServerRole::Facilitator: return ServerRolesText::tr("Facilitator: may change everything");
    case ServerRole::Participant: return ServerRolesText::tr("Participant: may add and change cards, place dots and comment");
    case ServerRole::Reviewer: return ServerRolesText::tr("Reviewer: may comment");
    case ServerRole::Viewer: return ServerRolesText::tr("Viewer: may look");
    case ServerRole::None: break;
    }
    return ServerRolesText::tr("No Waymark role on this server: ask the facilitator for one");
}

QString ruleOf(const QString &serverMessage)
{
    static const QRegularExpression rule(QStringLiteral("waymark rule ([a-z-]+):"));
    return rule.match(serverMessage).captured(1);
}

QString explainMembersRefusal(const QString &serverMessage)
{
    // The members table shares the locks' rule (server schema 3), whose own words speak of locks.
    const QString id = ruleOf(serverMessage);
    if (id != QLatin1String("facilitators-lock"))
        return explainRefusal(serverMessage);
    return ServerRolesText::tr("the server refused this by its rule “%1”: %2").arg(id, ServerRolesText::tr("only facilitators may say who belongs to which department"));
}

QString explainRefusal(const QString &serverMessage)
{
    const QString id = ruleOf(serverMessage);
    if (id.isEmpty())
        return serverMessage;
    QString why;
    if (id == QLatin1String("reviewers-comment-only"))
        why = ServerRolesText::tr("reviewers may add comments, nothing else");
    else if (id == QLatin1String("viewers-read-only"))
        why = ServerRolesText::tr("viewers may read the journey, not change it");
    else if (id == QLatin1String("facilitators-publish"))
        why = ServerRolesText::tr("only facilitators may publish journeys");
    else if (id == QLatin1String("members-only"))
        why = ServerRolesText::tr("you have no Waymark role on this database");
    else if (id == QLatin1String("locked-lane"))
        why = ServerRolesText::tr("the facilitator locked this lane; only its department may change its cards");
    else if (id == QLatin1String("locked-stage"))
        why = ServerRolesText::tr("the facilitator locked this stage; only each lane's department may change its cards");
    else if (id == QLatin1String("board-frozen"))
        why = ServerRolesText::tr("the facilitator froze the board; only facilitators may change it now");
    else if (id == QLatin1String("facilitators-lock"))
        why = ServerRolesText::tr("only facilitators may lock lanes and stages or freeze the board");
    else if (id == QLatin1String("facilitators-structure"))
        why = ServerRolesText::tr("only facilitators may add, change, move or remove stages, lanes and departments");
    else if (id == QLatin1String("cell-removed"))
        why = ServerRolesText::tr("a facilitator removed that stage or lane meanwhile");
    else if (id == QLatin1String("facilitators-vote"))
        why = ServerRolesText::tr("only facilitators may start, close or change a vote");
    else if (id == QLatin1String("vote-closed"))
        why = ServerRolesText::tr("the vote is closed; its dots cannot change any more");
    else if (id == QLatin1String("dots-own"))
        why = ServerRolesText::tr("someone else placed this dot from their login; only they or a facilitator may take it back");
    else if (id == QLatin1String("comments-own"))
        why = ServerRolesText::tr("someone else wrote this comment; only they or a facilitator may change or delete it");
    else if (id == QLatin1String("facilitators-personas"))
        why = ServerRolesText::tr("only facilitators may add, change or remove personas");
    else if (id == QLatin1String("facilitators-participants"))
        why = ServerRolesText::tr("only facilitators may add, rename or remove participants");
    else if (id == QLatin1String("arrow-card-gone"))
        why = ServerRolesText::tr("an arrow must join two cards of the journey, and one of them was deleted meanwhile");
    else if (id == QLatin1String("facilitators-journey"))
        why = ServerRolesText::tr("only facilitators may change the journey's title, description, currency and settings");
    else if (id == QLatin1String("facilitators-agenda"))
        why = ServerRolesText::tr("only facilitators may change the agenda");
    else if (id == QLatin1String("facilitators-business-case"))
        why = ServerRolesText::tr("only facilitators may change the business case");
    else if (id == QLatin1String("vote-time-up"))
        why = ServerRolesText::tr("the vote's time is up; its dots cannot change any more");
    else if (id == QLatin1String("facilitators-data"))
        why = ServerRolesText::tr("only facilitators may import, refresh or remove survey and purchase data");
    else if (id == QLatin1String("dataset-too-large"))
        why = serverMessage.section(QStringLiteral("dataset-too-large:"), 1).section(u'\n', 0, 0).trimmed(); // names the dataset and the limit
    else
        return serverMessage;
    return ServerRolesText::tr("the server refused this by its rule “%1”: %2").arg(id, why);
}

bool migrateRoles(QSqlDatabase &db, QString *error)
{
    QStringList statements;
    // Roles belong to the whole cluster: another database may have made them already.
    for (const ServerRole role : {ServerRole::Facilitator, ServerRole::Participant, ServerRole::Reviewer, ServerRole::Viewer})
        statements << QStringLiteral("DO $do$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 NOLOGIN; END IF; END $do$")
                          .arg(roleName(role));
    statements << QString::fromLatin1(mayFunction);
    const QString everyone = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer, waymark_viewer");
    const QString writers = QStringLiteral("waymark_facilitator, waymark_participant, waymark_reviewer");
    statements << QStringLiteral("GRANT SELECT ON journeys, cards, comments, dots, changes, waymark_schema TO %1").arg(everyone)
               << QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_may(text) TO %1").arg(everyone)
               // Everyone may try to take a turn on the journey's row, so a viewer's attempt
               // reaches the policy that names the rule instead of a bare "permission denied".
               << QStringLiteral("GRANT UPDATE (last_change, last_changed) ON journeys TO %1").arg(everyone)
               << QStringLiteral("GRANT UPDATE (base, title) ON journeys TO waymark_facilitator, waymark_participant")
               // Publishing: the policy, not a missing grant, refuses (and names the rule).
               << QStringLiteral("GRANT INSERT ON journeys TO %1").arg(everyone)
               << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON cards, dots TO %1").arg(writers)
               << QStringLiteral("GRANT INSERT ON comments, changes TO %1").arg(writers)
               << QStringLiteral("GRANT USAGE ON SEQUENCE changes_id_seq TO %1").arg(writers);
    const auto policy = [&](const QString &table, const QString &name, const QString &rest) {
        statements << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table)
                   << QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rest);
    };
    for (const QString &table : {QStringLiteral("journeys"), QStringLiteral("cards"), QStringLiteral("comments"), QStringLiteral("dots"),
                                QStringLiteral("changes")}) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        policy(table, QStringLiteral("waymark_read"), QStringLiteral("FOR SELECT USING (true)"));
    }
    policy(QStringLiteral("journeys"), QStringLiteral("waymark_publish"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may('publish'))"));
    policy(QStringLiteral("journeys"), QStringLiteral("waymark_take_turn"), QStringLiteral("FOR UPDATE USING (waymark_may('write'))"));
    policy(QStringLiteral("cards"), QStringLiteral("waymark_add_cards"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may('cards'))"));
    policy(QStringLiteral("cards"), QStringLiteral("waymark_change_cards"), QStringLiteral("FOR UPDATE USING (waymark_may('cards'))"));
    policy(QStringLiteral("cards"), QStringLiteral("waymark_delete_cards"), QStringLiteral("FOR DELETE USING (waymark_may('cards'))"));
    policy(QStringLiteral("dots"), QStringLiteral("waymark_place_dots"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may('dots'))"));
    policy(QStringLiteral("comments"), QStringLiteral("waymark_comment"), QStringLiteral("FOR INSERT WITH CHECK (waymark_may('comment'))"));
    // A change is logged under the user who made it, and only for what that user may do.
    policy(QStringLiteral("changes"), QStringLiteral("waymark_log_changes"),
           QStringLiteral("FOR INSERT WITH CHECK (db_user = current_user AND waymark_may(CASE kind WHEN 'comment' THEN 'comment' "
                          "WHEN 'dot' THEN 'dots' ELSE 'cards' END))"));
    return run(db, statements, error);
}

} // namespace waymark::ServerRoles
