// A vote deleted with its dots, and a vote's time limit on the server's clock (server schema 7,
// docs/server.md "Votes, dots and comments"). The time limit ends at the vote's start as the
// server wrote it plus its minutes; every laptop counts down to that moment with the difference
// between its clock and the server's (measured when connecting), and the database itself
// refuses dots once it has passed (rule vote-time-up). The first facilitator's session whose
// timer fires closes the vote; every other one finds it closed on the server and writes
// nothing, so the vote closes once, not once per laptop. A vote deleted offline is queued, and
// replayed here unless someone placed a dot in it meanwhile (serversessionofflinekinds.cpp).
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serverworkshop.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace waymark {

namespace {


using ServerSql::idText;
using ServerSql::jsonText;

// A little after the end, so the server's own clock has passed it too when the close arrives
// (the measured difference is only as good as half a round trip).
constexpr qint64 closeMarginMs = 1000;

} // namespace

void ServerSession::measureServerClock(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    if (!query.exec(QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) || !query.next())
        return; // the countdowns then read this laptop's clock
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    mServerClockOffsetMs = query.value(0).toLongLong() - (before + after) / 2;
}

QDateTime ServerSession::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(mServerClockOffsetMs);
}

QDateTime ServerSession::voteEndsAt(const QUuid &vote) const
{
    return ServerWorkshop::voteEndsAt(ServerWorkshop::voteIn(mParts.base, vote));
}

void ServerSession::scheduleVoteClose()
{
    // Only facilitators may close a vote; everyone else's laptop counts down and waits.
    if (mRole != ServerRole::Facilitator)
        return;
    QDateTime first;
    for (const QJsonValue &vote : mParts.base[QLatin1String("votes")].toArray()) {
        const QDateTime ends = ServerWorkshop::voteEndsAt(vote.toObject());
        if (ends.isValid() && (!first.isValid() || ends < first))
            first = ends;
    }
    if (!first.isValid()) {
        if (mVoteTimer)
            mVoteTimer->stop();
        return;
    }
    if (!mVoteTimer) {
        mVoteTimer = new QTimer(this);
        mVoteTimer->setSingleShot(true);
        connect(mVoteTimer, &QTimer::timeout, this, &ServerSession::onVoteTimer);
    }
    const qint64 wait = std::max<qint64>(0, serverNow().msecsTo(first) + closeMarginMs);
    mVoteTimer->start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
}

void ServerSession::onVoteTimer()
{
    if (!mConnected)
        return; // connectToServer() schedules again
    const QDateTime now = serverNow();
    std::vector<QUuid> due;
    for (const QJsonValue &vote : mParts.base[QLatin1String("votes")].toArray()) {
        const QDateTime ends = ServerWorkshop::voteEndsAt(vote.toObject());
        if (ends.isValid() && ends <= now)
            due.push_back(QUuid::fromString(vote[QLatin1String("id")].toString()));
    }
    for (const QUuid &vote : due) {
        QString ignored; // closed by someone else's laptop already, or not yet on the server's clock
        closeVoteAtTimeUp(vote, &ignored);
    }
    scheduleVoteClose(); // the next one, or this one again when the server's clock was behind
}

std::optional<qint64> ServerSession::closeVoteAtTimeUp(const QUuid &vote, QString *error)
{
    if (!connectedForWorkshop(error))
        return std::nullopt;
    const QString title = voteTitle(vote);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        // Decided on the server while the journey's row is held: the first laptop closes it.
        query.prepare(QStringLiteral("SELECT coalesce((v->>'closed')::boolean, false), "
                                     "coalesce((v->>'minutes')::int, 0) > 0 AND v->>'started' IS NOT NULL "
                                     "AND now() >= (v->>'started')::timestamptz + (v->>'minutes')::int * interval '1 minute' "
                                     "FROM journeys j CROSS JOIN jsonb_array_elements(coalesce(j.base->'votes', '[]'::jsonb)) v "
                                     "WHERE j.id = ? AND v->>'id' = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (!query.exec() || !query.next()) {
            *failure = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        if (query.value(0).toBool()) {
            *failure = ServerSessionText::tr("the vote “%1” is closed already").arg(title);
            return false;
        }
        if (!query.value(1).toBool()) {
            *failure = ServerSessionText::tr("the time of the vote “%1” is not up yet on the server's clock").arg(title);
            return false;
        }
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', (SELECT jsonb_agg(CASE WHEN v->>'id' = ? "
                                     "THEN v || '{\"closed\": true}'::jsonb ELSE v END ORDER BY n) "
                                     "FROM jsonb_array_elements(base->'votes') WITH ORDINALITY AS e(v, n))) WHERE id = ?"));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the vote “%1” was not closed on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::vote, vote, QStringLiteral("closed"), true);
    // Not this person's step to undo: the time closed the vote.
    const bool undoing = mUndoing;
    mUndoing = true;
    const auto id = write(change, entityWrite, error);
    mUndoing = undoing;
    return id;
}

