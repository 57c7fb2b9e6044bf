#pragma once

#include "journey.h"

#include <QHash>
#include <QUuid>

#include <vector>

namespace waymark {

// Which journey the canvas shows: today's, the future state of the chosen scenario, or both
// compared on one map (business/futurestate.h does the applying).
enum class JourneyState { Today, Future, Compare };
enum class CardComparison { None, Changed, Removed, Added };

// The scenario the journey's business settings choose, when it exists; else null.
QUuid chosenScenarioId(const Journey &journey);
// The opportunities of the scenario the journey's business settings choose, in its order;
// every opportunity when none is chosen (or it is gone). `name` gets the scenario's name
// (empty for every opportunity).
std::vector<QUuid> chosenOpportunities(const Journey &journey, QString *name = nullptr);

struct JourneyStateView {
    Journey journey;                          // what the canvas shows
    UuidHash<CardComparison> comparison;  // Compare only: cards that differ from today
    UuidHash<Effort> today;               // Compare only: changed cards' effort today
    QString scenarioName;
};
// Today: the journey itself. Future: the chosen scenario applied. Compare: the future map
// with today's removed steps kept in their cells (marked removed), added steps marked new
// and changed cards marked with their effort today; totals then count removed steps as 0.
JourneyStateView journeyInState(const Journey &journey, JourneyState state);

} // namespace waymark
