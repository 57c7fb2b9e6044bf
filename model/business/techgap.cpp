#include "business/techgap.h"

#include "journey.h"

#include <algorithm>

namespace waymark {

std::vector<TechGap> techGaps(const Journey &journey)
{
    std::vector<TechGap> gaps;
    for (const Touchpoint &card : journey.touchpoints) {
        const Lane *lane = journey.lane(card.laneId);
        if (!lane || lane->kind != LaneKind::Systems)
            continue;
        TechGap gap;
        gap.systemCardId = card.id;
        gap.system = card.title;
        gap.ageYears = card.system.ageYears;
        gap.limitations = card.system.limitations;
        for (const Touchpoint &supported : journey.touchpoints) { // journey order, whatever order the links were made in
            if (std::find(card.system.supports.begin(), card.system.supports.end(), supported.id) == card.system.supports.end())
                continue;
            ++gap.supported;
            gap.customerMinutes += supported.effort.minutes;
            if (supported.painPoint)
                gap.painPoints.push_back(supported.id);
        }
        for (const Opportunity &opportunity : journey.opportunities)
            if (opportunity.type == OpportunityType::Technology
                && std::find(opportunity.systems.begin(), opportunity.systems.end(), card.id) != opportunity.systems.end())
                gap.opportunities.push_back(opportunity.id);
        gaps.push_back(std::move(gap));
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const TechGap &a, const TechGap &b) {
        if (a.painPoints.size() != b.painPoints.size())
            return a.painPoints.size() > b.painPoints.size();
        return a.ageYears > b.ageYears;
    });
    return gaps;
}

} // namespace waymark
