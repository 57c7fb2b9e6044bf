#include "server/serverlists.h"

#include "format/journeyjson.h"
#include "server/serverchange.h"
#include "server/serverstructure.h"

#include <QJsonDocument>

#include <algorithm>

namespace waymark::ServerLists {

namespace {

const QString idKey = QStringLiteral("id");
const QString afterKey = QStringLiteral("after");

int indexIn(const QJsonArray &list, const QUuid &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (uuidOf(list[i].toObject()[idKey]) == id)
            return int(i);
    }
    return -1;
}

QJsonObject objectById(const QJsonArray &list, const QUuid &id)
{
    const int at = indexIn(list, id);
    return at < 0 ? QJsonObject() : list[at].toObject();
}

} // namespace

QString listKey(const QString &kind)
{
    if (kind == ServerChangeKind::arrow)
        return QStringLiteral("connections");
    if (kind == ServerChangeKind::persona)
        return QStringLiteral("personas");
    if (kind == ServerChangeKind::agenda)
        return QStringLiteral("agenda");
    if (kind == ServerChangeKind::opportunity)
        return QStringLiteral("opportunities");
    if (kind == ServerChangeKind::scenario)
        return QStringLiteral("scenarios");
    return QStringLiteral("participants");
}

QJsonObject itemIn(const QJsonObject &base, const QString &kind, const QUuid &id)
{
    return objectById(base[listKey(kind)].toArray(), id);
}

QUuid previousOf(const QJsonObject &base, const QString &kind, const QUuid &id)
{
    const QJsonArray list = base[listKey(kind)].toArray();
    const int at = indexIn(list, id);
    return at > 0 ? uuidOf(list[at - 1].toObject()[idKey]) : QUuid();
}

bool isChangeableKey(const QString &kind, const QString &field)
{
    if (field.isEmpty() || field == idKey || field == ServerChangeField::added || field == ServerChangeField::deleted
        || field == ServerChangeField::position)
        return false;
    if (kind == ServerChangeKind::arrow)
        return field == QLatin1String("label");
    return true;
}

bool apply(JourneyParts &parts, const ServerChange &change)
{
    const QString key = listKey(change.kind);
    QJsonArray list = parts.base[key].toArray();
    const int at = indexIn(list, change.entity);
    if (change.field == ServerChangeField::added) {
        if (at >= 0)
            return false;
        const QJsonObject value = change.value.toObject();
        QJsonObject item = value[QLatin1String("item")].toObject();
        item[idKey] = change.entity.toString(QUuid::WithoutBraces);
        const QUuid after = uuidOf(value[afterKey]);
        if (after.isNull()) {
            list.prepend(item);
        } else {
            const int previous = indexIn(list, after);
            list.insert(previous < 0 ? list.size() : previous + 1, item);
        }
    } else if (at < 0) {
        return false;
    } else if (change.field == ServerChangeField::deleted) {
        list.removeAt(at);
    } else if (change.field == ServerChangeField::position) {
        const QJsonObject item = list.takeAt(at).toObject();
        const QUuid after = uuidOf(change.value.toObject()[afterKey]);
        if (after.isNull()) {
            list.prepend(item);
        } else {
            const int previous = indexIn(list, after);
            list.insert(previous < 0 ? list.size() : previous + 1, item);
        }
    } else {
        QJsonObject item = list[at].toObject();
        if (change.value.isNull())
            item.remove(change.field);
        else
            item[change.field] = change.value;
        list[at] = item;
    }
    parts.base[key] = list;
    return true;
}

