// Redo of one's own undone dot placed or taken back, comment added, changed or deleted, and
// vote started, changed, closed or deleted (docs/server.md, "Redo"): made again through the live
// writers of serversessionchanges.cpp, serversessionworkshop.cpp and serversessionvotes.cpp,
// refused when someone else changed the vote, the comment or the card's dots after the undo.
#include "server/serverredo.h"

#include "server/serversql.h"
#include "server/serverworkshop.h"
#include "server/serversessiontext.h"
#include "server/changevaluekeys.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

namespace {

using ChangeValueKeys::closedKey;

using ServerSql::cardTitle;
using ServerSql::idText;

} // namespace

QString ServerRedo::dotTakenBackKey(const QJsonValue &dot)
{
    // Not a card key: those are .waymark.json names without spaces.
    return QStringLiteral("dot taken back ") + dot[QLatin1String("vote")].toString() + u' ' + dot[QLatin1String("participant")].toString();
}

void ServerRedo::noteDot(ServerSession &session, const ServerChange &dot)
{
    session.mNewestOn[{uuidOf(dot.value[QLatin1String("vote")]), ServerChangeKind::dot}] = dot;
    if (dot.field == ServerChangeField::deleted)
        session.mNewestOn[{uuidOf(dot.value[QLatin1String("card")]), dotTakenBackKey(dot.value)}] = dot;
}

std::optional<QString> ServerRedo::workshopRefusal(const ServerSession &session, const RedoStep &redo)
{
    const ServerSession::UndoStep &step = redo.step;
    const qint64 since = redo.undoneBy;
    const auto voteChangedBy = [](const ServerChange &by, const QString &title) {
        if (by.field == ServerChangeField::deleted)
            return ServerSessionText::tr("cannot redo: %1 removed the vote “%2” since (change %3)").arg(by.author, title).arg(by.id);
        if (by.field == closedKey)
            return (by.value.toBool() ? ServerSessionText::tr("cannot redo: %1 closed the vote “%2” since (change %3)")
                                      : ServerSessionText::tr("cannot redo: %1 reopened the vote “%2” since (change %3)"))
                .arg(by.author, title)
                .arg(by.id);
        return ServerSessionText::tr("cannot redo: %1 changed the vote “%2” since (change %3)").arg(by.author, title).arg(by.id);
    };
    if (step.kind == ServerChangeKind::dot) {
        // The undo put the dot back (or took a placed one back); taking it back (or placing it)
        // again needs the vote open and, taken back, the dot there.
        const QJsonObject dot = redo.again.toObject();
        const QUuid vote = uuidOf(dot[QLatin1String("vote")]);
        const QUuid card = uuidOf(dot[QLatin1String("card")]);
        const QJsonObject object = ServerWorkshop::voteIn(session.mParts.base, vote);
        // A vote gone has no title here: a placement kept the one the server had (serversessionchanges.cpp).
        const QString kept = step.before[QLatin1String("voteTitle")].toString();
        const QString title = object.isEmpty() && !kept.isEmpty() ? kept : session.voteTitle(vote);
        if (const ServerChange *by = othersAfter(session, vote, ServerChangeField::deleted, since))
            return voteChangedBy(*by, title);
        if (object[closedKey].toBool()) {
            const auto closed = session.mNewestOn.find({vote, closedKey});
            return closed != session.mNewestOn.end() && closed->second.id > since
                ? voteChangedBy(closed->second, title)
                : ServerSessionText::tr("cannot redo: the vote “%1” is closed").arg(title);
        }
        if (const QDateTime ends = session.voteEndsAt(vote); ends.isValid() && ends <= session.serverNow())
            return ServerSessionText::tr("cannot redo: the time of the vote “%1” is up").arg(title);
        if (step.field == ServerChangeField::added)
            return std::nullopt; // a used-up budget or a participant removed: the writer says so
        if (const ServerChange *by = othersAfter(session, card, dotTakenBackKey(dot), since))
            return ServerSessionText::tr("cannot redo: %1 took back a dot from card “%2” since (change %3)").arg(by->author, cardTitle(session.mParts, card)).arg(by->id);
        return std::nullopt;
    }
    if (step.kind == ServerChangeKind::comment && step.field == ServerChangeField::added) {
        // The undo deleted it, so nobody changed it since; a reply needs its comment still there.
        const QUuid parent = uuidOf(redo.again[QLatin1String("replyTo")]);
        const auto isParent = [&](const QJsonObject &body) { return uuidOf(body[QLatin1String("id")]) == parent; };
        const bool parentThere = parent.isNull() || std::any_of(session.mParts.comments.begin(), session.mParts.comments.end(), isParent);
        if (parentThere)
            return std::nullopt;
        const auto deletion = session.mNewestOn.find({parent, ServerChangeField::deleted});
        return deletion != session.mNewestOn.end()
            ? ServerSessionText::tr("cannot redo: %1 deleted the comment it replies to since (change %2)").arg(deletion->second.author).arg(deletion->second.id)
            : ServerSessionText::tr("cannot redo: the comment it replies to is not in the journey any more");
    }
    if (step.kind == ServerChangeKind::comment) {
        if (const ServerChange *by = othersAfter(session, step.entity, ServerChangeField::deleted, since))
            return ServerSessionText::tr("cannot redo: %1 deleted the comment since (change %2)").arg(by->author).arg(by->id);
        // Deleting it again must not take someone's edit with it (a reply the server names).
        const ServerChange *by = step.field == ServerChangeField::deleted ? othersOnAfter(session, step.entity, since)
                                                                          : othersAfter(session, step.entity, step.field, since);
        if (by)
            return ServerSessionText::tr("cannot redo: %1 changed the comment since (change %2)").arg(by->author).arg(by->id);
        return std::nullopt;
    }
    // A vote. Its start undone: nobody could change it since (another vote opened meanwhile
    // is the writer's refusal, naming who).
    if (step.field == ServerChangeField::added)
        return std::nullopt;
    const QString title = session.voteTitle(step.entity);
    if (const ServerChange *by = othersAfter(session, step.entity, ServerChangeField::deleted, since))
        return voteChangedBy(*by, title);
    if (step.field == ServerChangeField::deleted) {
        // The undo brought it back with its dots; deleting it again must not take anyone's
        // later dot or change with it.
        if (const ServerChange *by = othersOnAfter(session, step.entity, since))
            return voteChangedBy(*by, title);
        if (const ServerChange *by = othersAfter(session, step.entity, ServerChangeKind::dot, since))
            return (by->field == ServerChangeField::deleted ? ServerSessionText::tr("cannot redo: %1 took back a dot in the vote “%2” since (change %3)")
                                                            : ServerSessionText::tr("cannot redo: %1 placed a dot in the vote “%2” since (change %3)"))
                .arg(by->author, title)
                .arg(by->id);
        return std::nullopt;
    }
    if (const ServerChange *by = othersAfter(session, step.entity, step.field, since))
        return voteChangedBy(*by, title);
    return std::nullopt;
}

