#pragma once

#include <QString>
#include <QUuid>

#include <vector>

namespace waymark {

class Journey;

// The technology gap: the systems behind the journey (cards in Systems lanes), how old they
// are, what they cannot do, and the pain the customer feels at the touchpoints they support
// — so "replace the core banking system" is argued from the map, not from habit.
struct TechGap {
    QUuid systemCardId;
    QString system;                       // the card's title
    double ageYears = 0;                  // 0: not known
    QString limitations;
    std::vector<QUuid> painPoints;        // supported touchpoints marked as pain points, in journey order
    int supported = 0;                    // supported touchpoints that still exist
    double customerMinutes = 0;           // the customer's time at the supported touchpoints
    std::vector<QUuid> opportunities;     // technology opportunities naming this system
};

// Every system card, those supporting the most pain points first, then the oldest.
std::vector<TechGap> techGaps(const Journey &journey);

} // namespace waymark
