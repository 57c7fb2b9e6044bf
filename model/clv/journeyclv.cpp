#include "clv/journeyclv.h"

#include "clv/transactiondataset.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <algorithm>
#include <vector>

namespace waymark::clv {

namespace {

const QString calibrationEndKey = QStringLiteral("clv/calibrationEnd");
const QString horizonKey = QStringLiteral("clv/horizonMonths");
const QString discountKey = QStringLiteral("clv/annualDiscountRate");
const QString unitKey = QStringLiteral("clv/timeUnit");
const QString modelKey = QStringLiteral("clv/model");

} // namespace

ClvModelSettings ClvModelSettings::fromSettings(const QMap<QString, QString> &settings)
{
    // A value this Waymark cannot read keeps the default: settings are view options, and a
    // file from a newer Waymark must still open.
    ClvModelSettings s;
    const QDate end = QDate::fromString(settings.value(calibrationEndKey), Qt::ISODate);
    if (end.isValid())
        s.calibrationEnd = end.toJulianDay();
    bool ok = false;
    const int months = settings.value(horizonKey).toInt(&ok);
    if (ok && months >= 1 && months <= 600)
        s.horizonMonths = months;
    const double rate = settings.value(discountKey).toDouble(&ok);
    if (ok && rate >= 0 && rate <= 1)
        s.annualDiscountRate = rate;
    if (const auto unit = timeUnitFromKey(settings.value(unitKey)))
        s.unit = *unit;
    if (settings.value(modelKey) == purchaseModelKey(PurchaseModel::ParetoNbd))
        s.model = PurchaseModel::ParetoNbd;
    return s;
}

void ClvModelSettings::writeTo(QMap<QString, QString> &settings) const
{
    settings[calibrationEndKey] = calibrationEnd ? QDate::fromJulianDay(*calibrationEnd).toString(Qt::ISODate) : QString();
    settings[horizonKey] = QString::number(horizonMonths);
    settings[discountKey] = QString::number(annualDiscountRate, 'g', 10);
    settings[unitKey] = timeUnitKey(unit);
    settings[modelKey] = purchaseModelKey(model);
}

ClvAnalysisOptions ClvModelSettings::analysisOptions() const
{
    ClvAnalysisOptions options;
    options.summary.calibrationEnd = calibrationEnd;
    options.summary.unit = unit;
    options.horizonMonths = horizonMonths;
    options.annualDiscountRate = annualDiscountRate;
    options.model = model;
    return options;
}

QString ClvModelSettings::key() const
{
    QMap<QString, QString> settings;
    writeTo(settings);
    QStringList parts;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QLatin1Char('\n'));
}

std::shared_ptr<const JourneyClvModel> fitJourneyClvModel(const Dataset &transactions, const ClvModelSettings &settings,
                                                          const QString &journeyCurrency)
{
    auto model = std::make_shared<JourneyClvModel>();
    const QString currency = transactions.currency.isEmpty() ? journeyCurrency : transactions.currency;
    model->file = transactionFile(transactions.transactions, currency);
    model->analysis = analyseTransactions(model->file, settings.analysisOptions());
    model->datasetName = transactions.name;

    Dataset values;
    values.id = transactions.id; // stands for the purchases it was modelled from
    values.kind = DatasetKind::Clv;
    values.name = transactions.name;
    values.currency = currency;
    values.source = transactions.source;
    ClvTable &table = values.clv.edit();
    table.strings = transactions.transactions->strings; // the same customer ids, the same indices
    for (const CustomerPrediction &p : model->analysis.customers) {
        if (!p.ok)
            continue;
        table.customer.push_back(quint32(p.customer));
        table.value.push_back(p.value.lifetimeValue);
        table.currency.push_back(0);
        table.segment.push_back(0);
        table.acquired.push_back(noDate);
    }
    model->values = DatasetRef(std::move(values));
    return model;
}

std::shared_ptr<const JourneyClvModel> journeyClvModel(const Journey &journey, StatisticsCache &cache)
{
    const DatasetRef *transactions = journey.newestDataset(QStringLiteral("transactions"));
    if (!transactions)
        return nullptr;
    return cache.clvModel(*transactions, ClvModelSettings::fromSettings(journey.settings), journey.currency);
}

std::optional<DatasetRef> lifetimeValues(const Journey &journey, StatisticsCache &cache)
{
    if (const auto model = journeyClvModel(journey, cache))
        return model->values;
    if (const DatasetRef *imported = journey.newestDataset(QStringLiteral("clv")))
        return *imported;
    return std::nullopt;
}

std::shared_ptr<const JourneyClvModel> journeyClvModelIfReady(const Journey &journey, StatisticsCache &cache)
{
    const DatasetRef *transactions = journey.newestDataset(QStringLiteral("transactions"));
    if (!transactions)
        return nullptr;
    return cache.clvModelIfReady(*transactions, ClvModelSettings::fromSettings(journey.settings), journey.currency);
}

LifetimeValuesNow lifetimeValuesIfReady(const Journey &journey, StatisticsCache &cache)
{
    LifetimeValuesNow now;
    if (const DatasetRef *transactions = journey.newestDataset(QStringLiteral("transactions"))) {
        if (const auto model = cache.clvModelIfReady(*transactions, ClvModelSettings::fromSettings(journey.settings), journey.currency))
            now.values = model->values;
        else
            now.customersBeingFitted = std::max<qint64>(1, customersIn((*transactions)->transactions));
        return now;
    }
    if (const DatasetRef *imported = journey.newestDataset(QStringLiteral("clv")))
        now.values = *imported;
    return now;
}

qint64 customersIn(const TransactionTable &purchases)
{
    // Customer ids are indices into the table's strings: a mark per index, no hashing (a
    // million purchases in a few milliseconds).
    if (purchases.customer.empty())
        return 0;
    std::vector<bool> seen(std::size_t(*std::max_element(purchases.customer.begin(), purchases.customer.end())) + 1, false);
    qint64 customers = 0;
    for (const quint32 customer : purchases.customer)
        if (!seen[customer]) {
            seen[customer] = true;
            ++customers;
        }
    return customers;
}

} // namespace waymark::clv
