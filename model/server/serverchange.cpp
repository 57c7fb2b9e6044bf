#include "server/serverchange.h"

#include "server/serverjourneyfields.h"
#include "server/serverlists.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark {

void removeConnectionsAt(QJsonObject &base, const QUuid &card)
{
    const QString id = card.toString(QUuid::WithoutBraces);
    const QString connectionsKey = QStringLiteral("connections");
    QJsonArray kept;
    for (const QJsonValue &connection : base[connectionsKey].toArray()) {
        const QJsonObject object = connection.toObject();
        if (object[QLatin1String("from")].toString() != id && object[QLatin1String("to")].toString() != id)
            kept.append(connection);
    }
    base[connectionsKey] = kept;
}

bool isUndoable(const ServerChange &change)
{
    return change.kind == ServerChangeKind::card || change.kind == ServerChangeKind::dot || change.kind == ServerChangeKind::comment
        || change.kind == ServerChangeKind::lock || change.kind == ServerChangeKind::vote || ServerChangeKind::isStructure(change.kind) || ServerChangeKind::isListItem(change.kind) || change.kind == ServerChangeKind::journey
        || change.kind == ServerChangeKind::dataset;
}

bool applyChange(JourneyParts &parts, const ServerChange &change)
{
    const QJsonObject object = change.value.toObject();
    if (change.kind == ServerChangeKind::comment)
        return ServerWorkshop::applyComment(parts, change);
    if (change.kind == ServerChangeKind::dot)
        return ServerWorkshop::applyDot(parts, change);
    if (change.kind == ServerChangeKind::vote)
        return ServerWorkshop::applyVote(parts, change);
    if (ServerChangeKind::isStructure(change.kind))
        return ServerStructure::apply(parts, change);
    if (ServerChangeKind::isListItem(change.kind))
        return ServerLists::apply(parts, change);
    if (change.kind == ServerChangeKind::journey)
        return ServerJourneyFields::apply(parts, change);
    if (change.kind == ServerChangeKind::dataset)
        return true; // not in the parts: the session reads the dataset's row (serversessiondatasets.cpp)
    if (change.kind != ServerChangeKind::card)
        return false;
    if (change.field == ServerChangeField::added) {
        parts.cards[change.entity] = CardRow{uuidOf(object[QLatin1String("stage")]), uuidOf(object[QLatin1String("lane")]),
                                             object[QLatin1String("key")].toString(), object[QLatin1String("fields")].toObject()};
        return true;
    }
    const auto card = parts.cards.find(change.entity);
    if (card == parts.cards.end())
        return false;
    if (change.field == ServerChangeField::deleted) {
        parts.cards.erase(card);
        removeConnectionsAt(parts.base, change.entity);
    } else {
        applyCardChange(card->second, change);
    }
    return true;
}

void applyCardChange(CardRow &card, const ServerChange &change)
{
    if (change.field == ServerChangeField::position) {
        const QJsonObject object = change.value.toObject();
        card.stage = uuidOf(object[QLatin1String("stage")]);
        card.lane = uuidOf(object[QLatin1String("lane")]);
        card.key = object[QLatin1String("key")].toString();
    } else if (change.value.isNull() && isOptionalCardField(change.field)) {
        card.fields.remove(change.field);
    } else {
        card.fields[change.field] = change.value;
    }
}

} // namespace waymark
