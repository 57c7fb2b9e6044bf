#pragma once

#include "portfolio/journeyheadline.h"

#include <QString>

#include <optional>

namespace waymark {

// A card's link to another journey file (Touchpoint::linkedJourney): kept relative to the
// linking journey's folder with '/' separators, so a folder of linked journeys can be moved
// or copied whole; followed only to journey files inside reach of a relative path (an
// absolute path in a file from elsewhere is not followed).
struct LinkedJourney {
    QString path;                            // absolute, cleaned; empty when the link cannot be followed
    std::optional<JourneyHeadline> headline; // what the linked journey says (its kept summary)
    QString problem;                         // translated: why there is no headline ("missing", "not a journey", …)
};

// The link to store for `target` from a journey saved at `journeyPath`.
QString journeyLinkFor(const QString &journeyPath, const QString &target);
// Where `link` points from a journey saved at `journeyPath` (empty: not saved yet).
LinkedJourney resolveJourneyLink(const QString &journeyPath, const QString &link);

} // namespace waymark
