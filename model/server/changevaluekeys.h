#pragma once

// Keys of a change's JSON value that several kinds of change share, for the files that write
// and redo them. Private to model/server.
#include "server/serversql.h"

#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace waymark::ChangeValueKeys {

inline const QString itemKey = QStringLiteral("item");
inline const QString afterKey = QStringLiteral("after");
inline const QString closedKey = QStringLiteral("closed");

// "after" in a change's value: the id, or null for the first place.
inline QJsonValue afterValue(const QUuid &after)
{
    return after.isNull() ? QJsonValue() : QJsonValue(ServerSql::idText(after));
}

} // namespace waymark::ChangeValueKeys
