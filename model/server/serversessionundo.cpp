// Undo of a session's own card changes, as new changes everyone receives; refused when
// someone else changed the same thing since (their change would be silently reverted).
#include "server/serversession.h"

#include "server/serversql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerSession)
};

using ServerSql::cardTitle;
using ServerSql::idText;
using ServerSql::jsonText;

} // namespace

std::optional<qint64> ServerSession::undo(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (mUndo.empty()) {
        message = Text::tr("there is no change of yours to undo");
        return std::nullopt;
    }
    if (!mConnected) {
        // Queued edits are not steps on the server yet; undo waits for the connection.
        message = Text::tr("not connected to %1; undo works again when the connection is back").arg(mAddress.display());
        return std::nullopt;
    }
    const UndoStep step = mUndo.back();
    mUndo.pop_back();
    const QString title = cardTitle(mParts, step.entity);
    const auto deletion = mNewestOn.find({step.entity, ServerChangeField::deleted});
    if (step.field != ServerChangeField::deleted && deletion != mNewestOn.end() && deletion->second.id > step.id) {
        message = Text::tr("cannot undo: %1 deleted card “%2” since (change %3)").arg(deletion->second.author, title).arg(deletion->second.id);
        return std::nullopt;
    }
    if (step.field == ServerChangeField::added) {
        const ServerChange &newest = mNewestOnCard.at(step.entity);
        if (newest.id != step.id) {
            message = Text::tr("cannot undo: %1 changed card “%2” since (change %3)").arg(newest.author, title).arg(newest.id);
            return std::nullopt;
        }
    } else if (step.field != ServerChangeField::deleted) {
        const ServerChange &newest = mNewestOn.at({step.entity, step.field});
        if (newest.id != step.id) {
            message = step.field == ServerChangeField::position
                ? Text::tr("cannot undo: %1 moved card “%2” since (change %3)").arg(newest.author, title).arg(newest.id)
                : Text::tr("cannot undo: %1 changed “%2” of card “%3” since (change %4)").arg(newest.author, step.field, title).arg(newest.id);
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
            *failure = Text::tr("the card was not brought back on %1: %2").arg(mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        }
        return true;
    };
    ServerChange change;
    change.kind = ServerChangeKind::card;
    change.entity = card;
    change.field = ServerChangeField::added;
    change.value = row;
    return write(change, entityWrite, error);
}

std::optional<qint64> ServerSession::placeCard(const QUuid &card, const QJsonObject &position, QString *error)
{
    const EntityWrite entityWrite = [&](QSqlDatabase &db, QSqlQuery &query, ServerChange &, QString *failure) {
        query.prepare(QStringLiteral("UPDATE cards SET stage = ?, lane = ?, sort_key = ? WHERE journey = ? AND id = ?"));
        query.addBindValue(position[QLatin1String("stage")].toString());
        query.addBindValue(position[QLatin1String("lane")].toString());
        query.addBindValue(position[QLatin1String("key")].toString());
        return runOnCard(db, query, card, Text::tr("the move was not undone on %1: %2"), failure);
    };
    ServerChange change;
    change.kind = ServerChangeKind::card;
    change.entity = card;
    change.field = ServerChangeField::position;
    change.value = position;
    return write(change, entityWrite, error);
}

} // namespace waymark
