#include "efforttotals.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace waymark {

void EffortTotals::add(const Effort &effort, const QString &journeyCurrency)
{
    ++cards;
    minutes += effort.minutes;
    if (effort.money.hundredths != 0) {
        const QString code = effort.money.currency.isEmpty() ? journeyCurrency : effort.money.currency;
        hundredthsByCurrency[code] += effort.money.hundredths;
    }
    emotionSum += effort.emotion;
    emotionMax = std::max(emotionMax, effort.emotion);
}

namespace {

template <typename Keep>
EffortTotals totalsOf(const Journey &journey, Keep keep)
{
    EffortTotals totals;
    for (const Touchpoint &card : journey.touchpoints) {
        if (keep(card))
            totals.add(card.effort, journey.currency);
    }
    return totals;
}

} // namespace

EffortTotals EffortCalculator::forJourney(const Journey &journey)
{
    return totalsOf(journey, [](const Touchpoint &) { return true; });
}

EffortTotals EffortCalculator::forStage(const Journey &journey, const QUuid &stageId)
{
    return totalsOf(journey, [&](const Touchpoint &card) { return card.stageId == stageId; });
}

EffortTotals EffortCalculator::forLane(const Journey &journey, const QUuid &laneId)
{
    return totalsOf(journey, [&](const Touchpoint &card) { return card.laneId == laneId; });
}

UuidHash<EffortTotals> EffortCalculator::perStage(const Journey &journey)
{
    UuidHash<EffortTotals> result;
    for (const Stage &stage : journey.stages)
        result.insert(stage.id, {});
    for (const Touchpoint &card : journey.touchpoints)
        result[card.stageId].add(card.effort, journey.currency);
    return result;
}

UuidHash<EffortTotals> EffortCalculator::perLane(const Journey &journey)
{
    UuidHash<EffortTotals> result;
    for (const Lane &lane : journey.lanes)
        result.insert(lane.id, {});
    for (const Touchpoint &card : journey.touchpoints)
        result[card.laneId].add(card.effort, journey.currency);
    return result;
}

QString formatMinutes(double minutes)
{
    const QLocale locale;
    const qint64 whole = qint64(std::llround(minutes));
    if (whole < 60 && minutes != double(whole))
        return QCoreApplication::translate("Effort", "%1 min").arg(locale.toString(minutes, 'f', 1));
    if (whole < 60)
        return QCoreApplication::translate("Effort", "%1 min").arg(locale.toString(whole));
    const qint64 hours = whole / 60;
    const qint64 rest = whole % 60;
    if (rest == 0)
        return QCoreApplication::translate("Effort", "%1 h").arg(locale.toString(hours));
    return QCoreApplication::translate("Effort", "%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
}

QString formatMoneyTotals(const std::map<QString, qint64> &hundredthsByCurrency)
{
    const QLocale locale;
    QStringList parts;
    for (const auto &[currency, hundredths] : hundredthsByCurrency)
        // ISO code first ("EUR 12.50"): unambiguous in every locale, unlike symbols.
        parts << QStringLiteral("%1\u00a0%2").arg(currency, locale.toString(double(hundredths) / 100.0, 'f', 2));
    if (parts.isEmpty())
        return locale.toString(0);
    return parts.join(QStringLiteral(" + "));
}

} // namespace waymark
