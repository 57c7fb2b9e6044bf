#include "server/serverstructure.h"

#include "enums.h"
#include "format/journeyjson.h"
#include "server/serverchange.h"

#include <QJsonDocument>

#include <algorithm>

namespace waymark::ServerStructure {

namespace {

const QString idKey = QStringLiteral("id");
const QString afterKey = QStringLiteral("after");
const QString cardsKey = QStringLiteral("cards");
const QString lanesKey = QStringLiteral("lanes");
const QString departmentKey = QStringLiteral("department");
const QString kindKey = QStringLiteral("kind");

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Inserts `item` right after `after` (null: first); false when `after` is not in the list.
bool insertAfter(QJsonArray &list, const QJsonObject &item, const QUuid &after)
{
    if (after.isNull()) {
        list.prepend(item);
        return true;
    }
    const int at = indexOf(list, after);
    if (at < 0)
        return false;
    list.insert(at + 1, item);
    return true;
}

// A lane's or a card's department, set or cleared (as RemoveDepartment does in the window).
void setLaneDepartment(QJsonArray &lanes, const QUuid &lane, const QUuid &department)
{
    const int at = indexOf(lanes, lane);
    if (at < 0)
        return;
    QJsonObject object = lanes[at].toObject();
    if (department.isNull()) {
        object[kindKey] = toKey(LaneKind::Touchpoints);
        object.remove(departmentKey);
    } else {
        object[kindKey] = toKey(LaneKind::Department);
        object[departmentKey] = idText(department);
    }
    lanes[at] = object;
}

void setCardDepartment(JourneyParts &parts, const QUuid &card, const QUuid &department)
{
    const auto it = parts.cards.find(card);
    if (it != parts.cards.end())
        it->second.fields[departmentKey] = department.isNull() ? QJsonValue() : QJsonValue(idText(department));
}

QJsonArray idsOf(const std::vector<QUuid> &ids)
{
    QJsonArray list;
    for (const QUuid &id : ids)
        list.append(idText(id));
    return list;
}

} // namespace

QString listKey(const QString &kind)
{
    if (kind == ServerChangeKind::stage)
        return QStringLiteral("stages");
    if (kind == ServerChangeKind::lane)
        return lanesKey;
    return QStringLiteral("departments");
}

int indexOf(const QJsonArray &list, const QUuid &id)
{
    const QString text = idText(id);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].toObject()[idKey].toString() == text)
            return int(i);
    }
    return -1;
}

QUuid previousOf(const QJsonArray &list, const QUuid &id)
{
    const int at = indexOf(list, id);
    return at > 0 ? uuidOf(list[at - 1].toObject()[idKey]) : QUuid();
}

QJsonObject removalOf(const JourneyParts &parts, const QString &kind, const QUuid &id)
{
    std::vector<QUuid> cards;
    if (kind == ServerChangeKind::department) {
        std::vector<QUuid> lanes;
        for (const QJsonValue &lane : parts.base[lanesKey].toArray()) {
            if (uuidOf(lane.toObject()[departmentKey]) == id)
                lanes.push_back(uuidOf(lane.toObject()[idKey]));
        }
        for (const auto &[card, row] : parts.cards) {
            if (uuidOf(row.fields[departmentKey]) == id)
                cards.push_back(card);
        }
        return QJsonObject{{lanesKey, idsOf(lanes)}, {cardsKey, idsOf(cards)}};
    }
    for (const auto &[card, row] : parts.cards) {
        if ((kind == ServerChangeKind::stage ? row.stage : row.lane) == id)
            cards.push_back(card);
    }
    return QJsonObject{{cardsKey, idsOf(cards)}};
}

bool apply(JourneyParts &parts, const ServerChange &change)
{
    const QString key = listKey(change.kind);
    QJsonArray list = parts.base[key].toArray();
    const int at = indexOf(list, change.entity);
    const QJsonObject value = change.value.toObject();
    const bool isDepartment = change.kind == ServerChangeKind::department;
    if (change.field == ServerChangeField::added) {
        if (at >= 0)
            return false;
        QJsonObject item = value[QLatin1String("item")].toObject();
        item[idKey] = idText(change.entity);
        if (change.kind == ServerChangeKind::stage)
            item[QStringLiteral("touchpoints")] = QJsonArray(); // cards live in their own rows
        if (!insertAfter(list, item, uuidOf(value[afterKey])))
            return false;
        parts.base[key] = list;
        if (isDepartment) {
            QJsonArray lanes = parts.base[lanesKey].toArray();
            for (const QJsonValue &lane : value[lanesKey].toArray())
                setLaneDepartment(lanes, uuidOf(lane), change.entity);
            parts.base[lanesKey] = lanes;
            for (const QJsonValue &card : value[cardsKey].toArray())
                setCardDepartment(parts, uuidOf(card), change.entity);
        } else {
            for (const QJsonValue &card : value[cardsKey].toArray()) {
                const QJsonObject row = card.toObject();
                parts.cards[uuidOf(row[idKey])] = CardRow{uuidOf(row[QLatin1String("stage")]), uuidOf(row[QLatin1String("lane")]),
                                                          row[QLatin1String("key")].toString(), row[QLatin1String("fields")].toObject()};
            }
        }
        return true;
    }
    if (at < 0)
        return false;
    if (change.field == ServerChangeField::deleted) {
        list.removeAt(at);
        parts.base[key] = list;
        if (isDepartment) {
            QJsonArray lanes = parts.base[lanesKey].toArray();
            for (const QJsonValue &lane : value[lanesKey].toArray())
                setLaneDepartment(lanes, uuidOf(lane), {});
            parts.base[lanesKey] = lanes;
            for (const QJsonValue &card : value[cardsKey].toArray())
                setCardDepartment(parts, uuidOf(card), {});
        } else {
            for (const QJsonValue &card : value[cardsKey].toArray()) {
                parts.cards.erase(uuidOf(card));
                removeConnectionsAt(parts.base, uuidOf(card));
            }
        }
        return true;
    }
    if (change.field == ServerChangeField::position) {
        const QUuid after = uuidOf(value[afterKey]);
        if (after == change.entity || (!after.isNull() && indexOf(list, after) < 0))
            return false;
        const QJsonObject item = list.takeAt(at).toObject();
        insertAfter(list, item, after);
        parts.base[key] = list;
        return true;
    }
    QJsonObject item = list[at].toObject();
    if (change.value.isNull())
        item.remove(change.field);
    else
        item[change.field] = change.value;
    list[at] = item;
    parts.base[key] = list;
    return true;
}

