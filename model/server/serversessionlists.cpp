// Arrows between cards, personas and participants edited live (server schema 6, docs/server.md
// "Arrows, personas and participants"): each edit is one change applied to the list in the
// journey's `base` as the server holds it while the writer holds the journey's row. So an arrow
// drawn to a card that someone deletes at the same moment ends the same for everybody: the
// deletion came first and the arrow is refused naming who, or the arrow came first and the
// deletion takes it along. Their undo is here too.
#include "server/serversession.h"

#include "server/serverlists.h"
#include "server/serverroles.h"
#include "server/serversql.h"
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

#include <algorithm>

namespace waymark {

namespace {

using ChangeValueKeys::afterKey;
using ChangeValueKeys::itemKey;
using ChangeValueKeys::afterValue;

using ServerSql::cardTitle;
using ServerSql::idText;
using ServerSql::jsonText;

// The statement that names the rule when this login may not write this kind at all (the
// triggers refuse anyway; a reviewer would otherwise only hear "permission denied").
QString mayStatement(const QString &kind)
{
    if (kind == ServerChangeKind::persona)
        return QStringLiteral("SELECT waymark_may_people('personas')");
    if (kind == ServerChangeKind::participant)
        return QStringLiteral("SELECT waymark_may_people('participants')");
    if (kind == ServerChangeKind::agenda)
        return QStringLiteral("SELECT waymark_may_journey('agenda')"); // server schema 7
    if (kind == ServerChangeKind::opportunity || kind == ServerChangeKind::scenario)
        return QStringLiteral("SELECT waymark_may_journey('business-case')");
    return QStringLiteral("SELECT waymark_may('cards')");
}

// The database's rule that keeps a facilitators' list kind from the others, as it says it.
QString facilitatorsRule(const QString &kind)
{
    if (kind == ServerChangeKind::persona)
        return QStringLiteral("waymark rule facilitators-personas:");
    if (kind == ServerChangeKind::participant)
        return QStringLiteral("waymark rule facilitators-participants:");
    if (kind == ServerChangeKind::agenda)
        return QStringLiteral("waymark rule facilitators-agenda:");
    return QStringLiteral("waymark rule facilitators-business-case:");
}

// The newest change of `kind` on `entity` with `field`, read on the server: who and which.
std::optional<std::pair<QString, qint64>> newestOn(QSqlQuery &query, const QUuid &journey, const QString &kind, const QUuid &entity,
                                                   const QString &field)
{
    query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND entity = ? AND kind = ? AND field = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(entity));
    query.addBindValue(kind);
    query.addBindValue(field);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::pair{query.value(0).toString(), query.value(1).toLongLong()};
}

} // namespace

QString ServerSession::listItemName(const QString &kind, const QUuid &id, const QJsonObject &given) const
{
    const QJsonObject item = given.isEmpty() ? ServerLists::itemIn(mParts.base, kind, id) : given;
    if (kind == ServerChangeKind::persona)
        return ServerSessionText::tr("the persona “%1”").arg(item.isEmpty() ? idText(id) : item[QLatin1String("name")].toString());
    if (kind == ServerChangeKind::participant)
        return ServerSessionText::tr("the participant “%1”").arg(item.isEmpty() ? idText(id) : item[QLatin1String("name")].toString());
    if (kind == ServerChangeKind::agenda)
        return ServerSessionText::tr("the agenda step “%1”").arg(item.isEmpty() ? idText(id) : item[QLatin1String("title")].toString());
    if (kind == ServerChangeKind::opportunity)
        return ServerSessionText::tr("the opportunity “%1”").arg(item.isEmpty() ? idText(id) : item[QLatin1String("title")].toString());
    if (kind == ServerChangeKind::scenario)
        return ServerSessionText::tr("the scenario “%1”").arg(item.isEmpty() ? idText(id) : item[QLatin1String("name")].toString());
    const QString label = item[QLatin1String("label")].toString();
    if (!label.isEmpty() || item.isEmpty())
        return ServerSessionText::tr("the arrow “%1”").arg(label.isEmpty() ? idText(id) : label);
    return ServerSessionText::tr("the arrow from “%1” to “%2”")
        .arg(cardTitle(mParts, uuidOf(item[QLatin1String("from")])), cardTitle(mParts, uuidOf(item[QLatin1String("to")])));
}

