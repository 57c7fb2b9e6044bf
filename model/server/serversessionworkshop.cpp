// Votes started, closed and changed, dots taken back, comments changed and deleted, live
// (server schema 5, docs/server.md "Votes, dots and comments"). Each is one
// change written while the writer holds the journey's row, so a dot placed while a
// facilitator closes the vote lands in one order everybody sees: before the close, or
// refused after it, naming who closed the vote. Their undo: serversessionworkshopundo.cpp.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serverworkshop.h"
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

using ChangeValueKeys::closedKey;

using ServerSql::cardTitle;
using ServerSql::idText;
using ServerSql::jsonText;

const QString titleKey = QStringLiteral("title");

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The vote's object as the server holds it (read while the journey's row is held), or nothing.
std::optional<QJsonObject> serverVote(QSqlQuery &query, const QUuid &journey, const QUuid &vote)
{
    query.prepare(QStringLiteral("SELECT v::text FROM journeys j CROSS JOIN jsonb_array_elements(coalesce(j.base->'votes', '[]'::jsonb)) v "
                                 "WHERE j.id = ? AND v->>'id' = ?"));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(vote));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return objectOf(query.value(0).toString());
}

// The newest change of `kind` on `entity` with `field` (who and which), read on the server.
std::optional<std::pair<QString, qint64>> newestChange(QSqlQuery &query, const QUuid &journey, const QString &kind, const QUuid &entity,
                                                       const QString &field)
{
    query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND kind = ? AND entity = ? AND field = ? "
                                 "ORDER BY id DESC LIMIT 1"));
    query.addBindValue(idText(journey));
    query.addBindValue(kind);
    query.addBindValue(idText(entity));
    query.addBindValue(field);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::pair{query.value(0).toString(), query.value(1).toLongLong()};
}

// Why another vote may not open now ("“…” is still open (Ана started it, change 42)…"), or nothing.
std::optional<QString> anotherVoteOpen(QSqlQuery &query, const QUuid &journey, const QUuid &vote)
{
    query.prepare(QStringLiteral("SELECT v->>'id', v->>'title' FROM journeys j CROSS JOIN jsonb_array_elements(coalesce(j.base->'votes', '[]'::jsonb)) v "
                                 "WHERE j.id = ? AND NOT coalesce((v->>'closed')::boolean, false) AND v->>'id' <> ? LIMIT 1"));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(vote));
    if (!query.exec() || !query.next())
        return std::nullopt;
    const QUuid open = QUuid::fromString(query.value(0).toString());
    const QString title = query.value(1).toString();
    if (const auto by = newestChange(query, journey, ServerChangeKind::vote, open, ServerChangeField::added))
        return ServerSessionText::tr("the vote “%1” is still open (%2 started it, change %3); close it before another vote opens")
            .arg(title, by->first)
            .arg(by->second);
    return ServerSessionText::tr("the vote “%1” is still open; close it before another vote opens").arg(title);
}

// The comment's object on the server, or who deleted it.
std::optional<QJsonObject> serverComment(QSqlQuery &query, const QUuid &journey, const QUuid &comment, QString *failure)
{
    query.prepare(QStringLiteral("SELECT body::text FROM comments WHERE journey = ? AND id = ?"));
    query.addBindValue(idText(journey));
    query.addBindValue(idText(comment));
    if (query.exec() && query.next())
        return objectOf(query.value(0).toString());
    if (const auto by = newestChange(query, journey, ServerChangeKind::comment, comment, ServerChangeField::deleted))
        *failure = ServerSessionText::tr("%1 deleted the comment (change %2); your change was not saved").arg(by->first).arg(by->second);
    else
        *failure = ServerSessionText::tr("the comment is not in the journey on the server; your change was not saved");
    return std::nullopt;
}

