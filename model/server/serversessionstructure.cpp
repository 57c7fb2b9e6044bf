// Stages, lanes and departments edited live (server schema 4, docs/server.md "Structure"):
// each edit is one change applied to the arrays in the journey's `base` as the server holds
// them while the writer holds the journey's row, so a session that is behind never writes
// back an old copy; removing a stage or lane removes its cards in the same transaction.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serverstructure.h"
#include "server/serversessiontext.h"
#include "server/changevaluekeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {

using ChangeValueKeys::afterKey;
using ChangeValueKeys::afterValue;

using ServerSql::idText;
using ServerSql::jsonText;

const QString structureCardsKey = QStringLiteral("cards");
const QString structureLanesKey = QStringLiteral("lanes");

// The parts of `base` a structure change reads and writes (not the datasets, which may be large).
const QStringList touchedKeys{QStringLiteral("stages"), QStringLiteral("lanes"), QStringLiteral("departments"), QStringLiteral("connections")};

// What goes with a removed stage or lane (its cards, deleted here; `rows` gets them whole, for
// undo) or department (taken off its cards here; its lanes become plain in `base`), written
// into the change's value as the server has it. False on an SQL error (in `query`).
bool takeAlong(QSqlQuery &query, const QUuid &journey, ServerChange &change, const JourneyParts &server, QJsonArray *rows)
{
    QJsonArray ids;
    if (change.kind == ServerChangeKind::department) {
        query.prepare(QStringLiteral("UPDATE cards SET fields = jsonb_set(fields, '{department}', 'null') "
                                     "WHERE journey = ? AND fields->>'department' = ? RETURNING id"));
        query.addBindValue(idText(journey));
        query.addBindValue(idText(change.entity));
        if (!query.exec())
            return false;
        while (query.next())
            ids.append(query.value(0).toString());
        QJsonObject removed = ServerStructure::removalOf(server, change.kind, change.entity); // its lanes
        removed[structureCardsKey] = ids;
        change.value = removed;
        *rows = ids;
        return true;
    }
    // The trigger checks each card's cell (a lock there refuses the removal).
    query.prepare(QStringLiteral("DELETE FROM cards WHERE journey = ? AND %1 = ? RETURNING id, "
                                 "jsonb_build_object('id', id, 'stage', stage, 'lane', lane, 'key', sort_key, 'fields', fields)::text")
                      .arg(change.kind == ServerChangeKind::stage ? QStringLiteral("stage") : QStringLiteral("lane")));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(change.entity));
    if (!query.exec())
        return false;
    while (query.next()) {
        ids.append(query.value(0).toString());
        rows->append(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    }
    change.value = QJsonObject{{structureCardsKey, ids}};
    return true;
}

// Undoing a removal, after the stage or lane is back in `base`: its cards come back (the
// trigger checks their cell exists), or a department's cards get it again. False on an SQL
// error (in `query`).
bool bringBack(QSqlQuery &query, const QUuid &journey, const ServerChange &change)
{
    const QJsonArray cards = change.value.toObject()[structureCardsKey].toArray();
    for (const QJsonValue &card : cards) {
        if (change.kind == ServerChangeKind::department) {
            query.prepare(QStringLiteral("UPDATE cards SET fields = jsonb_set(fields, '{department}', to_jsonb(?::text)) WHERE journey = ? AND id = ?"));
            query.addBindValue(idText(change.entity));
            query.addBindValue(idText(journey));
            query.addBindValue(card.toString());
        } else {
            const QJsonObject row = card.toObject();
            query.prepare(QStringLiteral("INSERT INTO cards (journey, id, stage, lane, sort_key, fields) VALUES (?, ?, ?, ?, ?, ?::jsonb)"));
            query.addBindValue(idText(journey));
            query.addBindValue(row[QLatin1String("id")].toString());
            query.addBindValue(row[QLatin1String("stage")].toString());
            query.addBindValue(row[QLatin1String("lane")].toString());
            query.addBindValue(row[QLatin1String("key")].toString());
            query.addBindValue(jsonText(row[QLatin1String("fields")]));
        }
        if (!query.exec())
            return false;
    }
    return true;
}

} // namespace

QString ServerSession::structureName(const QString &kind, const QUuid &id) const
{
    const QJsonArray list = mParts.base[ServerStructure::listKey(kind)].toArray();
    const int at = ServerStructure::indexOf(list, id);
    return at < 0 ? idText(id) : list[at].toObject()[QLatin1String("name")].toString();
}

std::optional<QString> ServerSession::cellGone(const QUuid &stage, const QUuid &lane) const
{
    for (const QString &kind : {ServerChangeKind::stage, ServerChangeKind::lane}) {
        const QUuid id = kind == ServerChangeKind::stage ? stage : lane;
        if (ServerStructure::indexOf(mParts.base[ServerStructure::listKey(kind)].toArray(), id) >= 0)
            continue;
        const auto removal = mNewestOn.find({id, ServerChangeField::deleted});
        if (removal == mNewestOn.end())
            return ServerSessionText::tr("the card's stage or lane is not in the journey");
        const ServerChange &by = removal->second;
        return kind == ServerChangeKind::stage
            ? ServerSessionText::tr("%1 removed the card's stage (change %2); the card was not saved there").arg(by.author).arg(by.id)
            : ServerSessionText::tr("%1 removed the card's lane (change %2); the card was not saved there").arg(by.author).arg(by.id);
    }
    return std::nullopt;
}

std::optional<qint64> ServerSession::addStructure(const QString &kind, const QJsonObject &item, const QUuid &after, QString *error)
{
    ServerChange change = changeOf(kind, uuidOf(item[QLatin1String("id")]), ServerChangeField::added, QJsonObject{{QStringLiteral("item"), item}, {afterKey, afterValue(after)}});
    return writeStructure(change, error);
}