bool ServerSession::peopleStillThere(QSqlQuery &query, const QString &kind, const std::vector<QUuid> &ids, QString *failure) const
{
    for (const QUuid &id : ids) {
        // The newest addition or removal (index changes_by_entity); published ones have none.
        query.prepare(QStringLiteral("SELECT field, author, id FROM changes WHERE journey = ? AND entity = ? AND kind = ? "
                                     "AND field IN ('added', 'deleted') ORDER BY id DESC LIMIT 1"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(id));
        query.addBindValue(kind);
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the change was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        if (query.next() && query.value(0).toString() == ServerChangeField::deleted) {
            *failure = ServerSessionText::tr("%1 removed %2 (change %3); your change was not saved")
                           .arg(query.value(1).toString(), listItemName(kind, id))
                           .arg(query.value(2).toLongLong());
            return false;
        }
    }
    return true;
}

std::optional<qint64> ServerSession::addArrow(const Connection &arrow, QString *error)
{
    const QJsonObject item{{QStringLiteral("id"), idText(arrow.id)},
                           {QStringLiteral("from"), idText(arrow.fromId)},
                           {QStringLiteral("to"), idText(arrow.toId)},
                           {QStringLiteral("label"), arrow.label}};
    const QJsonArray list = mParts.base[ServerLists::listKey(ServerChangeKind::arrow)].toArray();
    const QUuid last = list.isEmpty() ? QUuid() : uuidOf(list.last().toObject()[QLatin1String("id")]);
    return addListItem(ServerChangeKind::arrow, item, last, error);
}

std::optional<qint64> ServerSession::addListItem(const QString &kind, const QJsonObject &item, const QUuid &after, QString *error)
{
    ServerChange change;
    change.kind = kind;
    change.entity = uuidOf(item[QLatin1String("id")]);
    change.field = ServerChangeField::added;
    change.value = QJsonObject{{itemKey, item}, {afterKey, afterValue(after)}};
    return writeListItem(change, error);
}

std::optional<qint64> ServerSession::setListItemField(const QString &kind, const QUuid &id, const QString &field, const QJsonValue &value,
                                                      QString *error)
{
    if (!ServerLists::isChangeableKey(kind, field)) {
        if (error)
            *error = ServerSessionText::tr("“%1” cannot be changed on its own").arg(field);
        return std::nullopt;
    }
    ServerChange change;
    change.kind = kind;
    change.entity = id;
    change.field = field;
    change.value = value;
    return writeListItem(change, error);
}

std::optional<qint64> ServerSession::removeListItem(const QString &kind, const QUuid &id, QString *error)
{
    ServerChange change;
    change.kind = kind;
    change.entity = id;
    change.field = ServerChangeField::deleted;
    return writeListItem(change, error);
}

std::optional<qint64> ServerSession::moveListItem(const QString &kind, const QUuid &id, const QUuid &after, QString *error)
{
    return writeListItem(changeOf(kind, id, ServerChangeField::position, QJsonObject{{afterKey, afterValue(after)}}), error);
}

std::optional<qint64> ServerSession::writeListItem(const ServerChange &proposed, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!ServerChangeKind::isListItem(proposed.kind)) {
        message = ServerSessionText::tr("“%1” is not an arrow, a persona, a participant, an agenda step, an opportunity or a scenario").arg(proposed.kind);
        return std::nullopt;
    }
    // The facilitators' kinds are queued offline (write()), but not for someone the server
    // would refuse at replay: they hear the rule now, as they would online. Arrows are anyone's.
    if (!mConnected && mRole != ServerRole::Facilitator && proposed.kind != ServerChangeKind::arrow) {
        message = ServerRoles::explainRefusal(facilitatorsRule(proposed.kind));
        return std::nullopt;
    }
    const bool adding = proposed.field == ServerChangeField::added;
    const QJsonObject addedItem = proposed.value.toObject()[itemKey].toObject();
    const QString name = listItemName(proposed.kind, proposed.entity, adding ? addedItem : QJsonObject());
    const bool known = !ServerLists::itemIn(mParts.base, proposed.kind, proposed.entity).isEmpty();
    if (adding == known) {
        message = adding ? ServerSessionText::tr("%1 is already in the journey").arg(name)
                         : ServerSessionText::tr("%1 is not in the journey any more; your change was not saved").arg(name);
        return std::nullopt;
    }
    if (adding && proposed.kind == ServerChangeKind::arrow) {
        for (const QString &end : {QStringLiteral("from"), QStringLiteral("to")}) {
            const QUuid card = uuidOf(addedItem[end]);
            const auto deletion = mNewestOn.find({card, ServerChangeField::deleted});
            if (!mParts.cards.count(card) && deletion != mNewestOn.end()) {
                message = ServerSessionText::tr("card “%1” was deleted by %2 (change %3); your change was not saved")
                              .arg(cardTitle(mParts, card), deletion->second.author)
                              .arg(deletion->second.id);
                return std::nullopt;
            }
        }
    }
    if (proposed.field == ServerChangeField::deleted && proposed.kind == ServerChangeKind::persona) {
        for (const auto &[card, row] : mParts.cards) {
            for (const QString &field : {QStringLiteral("personas"), QStringLiteral("personaEmotions")}) {
                const std::vector<QUuid> named = ServerLists::personasNamed(field, row.fields[field]);
                if (std::find(named.begin(), named.end(), proposed.entity) != named.end()) {
                    message = ServerSessionText::tr("card “%1” names %2 now; the persona stays while a card names it").arg(cardTitle(mParts, card), name);
                    return std::nullopt;
                }
            }
        }
    }
    if (proposed.field == ServerChangeField::deleted && proposed.kind == ServerChangeKind::participant) {
        const QString id = idText(proposed.entity);
        if (std::any_of(mParts.dots.begin(), mParts.dots.end(), [&](const DotRow &dot) { return dot.dot[QLatin1String("participant")].toString() == id; })) {
            message = ServerSessionText::tr("%1 has placed dots; a participant with dots or cards stays on the list").arg(name);
            return std::nullopt;
        }
        for (const auto &[card, row] : mParts.cards) {
            if (row.fields[QLatin1String("author")].toString() == id) {
                message = ServerSessionText::tr("%1 wrote card “%2”; a participant with dots or cards stays on the list").arg(name, cardTitle(mParts, card));
                return std::nullopt;
            }
        }
    }
    const QString key = ServerLists::listKey(proposed.kind);
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &change, QString *failure) {
        const auto sqlFailed = [&] {
            *failure = ServerSessionText::tr("the change of %1 was not saved on %2: %3").arg(name, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        };
        if (!query.exec(mayStatement(change.kind)))
            return sqlFailed();
        // The list as the server holds it now (the journey's row is ours until the commit).
        query.prepare(QStringLiteral("SELECT coalesce(base->'%1', '[]'::jsonb)::text FROM journeys WHERE id = ?").arg(key));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec() || !query.next())
            return sqlFailed();
        JourneyParts server;
        server.base[key] = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
        const QJsonObject there = ServerLists::itemIn(server.base, change.kind, change.entity);
        if (adding && !there.isEmpty()) {
            *failure = ServerSessionText::tr("%1 is already in the journey").arg(name);
            return false;
        }
        if (!adding && there.isEmpty()) {
            if (const auto by = newestOn(query, mJourneyId, change.kind, change.entity, ServerChangeField::deleted))
                *failure = ServerSessionText::tr("%1 removed %2 (change %3); your change was not saved").arg(by->first, name).arg(by->second);
            else
                *failure = ServerSessionText::tr("%1 is not in the journey on the server; your change was not saved").arg(name);
            return false;
        }
        if (adding && change.kind == ServerChangeKind::arrow) {
            // Both cards on the server now: a card deleted meanwhile took its arrows, and
            // refuses new ones, naming who deleted it.
            for (const QString &end : {QStringLiteral("from"), QStringLiteral("to")}) {
                const QUuid card = uuidOf(addedItem[end]);
                query.prepare(QStringLiteral("SELECT 1 FROM cards WHERE journey = ? AND id = ?"));
                query.addBindValue(idText(mJourneyId));
                query.addBindValue(idText(card));
                if (!query.exec())
                    return sqlFailed();
                if (!query.next()) {
                    *failure = cardGone(db, card);
                    return false;
                }
            }
        }
        if (change.field == ServerChangeField::deleted && change.kind == ServerChangeKind::persona) {
            // A card that names it would no longer read; the window takes the persona off its cards first.
            query.prepare(QStringLiteral("SELECT id FROM cards WHERE journey = ? AND (fields->'personas' @> to_jsonb(?::text) "
                                         "OR fields->'personaEmotions' @> jsonb_build_array(jsonb_build_object('persona', ?::text))) LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(change.entity));
            query.addBindValue(idText(change.entity));
            if (!query.exec())
                return sqlFailed();
            if (query.next()) {
                *failure = ServerSessionText::tr("card “%1” names %2 now; the persona stays while a card names it")
                               .arg(cardTitle(mParts, QUuid::fromString(query.value(0).toString())), name);
                return false;
            }
        }
        if (change.field == ServerChangeField::deleted && change.kind == ServerChangeKind::participant) {
            // Their dots and cards keep the name of who made them (as the window's Remove says).
            query.prepare(QStringLiteral("SELECT 1 FROM dots WHERE journey = ? AND participant = ? LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(change.entity));
            if (!query.exec())
                return sqlFailed();
            if (query.next()) {
                *failure = ServerSessionText::tr("%1 has placed dots; a participant with dots or cards stays on the list").arg(name);
                return false;
            }
            query.prepare(QStringLiteral("SELECT id FROM cards WHERE journey = ? AND fields->>'author' = ? LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(change.entity));
            if (!query.exec())
                return sqlFailed();
            if (query.next()) {
                *failure = ServerSessionText::tr("%1 wrote card “%2”; a participant with dots or cards stays on the list")
                               .arg(name, cardTitle(mParts, QUuid::fromString(query.value(0).toString())));
                return false;
            }
        }
        // What the change replaces, for undo: the value that puts it back (an addition keeps
        // the item, for undo's messages).
        if (change.field == ServerChangeField::deleted)
            mStructureBefore = QJsonObject{{itemKey, there}, {afterKey, afterValue(ServerLists::previousOf(server.base, change.kind, change.entity))}};
        else if (change.field == ServerChangeField::position)
            mStructureBefore = QJsonObject{{afterKey, afterValue(ServerLists::previousOf(server.base, change.kind, change.entity))}};
        else if (adding)
            mStructureBefore = addedItem;
        else
            mStructureBefore = there.value(change.field);
        if (!ServerLists::apply(server, change)) {
            *failure = ServerSessionText::tr("%1 is not in the journey any more; your change was not saved").arg(name);
            return false;
        }
        // The triggers check who may (waymark_guard_arrows, waymark_guard_people).
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{%1}', ?::jsonb) WHERE id = ?").arg(key));
        query.addBindValue(jsonText(server.base[key]));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec())
            return sqlFailed();
        return true;
    };
    return write(proposed, entityWrite, error);
}

std::optional<qint64> ServerSession::undoListItem(const UndoStep &step, QString *error)
{
    QString &message = *error;
    // Named as it is now, or as it was added when it is gone.
    const bool gone = ServerLists::itemIn(mParts.base, step.kind, step.entity).isEmpty();
    const QJsonObject item = gone && step.field == ServerChangeField::added ? step.before.toObject() : QJsonObject();
    const QString name = listItemName(step.kind, step.entity, item);
    // Removed since: by someone, or (an arrow) with one of its cards.
    const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (step.field != ServerChangeField::deleted && deletion != mNewestOn.end() && deletion->second.id > step.id) {
        const ServerChange &by = deletion->second;
        message = by.kind == ServerChangeKind::card
            ? ServerSessionText::tr("cannot undo: %1 deleted card “%2” since (change %3)").arg(by.author, cardTitle(mParts, by.entity)).arg(by.id)
            : ServerSessionText::tr("cannot undo: %1 removed %2 since (change %3)").arg(by.author, name).arg(by.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::added) {
        const auto newest = mNewestOnCard.find(step.entity);
        if (newest != mNewestOnCard.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
            message = ServerSessionText::tr("cannot undo: %1 changed %2 since (change %3)").arg(newest->second.author, name).arg(newest->second.id);
            return std::nullopt;
        }
        const auto id = removeListItem(step.kind, step.entity, &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        return id;
    }
    if (step.field == ServerChangeField::deleted) {
        const QJsonObject before = step.before.toObject();
        const auto id = addListItem(step.kind, before[itemKey].toObject(), uuidOf(before[afterKey]), &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        return id;
    }
    const auto newest = mNewestOn.find({step.entity, step.field});
    if (newest != mNewestOn.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
        message = step.field == ServerChangeField::position
            ? ServerSessionText::tr("cannot undo: %1 moved %2 since (change %3)").arg(newest->second.author, name).arg(newest->second.id)
            : ServerSessionText::tr("cannot undo: %1 changed %2 since (change %3)").arg(newest->second.author, name).arg(newest->second.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::position) {
        // Back after its old neighbour (last when that one went meanwhile, as ServerLists places it).
        const auto id = moveListItem(step.kind, step.entity, uuidOf(step.before.toObject()[afterKey]), &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        return id;
    }
    return setListItemField(step.kind, step.entity, step.field, step.before.isUndefined() ? QJsonValue() : step.before, &message);
}

} // namespace waymark
