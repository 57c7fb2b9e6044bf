// The SQL of each kind of change a session makes, run inside ServerSession::write()'s
// transaction (the journey's row held, the change id taken).
#include "server/serversession.h"

#include "server/orderkey.h"
#include "server/serverlists.h"
#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {


using ServerSql::cardTitle;
using ServerSql::idText;
using ServerSql::jsonText;

// The edit as an offline queue keeps it (ServerSession::enqueue fills in the rest).
QueuedEdit queued(const QString &kind, const QUuid &entity, const QString &field, const QJsonValue &value, const QUuid &after = {})
{
    QueuedEdit edit;
    edit.kind = kind;
    edit.entity = entity;
    edit.field = field;
    edit.value = value;
    edit.after = after;
    return edit;
}

} // namespace

QString ServerSession::cardGone(QSqlDatabase &db, const QUuid &card) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND entity = ? AND kind = 'card' AND field = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(idText(card));
    query.addBindValue(ServerChangeField::deleted);
    if (query.exec() && query.next())
        return ServerSessionText::tr("card “%1” was deleted by %2 (change %3); your change was not saved")
            .arg(cardTitle(mParts, card), query.value(0).toString())
            .arg(query.value(1).toLongLong());
    // Or it went with its stage or lane (the removal lists the cards it took).
    query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND kind IN ('stage', 'lane') AND field = ? "
                                 "AND value->'cards' @> to_jsonb(?::text) ORDER BY id DESC LIMIT 1"));
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(ServerChangeField::deleted);
    query.addBindValue(idText(card));
    if (query.exec() && query.next())
        return ServerSessionText::tr("card “%1” was removed with its stage or lane by %2 (change %3); your change was not saved")
            .arg(cardTitle(mParts, card), query.value(0).toString())
            .arg(query.value(1).toLongLong());
    return ServerSessionText::tr("card “%1” is not in the journey on the server; your change was not saved").arg(cardTitle(mParts, card));
}

bool ServerSession::runOnCard(QSqlDatabase &db, QSqlQuery &query, const QUuid &card, const QString &notSaved, QString *failure) const
{
    query.addBindValue(idText(mJourneyId));
    query.addBindValue(idText(card));
    if (!query.exec()) {
        *failure = QString(notSaved).arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *failure = cardGone(db, card);
        return false;
    }
    return true;
}

std::optional<QString> ServerSession::keyAfter(const QUuid &stage, const QUuid &lane, const QUuid &afterCard, QString *error) const
{
    if (afterCard.isNull())
        return QString();
    const auto it = mParts.cards.find(afterCard);
    if (it == mParts.cards.end() || it->second.stage != stage || it->second.lane != lane) {
        *error = ServerSessionText::tr("card “%1” is not in that cell any more").arg(cardTitle(mParts, afterCard));
        return std::nullopt;
    }
    return it->second.key;
}

namespace {

// The key for a card placed after `before` in a cell, computed from the server's cell while
// the journey's row is held (so two people inserting at one spot get different keys).
std::optional<QString> serverKeyAfter(QSqlQuery &query, const QUuid &journey, const QUuid &stage, const QUuid &lane, const QString &before,
                                      const QUuid &moving, QString *error)
{
    query.prepare(QStringLiteral("SELECT min(sort_key) FROM cards WHERE journey = ? AND stage = ? AND lane = ? AND sort_key > ? AND id <> ?"));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(stage));
    query.addBindValue(idText(lane));
    // A null QString binds as SQL NULL, and "sort_key > NULL" matches nothing: the start of
    // the cell must be the empty string, or a card meant for the top lands at the bottom.
    query.addBindValue(before.isNull() ? QStringLiteral("") : before);
    query.addBindValue(idText(moving));
    if (!query.exec() || !query.next()) {
        *error = ServerSessionText::tr("reading the cell's order failed: %1").arg(query.lastError().databaseText().trimmed());
        return std::nullopt;
    }
    return OrderKey::between(before, query.value(0).toString());
}

} // namespace

std::optional<qint64> ServerSession::setCardField(const QUuid &card, const QString &field, const QJsonValue &value, QString *error)
{
    if (!isCardField(field)) {
        if (error)
            *error = ServerSessionText::tr("“%1” is not a field of a card").arg(field);
        return std::nullopt;
    }
    const bool remove = value.isNull() && isOptionalCardField(field);
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &, QString *message) {
        // A persona a facilitator removed meanwhile would leave the card unreadable (schema 6).
        if (!peopleStillThere(query, ServerChangeKind::persona, ServerLists::personasNamed(field, value), message))
            return false;
        if (remove) {
            query.prepare(QStringLiteral("UPDATE cards SET fields = fields - ?::text WHERE journey = ? AND id = ?"));
            query.addBindValue(field);
        } else {
            query.prepare(QStringLiteral("UPDATE cards SET fields = jsonb_set(fields, ARRAY[?::text], ?::jsonb) WHERE journey = ? AND id = ?"));
            query.addBindValue(field);
            query.addBindValue(jsonText(value));
        }
        return runOnCard(db, query, card, ServerSessionText::tr("the change was not saved on %1: %2"), message);
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, field, value);
    return write(change, entityWrite, error, queued(ServerChangeKind::card, card, field, value));
}