std::optional<qint64> ServerSession::setStructureField(const QString &kind, const QUuid &id, const QString &field, const QJsonValue &value,
                                                       QString *error)
{
    if (field == QLatin1String("id") || field == QLatin1String("touchpoints") || field == ServerChangeField::added
        || field == ServerChangeField::deleted || field == ServerChangeField::position) {
        if (error)
            *error = ServerSessionText::tr("“%1” cannot be changed on its own").arg(field);
        return std::nullopt;
    }
    ServerChange change = changeOf(kind, id, field, value);
    return writeStructure(change, error);
}

std::optional<qint64> ServerSession::moveStructure(const QString &kind, const QUuid &id, const QUuid &after, QString *error)
{
    ServerChange change = changeOf(kind, id, ServerChangeField::position, QJsonObject{{afterKey, afterValue(after)}});
    return writeStructure(change, error);
}

std::optional<qint64> ServerSession::removeStructure(const QString &kind, const QUuid &id, QString *error)
{
    ServerChange change = changeOf(kind, id, ServerChangeField::deleted);
    // What goes with it as this session sees it (to check the change); the server's own list
    // replaces it in the transaction.
    change.value = ServerStructure::removalOf(mParts, kind, id);
    return writeStructure(change, error);
}

std::optional<qint64> ServerSession::writeStructure(const ServerChange &proposed, QString *error)
{
    if (!ServerChangeKind::isStructure(proposed.kind)) {
        if (error)
            *error = ServerSessionText::tr("“%1” is not a stage, a lane or a department").arg(proposed.kind);
        return std::nullopt;
    }
    // Offline it is queued (write()), but not for someone the server would refuse at replay:
    // they hear the rule now, as they would online.
    if (!mConnected && mRole != ServerRole::Facilitator) {
        if (error)
            *error = ServerRoles::explainRefusal(QStringLiteral("waymark rule facilitators-structure:"));
        return std::nullopt;
    }
    const QString name = proposed.field == ServerChangeField::added
        ? proposed.value.toObject()[QLatin1String("item")].toObject()[QLatin1String("name")].toString()
        : structureName(proposed.kind, proposed.entity);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        const auto sqlFailed = [&] {
            *failure = ServerSessionText::tr("the change of “%1” was not saved on %2: %3").arg(name, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        };
        // The arrays as the server holds them now (the journey's row is ours until the commit).
        QStringList pairs;
        for (const QString &key : touchedKeys)
            pairs << QStringLiteral("'%1', base->'%1'").arg(key);
        query.prepare(QStringLiteral("SELECT jsonb_build_object(%1)::text FROM journeys WHERE id = ?").arg(pairs.join(QStringLiteral(", "))));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec() || !query.next())
            return sqlFailed();
        JourneyParts server;
        server.base = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const QJsonArray list = server.base[ServerStructure::listKey(change.kind)].toArray();
        const int at = ServerStructure::indexOf(list, change.entity);
        if (change.field == ServerChangeField::added && at >= 0) {
            *failure = ServerSessionText::tr("“%1” is already in the journey").arg(name);
            return false;
        }
        if (change.field != ServerChangeField::added && at < 0) {
            query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND entity = ? AND field = ? ORDER BY id DESC LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(change.entity));
            query.addBindValue(ServerChangeField::deleted);
            if (query.exec() && query.next())
                *failure = ServerSessionText::tr("“%1” was removed by %2 (change %3); your change was not saved")
                               .arg(name, query.value(0).toString())
                               .arg(query.value(1).toLongLong());
            else
                *failure = ServerSessionText::tr("“%1” is not in the journey on the server; your change was not saved").arg(name);
            return false;
        }
        const QUuid after = uuidOf(change.value.toObject()[afterKey]);
        if ((change.field == ServerChangeField::added || change.field == ServerChangeField::position) && !after.isNull()
            && ServerStructure::indexOf(list, after) < 0) {
            *failure = ServerSessionText::tr("“%1” is not in the journey any more; your change was not saved").arg(structureName(change.kind, after));
            return false;
        }
        // What the change replaces, for undo: the value that puts it back.
        if (change.field == ServerChangeField::position)
            mStructureBefore = QJsonObject{{afterKey, afterValue(ServerStructure::previousOf(list, change.entity))}};
        else if (change.field != ServerChangeField::added && change.field != ServerChangeField::deleted)
            mStructureBefore = list[at].toObject().value(change.field);

        if (change.field == ServerChangeField::deleted) {
            QJsonArray rows;
            if (!takeAlong(query, mJourneyId, change, server, &rows))
                return sqlFailed();
            QJsonObject restore{{QStringLiteral("item"), list[at]},
                                {afterKey, afterValue(ServerStructure::previousOf(list, change.entity))},
                                {structureCardsKey, rows}};
            if (change.kind == ServerChangeKind::department)
                restore[structureLanesKey] = change.value.toObject()[structureLanesKey];
            mStructureBefore = restore;
        }
        if (!ServerStructure::apply(server, change)) {
            *failure = ServerSessionText::tr("“%1” is not in the journey any more; your change was not saved").arg(name);
            return false;
        }
        QJsonObject written;
        for (const QString &key : touchedKeys) {
            if (server.base[key].isArray()) // a key the journey lacks stays out
                written[key] = server.base[key];
        }
        query.prepare(QStringLiteral("UPDATE journeys SET base = base || ?::jsonb WHERE id = ?"));
        query.addBindValue(jsonText(written));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec())
            return sqlFailed();
        if (change.field == ServerChangeField::added && !bringBack(query, mJourneyId, change))
            return sqlFailed();
        return true;
    };
    return write(proposed, entityWrite, error);
}

} // namespace waymark
