#include "business/businesssettings.h"

#include "effortscore.h"

#include <QLocale>

#include <cmath>
#include <optional>

namespace waymark {

namespace {

const QString keyCustomers = QStringLiteral("business/customersPerYear");
const QString keyCostPerContact = QStringLiteral("business/costPerContact");
const QString keyHorizon = QStringLiteral("business/horizonYears");
const QString keyDiscountRate = QStringLiteral("business/discountRate");
const QString &keyScenario = chosenScenarioSetting;
const QString keyHourValue = QStringLiteral("heatmap/hourValue");

// A file may come from anywhere: only a finite number >= 0 (C locale, like the files) counts.
std::optional<double> readNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0)
        return std::nullopt;
    return value;
}

QString settingText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

double BusinessSettings::customersThrough(const QUuid &stageId) const
{
    const auto it = customersPerYearByStage.constFind(stageId);
    return it == customersPerYearByStage.constEnd() ? customersPerYear : *it;
}

BusinessSettings BusinessSettings::fromSettings(const QMap<QString, QString> &settings)
{
    BusinessSettings result;
    const BusinessSettings defaults;
    // One number for the customer's hour, shared with the heatmap.
    result.hourValue = EffortWeights::fromSettings(settings).hourValue;
    const QString stagePrefix = keyCustomers + u'/';
    const QString channelPrefix = keyCostPerContact + u'/';
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == keyCustomers) {
            result.customersPerYear = readNumber(*it).value_or(defaults.customersPerYear);
        } else if (key.startsWith(stagePrefix)) {
            const QUuid stage = QUuid::fromString(QStringView(key).mid(stagePrefix.size()));
            const auto value = readNumber(*it);
            if (!stage.isNull() && value)
                result.customersPerYearByStage.insert(stage, *value);
        } else if (key.startsWith(channelPrefix)) {
            const auto channel = channelFromKey(key.mid(channelPrefix.size()));
            const auto value = readNumber(*it);
            if (channel && value)
                result.costPerContact.insert(*channel, *value);
        } else if (key == keyHorizon) {
            bool ok = false;
            const int years = it->trimmed().toInt(&ok);
            result.horizonYears = ok && years >= 1 && years <= 10 ? years : defaults.horizonYears;
        } else if (key == keyDiscountRate) {
            // A fraction: 8 (meant as 8 %) would discount everything to nothing, so above 1 is refused.
            const auto rate = readNumber(*it);
            result.discountRate = rate && *rate <= 1.0 ? *rate : defaults.discountRate;
        } else if (key == keyScenario) {
            result.chosenScenario = QUuid::fromString(it->trimmed());
        }
    }
    return result;
}

QMap<QString, QString> BusinessSettings::toSettings() const
{
    QMap<QString, QString> settings{{keyCustomers, settingText(customersPerYear)},
                                    {keyHourValue, settingText(hourValue)},
                                    {keyHorizon, QString::number(horizonYears)},
                                    {keyDiscountRate, settingText(discountRate)}};
    for (auto it = customersPerYearByStage.constBegin(); it != customersPerYearByStage.constEnd(); ++it)
        settings.insert(keyCustomers + u'/' + it.key().toString(QUuid::WithoutBraces), settingText(*it));
    for (auto it = costPerContact.constBegin(); it != costPerContact.constEnd(); ++it)
        settings.insert(keyCostPerContact + u'/' + toKey(it.key()), settingText(*it));
    if (!chosenScenario.isNull())
        settings.insert(keyScenario, chosenScenario.toString(QUuid::WithoutBraces));
    return settings;
}

} // namespace waymark
