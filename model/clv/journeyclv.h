#pragma once

#include "clv/clvanalysis.h"
#include "data/dataset.h"

#include <QMap>

#include <memory>
#include <optional>

namespace waymark {
class Journey;
class StatisticsCache;
}

namespace waymark::clv {

// How a journey's lifetime value model is fitted, kept in the journey's settings under
// "clv/…" so everyone who opens the file sees the same figures.
struct ClvModelSettings {
    std::optional<qint64> calibrationEnd; // Julian day; none: the last purchase day
    int horizonMonths = 12;
    double annualDiscountRate = 0.08;
    TimeUnit unit = TimeUnit::Weeks;
    PurchaseModel model = PurchaseModel::BgNbd;

    static ClvModelSettings fromSettings(const QMap<QString, QString> &settings);
    // Writes every key (the defaults too: a file says how its figures were made).
    void writeTo(QMap<QString, QString> &settings) const;
    ClvAnalysisOptions analysisOptions() const;
    QString key() const; // equal keys, equal models (the cache's key)
    bool operator==(const ClvModelSettings &) const = default;
};

// A fitted model of a journey's purchases, and the lifetime values it predicts as a CLV
// table (kind Clv, one row per modelled customer, in the purchases' currency) so that CLV at
// risk, the NPS category breakdown and the business case read it like an imported one.
struct JourneyClvModel {
    ClvAnalysis analysis;
    TransactionFile file;   // the purchases as the models read them (customer ids included)
    DatasetRef values;      // modelled CLV per customer (kind Clv)
    QString datasetName;    // the transactions dataset it was fitted on
};

std::shared_ptr<const JourneyClvModel> fitJourneyClvModel(const Dataset &transactions, const ClvModelSettings &settings,
                                                          const QString &journeyCurrency);

// The newest transactions dataset's model (computed once per dataset and settings and kept in
// `cache`), or nullptr when the journey has no purchases.
std::shared_ptr<const JourneyClvModel> journeyClvModel(const Journey &journey, StatisticsCache &cache);

// The lifetime values in effect: modelled from purchases when the journey has them (the
// newest transactions dataset), else the newest imported CLV dataset; none when neither.
std::optional<DatasetRef> lifetimeValues(const Journey &journey, StatisticsCache &cache);

// The same without waiting, for the window (StatisticsCache::computeBehind): while the model
// of the journey's purchases is being fitted behind, no values and how many customers it is
// fitted to, for the views' note; they look again on StatisticsBehind::ready().
struct LifetimeValuesNow {
    std::optional<DatasetRef> values;
    qint64 customersBeingFitted = 0; // > 0 while the fit runs (values empty then)
};
LifetimeValuesNow lifetimeValuesIfReady(const Journey &journey, StatisticsCache &cache);
std::shared_ptr<const JourneyClvModel> journeyClvModelIfReady(const Journey &journey, StatisticsCache &cache);
// Distinct customers among a transactions dataset's purchases (what a fit models).
qint64 customersIn(const TransactionTable &purchases);

} // namespace waymark::clv
