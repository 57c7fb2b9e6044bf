#pragma once

#include "clv/bgnbd.h"
#include "clv/customersummary.h"
#include "clv/gammagamma.h"
#include "clv/lifetimevalue.h"
#include "clv/paretonbd.h"

#include <QStringList>

#include <vector>

namespace waymark::clv {

// The whole estimate from a transaction file: summary, both purchase models (compared by
// log-likelihood), the spend model, and per customer P(alive), expected purchases and spend
// over the horizon and CLV from the chosen purchase model. What the command line prints and
// the views will show.
enum class PurchaseModel { BgNbd, ParetoNbd };

struct ClvAnalysisOptions {
    SummaryOptions summary;
    int horizonMonths = 12;
    double annualDiscountRate = 0.08;
    PurchaseModel model = PurchaseModel::BgNbd;
};

struct CustomerPrediction {
    int customer = 0;              // index into TransactionFile::customerIds
    double probabilityAlive = 0;
    double spendPerPurchase = 0;   // E[M | x, mean spend] (Gamma-Gamma)
    CustomerValue value;
    bool ok = false;               // false when the model could not be evaluated for this customer
};

struct Holdout {
    double length = 0;             // in the summary's unit; 0: no transactions after the calibration end
    qint64 actualPurchases = 0;    // repeat purchase days after the calibration end
    double predictedPurchases = 0; // Σ E[Y(length) | x, t_x, T] of the chosen model
};

struct ClvAnalysis {
    TransactionSummary summary;
    BgNbdFit bgnbd;
    ParetoNbdFit paretoNbd;
    GammaGammaFit spend;
    PurchaseModel model = PurchaseModel::BgNbd;
    std::vector<CustomerPrediction> customers; // as summary.customers
    Holdout holdout;
    double totalValue = 0;
    qint64 customersWithoutPrediction = 0;
    QStringList warnings; // translated, for the user
    PurchaseModel betterFit() const;
};

ClvAnalysis analyseTransactions(const TransactionFile &file, const ClvAnalysisOptions &options);

QString purchaseModelKey(PurchaseModel model);  // "bgnbd", "paretonbd"
QString purchaseModelName(PurchaseModel model); // "BG/NBD", "Pareto/NBD"

} // namespace waymark::clv
