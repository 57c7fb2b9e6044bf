#pragma once

// How the .waymark tables store ids: as text without braces. Private to model/format.
#include <QString>
#include <QUuid>

namespace waymark::WaymarkIds {

inline QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// An optional reference (a card's persona, a change's card): no id is an empty text, not zeros.
inline QString nullableIdText(const QUuid &id)
{
    return id.isNull() ? QString() : idText(id);
}

} // namespace waymark::WaymarkIds