std::vector<Edit> edits(const QString &kind, const QJsonArray &before, const QJsonArray &now, const QJsonArray &mine, const QSet<QUuid> &moved)
{
    using Op = Edit::Op;
    std::vector<Edit> result;
    const bool arrow = kind == ServerChangeKind::arrow;
    const auto endsDiffer = [&](const QJsonObject &a, const QJsonObject &b) {
        return arrow && (a[QLatin1String("from")] != b[QLatin1String("from")] || a[QLatin1String("to")] != b[QLatin1String("to")]);
    };
    // Removed in the window (or an arrow given other ends), still on the server.
    for (const QJsonValue &value : before) {
        const QJsonObject was = value.toObject();
        const QUuid id = uuidOf(was[idKey]);
        const QJsonObject ours = objectById(mine, id);
        if ((ours.isEmpty() || endsDiffer(was, ours)) && indexIn(now, id) >= 0)
            result.push_back({Op::Remove, kind, id, {}, {}, {}});
    }
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const QJsonObject ours = mine[i].toObject();
        const QUuid id = uuidOf(ours[idKey]);
        const QJsonObject was = objectById(before, id);
        const QUuid after = i > 0 ? uuidOf(mine[i - 1].toObject()[idKey]) : QUuid();
        if (was.isEmpty() || endsDiffer(was, ours)) {
            if (was.isEmpty() && indexIn(now, id) >= 0)
                continue; // someone else's, arrived while this step was sent
            result.push_back({Op::Add, kind, id, {}, ours, after});
            continue;
        }
        if (indexIn(now, id) < 0)
            continue; // deleted by someone meanwhile (mirrored away)
        // New keys first, removed ones last, as for the structure.
        QStringList keys;
        for (const QString &field : ours.keys()) {
            if (!was.contains(field))
                keys << field;
        }
        for (const QString &field : ours.keys()) {
            if (was.contains(field))
                keys << field;
        }
        for (const QString &field : was.keys()) {
            if (!ours.contains(field))
                keys << field;
        }
        for (const QString &field : std::as_const(keys)) {
            if (isChangeableKey(kind, field) && was.value(field) != ours.value(field))
                result.push_back({Op::Field, kind, id, field, ours.contains(field) ? ours.value(field) : QJsonValue(), {}});
        }
    }
    // Moved in the window: of the items the window, the step's start and the server all hold,
    // those outside the longest run still in the start's order (a drag sends what was
    // dragged, not its neighbours).
    QList<int> ranks;
    QList<int> othersRanks; // the same without the items the step says it moved
    for (const QJsonValue &value : mine) {
        const QUuid id = uuidOf(value.toObject()[idKey]);
        ranks.append(indexIn(now, id) >= 0 ? indexIn(before, id) : -1);
        othersRanks.append(moved.contains(id) ? -1 : ranks.last());
    }
    QSet<int> staying = ServerStructure::longestIncreasing(ranks);
    const auto candidates = std::count_if(ranks.begin(), ranks.end(), [](int rank) { return rank >= 0; });
    if (staying.size() < candidates && !moved.isEmpty()) {
        const QSet<int> others = ServerStructure::longestIncreasing(othersRanks);
        if (others.size() == std::count_if(othersRanks.begin(), othersRanks.end(), [](int rank) { return rank >= 0; }))
            staying = others;
    }
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (ranks[i] < 0 || staying.contains(int(i)))
            continue;
        // After the nearest item before it that the server holds by then (not one someone
        // removed meanwhile, which would put it last).
        QUuid after;
        for (qsizetype j = i - 1; j >= 0 && after.isNull(); --j) {
            const QUuid previous = uuidOf(mine[j].toObject()[idKey]);
            if (indexIn(now, previous) >= 0 || indexIn(before, previous) < 0)
                after = previous;
        }
        result.push_back({Op::Move, kind, uuidOf(mine[i].toObject()[idKey]), {}, {}, after});
    }
    return result;
}

std::vector<QUuid> personasNamed(const QString &field, const QJsonValue &value)
{
    std::vector<QUuid> ids;
    if (field == QLatin1String("personas")) {
        for (const QJsonValue &id : value.toArray())
            ids.push_back(uuidOf(id));
    } else if (field == QLatin1String("personaEmotions")) {
        for (const QJsonValue &own : value.toArray())
            ids.push_back(uuidOf(own.toObject()[QLatin1String("persona")]));
    }
    return ids;
}

QJsonObject listsOf(const Journey &journey)
{
    // The writer is the one place that knows these objects' JSON: write a journey of them alone.
    Journey lists;
    lists.personas = journey.personas;
    lists.connections = journey.connections;
    lists.participants = journey.participants;
    lists.agenda = journey.agenda;
    lists.opportunities = journey.opportunities;
    lists.scenarios = journey.scenarios;
    const QJsonObject whole = QJsonDocument::fromJson(JourneyJson::toJson(lists)).object();
    QJsonObject result;
    for (const QString &kind : {ServerChangeKind::arrow, ServerChangeKind::persona, ServerChangeKind::participant, ServerChangeKind::agenda,
                                ServerChangeKind::opportunity, ServerChangeKind::scenario})
        result[listKey(kind)] = whole[listKey(kind)].toArray();
    return result;
}

} // namespace waymark::ServerLists