// The comment's object here, or nothing.
const QJsonObject *localComment(const JourneyParts &parts, const QUuid &comment)
{
    for (const QJsonObject &body : parts.comments) {
        if (QUuid::fromString(body[QLatin1String("id")].toString()) == comment)
            return &body;
    }
    return nullptr;
}

} // namespace

bool ServerSession::connectedForWorkshop(QString *error) const
{
    if (mConnected || mQueue)
        return true; // offline: write() queues it
    if (error)
        *error = ServerSessionText::tr("not connected to %1").arg(mAddress.display());
    return false;
}

QString ServerSession::voteTitle(const QUuid &vote) const
{
    const QJsonObject object = ServerWorkshop::voteIn(mParts.base, vote);
    return object.isEmpty() ? idText(vote) : object[titleKey].toString();
}

QString ServerSession::voteClosedBy(QSqlQuery &query, const QUuid &vote, const QString &title) const
{
    if (const auto by = newestChange(query, mJourneyId, ServerChangeKind::vote, vote, closedKey))
        return ServerSessionText::tr("%1 closed the vote “%2” (change %3); your dot was not saved").arg(by->first, title).arg(by->second);
    return ServerSessionText::tr("the vote “%1” is closed").arg(title);
}

std::optional<qint64> ServerSession::startVote(const VoteRound &vote, QString *error)
{
    return addVoteObject(ServerWorkshop::voteJson(vote), error, true);
}