std::optional<std::vector<qint64>> ServerSession::editCard(const Touchpoint &after, QString *error)
{
    const auto it = mParts.cards.find(after.id);
    if (it == mParts.cards.end()) {
        if (error)
            *error = ServerSessionText::tr("card “%1” is not in the journey any more").arg(after.title);
        return std::nullopt;
    }
    const QJsonObject before = it->second.fields;
    const QJsonObject now = cardFields(after);
    QStringList keys = before.keys() + now.keys();
    keys.removeDuplicates();
    std::vector<qint64> ids;
    for (const QString &key : std::as_const(keys)) {
        if (before.value(key) == now.value(key))
            continue;
        const auto id = setCardField(after.id, key, now.contains(key) ? now.value(key) : QJsonValue(), error);
        if (!id)
            return std::nullopt;
        ids.push_back(*id);
    }
    return ids;
}

std::optional<qint64> ServerSession::addCard(const Touchpoint &card, const QUuid &afterCard, QString *error)
{
    return addCardRow(card.id, card.stageId, card.laneId, cardFields(card), afterCard, error);
}

std::optional<qint64> ServerSession::addCardRow(const QUuid &card, const QUuid &stage, const QUuid &lane, const QJsonObject &fields,
                                                const QUuid &afterCard, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString title = fields[QLatin1String("title")].toString();
    if (const auto gone = cellGone(stage, lane)) {
        message = *gone;
        return std::nullopt;
    }
    const auto before = keyAfter(stage, lane, afterCard, &message);
    if (!before)
        return std::nullopt;
    const auto makeValue = [&](const QString &key) {
        return QJsonObject{{QStringLiteral("stage"), idText(stage)}, {QStringLiteral("lane"), idText(lane)},
                           {QStringLiteral("key"), key}, {QStringLiteral("fields"), fields}};
    };
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        for (const QString &field : {QStringLiteral("personas"), QStringLiteral("personaEmotions")}) {
            if (!peopleStillThere(query, ServerChangeKind::persona, ServerLists::personasNamed(field, fields[field]), failure))
                return false;
        }
        const auto key = serverKeyAfter(query, mJourneyId, stage, lane, *before, card, failure);
        if (!key)
            return false;
        change.value = makeValue(*key);
        query.prepare(QStringLiteral("INSERT INTO cards (journey, id, stage, lane, sort_key, fields) VALUES (?, ?, ?, ?, ?, ?::jsonb)"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(card));
        query.addBindValue(idText(stage));
        query.addBindValue(idText(lane));
        query.addBindValue(*key);
        query.addBindValue(jsonText(fields));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("card “%1” was not added on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, ServerChangeField::added, makeValue(OrderKey::between(*before, {})));
    if (mParts.cards.count(card)) {
        message = ServerSessionText::tr("card “%1” is already in the journey").arg(title);
        return std::nullopt;
    }
    const QJsonObject where{{QStringLiteral("stage"), idText(stage)}, {QStringLiteral("lane"), idText(lane)}, {QStringLiteral("fields"), fields}};
    return write(change, entityWrite, error, queued(ServerChangeKind::card, card, ServerChangeField::added, where, afterCard));
}

std::optional<qint64> ServerSession::moveCard(const QUuid &card, const QUuid &stage, const QUuid &lane, const QUuid &afterCard, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (card == afterCard) {
        message = ServerSessionText::tr("a card cannot go after itself");
        return std::nullopt;
    }
    if (const auto gone = cellGone(stage, lane)) {
        message = *gone;
        return std::nullopt;
    }
    const auto before = keyAfter(stage, lane, afterCard, &message);
    if (!before)
        return std::nullopt;
    const auto makeValue = [&](const QString &key) {
        return QJsonObject{{QStringLiteral("stage"), idText(stage)}, {QStringLiteral("lane"), idText(lane)}, {QStringLiteral("key"), key}};
    };
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &change, QString *failure) {
        const auto key = serverKeyAfter(query, mJourneyId, stage, lane, *before, card, failure);
        if (!key)
            return false;
        change.value = makeValue(*key);
        query.prepare(QStringLiteral("UPDATE cards SET stage = ?, lane = ?, sort_key = ? WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(stage));
        query.addBindValue(idText(lane));
        query.addBindValue(*key);
        return runOnCard(db, query, card, ServerSessionText::tr("the move was not saved on %1: %2"), failure);
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, ServerChangeField::position, makeValue(OrderKey::between(*before, {})));
    const QJsonObject where{{QStringLiteral("stage"), idText(stage)}, {QStringLiteral("lane"), idText(lane)}};
    return write(change, entityWrite, error, queued(ServerChangeKind::card, card, ServerChangeField::position, where, afterCard));
}

std::optional<qint64> ServerSession::deleteCard(const QUuid &card, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &, QString *failure) {
        query.prepare(QStringLiteral("DELETE FROM cards WHERE journey = ? AND id = ?"));
        if (!runOnCard(db, query, card, ServerSessionText::tr("the deletion was not saved on %1: %2"), failure))
            return false;
        // The connections at the card go with it, as in the window (keeping their order).
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{connections}', "
                                     "(SELECT coalesce(jsonb_agg(c ORDER BY n), '[]'::jsonb) "
                                     "FROM jsonb_array_elements(base->'connections') WITH ORDINALITY AS e(c, n) "
                                     "WHERE c->>'from' IS DISTINCT FROM ? AND c->>'to' IS DISTINCT FROM ?)) WHERE id = ?"));
        query.addBindValue(idText(card));
        query.addBindValue(idText(card));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the deletion was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, ServerChangeField::deleted);
    return write(change, entityWrite, error, queued(ServerChangeKind::card, card, ServerChangeField::deleted, QJsonValue()));
}

