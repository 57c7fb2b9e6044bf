#pragma once

#include "journey.h"

#include <QHash>

#include <map>

namespace waymark {

// Effort summed over a set of cards. Money is kept per currency: a journey may mix
// currencies and we never convert without a rate.
struct EffortTotals {
    int cards = 0;
    double minutes = 0.0;
    std::map<QString, qint64> hundredthsByCurrency; // currency code -> sum
    int emotionSum = 0;
    int emotionMax = 0;

    double meanEmotion() const { return cards ? double(emotionSum) / cards : 0.0; }
    void add(const Effort &effort, const QString &journeyCurrency);
    bool operator==(const EffortTotals &) const = default;
};

// Totals computed by the model so every view (grid, canvas, PDF, CLI) agrees.
class EffortCalculator
{
public:
    static EffortTotals forJourney(const Journey &journey);
    static EffortTotals forStage(const Journey &journey, const QUuid &stageId);
    static EffortTotals forLane(const Journey &journey, const QUuid &laneId);
    static UuidHash<EffortTotals> perStage(const Journey &journey);
    static UuidHash<EffortTotals> perLane(const Journey &journey);
};

// "12 h 5 min", "45 min" — compact and translated.
QString formatMinutes(double minutes);
// "EUR 12.50 + USD 3.00" in the current locale.
QString formatMoneyTotals(const std::map<QString, qint64> &hundredthsByCurrency);

} // namespace waymark
