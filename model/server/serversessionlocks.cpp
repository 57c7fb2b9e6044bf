// Lane and stage locks and the frozen board (server schema 3): written by facilitators as a
// change everybody receives, enforced by the database, read by the window to grey what is
// locked with the reason.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {


using ServerSql::idText;

} // namespace

bool ServerSession::loadLocks(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, target, reason, author FROM locks WHERE journey = ?"));
    query.addBindValue(idText(mJourneyId));
    if (!query.exec()) {
        *error = ServerSessionText::tr("reading the locks on %1 failed: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return false;
    }
    mLocks.clear();
    while (query.next()) {
        ServerLock lock{query.value(0).toString(), QUuid::fromString(query.value(1).toString()), query.value(2).toString(),
                        query.value(3).toString()};
        mLocks[{lock.kind, lock.target}] = lock;
    }
    query.finish();
    if (!loadMyDepartments(db, error))
        return false;
    emit locksChanged();
    return true;
}

bool ServerSession::loadMyDepartments(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT department FROM members WHERE journey = ? AND db_user = current_user"));
    query.addBindValue(idText(mJourneyId));
    if (!query.exec()) {
        *error = ServerSessionText::tr("reading the locks on %1 failed: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return false;
    }
    mMyDepartments.clear();
    while (query.next())
        mMyDepartments.push_back(QUuid::fromString(query.value(0).toString()));
    return true;
}

void ServerSession::applyLock(const ServerChange &change)
{
    const QJsonObject value = change.value.toObject();
    const std::pair key{change.field, change.entity};
    if (value[QLatin1String("locked")].toBool())
        mLocks[key] = ServerLock{change.field, change.entity, value[QLatin1String("reason")].toString(), change.author};
    else
        mLocks.erase(key);
    emit locksChanged();
}

std::optional<ServerLock> ServerSession::boardFrozen() const
{
    for (const auto &[key, lock] : mLocks) {
        if (key.first == ServerLockKind::board)
            return lock;
    }
    return std::nullopt;
}

std::optional<QString> ServerSession::cellLockedFor(const QUuid &stage, const QUuid &lane) const
{
    if (mRole == ServerRole::Facilitator)
        return std::nullopt;
    if (const auto frozen = boardFrozen())
        return ServerSessionText::tr("%1 froze the board%2; only facilitators may change it now")
            .arg(frozen->author, frozen->reason.isEmpty() ? QString() : ServerSessionText::tr(" (%1)").arg(frozen->reason));
    const auto laneLock = mLocks.find({ServerLockKind::lane, lane});
    const auto stageLock = mLocks.find({ServerLockKind::stage, stage});
    if (laneLock == mLocks.end() && stageLock == mLocks.end())
        return std::nullopt;
    // The lane's own department may still change it.
    for (const QJsonValue &item : mParts.base[QLatin1String("lanes")].toArray()) {
        const QJsonObject object = item.toObject();
        if (QUuid::fromString(object[QLatin1String("id")].toString()) != lane)
            continue;
        const QUuid department = QUuid::fromString(object[QLatin1String("department")].toString());
        if (!department.isNull() && std::find(mMyDepartments.begin(), mMyDepartments.end(), department) != mMyDepartments.end())
            return std::nullopt;
    }
    const ServerLock &lock = laneLock != mLocks.end() ? laneLock->second : stageLock->second;
    const QString reason = lock.reason.isEmpty() ? QString() : ServerSessionText::tr(" (%1)").arg(lock.reason);
    return lock.kind == ServerLockKind::lane ? ServerSessionText::tr("%1 locked this lane%2; only its department may change its cards").arg(lock.author, reason)
                                             : ServerSessionText::tr("%1 locked this stage%2; only each lane's department may change its cards").arg(lock.author, reason);
}

std::optional<qint64> ServerSession::setLock(const QString &kind, const QUuid &target, bool locked, const QString &reason, QString *error)
{
    const QUuid what = kind == ServerLockKind::board ? mJourneyId : target;
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        if (locked) {
            query.prepare(QStringLiteral("INSERT INTO locks (journey, kind, target, reason, author) VALUES (?, ?, ?, ?, ?) "
                                         "ON CONFLICT (journey, kind, target) DO UPDATE SET reason = EXCLUDED.reason, author = EXCLUDED.author, "
                                         "db_user = current_user, time = now()"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(kind);
            query.addBindValue(idText(what));
            query.addBindValue(reason.isNull() ? QStringLiteral("") : reason); // a null QString binds as NULL
            query.addBindValue(mAuthor);
        } else {
            query.prepare(QStringLiteral("DELETE FROM locks WHERE journey = ? AND kind = ? AND target = ?"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(kind);
            query.addBindValue(idText(what));
        }
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the lock was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::lock, what, kind, QJsonObject{{QStringLiteral("locked"), locked}, {QStringLiteral("reason"), reason}});
    return write(change, entityWrite, error);
}

} // namespace waymark