std::optional<qint64> ServerSession::addDot(const QUuid &vote, const QUuid &participant, const QUuid &card, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        // The vote's rules, checked on the server's state while the journey's row is held, so
        // two laptops of one participant cannot overrun the budget together.
        query.prepare(QStringLiteral("SELECT (v->>'budget')::int, (v->>'closed')::boolean, v->>'title' FROM journeys j "
                                     "CROSS JOIN jsonb_array_elements(j.base->'votes') v WHERE j.id = ? AND v->>'id' = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (!query.exec() || !query.next()) {
            *failure = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        const int budget = query.value(0).toInt();
        const QString title = query.value(2).toString();
        if (query.value(1).toBool()) {
            *failure = voteClosedBy(query, vote, title); // naming who closed it, when it was closed live
            return false;
        }
        if (!peopleStillThere(query, ServerChangeKind::participant, {participant}, failure))
            return false;
        query.prepare(QStringLiteral("SELECT count(*) FROM dots WHERE journey = ? AND vote = ? AND participant = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(participant));
        if (!query.exec() || !query.next()) {
            *failure = ServerSessionText::tr("the dot was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        if (query.value(0).toInt() >= budget) {
            *failure = ServerSessionText::tr("all %n dot(s) of the vote “%1” are used", nullptr, budget).arg(title);
            return false;
        }
        mStructureBefore = QJsonObject{{QStringLiteral("voteTitle"), title}}; // for its undo's messages, the vote gone

        query.prepare(QStringLiteral("INSERT INTO dots (journey, seq, vote, participant, card) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(change.id);
        query.addBindValue(idText(vote));
        query.addBindValue(idText(participant));
        query.addBindValue(idText(card));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dot was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change;
    change.kind = ServerChangeKind::dot;
    // A dot placed offline keeps its id, so a replay that broke off at the commit finds it.
    change.entity = mReplayDotId.isNull() ? QUuid::createUuid() : mReplayDotId;
    change.field = ServerChangeField::added;
    change.value = QJsonObject{{QStringLiteral("vote"), idText(vote)}, {QStringLiteral("participant"), idText(participant)},
                               {QStringLiteral("card"), idText(card)}};
    return write(change, entityWrite, error, queued(ServerChangeKind::dot, change.entity, ServerChangeField::added, change.value));
}

std::optional<qint64> ServerSession::addComment(const Comment &comment, QString *error)
{
    return addCommentBody(comment.id, commentJson(comment), error);
}

std::optional<qint64> ServerSession::addCommentBody(const QUuid &comment, const QJsonObject &body, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        query.prepare(QStringLiteral("INSERT INTO comments (journey, id, seq, body) VALUES (?, ?, ?, ?::jsonb)"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(comment));
        query.addBindValue(change.id);
        query.addBindValue(jsonText(body));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the comment was not saved on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::comment, comment, ServerChangeField::added, body);
    return write(change, entityWrite, error, queued(ServerChangeKind::comment, comment, ServerChangeField::added, body));
}

} // namespace waymark
