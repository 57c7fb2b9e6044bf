#pragma once

#include "evidence/cardevidence.h"
#include "npsbadgeitem.h"
#include "uuidhash.h"

#include <QColor>
#include <QHash>
#include <QUuid>

namespace waymark {

// What the NPS and CLV layers put on the canvas: a badge per card and per stage, and the
// CLV at risk per card (already formatted). Empty hashes hide the layer.
struct DataOverlay {
    UuidHash<NpsBadge> cards;
    UuidHash<NpsBadge> stages;
    UuidHash<QString> clvAtRisk;
    // While the NPS answers' rows are still being read (a large file just opened), CLV at risk
    // cannot be joined yet: the cards with detractors get a placeholder pill where the amount
    // will be, and the legend says how many answers are being read.
    // Likewise while the window computes the lifetime-value fit or the CLV join behind it
    // (StatisticsCache::computeBehind): how many customers are fitted, answers matched.
    UuidSet clvReading;
    qint64 clvAnswersBeingRead = 0;
    qint64 clvCustomersBeingFitted = 0;
    qint64 clvAnswersBeingMatched = 0;
    UuidHash<QString> complaints; // a card's top detractor term ("what customers say"), when shown
    UuidHash<CardEvidence> evidence; // what each card rests on, when the evidence layer is on
    bool operator==(const DataOverlay &) const = default;
};

class Journey;
class JourneyScene;

// The data layers from the journey's newest datasets. NPS: a badge per card whose data key
// has answers, and per stage (a row's own stage, else its card's). CLV at risk (needs NPS
// and CLV): per card, what its detractors are worth, compact ("EUR 110k"). Empty without data.
// Never waits for answers still being read, nor (with the window's cache) for the
// lifetime-value fit or the CLV join computed behind: CLV at risk is then `clvReading`.
DataOverlay dataOverlay(const Journey &journey, bool nps, bool clvAtRisk);
// The same for any metric's badges ("nps", "csat", "ces", "audit", "enps", "mean"), with
// statistics from `cache` (the document's, so an edit that changes no data key recounts
// nothing). eNPS badges go on the cards of the department they were measured in.
class StatisticsCache;
DataOverlay dataOverlay(const Journey &journey, StatisticsCache &cache, const QString &metric, bool badges, bool clvAtRisk);
// The evidence layer: what every card rests on (evidence/cardevidence.h).
void addEvidence(DataOverlay &overlay, const Journey &journey, StatisticsCache &cache);
// The CLV pill: "EUR 110k at risk", in purple.
QString clvAtRiskText(const QString &amount);
QColor clvAtRiskColour();
// The pill standing in for it while the answers are read ("CLV …"), in a paler purple, and
// what it means.
QString clvReadingText();
QColor clvReadingColour();
QString clvReadingExplanation(qint64 answers);
// What the placeholder pills of `overlay` wait for (reading, fitting or matching), in a sentence.
QString clvWaitingExplanation(const DataOverlay &overlay);
// 110500 -> "110k", 1250000 -> "1.3M", 950 -> "950", in the user's locale.
QString compactAmount(double value);

// The rows the overlay's pills need inside every card (one for the figure and the CLV at
// risk, one for the top complaint) and under the stage names; the grid grows by them.
int cardDataRows(const DataOverlay &overlay);
bool stageDataRow(const DataOverlay &overlay);
struct CanvasMetrics;
CanvasMetrics canvasMetricsFor(const DataOverlay &overlay);

// Puts the overlay's badges on the scene's card and header items (replacing earlier ones).
// Badges are children of their items, so they move with them and go when they go.
void applyDataOverlay(JourneyScene &scene, const DataOverlay &overlay);

} // namespace waymark
