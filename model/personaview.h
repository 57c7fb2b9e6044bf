#pragma once

#include "journey.h"

namespace waymark {

// The journey as one persona lives it: only the cards that happen to them, each with the
// negative emotion that persona feels there. A null persona gives the journey as it is. The
// map's totals and emotion curve are drawn from this view while a persona is chosen.
Journey personaView(const Journey &journey, const QUuid &persona);

} // namespace waymark
