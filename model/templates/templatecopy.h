#pragma once

#include "journey.h"

namespace waymark {

// What a journey keeps when it becomes a template: the map itself (title, description,
// personas, departments, stages, lanes, cards, arrows, agenda, view settings), without what
// belongs to one workshop — survey and CLV datasets, participants and the cards' authors,
// votes, comments, the agenda's ticks and the business case (opportunities and scenarios,
// which rest on that workshop's evidence).
Journey strippedForTemplate(Journey journey);

// A stripped journey (above) with every id new — journey, personas, departments, stages,
// lanes, cards, arrows, agenda items — and every reference following, so two journeys made
// from one template never share ids (the portfolio and links tell journeys apart by id).
// Votes, comments and the business case are not renumbered: strip them first.
Journey withFreshIds(Journey journey);

} // namespace waymark
