#pragma once

#include "journey.h"

#include <QList>

namespace waymark {

// Cards on the clipboard travel as a small journey in the .waymark.json format: the copied
// cards, the connections between them, their departments, and one stage and one lane per
// column and row the selection spans (named like the originals). So a copied block keeps its
// shape, the JSON reader checks a paste like any file, and a journey file's text pasted from
// an editor pastes all its cards.
inline constexpr char cardsMimeType[] = "application/x-waymark-cards+json";

// The cards `ids` of `journey` (in stage, lane, cell order whatever the order of ids) as such
// a journey. Empty `touchpoints` when no id is a card.
Journey copyCards(const Journey &journey, const QList<QUuid> &ids);

} // namespace waymark
