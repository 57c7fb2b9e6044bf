// Redo of a session's own undone changes (docs/server.md, "Redo"): the undone change is made
// again as a new change everyone receives, refused when someone changed the same thing after
// the undo (redoing it would silently replace their change). Cards, structure and locks are
// here; the other kinds in ServerRedo (serverredo.h).
#include "server/serversession.h"

#include "server/serverredo.h"
#include "server/serversql.h"
#include "server/serverstructure.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace waymark {

namespace {


using ServerSql::cardTitle;

} // namespace

void ServerSession::endRedo()
{
    mRedo.clear();
    mOfflineRedo.clear();
    mRedoAwaitingWrite.clear();
}

std::optional<qint64> ServerSession::redo(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (!mConnected && !mOfflineRedo.empty()) {
        // An edit undo took off the queue goes back on it, as made now.
        QueuedEdit edit = mOfflineRedo.back();
        mOfflineRedo.pop_back();
        mRedoing = true;
        const auto id = enqueue(edit, &message);
        mRedoing = false;
        return id;
    }
    if (mRedo.empty()) {
        message = ServerSessionText::tr("there is no undone change of yours to redo");
        return std::nullopt;
    }
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1; redo works again when the connection is back").arg(mAddress.display());
        return std::nullopt;
    }
    const RedoStep step = mRedo.back();
    mRedo.pop_back();
    if (const auto why = redoRefusal(step)) {
        message = *why;
        return std::nullopt;
    }
    mRedoing = true;
    const auto id = ServerRedo::handles(step.step.kind) ? ServerRedo::reapply(*this, step, &message) : reapply(step, &message);
    mRedoing = false;
    return id;
}

std::optional<QString> ServerSession::redoRefusal(const RedoStep &redo) const
{
    const UndoStep &step = redo.step;
    const qint64 since = redo.undoneBy;
    if (ServerRedo::handles(step.kind))
        return ServerRedo::refusal(*this, redo);
    if (step.kind == ServerChangeKind::lock) {
        const auto newest = mNewestLock.find({step.field, step.entity});
        if (newest == mNewestLock.end() || newest->second.id == since)
            return std::nullopt;
        const ServerChange &by = newest->second;
        if (step.field == ServerLockKind::board)
            return ServerSessionText::tr("cannot redo: %1 froze or unfroze the board since (change %2)").arg(by.author).arg(by.id);
        return ServerSessionText::tr("cannot redo: %1 changed the lock of “%2” since (change %3)")
            .arg(by.author, structureName(step.field == ServerLockKind::lane ? ServerChangeKind::lane : ServerChangeKind::stage, step.entity))
            .arg(by.id);
    }
    const bool structure = ServerChangeKind::isStructure(step.kind);
    const QString name = structure ? structureName(step.kind, step.entity) : cardTitle(mParts, step.entity);
    if (step.field == ServerChangeField::added)
        return std::nullopt; // the undo took it away: nobody could change it since
    const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (deletion != mNewestOn.end() && deletion->second.id > since) {
        const ServerChange &by = deletion->second;
        return structure ? ServerSessionText::tr("cannot redo: %1 removed “%2” since (change %3)").arg(by.author, name).arg(by.id)
                         : ServerSessionText::tr("cannot redo: %1 deleted card “%2” since (change %3)").arg(by.author, name).arg(by.id);
    }
    if (step.field == ServerChangeField::deleted) {
        // The undo brought it back; deleting it again must not take others' work with it.
        const auto newest = mNewestOnCard.find(step.entity);
        if (newest != mNewestOnCard.end() && newest->second.id != since) {
            const ServerChange &by = newest->second;
            return structure ? ServerSessionText::tr("cannot redo: %1 changed “%2” since (change %3)").arg(by.author, name).arg(by.id)
                             : ServerSessionText::tr("cannot redo: %1 changed card “%2” since (change %3)").arg(by.author, name).arg(by.id);
        }
        if (step.kind == ServerChangeKind::stage || step.kind == ServerChangeKind::lane) {
            for (const QJsonValue &card : ServerStructure::removalOf(mParts, step.kind, step.entity)[QLatin1String("cards")].toArray()) {
                const auto it = mNewestOnCard.find(uuidOf(card));
                if (it != mNewestOnCard.end() && it->second.id > since)
                    return ServerSessionText::tr("cannot redo: %1 put cards in “%2” since (change %3)").arg(it->second.author, name).arg(it->second.id);
            }
        }
        return std::nullopt;
    }
    const auto newest = mNewestOn.find({step.entity, step.field});
    if (newest == mNewestOn.end() || newest->second.id == since)
        return std::nullopt;
    const ServerChange &by = newest->second;
    if (structure)
        return step.field == ServerChangeField::position ? ServerSessionText::tr("cannot redo: %1 moved “%2” since (change %3)").arg(by.author, name).arg(by.id)
                                                         : ServerSessionText::tr("cannot redo: %1 changed “%2” since (change %3)").arg(by.author, name).arg(by.id);
    return step.field == ServerChangeField::position
        ? ServerSessionText::tr("cannot redo: %1 moved card “%2” since (change %3)").arg(by.author, name).arg(by.id)
        : ServerSessionText::tr("cannot redo: %1 changed “%2” of card “%3” since (change %4)").arg(by.author, step.field, name).arg(by.id);
}

std::optional<qint64> ServerSession::reapply(const RedoStep &redo, QString *error)
{
    const UndoStep &step = redo.step;
    const QJsonObject again = redo.again.toObject();
    const QJsonValue value = redo.again.isUndefined() ? QJsonValue() : redo.again;
    if (step.kind == ServerChangeKind::lock)
        return setLock(step.field, step.entity, again[QLatin1String("locked")].toBool(), again[QLatin1String("reason")].toString(), error);
    if (ServerChangeKind::isStructure(step.kind)) {
        // Where it went after: that neighbour, or first when the neighbour went meanwhile.
        const auto afterNow = [&] {
            const QUuid after = uuidOf(again[QLatin1String("after")]);
            const QJsonArray list = mParts.base[ServerStructure::listKey(step.kind)].toArray();
            return after.isNull() || ServerStructure::indexOf(list, after) < 0 ? QUuid() : after;
        };
        if (step.field == ServerChangeField::added)
            return addStructure(step.kind, again[QLatin1String("item")].toObject(), afterNow(), error);
        if (step.field == ServerChangeField::deleted)
            return removeStructure(step.kind, step.entity, error);
        if (step.field == ServerChangeField::position)
            return moveStructure(step.kind, step.entity, afterNow(), error);
        return setStructureField(step.kind, step.entity, step.field, value, error);
    }
    if (step.field == ServerChangeField::added)
        return restoreCard(step.entity, again, error);
    if (step.field == ServerChangeField::deleted)
        return deleteCard(step.entity, error);
    if (step.field == ServerChangeField::position)
        return placeCard(step.entity, again, error);
    return setCardField(step.entity, step.field, value, error);
}

} // namespace waymark
