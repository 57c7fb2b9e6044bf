#pragma once

#include "npsbadgeitem.h"

#include <QHash>
#include <QUuid>

namespace waymark {

// What the NPS and CLV layers put on the canvas: a badge per card and per stage, and the
// CLV at risk per card (already formatted). Empty hashes hide the layer.
struct DataOverlay {
    QHash<QUuid, NpsBadge> cards;
    QHash<QUuid, NpsBadge> stages;
    QHash<QUuid, QString> clvAtRisk;
    bool operator==(const DataOverlay &) const = default;
};

class Journey;
class JourneyScene;

// The NPS layer from the journey's newest NPS dataset: a badge per card whose data key has
// answers, and per stage (a row's own stage, else its card's). Empty without NPS data.
DataOverlay npsOverlay(const Journey &journey);

// Puts the overlay's badges on the scene's card and header items (replacing earlier ones).
// Badges are children of their items, so they move with them and go when they go.
void applyDataOverlay(JourneyScene &scene, const DataOverlay &overlay);

} // namespace waymark