QSet<int> longestIncreasing(const QList<int> &ranks)
{
    std::vector<int> tails; // positions of the smallest tail of each run length
    std::vector<int> previous(std::size_t(ranks.size()), -1);
    for (int i = 0; i < ranks.size(); ++i) {
        if (ranks[i] < 0)
            continue;
        const auto at = std::lower_bound(tails.begin(), tails.end(), ranks[i],
                                         [&](int position, int rank) { return ranks[position] < rank; });
        if (at != tails.begin())
            previous[std::size_t(i)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(i);
        else
            *at = i;
    }
    QSet<int> kept;
    for (int i = tails.empty() ? -1 : tails.back(); i >= 0; i = previous[std::size_t(i)])
        kept.insert(i);
    return kept;
}

std::vector<Edit> edits(const QJsonObject &server, const QJsonObject &mine, Edit::Op phase)
{
    using Op = Edit::Op;
    const QStringList removalOrder{ServerChangeKind::stage, ServerChangeKind::lane, ServerChangeKind::department};
    const QStringList additionOrder{ServerChangeKind::department, ServerChangeKind::stage, ServerChangeKind::lane};
    std::vector<Edit> result;
    for (const QString &kind : phase == Op::Add ? additionOrder : removalOrder) {
        const QJsonArray theirs = server[listKey(kind)].toArray();
        const QJsonArray ours = mine[listKey(kind)].toArray();
        const auto idAt = [](const QJsonArray &list, qsizetype i) { return uuidOf(list[i].toObject()[idKey]); };
        if (phase == Op::Remove) {
            for (qsizetype i = 0; i < theirs.size(); ++i) {
                if (indexOf(ours, idAt(theirs, i)) < 0)
                    result.push_back({Op::Remove, kind, idAt(theirs, i), {}, {}, {}});
            }
            continue;
        }
        QList<int> ranks;
        for (qsizetype i = 0; i < ours.size(); ++i)
            ranks.append(indexOf(theirs, idAt(ours, i)));
        const QSet<int> staying = phase == Op::Move ? longestIncreasing(ranks) : QSet<int>();
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const QUuid id = idAt(ours, i);
            const QUuid after = i > 0 ? idAt(ours, i - 1) : QUuid();
            const bool known = ranks[i] >= 0;
            if (phase == Op::Add && !known) {
                result.push_back({Op::Add, kind, id, {}, ours[i], after});
            } else if (phase == Op::Move && known && !staying.contains(int(i))) {
                result.push_back({Op::Move, kind, id, {}, {}, after});
            } else if (phase == Op::Field && known) {
                const QJsonObject a = theirs[ranks[i]].toObject();
                const QJsonObject b = ours[i].toObject();
                // New keys first, removed ones last: each change alone must leave a readable
                // journey, and a lane's "department" is required while its kind is department
                // (and ignored otherwise).
                QStringList keys;
                for (const QString &field : b.keys()) {
                    if (!a.contains(field))
                        keys << field;
                }
                for (const QString &field : b.keys()) {
                    if (a.contains(field))
                        keys << field;
                }
                for (const QString &field : a.keys()) {
                    if (!b.contains(field))
                        keys << field;
                }
                for (const QString &field : std::as_const(keys)) {
                    if (field != idKey && field != QLatin1String("touchpoints") && a.value(field) != b.value(field))
                        result.push_back({Op::Field, kind, id, field, b.contains(field) ? b.value(field) : QJsonValue(), {}});
                }
            }
        }
    }
    return result;
}

QJsonObject structureOf(const Journey &journey)
{
    Journey skeleton;
    skeleton.stages = journey.stages;
    skeleton.lanes = journey.lanes;
    skeleton.departments = journey.departments;
    return QJsonDocument::fromJson(JourneyJson::toJson(skeleton)).object();
}

} // namespace waymark::ServerStructure
