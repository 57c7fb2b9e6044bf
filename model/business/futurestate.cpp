#include "business/futurestate.h"

#include <QSet>

#include <algorithm>

namespace waymark {

FutureState applyOpportunities(const Journey &journey, const std::vector<QUuid> &opportunityIds)
{
    FutureState future;
    future.journey = journey;
    for (const Touchpoint &card : journey.touchpoints)
        future.effortBefore.insert(card.id, card.effort);

    UuidSet removed;
    UuidSet added;
    for (const QUuid &opportunityId : opportunityIds) {
        const Opportunity *opportunity = journey.opportunity(opportunityId);
        if (!opportunity)
            continue; // a scenario may name an opportunity deleted since
        for (const CardImprovement &change : opportunity->changes) {
            const auto index = future.journey.touchpointIndex(change.touchpointId);
            if (!index || removed.contains(change.touchpointId))
                continue;
            if (change.removesCard) {
                // A removal wins over every other change of the card, before or after it.
                removed.insert(change.touchpointId);
                future.removedCards.push_back(change.touchpointId);
                continue;
            }
            // One after the other: each change works on the effort the previous one left.
            Touchpoint &card = future.journey.touchpoints[std::size_t(*index)];
            card.effort = change.effortAfter(card.effort);
        }
        for (const AddedCard &newCard : opportunity->addedCards) {
            if (added.contains(newCard.id) || future.journey.touchpointIndex(newCard.id) || !journey.stage(newCard.stageId)
                || !journey.lane(newCard.laneId))
                continue; // one card once, and only in a cell that exists
            added.insert(newCard.id);
            future.addedCards.push_back(newCard.id);
            Touchpoint card;
            card.id = newCard.id;
            card.stageId = newCard.stageId;
            card.laneId = newCard.laneId;
            card.title = newCard.title;
            card.channel = newCard.channel;
            card.effort = newCard.effort;
            // Appended: the last card of its cell (cell order is the order in `touchpoints`).
            future.journey.touchpoints.push_back(std::move(card));
        }
    }
    auto &proposals = future.journey.opportunities;
    proposals.erase(std::remove_if(proposals.begin(), proposals.end(),
                                   [&](const Opportunity &o) {
                                       return std::find(opportunityIds.begin(), opportunityIds.end(), o.id) != opportunityIds.end();
                                   }),
                    proposals.end());
    if (!removed.isEmpty()) {
        auto &cards = future.journey.touchpoints;
        cards.erase(std::remove_if(cards.begin(), cards.end(), [&](const Touchpoint &card) { return removed.contains(card.id); }),
                    cards.end());
        auto &arrows = future.journey.connections;
        arrows.erase(std::remove_if(arrows.begin(), arrows.end(),
                                    [&](const Connection &c) { return removed.contains(c.fromId) || removed.contains(c.toId); }),
                     arrows.end());
    }
    return future;
}

FutureState applyScenario(const Journey &journey, const Scenario &scenario)
{
    return applyOpportunities(journey, scenario.opportunityIds);
}

} // namespace waymark
