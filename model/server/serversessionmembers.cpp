// Who belongs to which of a shared journey's departments (the `members` table of server
// schema 3): read by everyone, changed by facilitators in one transaction, enforced by the
// database's row-level security (rule facilitators-lock). Every session on the journey is
// told on the waymark_members channel and reads its own departments again, since they decide
// which locked lanes it may still change.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace waymark {

namespace {


using ServerSql::idText;

} // namespace

std::optional<std::vector<ServerMember>> ServerSession::readMembers(QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return std::nullopt;
    }
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT db_user, department FROM members WHERE journey = ? ORDER BY db_user, department"));
    query.addBindValue(idText(mJourneyId));
    if (!query.exec()) {
        message = ServerSessionText::tr("reading the members on %1 failed: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    std::vector<ServerMember> members;
    while (query.next())
        members.push_back({query.value(0).toString(), QUuid::fromString(query.value(1).toString())});
    return members;
}

std::optional<std::vector<ServerUser>> ServerSession::readUsers(QString *error) const
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return std::nullopt;
    }
    // The same order as ServerRoles::roleOf: the tables' owner (and superusers, members of
    // every role) act as facilitators. pg_roles and pg_has_role are open to every user.
    QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT r.rolname, CASE"
            " WHEN pg_has_role(r.oid, 'waymark_facilitator', 'MEMBER') OR coalesce(pg_has_role(r.oid, t.tableowner, 'MEMBER'), false) THEN 0"
            " WHEN pg_has_role(r.oid, 'waymark_participant', 'MEMBER') THEN 1"
            " WHEN pg_has_role(r.oid, 'waymark_reviewer', 'MEMBER') THEN 2"
            " WHEN pg_has_role(r.oid, 'waymark_viewer', 'MEMBER') THEN 3 ELSE 4 END "
            "FROM pg_roles r LEFT JOIN pg_tables t ON t.tablename = 'cards' AND t.schemaname = current_schema() "
            "WHERE r.rolcanlogin ORDER BY r.rolname"))) {
        message = ServerSessionText::tr("reading the database users on %1 failed: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    static constexpr ServerRole roles[] = {ServerRole::Facilitator, ServerRole::Participant, ServerRole::Reviewer, ServerRole::Viewer,
                                           ServerRole::None};
    std::vector<ServerUser> users;
    while (query.next())
        users.push_back({query.value(0).toString(), roles[std::clamp(query.value(1).toInt(), 0, 4)]});
    return users;
}

bool ServerSession::changeMembers(const MembersEdit &edit, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1; the members were not changed").arg(mAddress.display());
        return false;
    }
    // Checked before anything is sent: a typing slip would otherwise sit in the table unnoticed.
    // The departments from the journey's base: no need to put the whole journey together.
    const QJsonArray departments = mParts.base[QLatin1String("departments")].toArray();
    for (const ServerMember &member : edit.added) {
        if (member.user.trimmed().isEmpty() || member.user != member.user.trimmed()) {
            message = ServerSessionText::tr("“%1” is not a database user's name (empty, or spaces around it); the members were not changed")
                          .arg(member.user);
            return false;
        }
        const bool known = std::any_of(departments.begin(), departments.end(), [&](const QJsonValue &department) {
            return QUuid::fromString(department[QLatin1String("id")].toString()) == member.department;
        });
        if (!known) {
            message = ServerSessionText::tr("%1 cannot join department %2: the journey has no such department; the members were not changed")
                          .arg(member.user, idText(member.department));
            return false;
        }
    }
    if (edit.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    if (!db.transaction()) {
        message = ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), db.lastError().text().trimmed());
        return false;
    }
    QSqlQuery query(db);
    const auto fail = [&](const QString &why) {
        message = ServerRoles::explainMembersRefusal(why);
        const bool broken = query.lastError().type() == QSqlError::ConnectionError || !db.isOpen();
        if (db.isOpen())
            db.rollback();
        if (broken)
            lose(message);
        return false;
    };
    for (const ServerMember &member : edit.added) {
        query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        query.addBindValue(member.user);
        if (!query.exec())
            return fail(ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed()));
        if (!query.next()) {
            db.rollback();
            message = ServerSessionText::tr("%1 has no database user “%2” (names are case-sensitive); the administrator creates it with "
                               "CREATE ROLE … LOGIN; the members were not changed")
                          .arg(mAddress.display(), member.user);
            return false;
        }
    }
    for (const ServerMember &member : edit.removed) {
        query.prepare(QStringLiteral("DELETE FROM members WHERE journey = ? AND db_user = ? AND department = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(member.user);
        query.addBindValue(idText(member.department));
        if (!query.exec())
            return fail(ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed()));
    }
    for (const ServerMember &member : edit.added) {
        // Someone may have added the same row meanwhile: then it is there, as wanted.
        query.prepare(QStringLiteral("INSERT INTO members (journey, db_user, department) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(member.user);
        query.addBindValue(idText(member.department));
        if (!query.exec())
            return fail(ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed()));
    }
    // Delivered at commit; the author last, since a name may hold any character.
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(membersChannel));
    query.addBindValue(idText(mJourneyId) + u'|' + mApplicationName + u'|' + mAuthor);
    if (!query.exec())
        return fail(ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed()));
    query.finish();
    if (!db.commit())
        return fail(ServerSessionText::tr("the members were not changed on %1: %2").arg(mAddress.display(), db.lastError().text().trimmed()));
    QString readError;
    if (loadMyDepartments(db, &readError)) {
        emit locksChanged(); // which locked lanes are open to us may have changed
        emit membersChanged(mAuthor, true);
    }
    return true;
}

void ServerSession::onMembersNotification(const QString &payload)
{
    const QStringList parts = payload.split(u'|');
    if (parts.size() < 3 || QUuid::fromString(parts[0]) != mJourneyId || parts[1] == mApplicationName || !mConnected)
        return;
    QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
    QString error;
    // A failed read is mended by the reconnection, which reads the locks and members again.
    if (!loadMyDepartments(db, &error))
        return;
    emit locksChanged();
    emit membersChanged(parts.mid(2).join(u'|'), false);
}

} // namespace waymark
