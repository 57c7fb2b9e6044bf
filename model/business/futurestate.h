#pragma once

#include "journey.h"

#include <QHash>
#include <QUuid>

#include <vector>

namespace waymark {

struct Scenario;

// The journey with a scenario applied: linked cards take their effort after the change,
// removed cards are gone, added cards appear in their cells. Where two opportunities of the
// scenario change the same card, their changes apply one after the other in scenario order
// (two 50 % cuts leave 25 %); a removal wins.
struct FutureState {
    // The future map (ids of kept cards unchanged). The applied opportunities are done, so
    // they are not in it (applying the map's own opportunities again would count them twice,
    // and their added cards are cards now); the others stay, and so do the scenarios.
    Journey journey;
    std::vector<QUuid> removedCards;   // today's cards that disappear
    std::vector<QUuid> addedCards;     // cards that exist only in the future
    UuidHash<Effort> effortBefore; // every card of today: its effort today
};
FutureState applyScenario(const Journey &journey, const Scenario &scenario);
// Only the given opportunities, in this order (a scenario of one: an opportunity's own case).
FutureState applyOpportunities(const Journey &journey, const std::vector<QUuid> &opportunityIds);

} // namespace waymark
