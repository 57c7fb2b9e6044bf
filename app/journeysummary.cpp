#include "journeysummary.h"

#include "efforttotals.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark {

QString journeySummaryLine(const Journey &journey)
{
    const EffortTotals totals = EffortCalculator::forJourney(journey);
    const QLocale locale;
    const QString counts = QCoreApplication::translate("JourneySummary", "%1 stages, %2 lanes, %3 touchpoints, %4 departments")
                               .arg(journey.stages.size())
                               .arg(journey.lanes.size())
                               .arg(journey.touchpoints.size())
                               .arg(journey.departments.size());
    const QString effort = QCoreApplication::translate("JourneySummary", "effort %1, %2, emotion mean %3 max %4")
                               .arg(formatMinutes(totals.minutes), formatMoneyTotals(totals.hundredthsByCurrency),
                                    locale.toString(totals.meanEmotion(), 'f', 1))
                               .arg(totals.emotionMax);
    return counts + QStringLiteral("; ") + effort;
}

} // namespace waymark
