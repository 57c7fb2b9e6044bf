#pragma once

#include "journey.h"

namespace waymark {

// One line saying what a journey holds and what it costs the customer in total:
// "7 stages, 8 lanes, 36 touchpoints; effort 52 h 10 min, EUR 125.00, emotion mean 4.2 max 9".
QString journeySummaryLine(const Journey &journey);

} // namespace waymark
