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

class JourneyScene;

// Puts the overlay's badges on the scene's card and header items (replacing earlier ones).
// Badges are children of their items, so they move with them and go when they go.
void applyDataOverlay(JourneyScene &scene, const DataOverlay &overlay);

} // namespace waymark