std::optional<qint64> ServerSession::addVoteObject(const QJsonObject &given, QString *error, bool started)
{
    // Dots come back in their own rows (an undone deletion), never in base.
    const QJsonArray dots = given[QLatin1String("dots")].toArray();
    QJsonObject vote = given;
    vote[QStringLiteral("dots")] = QJsonArray();
    if (!connectedForWorkshop(error))
        return std::nullopt;
    const QUuid id = QUuid::fromString(vote[QLatin1String("id")].toString());
    const QString title = vote[titleKey].toString();
    if (!ServerWorkshop::voteIn(mParts.base, id).isEmpty()) {
        if (error)
            *error = ServerSessionText::tr("the vote “%1” is already in the journey").arg(title);
        return std::nullopt;
    }
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        if (!vote[closedKey].toBool()) {
            if (const auto open = anotherVoteOpen(query, mJourneyId, id)) {
                *failure = *open;
                return false;
            }
        }
        QJsonObject written = vote;
        if (started) {
            // The server's clock (schema 7): the time limit ends at the same moment on every
            // laptop, whatever their clocks say. Whole seconds, as the format writes times.
            if (!query.exec(QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")) || !query.next()) {
                *failure = ServerSessionText::tr("the vote “%1” was not started on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
                return false;
            }
            written[QStringLiteral("started")] = query.value(0).toString();
        }
        // The trigger waymark_guard_votes refuses anyone but a facilitator, naming the rule.
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', coalesce(base->'votes', '[]'::jsonb) "
                                     "|| jsonb_build_array(?::jsonb)) WHERE id = ?"));
        query.addBindValue(jsonText(written));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the vote “%1” was not started on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        if (!dots.isEmpty() && !restoreDots(query, id, dots, failure))
            return false;
        // Everybody applies the vote as the server wrote it, with the dots that came back.
        QJsonObject value = written;
        QJsonArray placed;
        for (const QJsonValue &dot : dots)
            placed.append(QJsonObject{{QStringLiteral("participant"), dot[QLatin1String("participant")]},
                                      {QStringLiteral("card"), dot[QLatin1String("card")]}});
        value[QStringLiteral("dots")] = placed;
        change.value = value;
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::vote, id, ServerChangeField::added);
    QJsonObject value = vote;
    QJsonArray placed;
    for (const QJsonValue &dot : dots)
        placed.append(QJsonObject{{QStringLiteral("participant"), dot[QLatin1String("participant")]}, {QStringLiteral("card"), dot[QLatin1String("card")]}});
    value[QStringLiteral("dots")] = placed;
    change.value = value;
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::setVoteField(const QUuid &vote, const QString &field, const QJsonValue &value, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!ServerWorkshop::isChangeableKey(field)) {
        message = ServerSessionText::tr("“%1” cannot be changed in a vote").arg(field);
        return std::nullopt;
    }
    if (ServerWorkshop::voteIn(mParts.base, vote).isEmpty()) {
        message = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
        return std::nullopt;
    }
    const QString title = voteTitle(vote);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        const auto before = serverVote(query, mJourneyId, vote);
        if (!before) {
            const auto by = newestChange(query, mJourneyId, ServerChangeKind::vote, vote, ServerChangeField::deleted);
            *failure = by ? ServerSessionText::tr("%1 removed the vote “%2” (change %3)").arg(by->first, title).arg(by->second)
                          : ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        mStructureBefore = before->value(field); // undefined when it had no such key
        if (field == closedKey && !value.toBool() && before->value(closedKey).toBool()) {
            if (const auto open = anotherVoteOpen(query, mJourneyId, vote)) {
                *failure = *open;
                return false;
            }
        }
        const bool remove = value.isNull();
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', (SELECT jsonb_agg(CASE WHEN v->>'id' = ? THEN %1 "
                                     "ELSE v END ORDER BY n) FROM jsonb_array_elements(base->'votes') WITH ORDINALITY AS e(v, n))) WHERE id = ?")
                          .arg(remove ? QStringLiteral("v - ?::text") : QStringLiteral("v || jsonb_build_object(?::text, ?::jsonb)")));
        query.addBindValue(idText(vote));
        query.addBindValue(field);
        if (!remove)
            query.addBindValue(jsonText(value));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the vote “%1” was not changed on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::vote, vote, field, value);
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::removeVote(const QUuid &vote, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    QString ignored;
    QString &message = error ? *error : ignored;
    if (ServerWorkshop::voteIn(mParts.base, vote).isEmpty()) {
        message = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
        return std::nullopt;
    }
    const QString title = voteTitle(vote);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        // Its dots would be left without a vote: a vote that has any stays.
        query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND kind = 'dot' AND field = 'added' AND value->>'vote' = ? "
                                     "AND EXISTS (SELECT 1 FROM dots WHERE journey = ? AND vote = ?) ORDER BY id DESC LIMIT 1"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (query.exec() && query.next()) {
            *failure = ServerSessionText::tr("%1 placed a dot in the vote “%2” (change %3); a vote with dots stays")
                           .arg(query.value(0).toString(), title)
                           .arg(query.value(1).toLongLong());
            return false;
        }
        const auto before = serverVote(query, mJourneyId, vote);
        if (!before) {
            *failure = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        mStructureBefore = *before;
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', coalesce((SELECT jsonb_agg(v ORDER BY n) "
                                     "FROM jsonb_array_elements(base->'votes') WITH ORDINALITY AS e(v, n) WHERE v->>'id' <> ?), '[]'::jsonb)) "
                                     "WHERE id = ?"));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the vote “%1” was not removed on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::vote, vote, ServerChangeField::deleted);
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::takeBackDot(const QUuid &vote, const QUuid &participant, const QUuid &card, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    QString ignored;
    QString &message = error ? *error : ignored;
    const QJsonObject which{{QStringLiteral("vote"), idText(vote)}, {QStringLiteral("participant"), idText(participant)},
                            {QStringLiteral("card"), idText(card)}};
    int here = 0;
    for (const DotRow &dot : mParts.dots) {
        if (dot.vote == vote && QUuid::fromString(dot.dot[QLatin1String("participant")].toString()) == participant
            && QUuid::fromString(dot.dot[QLatin1String("card")].toString()) == card)
            ++here;
    }
    if (here == 0) {
        message = ServerSessionText::tr("there is no such dot on card “%1” to take back").arg(cardTitle(mParts, card));
        return std::nullopt;
    }
    const QString title = voteTitle(vote);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        const auto state = serverVote(query, mJourneyId, vote);
        if (!state) {
            *failure = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        if ((*state)[closedKey].toBool()) {
            *failure = voteClosedBy(query, vote, title);
            return false;
        }
        // Everybody removes the same dot: the index-th of these, as the server orders them.
        query.prepare(QStringLiteral("SELECT seq, db_user IS NOT DISTINCT FROM current_user FROM dots "
                                     "WHERE journey = ? AND vote = ? AND participant = ? AND card = ? ORDER BY seq"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(participant));
        query.addBindValue(idText(card));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dot was not taken back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        std::vector<std::pair<qint64, bool>> dots;
        while (query.next())
            dots.emplace_back(query.value(0).toLongLong(), query.value(1).toBool());
        if (dots.empty()) {
            *failure = ServerSessionText::tr("someone took that dot back meanwhile");
            return false;
        }
        // One's own newest, else the newest (the database lets only a facilitator take that).
        int index = int(dots.size()) - 1;
        for (int i = int(dots.size()) - 1; i >= 0; --i) {
            if (dots[std::size_t(i)].second) {
                index = i;
                break;
            }
        }
        query.prepare(QStringLiteral("DELETE FROM dots WHERE journey = ? AND seq = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(dots[std::size_t(index)].first);
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dot was not taken back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        QJsonObject value = which;
        value[QStringLiteral("index")] = index;
        change.value = value;
        // The row taken: an undo puts a new one back, which the undo of its placement then takes.
        QJsonObject before = which;
        before[QStringLiteral("seq")] = dots[std::size_t(index)].first;
        mStructureBefore = before;
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::dot, QUuid::createUuid(), ServerChangeField::deleted);
    QJsonObject value = which;
    value[QStringLiteral("index")] = here - 1;
    change.value = value;
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::setCommentField(const QUuid &comment, const QString &field, const QJsonValue &value, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!ServerWorkshop::isChangeableKey(field)) {
        message = ServerSessionText::tr("“%1” cannot be changed in a comment").arg(field);
        return std::nullopt;
    }
    if (!localComment(mParts, comment)) {
        message = ServerSessionText::tr("the comment is not in the journey any more");
        return std::nullopt;
    }
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        const auto before = serverComment(query, mJourneyId, comment, failure);
        if (!before)
            return false;
        mStructureBefore = before->value(field);
        // The trigger waymark_guard_comments lets only the author's login or a facilitator.
        const bool remove = value.isNull();
        query.prepare(remove ? QStringLiteral("UPDATE comments SET body = body - ?::text WHERE journey = ? AND id = ?")
                             : QStringLiteral("UPDATE comments SET body = jsonb_set(body, ARRAY[?::text], ?::jsonb) WHERE journey = ? AND id = ?"));
        query.addBindValue(field);
        if (!remove)
            query.addBindValue(jsonText(value));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(comment));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the comment was not changed on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::comment, comment, field, value);
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::deleteComment(const QUuid &comment, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    if (!localComment(mParts, comment)) {
        if (error)
            *error = ServerSessionText::tr("the comment is not in the journey any more");
        return std::nullopt;
    }
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        const auto before = serverComment(query, mJourneyId, comment, failure);
        if (!before)
            return false;
        // A reply someone wrote meanwhile would be left hanging (the journey would not read).
        query.prepare(QStringLiteral("SELECT body->>'author' FROM comments WHERE journey = ? AND body->>'replyTo' = ? ORDER BY seq DESC LIMIT 1"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(comment));
        if (query.exec() && query.next()) {
            *failure = ServerSessionText::tr("%1 replied to the comment; it stays while it has replies").arg(query.value(0).toString());
            return false;
        }
        mStructureBefore = *before;
        query.prepare(QStringLiteral("DELETE FROM comments WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(comment));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the comment was not deleted on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::comment, comment, ServerChangeField::deleted);
    return write(change, entityWrite, error);
}

} // namespace waymark
