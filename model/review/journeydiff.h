#pragma once

#include "journey.h"

#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace waymark {

// "What changed" between two versions of the same journey (e.g. before and after a
// workshop), for people reviewing the result. Cards, stages and lanes are matched by id:
// ids survive saving, so two files of the same journey line up.

struct CardChange {
    enum class Kind { Added, Removed, Moved, Edited };
    Kind kind = Kind::Edited;
    QUuid id;
    QString title; // the current title, or the old one for Removed
    // Stage and lane names. Moved: where the card was and where it is now. Added and
    // Edited: only toStage/toLane (where it is now). Removed: only fromStage/fromLane
    // (where it was). "from" names come from the earlier journey, "to" names from the later.
    QString fromStage, fromLane, toStage, toLane;
    // Edited: the changed fields, translated ("title", "time", "pain point", ...), in the
    // order of the card's properties.
    QStringList fields;
    // One translated line for a list, e.g. “Waits for approval”: time 30 min → 48 h.
    QString summary;
    bool operator==(const CardChange &) const = default;
};

struct JourneyDiff {
    // Added, then Removed, Moved, Edited; each group in the later journey's stage order,
    // then lane order, then cell order (removed cards whose stage or lane is gone last).
    // A card both moved and edited has two entries.
    std::vector<CardChange> cards;
    // Names (old names for removed ones). Renamed entries read “old” → “new”.
    QStringList stagesAdded, stagesRemoved, stagesRenamed;
    QStringList lanesAdded, lanesRemoved, lanesRenamed;

    bool empty() const;
    bool operator==(const JourneyDiff &) const = default;
};

// What changed from `before` to `after`. A card is Moved when its stage or lane changed;
// reordering inside a cell is not a change. Connections, personas, departments, datasets
// and journey settings are not compared.
JourneyDiff diffJourneys(const Journey &before, const Journey &after);

} // namespace waymark
