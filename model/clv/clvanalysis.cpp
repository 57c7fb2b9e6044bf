#include "clv/clvanalysis.h"

#include "clv/fitcancel.h"
#include "clv/rfmdata.h"

#include <QCoreApplication>

#include <cmath>

namespace waymark::clv {

namespace {

struct AnalysisText {
    Q_DECLARE_TR_FUNCTIONS(ClvModel)
};

} // namespace

QString purchaseModelKey(PurchaseModel model)
{
    return model == PurchaseModel::BgNbd ? QStringLiteral("bgnbd") : QStringLiteral("paretonbd");
}

QString purchaseModelName(PurchaseModel model)
{
    return model == PurchaseModel::BgNbd ? QStringLiteral("BG/NBD") : QStringLiteral("Pareto/NBD");
}

PurchaseModel ClvAnalysis::betterFit() const
{
    // Same number of parameters: the higher log-likelihood wins (AIC and BIC agree).
    return paretoNbd.logLikelihood > bgnbd.logLikelihood ? PurchaseModel::ParetoNbd : PurchaseModel::BgNbd;
}

ClvAnalysis analyseTransactions(const TransactionFile &file, const ClvAnalysisOptions &options)
{
    ClvAnalysis analysis;
    analysis.model = options.model;
    analysis.summary = summariseTransactions(file, options.summary);
    const TransactionSummary &summary = analysis.summary;
    if (summary.customers.empty()) {
        analysis.warnings << AnalysisText::tr("no customer bought before the calibration end: nothing to model");
        return analysis;
    }
    // Four parameters per model: with fewer customers than this, or hardly any who bought
    // again, the estimates say more about the optimiser than about the customers.
    constexpr qint64 fewCustomers = 50, fewRepeatBuyers = 10;
    if (qint64(summary.customers.size()) < fewCustomers || summary.repeatBuyers() < fewRepeatBuyers)
        analysis.warnings << AnalysisText::tr("only %1 customers, %2 of whom bought again: too few to estimate the models reliably")
                                 .arg(summary.customers.size())
                                 .arg(summary.repeatBuyers());
    const RfmData data = RfmData::fromSummaries(summary.customers);
    analysis.bgnbd = fitBgNbd(data);
    analysis.paretoNbd = fitParetoNbd(data);
    analysis.spend = fitGammaGamma(spendObservations(summary.customers));
    if (!analysis.bgnbd.warning.isEmpty())
        analysis.warnings << QStringLiteral("BG/NBD: ") + analysis.bgnbd.warning;
    if (!analysis.paretoNbd.warning.isEmpty())
        analysis.warnings << QStringLiteral("Pareto/NBD: ") + analysis.paretoNbd.warning;
    if (!analysis.spend.warning.isEmpty())
        analysis.warnings << QStringLiteral("Gamma-Gamma: ") + analysis.spend.warning;

    const bool bg = options.model == PurchaseModel::BgNbd;
    const ClvHorizon horizon{options.horizonMonths, options.annualDiscountRate, summary.unit};
    analysis.holdout.length = summary.holdoutLength;
    analysis.customers.reserve(summary.customers.size());
    for (const CustomerSummary &c : summary.customers) {
        if (fitGivenUp()) // the window no longer wants this fit: its result is dropped
            break;
        CustomerPrediction prediction;
        prediction.customer = c.customer;
        const ConditionalExpectation expected = [&](double t) {
            return bg ? bgnbdConditionalExpectedPurchases(analysis.bgnbd.parameters, t, c.x, c.tx, c.T)
                      : paretoNbdConditionalExpectedPurchases(analysis.paretoNbd.parameters, t, c.x, c.tx, c.T);
        };
        const std::optional<double> alive = bg ? std::optional<double>(bgnbdProbabilityAlive(analysis.bgnbd.parameters, c.x, c.tx, c.T))
                                               : paretoNbdProbabilityAlive(analysis.paretoNbd.parameters, c.x, c.tx, c.T);
        prediction.spendPerPurchase = analysis.spend.fittedOn > 0 ? gammaGammaExpectedSpend(analysis.spend.parameters, c.x, c.meanRepeatSpend) : 0.0;
        const auto value = customerValue(expected, prediction.spendPerPurchase, horizon);
        if (alive && value && std::isfinite(value->lifetimeValue)) {
            prediction.ok = true;
            prediction.probabilityAlive = *alive;
            prediction.value = *value;
            analysis.totalValue += value->lifetimeValue;
        } else {
            ++analysis.customersWithoutPrediction;
        }
        analysis.holdout.actualPurchases += c.holdoutDays;
        if (summary.holdoutLength > 0)
            if (const auto inHoldout = expected(summary.holdoutLength))
                analysis.holdout.predictedPurchases += *inHoldout;
        analysis.customers.push_back(prediction);
    }
    if (analysis.customersWithoutPrediction > 0)
        analysis.warnings << AnalysisText::tr("%n customer(s) could not be predicted (the model cannot be evaluated for their history)", nullptr,
                                              int(analysis.customersWithoutPrediction));
    return analysis;
}

} // namespace waymark::clv
