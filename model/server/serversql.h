#pragma once

// Small helpers shared by the server code's statements. Private to model/server.
#include "server/journeyparts.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace waymark::ServerSql {

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// jsonb parameters travel as text; QJsonDocument holds only arrays and objects, so a scalar
// goes inside an array and comes out again.
inline QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// For messages: the card's title, or its id when it is not (any more) in the journey.
inline QString cardTitle(const JourneyParts &parts, const QUuid &card)
{
    const auto it = parts.cards.find(card);
    return it == parts.cards.end() ? idText(card) : it->second.fields[QLatin1String("title")].toString();
}

} // namespace waymark::ServerSql
