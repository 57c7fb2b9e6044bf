// Undo of a session's own card, structure and lock changes, as new changes everyone receives;
// refused when someone else changed the same thing since (their change would be silently reverted).
#include "server/serversession.h"

#include "server/serverredo.h"
#include "server/serversql.h"
#include "server/serverstructure.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QJsonArray>
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

} // namespace

std::optional<qint64> ServerSession::undo(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    // Queued edits are newer than any step on the server: they go first, never sent.
    if (!mConnected && queuedEdits() > 0)
        return undoQueued(&message);
    if (mUndo.empty()) {
        message = ServerSessionText::tr("there is no change of yours to undo");
        return std::nullopt;
    }
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1; undo works again when the connection is back").arg(mAddress.display());
        return std::nullopt;
    }
    const UndoStep step = mUndo.back();
    mUndo.pop_back();
    QJsonValue again = step.after;
    if (step.kind == ServerChangeKind::card && step.field == ServerChangeField::added) {
        // Redo brings the card back as it is now (the undo checked nobody changed it since).
        if (const auto row = mParts.cards.find(step.entity); row != mParts.cards.end())
            again = QJsonObject{{QStringLiteral("stage"), idText(row->second.stage)},
                                {QStringLiteral("lane"), idText(row->second.lane)},
                                {QStringLiteral("key"), row->second.key},
                                {QStringLiteral("fields"), row->second.fields}};
    }
    // A dataset's version the undo takes away is kept for its redo (the session holds it no more).
    const auto version = step.kind == ServerChangeKind::dataset && step.field != ServerChangeField::deleted
        ? ServerRedo::datasetVersion(*this, step.entity)
        : std::nullopt;
    const auto id = undoStep(step, &message);
    // (An undo whose write broke off is queued: it is an edit of its own now.) A kind not
    // redone would leave an older step to be redone out of order: nothing is left to redo.
    const bool redoable = step.kind == ServerChangeKind::card || step.kind == ServerChangeKind::lock || ServerChangeKind::isStructure(step.kind)
        || ServerRedo::handles(step.kind);
    if (id && *id > 0 && redoable)
        mRedo.push_back({*id, step, again, version});
    else if (id && *id > 0)
        mRedo.clear();
    else if (id && step.kind == ServerChangeKind::dataset) // under way on the worker: redoable once written
        mRedoAwaitingWrite[step.id] = {0, step, again, version};
    return id;
}

