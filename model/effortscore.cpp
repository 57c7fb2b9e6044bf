#include "effortscore.h"

#include "efforttotals.h"
#include "heatscale.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace waymark {

namespace {

const QString keyWeightTime = QStringLiteral("heatmap/weightTime");
const QString keyWeightMoney = QStringLiteral("heatmap/weightMoney");
const QString keyWeightEmotion = QStringLiteral("heatmap/weightEmotion");
const QString hourValueSettingKey = QStringLiteral("heatmap/hourValue");
const QString keyEmotionPointValue = QStringLiteral("heatmap/emotionPointValue");

// A file may come from anywhere: anything but a finite number >= 0 keeps the default.
double readValue(const QMap<QString, QString> &settings, const QString &key, double fallback)
{
    const auto it = settings.constFind(key);
    if (it == settings.constEnd())
        return fallback;
    bool ok = false;
    const double value = it->trimmed().toDouble(&ok); // C locale, like the files
    return ok && std::isfinite(value) && value >= 0.0 ? value : fallback;
}

QString valueText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString effortDimensionName(EffortDimension dimension)
{
    switch (dimension) {
    case EffortDimension::Time: return QCoreApplication::translate("EffortScore", "Time");
    case EffortDimension::Money: return QCoreApplication::translate("EffortScore", "Money");
    case EffortDimension::Emotion: return QCoreApplication::translate("EffortScore", "Emotion");
    case EffortDimension::Composite: return QCoreApplication::translate("EffortScore", "Weighted cost");
    }
    return {};
}

EffortWeights EffortWeights::fromSettings(const QMap<QString, QString> &settings)
{
    const EffortWeights defaults;
    EffortWeights weights;
    weights.time = readValue(settings, keyWeightTime, defaults.time);
    weights.money = readValue(settings, keyWeightMoney, defaults.money);
    weights.emotion = readValue(settings, keyWeightEmotion, defaults.emotion);
    weights.hourValue = readValue(settings, hourValueSettingKey, defaults.hourValue);
    weights.emotionPointValue = readValue(settings, keyEmotionPointValue, defaults.emotionPointValue);
    return weights;
}

QMap<QString, QString> EffortWeights::toSettings() const
{
    return {{keyWeightTime, valueText(time)},
            {keyWeightMoney, valueText(money)},
            {keyWeightEmotion, valueText(emotion)},
            {hourValueSettingKey, valueText(hourValue)},
            {keyEmotionPointValue, valueText(emotionPointValue)}};
}

double effortScore(const Touchpoint &card, EffortDimension dimension, const EffortWeights &weights,
                   const QString &journeyCurrency)
{
    const Effort &effort = card.effort;
    const double amount = effort.money.currency == journeyCurrency ? effort.money.amount() : 0.0;
    switch (dimension) {
    case EffortDimension::Time: return effort.minutes;
    case EffortDimension::Money: return amount;
    case EffortDimension::Emotion: return double(effort.emotion);
    case EffortDimension::Composite:
        return weights.time * effort.minutes / 60.0 * weights.hourValue + weights.money * amount
            + weights.emotion * double(effort.emotion) * weights.emotionPointValue;
    }
    return 0.0;
}

std::vector<RankedTouchpoint> rankTouchpoints(const Journey &journey, EffortDimension dimension,
                                              const EffortWeights &weights)
{
    UuidHash<int> stageRank;
    UuidHash<int> laneRank;
    for (size_t i = 0; i < journey.stages.size(); ++i)
        stageRank.insert(journey.stages[i].id, int(i));
    for (size_t i = 0; i < journey.lanes.size(); ++i)
        laneRank.insert(journey.lanes[i].id, int(i));

    struct Entry {
        RankedTouchpoint ranked;
        int stage;
        int lane;
    };
    std::vector<Entry> entries;
    for (const Touchpoint &card : journey.touchpoints) {
        const double score = effortScore(card, dimension, weights, journey.currency);
        if (score > 0.0)
            entries.push_back({{card.id, score}, stageRank.value(card.stageId, INT_MAX), laneRank.value(card.laneId, INT_MAX)});
    }
    // Stable: cards of one cell keep their cell order.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.ranked.score != b.ranked.score)
            return a.ranked.score > b.ranked.score;
        if (a.stage != b.stage)
            return a.stage < b.stage;
        return a.lane < b.lane;
    });
    std::vector<RankedTouchpoint> result;
    result.reserve(entries.size());
    for (const Entry &entry : entries)
        result.push_back(entry.ranked);
    return result;
}

UuidHash<double> heatFractions(const Journey &journey, EffortDimension dimension, const EffortWeights &weights)
{
    const EffortHeatScale scale = effortHeatScale(journey, dimension, weights);
    UuidHash<double> fractions;
    fractions.reserve(qsizetype(journey.touchpoints.size()));
    for (const Touchpoint &card : journey.touchpoints)
        fractions.insert(card.id, scale.fraction(effortScore(card, dimension, weights, journey.currency)));
    return fractions;
}

QString formatEffortScore(double score, EffortDimension dimension, const QString &journeyCurrency)
{
    switch (dimension) {
    case EffortDimension::Time: return formatMinutes(score);
    case EffortDimension::Emotion:
        return QCoreApplication::translate("EffortScore", "%1/10").arg(QLocale().toString(qint64(std::llround(score))));
    case EffortDimension::Money:
    case EffortDimension::Composite:
        return formatMoneyTotals({{journeyCurrency, qint64(std::llround(score * 100.0))}});
    }
    return {};
}

} // namespace waymark
