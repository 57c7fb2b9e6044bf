#pragma once

#include "enums.h"
#include "uuidhash.h"

#include <QString>

#include <array>

namespace waymark {

class Journey;
class StatisticsCache;
struct Touchpoint;

// A card counts as resting on measured data once its data key has this many answers in one
// survey: below 30 a share or a mean moves by tens of points with a few answers (the survey
// badges hatch such figures as too few to trust, except audits, which trust 10 visits).
inline constexpr double measuredEvidenceAnswers = 30;

// What one card rests on: what people stated, and what the journey's own data adds.
struct CardEvidence {
    Evidence stated = Evidence::Unstated;
    Evidence level = Evidence::Unstated; // stated, raised to Measured by enough answers
    double answers = 0;                  // the most answers its data key has in one customer survey
    QString metricKey;                   // that survey's metric ("nps", "csat", …); empty: none
    bool derived() const { return level == Evidence::Measured && stated != Evidence::Measured; }
    bool operator==(const CardEvidence &) const = default;
};

// Cards of each level; index by int(Evidence).
using EvidenceCounts = std::array<int, allEvidence.size()>;

struct JourneyEvidence {
    UuidHash<CardEvidence> cards;
    EvidenceCounts allCards{};
    // Pain points: cards marked as one, and every card in a pain-points lane.
    EvidenceCounts painPoints{};
    int painPointCount() const;
    // Whole percent of pain points resting on measured data; −1 without pain points.
    int measuredPainPointPercent() const;
};

// Computed from the journey's newest dataset of each customer metric (employee surveys speak
// of departments, not cards), through the cache, so a title edit never recounts.
JourneyEvidence journeyEvidence(const Journey &journey, StatisticsCache &cache);
// One card's, the same way (the properties dock).
CardEvidence cardEvidence(const Journey &journey, StatisticsCache &cache, const Touchpoint &card);

// "Measured data (412 NPS answers)", "Research", "Not stated": for the card's tooltip and form.
QString describeEvidence(const CardEvidence &evidence);

} // namespace waymark
