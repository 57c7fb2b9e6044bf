// Gamma-Gamma spend (Fader & Hardie 2013) against the values published for CDNOW, and the
// lifetime value convention: monthly steps, an annual discount rate, any time unit.
#include "clv/bgnbd.h"
#include "clv/customersummary.h"
#include "clv/gammagamma.h"
#include "clv/lifetimevalue.h"
#include "clvtestdata.h"

#include <QDate>
#include <QTest>

using namespace waymark::clv;

namespace {

std::vector<SpendObservation> publishedSpends()
{
    std::vector<SpendObservation> data;
    for (const auto &[id, row] : clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary_with_transactions.csv")))
        if (row.x > 0)
            data.push_back({row.x, row.zbar.toDouble()});
    return data;
}

TransactionSummary sampleSummary(TimeUnit unit)
{
    const TransactionFile file = readTransactions(clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_sample.txt"))));
    return summariseTransactions(file, {QDate(1997, 9, 30).toJulianDay(), unit, false});
}

} // namespace

class TestClvSpend : public QObject
{
    Q_OBJECT

private slots:
    void fitsThePublishedOptimum()
    {
        SKIP_WITHOUT_CLV_DATA();
        const std::vector<SpendObservation> data = publishedSpends();
        const GammaGammaFit fit = fitGammaGamma(data);
        qInfo("p %.6f q %.6f gamma %.6f LL %.4f (%d iterations)", fit.parameters.p, fit.parameters.q, fit.parameters.gamma, fit.logLikelihood,
              fit.iterations);
        QVERIFY2(fit.converged, qPrintable(fit.warning));
        QCOMPARE(fit.fittedOn, qint64(946));
        // From the summary's rounded spends: 6.2488, 3.7446, 15.4477; LL −4055.92.
        QVERIFY(std::abs(fit.parameters.p - 6.2488) < 5e-4);
        QVERIFY(std::abs(fit.parameters.q - 3.7446) < 5e-4);
        QVERIFY(std::abs(fit.parameters.gamma - 15.4477) < 5e-4);
        QVERIFY(std::abs(fit.logLikelihood - -4055.92) < 0.005);
        QVERIFY(fit.standardErrors.p > 0 && fit.standardErrors.q > 0 && fit.standardErrors.gamma > 0);
    }

    void fitsTheSameFromTheTransactions()
    {
        SKIP_WITHOUT_CLV_DATA();
        // Our own summary keeps the spends unrounded: the optimum moves, but not by much.
        const GammaGammaFit fit = fitGammaGamma(spendObservations(sampleSummary(TimeUnit::Weeks).customers));
        QCOMPARE(fit.fittedOn, qint64(946));
        QVERIFY(std::abs(fit.parameters.p - 6.2488) < 0.01);
        QVERIFY(std::abs(fit.parameters.q - 3.7446) < 0.01);
        QVERIFY(std::abs(fit.parameters.gamma - 15.4477) < 0.05);
    }

    void conditionalSpendOfTheFirstTenCustomers()
    {
        SKIP_WITHOUT_CLV_DATA();
        const auto summary = clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
        // Hardie's spreadsheet with the published rounded parameters (atol 0.1 there).
        const GammaGammaParameters rounded{6.25, 3.74, 15.44};
        const double sheet[] = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        // lifetimes' Quickstart with its unrounded fit.
        const double quickstart[] = {24.658619, 18.911489, 35.170981, 35.170981, 35.170981,
                                     71.462843, 18.911489, 35.170981, 27.282408, 35.170981};
        const GammaGammaParameters fitted = fitGammaGamma(publishedSpends()).parameters;
        for (int id = 1; id <= 10; ++id) {
            const clvtest::PublishedRow &row = summary.at(id);
            const double mean = row.zbar.toDouble();
            QVERIFY(std::abs(gammaGammaExpectedSpend(rounded, row.x, mean) - sheet[id - 1]) < 0.1); // the published tolerance
            const double value = gammaGammaExpectedSpend(fitted, row.x, mean);
            QVERIFY2(std::abs(value - quickstart[id - 1]) < 1e-3, qPrintable(QStringLiteral("customer %1: %2").arg(id).arg(value, 0, 'f', 6)));
        }
        // x = 0: the population mean p γ / (q − 1).
        QCOMPARE(gammaGammaExpectedSpend(rounded, 0, 0), rounded.meanSpend());
    }

    void lifetimeValueSumsDiscountedMonths()
    {
        // A customer expected to buy 2 times a month (weeks as the unit), spending 10 each
        // time, 12 months at 12 % a year: 20 × Σ_{k=1..12} 1.12^(−k/12), worked by hand.
        const double monthInWeeks = 365.25 / 12.0 / 7.0;
        const ConditionalExpectation steady = [&](double t) { return std::optional<double>(2.0 * t / monthInWeeks); };
        const auto value = customerValue(steady, 10.0, {12, 0.12, TimeUnit::Weeks});
        QVERIFY(value);
        double expected = 0;
        for (int k = 1; k <= 12; ++k)
            expected += 20.0 / std::pow(1.12, k / 12.0);
        QVERIFY(std::abs(value->lifetimeValue - expected) < 1e-9);
        QVERIFY(std::abs(value->expectedPurchases - 24.0) < 1e-9);
        QVERIFY(std::abs(value->expectedSpend - 240.0) < 1e-9);
        // No discount: CLV is the expected spend.
        QVERIFY(std::abs(customerValue(steady, 10.0, {12, 0.0, TimeUnit::Weeks})->lifetimeValue - 240.0) < 1e-9);
    }

    void lifetimeValueDoesNotDependOnTheTimeUnit()
    {
        SKIP_WITHOUT_CLV_DATA();
        // The same transactions summarised in weeks and in days: α scales by 7, the other
        // parameters stay, and each customer's CLV over 12 months is the same.
        const TransactionSummary weeks = sampleSummary(TimeUnit::Weeks);
        const TransactionSummary days = sampleSummary(TimeUnit::Days);
        const BgNbdParameters inWeeks = fitBgNbd(RfmData::fromSummaries(weeks.customers)).parameters;
        const BgNbdParameters inDays = fitBgNbd(RfmData::fromSummaries(days.customers)).parameters;
        QVERIFY(std::abs(inDays.alpha / inWeeks.alpha - 7.0) < 1e-3);
        QVERIFY(std::abs(inDays.r / inWeeks.r - 1.0) < 1e-4);
        const GammaGammaParameters spend = fitGammaGamma(spendObservations(weeks.customers)).parameters;
        for (std::size_t i = 0; i < 50; ++i) {
            const CustomerSummary &w = weeks.customers[i];
            const CustomerSummary &d = days.customers[i];
            const double m = gammaGammaExpectedSpend(spend, w.x, w.meanRepeatSpend);
            const auto inW = customerValue([&](double t) { return bgnbdConditionalExpectedPurchases(inWeeks, t, w.x, w.tx, w.T); }, m,
                                           {12, 0.08, TimeUnit::Weeks});
            const auto inD = customerValue([&](double t) { return bgnbdConditionalExpectedPurchases(inDays, t, d.x, d.tx, d.T); }, m,
                                           {12, 0.08, TimeUnit::Days});
            QVERIFY(inW && inD);
            QVERIFY2(std::abs(inW->lifetimeValue - inD->lifetimeValue) < 1e-3 * std::max(1.0, inW->lifetimeValue),
                     qPrintable(QStringLiteral("%1 vs %2").arg(inW->lifetimeValue).arg(inD->lifetimeValue)));
        }
    }

    void reproducesLifetimesQuickstartUnderItsOwnConvention()
    {
        SKIP_WITHOUT_CLV_DATA();
        // lifetimes steps 30 units (here: weeks) per "month" and discounts 1 % per step. Our
        // convention is calendar months and an annual rate; feeding it the same steps (t
        // rescaled so a month is 30 weeks, 1.01^12 − 1 a year) must give the published values.
        const BgNbdParameters bgnbd = fitBgNbd(clvtest::publishedRfm()).parameters;
        const GammaGammaParameters spend = fitGammaGamma(publishedSpends()).parameters;
        const auto summary = clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
        const double published[] = {140.096211, 18.943467, 38.180574, 38.180574, 38.180574,
                                    1003.868107, 28.109683, 38.180574, 167.418216, 38.180574};
        const double month = 365.25 / 12.0;
        for (int id = 1; id <= 10; ++id) {
            const clvtest::PublishedRow &row = summary.at(id);
            const double tx = row.tx.toDouble(), T = row.T.toDouble();
            const auto value = customerValue(
                [&](double t) { return bgnbdConditionalExpectedPurchases(bgnbd, t * 30.0 / month, row.x, tx, T); },
                gammaGammaExpectedSpend(spend, row.x, row.zbar.toDouble()), {12, std::pow(1.01, 12) - 1.0, TimeUnit::Days});
            QVERIFY(value);
            QVERIFY2(std::abs(value->lifetimeValue - published[id - 1]) < 1e-3 * published[id - 1],
                     qPrintable(QStringLiteral("customer %1: %2").arg(id).arg(value->lifetimeValue, 0, 'f', 6)));
        }
    }
};

QTEST_GUILESS_MAIN(TestClvSpend)
#include "tst_clvmodelspend.moc"
