// Undo of one's own vote changes, dots taken back and comment changes (server schema 5), as new
// changes everyone receives; refused, naming who and which change, when someone else changed
// that vote or comment since, or the vote of a dot to put back closed meanwhile.
#include "server/serversession.h"

#include "server/serverworkshop.h"
#include "server/serversessiontext.h"
#include "server/changevaluekeys.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

namespace {

using ChangeValueKeys::closedKey;

} // namespace

std::optional<qint64> ServerSession::undoWorkshop(const UndoStep &step, QString *error)
{
    QString &message = *error;
    // Someone else's change since ours (our own later ones were undone already: undo goes newest first).
    const auto othersSince = [&](const std::pair<QUuid, QString> &key) -> const ServerChange * {
        const auto newest = mNewestOn.find(key);
        if (newest == mNewestOn.end() || newest->second.id <= step.id || mMine.count(newest->second.id))
            return nullptr;
        return &newest->second;
    };
    if (step.kind == ServerChangeKind::dot) {
        // A dot taken back comes back, if the vote is still open and the participant has a dot left.
        const QJsonObject dot = step.before.toObject();
        const QUuid vote = QUuid::fromString(dot[QLatin1String("vote")].toString());
        const QJsonObject object = ServerWorkshop::voteIn(mParts.base, vote);
        const QString title = voteTitle(vote);
        if (object[closedKey].toBool()) {
            const auto closed = mNewestOn.find({vote, closedKey});
            message = closed != mNewestOn.end() ? ServerSessionText::tr("cannot undo: %1 closed the vote “%2” since (change %3)").arg(closed->second.author, title).arg(closed->second.id)
                                                : ServerSessionText::tr("cannot undo: the vote “%1” is closed").arg(title);
            return std::nullopt;
        }
        const QJsonValue participant = dot[QLatin1String("participant")];
        const int budget = object[QLatin1String("budget")].toInt();
        const auto used = std::count_if(mParts.dots.begin(), mParts.dots.end(), [&](const DotRow &row) {
            return row.vote == vote && QUuid::fromString(row.dot[QLatin1String("participant")].toString()) == QUuid::fromString(participant.toString());
        });
        if (!object.isEmpty() && used >= budget) {
            const ServerChange *by = othersSince({vote, ServerChangeKind::dot});
            message = by ? ServerSessionText::tr("cannot undo: all %n dot(s) of the vote “%1” are used again (%2 placed one since, change %3)", nullptr, budget)
                               .arg(title, by->author)
                               .arg(by->id)
                         : ServerSessionText::tr("cannot undo: all %n dot(s) of the vote “%1” are used again", nullptr, budget).arg(title);
            return std::nullopt;
        }
        const auto id = addDot(vote, QUuid::fromString(participant.toString()), QUuid::fromString(dot[QLatin1String("card")].toString()), &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        else if (const QJsonValue seq = dot[QLatin1String("seq")]; seq.isDouble())
            mDotPutBack[qint64(seq.toDouble())] = *id; // its placement's undo takes this one now
        return id;
    }
    if (step.kind == ServerChangeKind::comment) {
        if (step.field == ServerChangeField::deleted) {
            const auto id = addCommentBody(step.entity, step.before.toObject(), &message);
            if (!id)
                message = ServerSessionText::tr("cannot undo: %1").arg(message);
            return id;
        }
        const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
        if (deletion != mNewestOn.end() && deletion->second.id > step.id) {
            message = ServerSessionText::tr("cannot undo: %1 deleted the comment since (change %2)").arg(deletion->second.author).arg(deletion->second.id);
            return std::nullopt;
        }
        if (const ServerChange *by = othersSince({step.entity, step.field})) {
            message = ServerSessionText::tr("cannot undo: %1 changed the comment since (change %2)").arg(by->author).arg(by->id);
            return std::nullopt;
        }
        return setCommentField(step.entity, step.field, step.before.isUndefined() ? QJsonValue() : step.before, &message);
    }
    // A vote.
    const QString title = voteTitle(step.entity);
    if (step.field == ServerChangeField::deleted) {
        // Back with its dots (schema 7), unless another vote opened meanwhile (named).
        const auto id = addVoteObject(step.before.toObject(), &message);
        if (!id)
            message = ServerSessionText::tr("cannot undo: %1").arg(message);
        return id;
    }
    const auto removal = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (removal != mNewestOn.end() && removal->second.id > step.id) {
        message = ServerSessionText::tr("cannot undo: %1 removed the vote “%2” since (change %3)").arg(removal->second.author, title).arg(removal->second.id);
        return std::nullopt;
    }
    // Closed or reopened by someone else since: theirs stays.
    const auto changedBy = [&](const ServerChange &by) {
        if (by.field == closedKey)
            return (by.value.toBool() ? ServerSessionText::tr("cannot undo: %1 closed the vote “%2” since (change %3)")
                                      : ServerSessionText::tr("cannot undo: %1 reopened the vote “%2” since (change %3)"))
                .arg(by.author, title)
                .arg(by.id);
        return ServerSessionText::tr("cannot undo: %1 changed the vote “%2” since (change %3)").arg(by.author, title).arg(by.id);
    };
    if (step.field == ServerChangeField::added) {
        const auto newest = mNewestOnCard.find(step.entity);
        if (newest != mNewestOnCard.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
            message = changedBy(newest->second);
            return std::nullopt;
        }
        // Taking back a start must not take anyone's dots with it.
        if (std::any_of(mParts.dots.begin(), mParts.dots.end(), [&](const DotRow &dot) { return dot.vote == step.entity; })) {
            const auto dot = mNewestOn.find({step.entity, ServerChangeKind::dot});
            message = dot != mNewestOn.end() ? ServerSessionText::tr("cannot undo: %1 placed a dot in the vote “%2” since (change %3)").arg(dot->second.author, title).arg(dot->second.id)
                                             : ServerSessionText::tr("cannot undo: the vote “%1” has dots").arg(title);
            return std::nullopt;
        }
        return removeVote(step.entity, &message);
    }
    if (const ServerChange *by = othersSince({step.entity, step.field})) {
        message = changedBy(*by);
        return std::nullopt;
    }
    return setVoteField(step.entity, step.field, step.before.isUndefined() ? QJsonValue() : step.before, &message);
}

} // namespace waymark