std::optional<qint64> ServerSession::undoStep(const UndoStep &step, QString *error)
{
    QString &message = *error;
    if (step.kind == ServerChangeKind::lock)
        return undoLock(step, &message);
    if (ServerChangeKind::isStructure(step.kind)) {
        mUndoing = true;
        const auto id = undoStructure(step, &message);
        mUndoing = false;
        return id;
    }
    if (ServerChangeKind::isListItem(step.kind)) {
        mUndoing = true;
        const auto id = undoListItem(step, &message); // serversessionlists.cpp
        mUndoing = false;
        return id;
    }
    if (step.kind == ServerChangeKind::dataset) {
        mUndoing = true;
        const auto id = undoDataset(step, &message); // serversessiondatasets.cpp
        mUndoing = false;
        return id;
    }
    if (step.kind == ServerChangeKind::journey) {
        mUndoing = true;
        const auto id = undoJourney(step, &message); // serversessionjourney.cpp
        mUndoing = false;
        return id;
    }
    if (step.kind == ServerChangeKind::vote || step.kind == ServerChangeKind::dot || step.kind == ServerChangeKind::comment) {
        mUndoing = true;
        const bool addition = step.kind != ServerChangeKind::vote && step.field == ServerChangeField::added;
        const auto id = addition ? undoAddition(step, &message) // serversessionadditionundo.cpp
                                 : undoWorkshop(step, &message); // serversessionworkshopundo.cpp
        mUndoing = false;
        return id;
    }
    const QString title = cardTitle(mParts, step.entity);
    const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (step.field != ServerChangeField::deleted && deletion != mNewestOn.end() && deletion->second.id > step.id) {
        message = ServerSessionText::tr("cannot undo: %1 deleted card “%2” since (change %3)").arg(deletion->second.author, title).arg(deletion->second.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::added) {
        const ServerChange &newest = mNewestOnCard.at(step.entity);
        if (newest.id != step.id) {
            message = ServerSessionText::tr("cannot undo: %1 changed card “%2” since (change %3)").arg(newest.author, title).arg(newest.id);
            return std::nullopt;
        }
    } else if (step.field != ServerChangeField::deleted) {
        const ServerChange &newest = mNewestOn.at({step.entity, step.field});
        if (newest.id != step.id) {
            message = step.field == ServerChangeField::position
                ? ServerSessionText::tr("cannot undo: %1 moved card “%2” since (change %3)").arg(newest.author, title).arg(newest.id)
                : ServerSessionText::tr("cannot undo: %1 changed “%2” of card “%3” since (change %4)").arg(newest.author, step.field, title).arg(newest.id);
            return std::nullopt;
        }
    }
    mUndoing = true;
    std::optional<qint64> id;
    if (step.field == ServerChangeField::added)
        id = deleteCard(step.entity, &message);
    else if (step.field == ServerChangeField::deleted)
        id = restoreCard(step.entity, step.before.toObject(), &message);
    else if (step.field == ServerChangeField::position)
        id = placeCard(step.entity, step.before.toObject(), &message);
    else
        id = setCardField(step.entity, step.field, step.before.isUndefined() ? QJsonValue() : step.before, &message);
    mUndoing = false;
    return id;
}

std::optional<qint64> ServerSession::undoQueued(QString *error)
{
    const QueuedEdit edit = mQueue->edits().back();
    if (edit.tried) {
        // Its write broke off at the commit: it may be on the server, where only an undo
        // written there takes it back.
        *error = ServerSessionText::tr("your last change may have reached %1 just as the connection broke; undo works again when the connection is back")
                     .arg(mAddress.display());
        return std::nullopt;
    }
    const qint64 id = -qint64(mQueue->edits().size());
    // Off the file first: a crash from here on does not send it.
    if (!mQueue->removeLast(error))
        return std::nullopt;
    mOfflineRedo.push_back(edit);
    // The journey again as the server held it, with the edits still queued on top.
    dropQueuedView();
    showQueuedEdits();
    emit queueChanged(queuedEdits());
    return id;
}

namespace {

// The lane's or stage's name in the journey's base, for messages; the board has none.
QString lockedName(const QJsonObject &base, const QString &kind, const QUuid &target)
{
    const QString list = kind == ServerLockKind::lane ? QStringLiteral("lanes") : QStringLiteral("stages");
    for (const QJsonValue &item : base[list].toArray()) {
        if (QUuid::fromString(item[QLatin1String("id")].toString()) == target)
            return item[QLatin1String("name")].toString();
    }
    return idText(target);
}

// "Fay unlocked the lane “Support” since (change 42)" and the like.
QString changedSince(const ServerChange &newest, const QString &name)
{
    const bool locked = newest.value[QLatin1String("locked")].toBool();
    if (newest.field == ServerLockKind::board)
        return (locked ? ServerSessionText::tr("cannot undo: %1 froze the board since (change %2)") : ServerSessionText::tr("cannot undo: %1 unfroze the board since (change %2)"))
            .arg(newest.author)
            .arg(newest.id);
    if (newest.field == ServerLockKind::lane)
        return (locked ? ServerSessionText::tr("cannot undo: %1 locked the lane “%2” since (change %3)") : ServerSessionText::tr("cannot undo: %1 unlocked the lane “%2” since (change %3)"))
            .arg(newest.author, name)
            .arg(newest.id);
    return (locked ? ServerSessionText::tr("cannot undo: %1 locked the stage “%2” since (change %3)") : ServerSessionText::tr("cannot undo: %1 unlocked the stage “%2” since (change %3)"))
        .arg(newest.author, name)
        .arg(newest.id);
}

} // namespace

std::optional<qint64> ServerSession::undoLock(const UndoStep &step, QString *error)
{
    // The lock goes back to what it was before our change (unlocked, or locked with its
    // earlier reason), unless someone locked, unlocked or gave a new reason since.
    const auto newest = mNewestLock.find({step.field, step.entity});
    if (newest != mNewestLock.end() && newest->second.id != step.id) {
        // Our own undo of a later lock there is fine when it brought back this very step's
        // lock; otherwise the one to name is whoever made the lock it brought back.
        const auto restored = mLockRestores.find(newest->second.id);
        const bool broughtBack = restored != mLockRestores.end() && restored->second.id == step.id;
        if (!broughtBack) {
            const ServerChange &by = restored != mLockRestores.end() && restored->second.id != 0 ? restored->second : newest->second;
            *error = changedSince(by, lockedName(mParts.base, step.field, step.entity));
            return std::nullopt;
        }
    }
    const QJsonObject before = step.before.toObject();
    mUndoing = true;
    const auto id = setLock(step.field, step.entity, before[QLatin1String("locked")].toBool(), before[QLatin1String("reason")].toString(), error);
    mUndoing = false;
    if (id) {
        const auto previous = mLockBefore.find(step.id);
        mLockRestores[*id] = previous == mLockBefore.end() ? ServerChange{} : previous->second;
    }
    return id;
}

std::optional<qint64> ServerSession::restoreCard(const QUuid &card, const QJsonObject &row, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &, QString *failure) {
        query.prepare(QStringLiteral("INSERT INTO cards (journey, id, stage, lane, sort_key, fields) VALUES (?, ?, ?, ?, ?, ?::jsonb)"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(card));
        query.addBindValue(row[QLatin1String("stage")].toString());
        query.addBindValue(row[QLatin1String("lane")].toString());
        query.addBindValue(row[QLatin1String("key")].toString());
        query.addBindValue(jsonText(row[QLatin1String("fields")]));
        if (!query.exec()) {
            *failure = ServerSessionText::tr("the card was not brought back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, ServerChangeField::added, row);
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::placeCard(const QUuid &card, const QJsonObject &position, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &, QString *failure) {
        query.prepare(QStringLiteral("UPDATE cards SET stage = ?, lane = ?, sort_key = ? WHERE journey = ? AND id = ?"));
        query.addBindValue(position[QLatin1String("stage")].toString());
        query.addBindValue(position[QLatin1String("lane")].toString());
        query.addBindValue(position[QLatin1String("key")].toString());
        return runOnCard(db, query, card, ServerSessionText::tr("the move was not undone on %1: %2"), failure);
    };
    ServerChange change = changeOf(ServerChangeKind::card, card, ServerChangeField::position, position);
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::undoStructure(const UndoStep &step, QString *error)
{
    QString &message = *error;
    const QString name = structureName(step.kind, step.entity);
    const QJsonArray list = mParts.base[ServerStructure::listKey(step.kind)].toArray();
    const auto exists = [&](const QString &kind, const QUuid &id) {
        return ServerStructure::indexOf(mParts.base[ServerStructure::listKey(kind)].toArray(), id) >= 0;
    };
    const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (step.field != ServerChangeField::deleted && deletion != mNewestOn.end() && deletion->second.id > step.id) {
        message = ServerSessionText::tr("cannot undo: %1 removed “%2” since (change %3)").arg(deletion->second.author, name).arg(deletion->second.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::added) {
        const auto newest = mNewestOnCard.find(step.entity);
        // One's own later edits of it (undone already: undo goes newest first) do not count.
        if (newest != mNewestOnCard.end() && newest->second.id != step.id && !mMine.count(newest->second.id)) {
            message = ServerSessionText::tr("cannot undo: %1 changed “%2” since (change %3)").arg(newest->second.author, name).arg(newest->second.id);
            return std::nullopt;
        }
        // Taking back a new stage or lane must not take others' cards with it.
        const QJsonArray inside = ServerStructure::removalOf(mParts, step.kind, step.entity)[QLatin1String("cards")].toArray();
        if (step.kind != ServerChangeKind::department && !inside.isEmpty()) {
            const ServerChange *newestCard = nullptr;
            for (const QJsonValue &card : inside) {
                const auto it = mNewestOnCard.find(QUuid::fromString(card.toString()));
                if (it != mNewestOnCard.end() && (!newestCard || it->second.id > newestCard->id))
                    newestCard = &it->second;
            }
            message = newestCard ? ServerSessionText::tr("cannot undo: %1 put cards in “%2” since (change %3)").arg(newestCard->author, name).arg(newestCard->id)
                                 : ServerSessionText::tr("cannot undo: “%1” holds cards now").arg(name);
            return std::nullopt;
        }
        return removeStructure(step.kind, step.entity, &message);
    }
    if (step.field == ServerChangeField::deleted) {
        // Back at its place (first when its neighbour went meanwhile), with what went with it
        // and can come back: cards whose other half of the cell is still there.
        QJsonObject value = step.before.toObject();
        if (!exists(step.kind, QUuid::fromString(value[QLatin1String("after")].toString())))
            value[QStringLiteral("after")] = QJsonValue();
        const QString cellKey = step.kind == ServerChangeKind::stage ? QStringLiteral("lane") : QStringLiteral("stage");
        const QString cellKind = step.kind == ServerChangeKind::stage ? ServerChangeKind::lane : ServerChangeKind::stage;
        QJsonArray cards;
        for (const QJsonValue &card : value[QLatin1String("cards")].toArray()) {
            if (step.kind == ServerChangeKind::department ? mParts.cards.count(QUuid::fromString(card.toString())) > 0
                                                          : exists(cellKind, QUuid::fromString(card.toObject()[cellKey].toString())))
                cards.append(card);
        }
        value[QStringLiteral("cards")] = cards;
        ServerChange change = changeOf(step.kind, step.entity, ServerChangeField::added, value);
        return writeStructure(change, &message);
    }
    const auto newest = mNewestOn.find({step.entity, step.field});
    if (newest != mNewestOn.end() && newest->second.id != step.id) {
        const ServerChange &by = newest->second;
        message = step.field == ServerChangeField::position
            ? ServerSessionText::tr("cannot undo: %1 moved “%2” since (change %3)").arg(by.author, name).arg(by.id)
            : ServerSessionText::tr("cannot undo: %1 changed “%2” since (change %3)").arg(by.author, name).arg(by.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::position) {
        QUuid after = QUuid::fromString(step.before.toObject()[QLatin1String("after")].toString());
        if (!after.isNull() && ServerStructure::indexOf(list, after) < 0)
            after = QUuid(); // its old neighbour went meanwhile: first
        return moveStructure(step.kind, step.entity, after, &message);
    }
    return setStructureField(step.kind, step.entity, step.field, step.before.isUndefined() ? QJsonValue() : step.before, &message);
}

} // namespace waymark
