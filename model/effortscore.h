#pragma once

#include "journey.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QUuid>

#include <array>
#include <vector>

namespace waymark {

// Scoring cards for the heatmap and the hotspots list. Pure functions of the journey, so the
// canvas, the dock and any report agree.
enum class EffortDimension { Time, Money, Emotion, Composite };

inline constexpr std::array<EffortDimension, 4> allEffortDimensions{EffortDimension::Time, EffortDimension::Money,
                                                                     EffortDimension::Emotion, EffortDimension::Composite};

QString effortDimensionName(EffortDimension dimension); // translated display name

// How the Composite dimension turns time and emotion into money. Saved in the journey's
// settings (docs/file-formats.md), so a workshop's weights travel with its file.
struct EffortWeights {
    double time = 1.0, money = 1.0, emotion = 1.0; // relative weights, >= 0
    double hourValue = 20.0;                       // value of the customer's hour, journey currency
    double emotionPointValue = 5.0;                // what one point of negative emotion is worth, journey currency

    // Missing, unparsable, negative or non-finite values fall back to the defaults, one by one.
    static EffortWeights fromSettings(const QMap<QString, QString> &settings);
    // All five keys ("heatmap/weightTime", "heatmap/weightMoney", "heatmap/weightEmotion",
    // "heatmap/hourValue", "heatmap/emotionPointValue"), numbers in C-locale notation.
    QMap<QString, QString> toSettings() const;
    bool operator==(const EffortWeights &) const = default;
};

// The score of one card on one dimension:
//   Time      minutes
//   Money     the amount in the journey currency; a card in another currency scores 0 (we never
//             convert currencies) and counts only through time and emotion in Composite
//   Emotion   negative emotion, 0..10
//   Composite a cost in the journey currency:
//             time * minutes / 60 * hourValue + money * amount + emotion * emotion * emotionPointValue
double effortScore(const Touchpoint &card, EffortDimension dimension, const EffortWeights &weights,
                   const QString &journeyCurrency);

struct RankedTouchpoint {
    QUuid id;
    double score;
};

// Every card with score > 0, highest first; ties in journey order (stage order, then lane
// order, then order inside the cell), as a person reads the map.
std::vector<RankedTouchpoint> rankTouchpoints(const Journey &journey, EffortDimension dimension,
                                              const EffortWeights &weights);

// What the heatmap colours by, 0..1 per card, on effortHeatScale() (heatscale.h): emotion / 10
// (an absolute scale); time, money and weighted cost logarithmic between the 10th and 90th
// percentile of the cards that cost anything, capped at both ends, so one 48-hour wait does not
// make every other card look the same. All 0 when nothing costs anything. Monotone in the score.
UuidHash<double> heatFractions(const Journey &journey, EffortDimension dimension, const EffortWeights &weights);

// A score as people read it: "1 h 30 min", "EUR 12.50", "7/10"; Composite as money.
QString formatEffortScore(double score, EffortDimension dimension, const QString &journeyCurrency);

} // namespace waymark
