#pragma once

#include "uuidhash.h"
#include "enums.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QUuid>

namespace waymark {

// The journey setting naming the scenario the report, the future state and the canvas show.
inline const QString chosenScenarioSetting = QStringLiteral("business/scenario");

// What the workshop fills in so an improvement can be valued. Saved in the journey's
// settings under "business/…" (docs/file-formats.md), numbers in C-locale notation, amounts
// in the journey's currency. The value of the customer's hour is the heatmap's
// ("heatmap/hourValue", effortscore.h): one number, not two that drift apart.
struct BusinessSettings {
    double customersPerYear = 0;                  // "business/customersPerYear"
    UuidHash<double> customersPerYearByStage; // "business/customersPerYear/<stage id>", where a stage differs
    double hourValue = 20.0;                      // "heatmap/hourValue"
    QHash<Channel, double> costPerContact;        // "business/costPerContact/<channel key>" (phone, branch, chat, …)
    int horizonYears = 3;                         // "business/horizonYears", 1..10
    double discountRate = 0.08;                   // "business/discountRate", a fraction (0.08 = 8 %)
    QUuid chosenScenario;                         // "business/scenario": what the PDF and the canvas show

    // Customers per year through a stage: its own figure, else the journey's.
    double customersThrough(const QUuid &stageId) const;
    double contactCost(Channel channel) const { return costPerContact.value(channel, 0.0); }

    // Missing, unparsable, negative or non-finite values fall back to the defaults, one by one.
    static BusinessSettings fromSettings(const QMap<QString, QString> &settings);
    // Every key this struct owns; a stage or channel without a figure has no key.
    QMap<QString, QString> toSettings() const;
    bool operator==(const BusinessSettings &) const = default;
};

} // namespace waymark
