#include "journeydiff.h"

#include "efforttotals.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <tuple>
#include <utility>

namespace waymark {

namespace {

// Cards of one journey by id, with their place in Journey::touchpoints (cell order).
struct IndexedCard {
    const Touchpoint *card = nullptr;
    int order = 0;
};

UuidHash<IndexedCard> cardsById(const Journey &journey)
{
    UuidHash<IndexedCard> result;
    result.reserve(qsizetype(journey.touchpoints.size()));
    for (size_t i = 0; i < journey.touchpoints.size(); ++i)
        result.insert(journey.touchpoints[i].id, {&journey.touchpoints[i], int(i)});
    return result;
}

QString stageName(const Journey &journey, const QUuid &id)
{
    const Stage *stage = journey.stage(id);
    return stage ? stage->name : QString();
}

QString laneName(const Journey &journey, const QUuid &id)
{
    const Lane *lane = journey.lane(id);
    return lane ? lane->name : QString();
}

// A card's money with the journey's currency filled in, as the totals count it.
Money effectiveMoney(const Touchpoint &card, const Journey &journey)
{
    Money money = card.effort.money;
    if (money.currency.isEmpty())
        money.currency = journey.currency;
    return money;
}

QString formatMoney(const Money &money)
{
    return formatMoneyTotals({{money.currency, money.hundredths}});
}

// Where a card sorts: the later journey's stage order, then lane order, then cell order.
// Stages and lanes that only the earlier journey has (removed cards) come after all others,
// in the earlier journey's order.
struct SortKey {
    int kind = 0;
    int stage = 0;
    int lane = 0;
    int order = 0;
    bool operator<(const SortKey &other) const
    {
        return std::tie(kind, stage, lane, order) < std::tie(other.kind, other.stage, other.lane, other.order);
    }
};

int stageRank(const Journey &before, const Journey &after, const QUuid &id)
{
    if (const auto index = after.stageIndex(id))
        return *index;
    return int(after.stages.size()) + before.stageIndex(id).value_or(int(before.stages.size()));
}

int laneRank(const Journey &before, const Journey &after, const QUuid &id)
{
    if (const auto index = after.laneIndex(id))
        return *index;
    return int(after.lanes.size()) + before.laneIndex(id).value_or(int(before.lanes.size()));
}

QString quotedTitle(const QString &title)
{
    return QCoreApplication::translate("JourneyDiff", "“%1”").arg(title);
}

// Changed fields of one card (translated names) and the parts of its summary line.
void compareFields(const Touchpoint &old, const Touchpoint &now, const Journey &before, const Journey &after,
                   CardChange &change)
{
    const QLocale locale;
    QStringList parts;
    const auto changed = [&](const QString &field, const QString &part) {
        change.fields << field;
        parts << part;
    };
    const auto changedField = [&](const QString &field) { changed(field, field); };

    if (old.title != now.title)
        changed(QCoreApplication::translate("JourneyDiff", "title"),
                QCoreApplication::translate("JourneyDiff", "title (was “%1”)").arg(old.title));
    if (old.description != now.description)
        changedField(QCoreApplication::translate("JourneyDiff", "description"));
    if (old.channel != now.channel)
        changed(QCoreApplication::translate("JourneyDiff", "channel"),
                QCoreApplication::translate("JourneyDiff", "channel %1 → %2")
                    .arg(displayName(old.channel), displayName(now.channel)));
    if (old.departmentId != now.departmentId)
        changedField(QCoreApplication::translate("JourneyDiff", "department"));
    if (old.effort.minutes != now.effort.minutes)
        changed(QCoreApplication::translate("JourneyDiff", "time"),
                QCoreApplication::translate("JourneyDiff", "time %1 → %2")
                    .arg(formatMinutes(old.effort.minutes), formatMinutes(now.effort.minutes)));
    const Money oldMoney = effectiveMoney(old, before);
    const Money newMoney = effectiveMoney(now, after);
    if (oldMoney != newMoney)
        changed(QCoreApplication::translate("JourneyDiff", "money"),
                QCoreApplication::translate("JourneyDiff", "money %1 → %2").arg(formatMoney(oldMoney), formatMoney(newMoney)));
    if (old.effort.emotion != now.effort.emotion)
        changed(QCoreApplication::translate("JourneyDiff", "emotion"),
                QCoreApplication::translate("JourneyDiff", "emotion %1 → %2")
                    .arg(locale.toString(old.effort.emotion), locale.toString(now.effort.emotion)));
    if (old.painPoint != now.painPoint)
        changedField(QCoreApplication::translate("JourneyDiff", "pain point"));
    if (old.momentOfTruth != now.momentOfTruth)
        changedField(QCoreApplication::translate("JourneyDiff", "moment of truth"));
    if (old.dataKey != now.dataKey)
        changedField(QCoreApplication::translate("JourneyDiff", "data key"));
    if (old.notes != now.notes)
        changedField(QCoreApplication::translate("JourneyDiff", "notes"));
    if (old.evidence != now.evidence)
        changed(QCoreApplication::translate("JourneyDiff", "evidence"),
                QCoreApplication::translate("JourneyDiff", "rests on %1 → %2")
                    .arg(displayName(old.evidence).toLower(), displayName(now.evidence).toLower()));

    if (!parts.isEmpty())
        change.summary = QCoreApplication::translate("JourneyDiff", "%1: %2").arg(quotedTitle(now.title), parts.join(QStringLiteral(", ")));
}

// Added, removed and renamed stages or lanes, matched by id.
template <typename T>
void diffEntities(const std::vector<T> &before, const std::vector<T> &after, QStringList &added, QStringList &removed,
                  QStringList &renamed)
{
    UuidHash<const T *> earlier;
    for (const T &item : before)
        earlier.insert(item.id, &item);
    UuidHash<const T *> later;
    for (const T &item : after)
        later.insert(item.id, &item);

    for (const T &item : after) {
        const T *old = earlier.value(item.id);
        if (!old)
            added << item.name;
        else if (old->name != item.name)
            renamed << QCoreApplication::translate("JourneyDiff", "“%1” → “%2”").arg(old->name, item.name);
    }
    for (const T &item : before) {
        if (!later.contains(item.id))
            removed << item.name;
    }
}

} // namespace

bool JourneyDiff::empty() const
{
    return cards.empty() && stagesAdded.isEmpty() && stagesRemoved.isEmpty() && stagesRenamed.isEmpty()
        && lanesAdded.isEmpty() && lanesRemoved.isEmpty() && lanesRenamed.isEmpty();
}

JourneyDiff diffJourneys(const Journey &before, const Journey &after)
{
    JourneyDiff diff;
    diffEntities(before.stages, after.stages, diff.stagesAdded, diff.stagesRemoved, diff.stagesRenamed);
    diffEntities(before.lanes, after.lanes, diff.lanesAdded, diff.lanesRemoved, diff.lanesRenamed);

    const UuidHash<IndexedCard> earlier = cardsById(before);
    const UuidHash<IndexedCard> later = cardsById(after);
    std::vector<std::pair<SortKey, CardChange>> changes;

    const auto keyIn = [&](CardChange::Kind kind, const Touchpoint &card, int order) {
        return SortKey{int(kind), stageRank(before, after, card.stageId), laneRank(before, after, card.laneId), order};
    };

    for (size_t i = 0; i < after.touchpoints.size(); ++i) {
        const Touchpoint &now = after.touchpoints[i];
        const IndexedCard found = earlier.value(now.id);
        CardChange change;
        change.id = now.id;
        change.title = now.title;
        change.toStage = stageName(after, now.stageId);
        change.toLane = laneName(after, now.laneId);

        if (!found.card) {
            change.kind = CardChange::Kind::Added;
            change.summary = QCoreApplication::translate("JourneyDiff", "%1: added in %2 / %3")
                                 .arg(quotedTitle(now.title), change.toStage, change.toLane);
            changes.emplace_back(keyIn(change.kind, now, int(i)), change);
            continue;
        }

        const Touchpoint &old = *found.card;
        if (old.stageId != now.stageId || old.laneId != now.laneId) {
            CardChange moved = change;
            moved.kind = CardChange::Kind::Moved;
            moved.fromStage = stageName(before, old.stageId);
            moved.fromLane = laneName(before, old.laneId);
            moved.summary = QCoreApplication::translate("JourneyDiff", "%1: moved from %2 / %3 to %4 / %5")
                                .arg(quotedTitle(now.title), moved.fromStage, moved.fromLane, moved.toStage, moved.toLane);
            changes.emplace_back(keyIn(moved.kind, now, int(i)), moved);
        }

        CardChange edited = change;
        edited.kind = CardChange::Kind::Edited;
        compareFields(old, now, before, after, edited);
        if (!edited.fields.isEmpty())
            changes.emplace_back(keyIn(edited.kind, now, int(i)), edited);
    }

    for (size_t i = 0; i < before.touchpoints.size(); ++i) {
        const Touchpoint &old = before.touchpoints[i];
        if (later.contains(old.id))
            continue;
        CardChange change;
        change.kind = CardChange::Kind::Removed;
        change.id = old.id;
        change.title = old.title;
        change.fromStage = stageName(before, old.stageId);
        change.fromLane = laneName(before, old.laneId);
        change.summary = QCoreApplication::translate("JourneyDiff", "%1: removed from %2 / %3")
                             .arg(quotedTitle(old.title), change.fromStage, change.fromLane);
        changes.emplace_back(keyIn(change.kind, old, int(i)), change);
    }

    std::stable_sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    diff.cards.reserve(changes.size());
    for (auto &[key, change] : changes)
        diff.cards.push_back(std::move(change));
    return diff;
}

} // namespace waymark
