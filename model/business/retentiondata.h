#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace waymark {

class Journey;
class StatisticsCache;

// What the newest NPS and CLV data say for the business case's retention line
// (business/businesscase.h), looked up once per case.
struct RetentionData {
    bool hasNps = false;
    bool hasClv = false;
    QHash<QString, std::pair<double, double>> detractors; // data key → (share, answers with a band)
    // Mean CLV per NpsCategory in the journey's currency; missing when none in that currency.
    std::array<std::optional<double>, 3> meanClv;
    QStringList clvCurrencies;     // what the CLV data holds instead
    QHash<QString, double> atRisk; // data key → CLV of today's detractors
    // The NPS answers' rows are still being read (Dataset::rowsPending): how many; no CLV per
    // category and no CLV at risk until they are.
    qint64 answersBeingRead = 0;
    // The window's cache computes the lifetime-value fit and the CLV join behind
    // (StatisticsCache::computeBehind): customers being fitted, answers being matched to
    // customers; no CLV per category and none at risk until they are in.
    qint64 customersBeingFitted = 0;
    qint64 answersBeingMatched = 0;
};

// Never waits for rows still being read, nor, with the window's cache, for the fit or the join
// computed behind. `cache` may be null (everything is counted afresh, waiting).
RetentionData retentionData(const Journey &journey, StatisticsCache *cache);

} // namespace waymark
