// Undo of one's own dot placed and comment (or reply) added while shared (docs/server.md,
// "Undo"): that very dot is taken back, the comment deleted, each as a new change everyone
// receives. Refused, naming who and which change, when the dot is gone already (someone took it
// back), its vote was closed, its time is up or the vote was removed; when someone changed,
// deleted or answered the comment since.
#include "server/serversession.h"

#include "server/serverredo.h"
#include "server/serversql.h"
#include "server/serverworkshop.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace waymark {

namespace {


using ServerSql::cardTitle;
using ServerSql::idText;

} // namespace

std::optional<qint64> ServerSession::undoAddition(const UndoStep &step, QString *error)
{
    QString &message = *error;
    if (step.kind == ServerChangeKind::comment) {
        // Deleted for everybody, unless someone deleted, changed or answered it since.
        const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
        if (deletion != mNewestOn.end() && deletion->second.id > step.id) {
            message = ServerSessionText::tr("cannot undo: %1 deleted the comment since (change %2)").arg(deletion->second.author).arg(deletion->second.id);
            return std::nullopt;
        }
        // One's own later changes of it were undone already (undo goes newest first).
        const auto newest = mNewestOnCard.find(step.entity);
        if (newest != mNewestOnCard.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
            message = ServerSessionText::tr("cannot undo: %1 changed the comment since (change %2)").arg(newest->second.author).arg(newest->second.id);
            return std::nullopt;
        }
        // A reply would be left hanging: named by whoever wrote the newest (the writer checks again).
        QString replier;
        qint64 newestReply = -1;
        for (const QJsonObject &body : mParts.comments) {
            if (uuidOf(body[QLatin1String("replyTo")]) != step.entity)
                continue;
            const auto added = mNewestOn.find({uuidOf(body[QLatin1String("id")]), ServerChangeField::added});
            const qint64 at = added == mNewestOn.end() ? 0 : added->second.id;
            if (at > newestReply) {
                newestReply = at;
                replier = added == mNewestOn.end() ? body[QLatin1String("author")].toString() : added->second.author;
            }
        }
        if (newestReply >= 0) {
            message = ServerSessionText::tr("cannot undo: %1").arg(ServerSessionText::tr("%1 replied to the comment; it stays while it has replies").arg(replier));
            return std::nullopt;
        }
        const auto id = deleteComment(step.entity, &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        return id;
    }
    // A dot: not out of a vote that is gone, closed or out of time (the database refuses it too).
    const QJsonObject dot = step.after.toObject();
    const QUuid vote = uuidOf(dot[QLatin1String("vote")]);
    const QJsonObject object = ServerWorkshop::voteIn(mParts.base, vote);
    const QString kept = step.before[QLatin1String("voteTitle")].toString(); // the vote's, as the placement found it
    const QString title = object.isEmpty() && !kept.isEmpty() ? kept : voteTitle(vote);
    const auto removal = mNewestOn.find({vote, ServerChangeField::deleted});
    if (object.isEmpty()) {
        message = removal != mNewestOn.end() && removal->second.id > step.id
            ? ServerSessionText::tr("cannot undo: %1 removed the vote “%2” since (change %3)").arg(removal->second.author, title).arg(removal->second.id)
            : ServerSessionText::tr("cannot undo: %1").arg(ServerSessionText::tr("there is no vote %1 in the journey").arg(idText(vote)));
        return std::nullopt;
    }
    if (object[QLatin1String("closed")].toBool()) {
        const auto closed = mNewestOn.find({vote, QStringLiteral("closed")});
        message = closed != mNewestOn.end()
            ? ServerSessionText::tr("cannot undo: %1 closed the vote “%2” since (change %3)").arg(closed->second.author, title).arg(closed->second.id)
            : ServerSessionText::tr("cannot undo: the vote “%1” is closed").arg(title);
        return std::nullopt;
    }
    if (const QDateTime ends = voteEndsAt(vote); ends.isValid() && ends <= serverNow()) {
        message = ServerSessionText::tr("cannot undo: the time of the vote “%1” is up").arg(title);
        return std::nullopt;
    }
    // Gone here already: named by the newest take-back of that participant's dot from that card.
    const QUuid participant = uuidOf(dot[QLatin1String("participant")]);
    const QUuid card = uuidOf(dot[QLatin1String("card")]);
    const bool here = std::any_of(mParts.dots.begin(), mParts.dots.end(), [&](const DotRow &row) {
        return row.vote == vote && uuidOf(row.dot[QLatin1String("participant")]) == participant && uuidOf(row.dot[QLatin1String("card")]) == card;
    });
    if (!here) {
        const auto taken = mNewestOn.find({card, ServerRedo::dotTakenBackKey(dot)});
        message = taken != mNewestOn.end() && taken->second.id > step.id
            ? ServerSessionText::tr("cannot undo: %1").arg(ServerSessionText::tr("%1 took the dot on card “%2” back since (change %3)")
                                                  .arg(taken->second.author, cardTitle(mParts, card))
                                                  .arg(taken->second.id))
            : ServerSessionText::tr("cannot undo: %1").arg(ServerSessionText::tr("the dot on card “%1” is not there any more").arg(cardTitle(mParts, card)));
        return std::nullopt;
    }
    // The dot may have been taken back and put back by our own undo since: a row of its own.
    qint64 seq = step.id;
    for (auto next = mDotPutBack.find(seq); next != mDotPutBack.end(); next = mDotPutBack.find(seq))
        seq = next->second;
    const auto id = takeBackPlacedDot(seq, dot, &message);
    if (!id)
        message = ServerSessionText::tr("cannot undo: %1").arg(message);
    return id;
}

std::optional<qint64> ServerSession::takeBackPlacedDot(qint64 seq, const QJsonObject &dot, QString *error)
{
    const QUuid vote = uuidOf(dot[QLatin1String("vote")]);
    const QUuid participant = uuidOf(dot[QLatin1String("participant")]);
    const QUuid card = uuidOf(dot[QLatin1String("card")]);
    const QJsonObject which{{QStringLiteral("vote"), idText(vote)}, {QStringLiteral("participant"), idText(participant)},
                            {QStringLiteral("card"), idText(card)}};
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        // Its place among that participant's dots on that card, as the server orders them:
        // every session then removes this very dot (ServerWorkshop::applyDot).
        query.prepare(QStringLiteral("SELECT seq FROM dots WHERE journey = ? AND vote = ? AND participant = ? AND card = ? ORDER BY seq"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(vote));
        query.addBindValue(idText(participant));
        query.addBindValue(idText(card));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dot was not taken back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        int index = -1;
        for (int at = 0; query.next(); ++at) {
            if (query.value(0).toLongLong() == seq)
                index = at;
        }
        if (index < 0) {
            // Gone: whoever took one of that participant's dots from that card since did.
            query.prepare(QStringLiteral("SELECT author, id FROM changes WHERE journey = ? AND kind = 'dot' AND field = 'deleted' AND id > ? "
                                         "AND value->>'vote' = ? AND value->>'participant' = ? AND value->>'card' = ? ORDER BY id DESC LIMIT 1"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(seq);
            query.addBindValue(idText(vote));
            query.addBindValue(idText(participant));
            query.addBindValue(idText(card));
            const QString title = cardTitle(mParts, card);
            *failure = query.exec() && query.next()
                ? ServerSessionText::tr("%1 took the dot on card “%2” back since (change %3)").arg(query.value(0).toString(), title).arg(query.value(1).toLongLong())
                : ServerSessionText::tr("the dot on card “%1” is not there any more").arg(title);
            return false;
        }
        // The guard refuses it from a closed vote or after its time (vote-closed, vote-time-up).
        query.prepare(QStringLiteral("DELETE FROM dots WHERE journey = ? AND seq = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(seq);
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the dot was not taken back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        QJsonObject value = which;
        value[QStringLiteral("index")] = index;
        change.value = value;
        QJsonObject before = which;
        before[QStringLiteral("seq")] = seq;
        mStructureBefore = before;
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::dot, QUuid::createUuid(), ServerChangeField::deleted);
    QJsonObject value = which;
    value[QStringLiteral("index")] = 0; // the server picks it (above)
    change.value = value;
    return write(change, entityWrite, error);
}

} // namespace waymark
