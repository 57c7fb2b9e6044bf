#include "business/journeystate.h"

#include "business/businesssettings.h"
#include "business/futurestate.h"

namespace waymark {

QUuid chosenScenarioId(const Journey &journey)
{
    const QUuid id = QUuid::fromString(journey.settings.value(chosenScenarioSetting));
    return journey.scenario(id) ? id : QUuid();
}

std::vector<QUuid> chosenOpportunities(const Journey &journey, QString *name)
{
    const Scenario *scenario = journey.scenario(chosenScenarioId(journey));
    if (name)
        *name = scenario ? scenario->name : QString();
    if (scenario)
        return scenario->opportunityIds;
    std::vector<QUuid> ids;
    for (const Opportunity &opportunity : journey.opportunities)
        ids.push_back(opportunity.id);
    return ids;
}

JourneyStateView journeyInState(const Journey &journey, JourneyState state)
{
    JourneyStateView view;
    if (state == JourneyState::Today) {
        view.journey = journey;
        return view;
    }
    FutureState future = applyOpportunities(journey, chosenOpportunities(journey, &view.scenarioName));
    view.journey = std::move(future.journey);
    if (state == JourneyState::Future)
        return view;
    for (const QUuid &id : future.addedCards)
        view.comparison.insert(id, CardComparison::Added);
    for (const QUuid &id : future.removedCards) {
        const Touchpoint *gone = journey.touchpoint(id);
        if (!gone)
            continue;
        Touchpoint kept = *gone; // shown where it was, with no effort left to count
        kept.effort.minutes = 0;
        kept.effort.money.hundredths = 0;
        kept.effort.emotion = 0;
        view.journey.touchpoints.push_back(kept);
        view.comparison.insert(id, CardComparison::Removed);
    }
    for (const Touchpoint &card : journey.touchpoints) {
        const Touchpoint *after = view.journey.touchpoint(card.id);
        if (after && !view.comparison.contains(card.id) && !(after->effort == card.effort)) {
            view.comparison.insert(card.id, CardComparison::Changed);
            view.today.insert(card.id, card.effort);
        }
    }
    view.journey = view.journey.canonical(); // removed steps back in their cells' order
    return view;
}

} // namespace waymark