std::optional<qint64> ServerSession::deleteVote(const QUuid &vote, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected && (!mQueue || mRole != ServerRole::Facilitator)) {
        // Queued offline, but not for someone the server would refuse at replay: they hear the rule now.
        message = mQueue ? ServerRoles::explainRefusal(QStringLiteral("waymark rule facilitators-vote:")) : ServerSessionText::tr("not connected to %1").arg(mAddress.display());
        return std::nullopt;
    }
    if (ServerWorkshop::voteIn(mParts.base, vote).isEmpty()) {
        message = ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
        return std::nullopt;
    }
    const QString title = voteTitle(vote);
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        const auto sqlFailed = [&] {
            *failure = ServerSessionText::tr("the vote “%1” was not deleted on %2: %3").arg(title, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        };
        query.prepare(QStringLiteral("SELECT v::text FROM journeys j CROSS JOIN jsonb_array_elements(coalesce(j.base->'votes', '[]'::jsonb)) v "
                                     "WHERE j.id = ? AND v->>'id' = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (!query.exec())
            return sqlFailed();
        if (!query.next()) {
            query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND kind = 'vote' AND entity = ? AND field = 'deleted' "
                                         "ORDER BY id DESC LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(vote));
            *failure = query.exec() && query.next()
                ? ServerSessionText::tr("%1 removed the vote “%2” (change %3)").arg(query.value(0).toString(), title).arg(query.value(1).toLongLong())
                : ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote));
            return false;
        }
        QJsonObject before = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        // Its dots as the server holds them, for undo: who placed each (login) and its order.
        query.prepare(QStringLiteral("SELECT seq, participant, card, db_user FROM dots WHERE journey = ? AND vote = ? ORDER BY seq"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (!query.exec())
            return sqlFailed();
        QJsonArray dots;
        while (query.next())
            dots.append(QJsonObject{{QStringLiteral("seq"), query.value(0).toLongLong()},
                                    {QStringLiteral("participant"), query.value(1).toString()},
                                    {QStringLiteral("card"), query.value(2).toString()},
                                    {QStringLiteral("db_user"), query.value(3).isNull() ? QJsonValue() : QJsonValue(query.value(3).toString())}});
        before[QStringLiteral("dots")] = dots;
        mStructureBefore = before;
        // The vote first (waymark_guard_votes: facilitators only), then its dots, which the
        // guard lets a facilitator take along once their vote is gone.
        query.prepare(QStringLiteral("UPDATE journeys SET base = jsonb_set(base, '{votes}', coalesce((SELECT jsonb_agg(v ORDER BY n) "
                                     "FROM jsonb_array_elements(base->'votes') WITH ORDINALITY AS e(v, n) WHERE v->>'id' <> ?), '[]'::jsonb)) "
                                     "WHERE id = ?"));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(mJourneyId));
        if (!query.exec())
            return sqlFailed();
        query.prepare(QStringLiteral("DELETE FROM dots WHERE journey = ? AND vote = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        if (!query.exec())
            return sqlFailed();
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::vote, vote, ServerChangeField::deleted);
    // Queued offline marked as the deletion that takes the dots along, so the replay sends it
    // through this writer, not removeVote's (which keeps a vote that has dots).
    QueuedEdit offline = queuedOf(change);
    offline.value = QJsonObject{{ServerWorkshop::withDotsKey, true}};
    return write(change, entityWrite, error, offline);
}

bool ServerSession::restoreDots(QSqlQuery &query, const QUuid &vote, const QJsonArray &dots, QString *failure)
{
    // Back with their own order and login (waymark_guard_dots keeps both for a facilitator
    // restoring, and only then), so "one's own dot" stays whose it was.
    if (!query.exec(QStringLiteral("SELECT set_config('waymark.restoring', 'on', true)"))) {
        *failure = ServerSessionText::tr("the dots were not brought back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return false;
    }
    for (const QJsonValue &dot : dots) {
        query.prepare(QStringLiteral("INSERT INTO dots (journey, seq, vote, participant, card, db_user) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(qint64(dot[QLatin1String("seq")].toDouble()));
        query.addBindValue(idText(vote));
        query.addBindValue(dot[QLatin1String("participant")].toString());
        query.addBindValue(dot[QLatin1String("card")].toString());
        query.addBindValue(dot[QLatin1String("db_user")].isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(dot[QLatin1String("db_user")].toString()));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dots were not brought back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
    }
    if (!query.exec(QStringLiteral("SELECT set_config('waymark.restoring', 'off', true)"))) {
        *failure = ServerSessionText::tr("the dots were not brought back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
        return false;
    }
    return true;
}

} // namespace waymark
