#include "personaview.h"

#include <algorithm>

namespace waymark {

Journey personaView(const Journey &journey, const QUuid &persona)
{
    Journey view = journey;
    if (persona.isNull())
        return view;
    std::erase_if(view.touchpoints, [&](const Touchpoint &card) { return !card.appliesTo(persona); });
    for (Touchpoint &card : view.touchpoints)
        card.effort.emotion = card.emotionFor(persona);
    return view;
}

} // namespace waymark
