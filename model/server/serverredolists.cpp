// Redo of one's own undone arrow, persona, participant, agenda step, opportunity or scenario
// change and of the journey's own fields and settings (docs/server.md, "Redo"), and what every
// kind of ServerRedo shares: who changed the thing after the undo, and where each kind goes.
#include "server/serverredo.h"

#include "server/serverjourneyfields.h"
#include "server/serverlists.h"
#include "server/serversql.h"
#include "server/serversessiontext.h"
#include "server/changevaluekeys.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace waymark {

namespace {

using ChangeValueKeys::itemKey;
using ChangeValueKeys::afterKey;

using ServerSql::cardTitle;

} // namespace

bool ServerRedo::handles(const QString &kind)
{
    return kind == ServerChangeKind::dot || kind == ServerChangeKind::comment || kind == ServerChangeKind::vote || ServerChangeKind::isListItem(kind)
        || kind == ServerChangeKind::journey || kind == ServerChangeKind::dataset;
}

const ServerChange *ServerRedo::othersAfter(const ServerSession &session, const QUuid &entity, const QString &field, qint64 since)
{
    const auto newest = session.mNewestOn.find({entity, field});
    if (newest == session.mNewestOn.end() || newest->second.id <= since || session.mMine.count(newest->second.id))
        return nullptr;
    return &newest->second;
}

const ServerChange *ServerRedo::othersOnAfter(const ServerSession &session, const QUuid &entity, qint64 since)
{
    const auto newest = session.mNewestOnCard.find(entity);
    if (newest == session.mNewestOnCard.end() || newest->second.id <= since || session.mMine.count(newest->second.id))
        return nullptr;
    return &newest->second;
}

std::optional<QString> ServerRedo::refusal(const ServerSession &session, const RedoStep &redo)
{
    const QString &kind = redo.step.kind;
    if (kind == ServerChangeKind::journey)
        return journeyRefusal(session, redo);
    if (kind == ServerChangeKind::dataset)
        return datasetRefusal(session, redo);
    if (ServerChangeKind::isListItem(kind))
        return listRefusal(session, redo);
    return workshopRefusal(session, redo);
}

std::optional<qint64> ServerRedo::reapply(ServerSession &session, const RedoStep &redo, QString *error)
{
    const QString &kind = redo.step.kind;
    std::optional<qint64> id;
    if (kind == ServerChangeKind::journey)
        id = session.setJourneyField(redo.step.field, redo.again.isUndefined() ? QJsonValue() : redo.again, error);
    else if (kind == ServerChangeKind::dataset)
        id = reapplyDataset(session, redo, error);
    else if (ServerChangeKind::isListItem(kind))
        id = reapplyList(session, redo, error);
    else
        id = reapplyWorkshop(session, redo, error);
    if (!id && error)
        *error = ServerSessionText::tr("cannot redo: %1").arg(*error);
    return id;
}

std::optional<QString> ServerRedo::journeyRefusal(const ServerSession &session, const RedoStep &redo)
{
    const ServerSession::UndoStep &step = redo.step;
    if (const ServerChange *by = othersAfter(session, step.entity, step.field, redo.undoneBy))
        return ServerSessionText::tr("cannot redo: %1 changed %2 since (change %3)").arg(by->author, ServerJourneyFields::journeyFieldName(step.field)).arg(by->id);
    return std::nullopt;
}

std::optional<QString> ServerRedo::listRefusal(const ServerSession &session, const RedoStep &redo)
{
    const ServerSession::UndoStep &step = redo.step;
    const qint64 since = redo.undoneBy;
    // Its addition undone: nobody could change it since (an arrow's card deleted meanwhile is
    // the writer's refusal, naming who).
    if (step.field == ServerChangeField::added)
        return std::nullopt;
    const QString name = session.listItemName(step.kind, step.entity);
    // Removed since: by someone, or (an arrow) with one of its cards.
    if (const ServerChange *by = othersAfter(session, step.entity, ServerChangeField::deleted, since)) {
        return by->kind == ServerChangeKind::card
            ? ServerSessionText::tr("cannot redo: %1 deleted card “%2” since (change %3)").arg(by->author, cardTitle(session.mParts, by->entity)).arg(by->id)
            : ServerSessionText::tr("cannot redo: %1 removed %2 since (change %3)").arg(by->author, name).arg(by->id);
    }
    // Removing it again must not take anyone's later change of it along.
    const ServerChange *by = step.field == ServerChangeField::deleted ? othersOnAfter(session, step.entity, since)
                                                                      : othersAfter(session, step.entity, step.field, since);
    if (by && step.field == ServerChangeField::position)
        return ServerSessionText::tr("cannot redo: %1 moved %2 since (change %3)").arg(by->author, name).arg(by->id);
    if (by)
        return ServerSessionText::tr("cannot redo: %1 changed %2 since (change %3)").arg(by->author, name).arg(by->id);
    return std::nullopt;
}

std::optional<qint64> ServerRedo::reapplyList(ServerSession &session, const RedoStep &redo, QString *error)
{
    const ServerSession::UndoStep &step = redo.step;
    if (step.field == ServerChangeField::added) {
        // After the same neighbour (last when it went meanwhile, as ServerLists places it).
        const QJsonObject again = redo.again.toObject();
        return session.addListItem(step.kind, again[itemKey].toObject(), QUuid::fromString(again[afterKey].toString()), error);
    }
    if (step.field == ServerChangeField::deleted)
        return session.removeListItem(step.kind, step.entity, error);
    if (step.field == ServerChangeField::position)
        return session.moveListItem(step.kind, step.entity, QUuid::fromString(redo.again.toObject()[afterKey].toString()), error);
    return session.setListItemField(step.kind, step.entity, step.field, redo.again.isUndefined() ? QJsonValue() : redo.again, error);
}

} // namespace waymark