std::optional<qint64> ServerRedo::reapplyWorkshop(ServerSession &session, const RedoStep &redo, QString *error)
{
    const ServerSession::UndoStep &step = redo.step;
    const QJsonValue value = redo.again.isUndefined() ? QJsonValue() : redo.again;
    if (step.kind == ServerChangeKind::dot) {
        const QJsonObject dot = redo.again.toObject();
        if (step.field == ServerChangeField::added) // placed again: a new dot, and a new step of its own
            return session.addDot(uuidOf(dot[QLatin1String("vote")]), uuidOf(dot[QLatin1String("participant")]), uuidOf(dot[QLatin1String("card")]),
                                  error);
        return session.takeBackDot(uuidOf(dot[QLatin1String("vote")]), uuidOf(dot[QLatin1String("participant")]), uuidOf(dot[QLatin1String("card")]),
                                   error);
    }
    if (step.kind == ServerChangeKind::comment) {
        if (step.field == ServerChangeField::added) // the same id, text and time: the same place in its thread
            return session.addCommentBody(step.entity, redo.again.toObject(), error);
        if (step.field == ServerChangeField::deleted)
            return session.deleteComment(step.entity, error);
        return session.setCommentField(step.entity, step.field, value, error);
    }
    if (step.field == ServerChangeField::added) // started again now: a time limit runs from the server's clock anew
        return session.addVoteObject(redo.again.toObject(), error, true);
    if (step.field == ServerChangeField::deleted)
        return session.deleteVote(step.entity, error);
    return session.setVoteField(step.entity, step.field, value, error);
}

} // namespace waymark
