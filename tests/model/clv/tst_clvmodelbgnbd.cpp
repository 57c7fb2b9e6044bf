// BG/NBD against the values published for CDNOW (Fader, Hardie & Lee 2005; lifetimes' tests
// and Quickstart; R's BTYD), and the guarded 2F1 at its edge z → 1.
#include "clv/bgnbd.h"
#include "clv/hypergeometric.h"
#include "clvtestdata.h"

#include <QTest>

#include <tuple>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_hyperg.h>

using namespace waymark::clv;

namespace {

// The parameters published with the model (and used by BTYD's examples).
const BgNbdParameters rounded{0.243, 4.414, 0.793, 2.426};

bool closeRelative(double value, double expected, double tolerance)
{
    return std::abs(value - expected) <= tolerance * std::abs(expected);
}

} // namespace

class TestClvBgNbd : public QObject
{
    Q_OBJECT

private slots:
    void fitsThePublishedParameters()
    {
        SKIP_WITHOUT_CLV_DATA();
        const BgNbdFit fit = fitBgNbd(clvtest::publishedRfm());
        qInfo("%d iterations", fit.iterations);
        qInfo("r %.6f alpha %.6f a %.6f b %.6f LL %.4f; se %.6f %.6f %.6f %.6f", fit.parameters.r, fit.parameters.alpha, fit.parameters.a,
              fit.parameters.b, fit.logLikelihood, fit.standardErrors.r, fit.standardErrors.alpha, fit.standardErrors.a, fit.standardErrors.b);
        QVERIFY2(fit.converged, qPrintable(fit.warning));
        QVERIFY(fit.warning.isEmpty());
        // Published to four decimals: 0.2426, 4.4135, 0.7929, 2.4258; LL −9582.43.
        QVERIFY(std::abs(fit.parameters.r - 0.2426) < 5e-5);
        QVERIFY(std::abs(fit.parameters.alpha - 4.4135) < 5e-5);
        QVERIFY(std::abs(fit.parameters.a - 0.7929) < 5e-5);
        QVERIFY(std::abs(fit.parameters.b - 2.4258) < 5e-5);
        QVERIFY(std::abs(fit.logLikelihood - -9582.43) < 0.005);
        // lifetimes' Quickstart standard errors: 0.012557, 0.378221, 0.185719, 0.705345.
        QVERIFY(closeRelative(fit.standardErrors.r, 0.012557, 0.01));
        QVERIFY(closeRelative(fit.standardErrors.alpha, 0.378221, 0.01));
        QVERIFY(closeRelative(fit.standardErrors.a, 0.185719, 0.01));
        QVERIFY(closeRelative(fit.standardErrors.b, 0.705345, 0.01));
    }

    void gradientMatchesCentralDifferences()
    {
        SKIP_WITHOUT_CLV_DATA();
        const RfmData data = clvtest::publishedRfm();
        for (const BgNbdParameters &p : {rounded, BgNbdParameters{0.6, 12.0, 1.7, 0.9}}) {
            BgNbdParameters gradient;
            const double value = bgnbdLogLikelihood(p, data, gradient);
            QCOMPARE(value, bgnbdLogLikelihood(p, data));
            const auto numeric = [&](double BgNbdParameters::*field) {
                const double h = 1e-6 * p.*field;
                BgNbdParameters up = p, down = p;
                up.*field += h;
                down.*field -= h;
                return (bgnbdLogLikelihood(up, data) - bgnbdLogLikelihood(down, data)) / (2 * h);
            };
            for (double BgNbdParameters::*field : {&BgNbdParameters::r, &BgNbdParameters::alpha, &BgNbdParameters::a, &BgNbdParameters::b})
                QVERIFY2(std::abs(gradient.*field - numeric(field)) < 1e-5 * std::max(1.0, std::abs(numeric(field))),
                         qPrintable(QStringLiteral("%1 vs %2").arg(gradient.*field).arg(numeric(field))));
        }
    }

    void unconditionalExpectationsAtTheListedTimes()
    {
        SKIP_WITHOUT_CLV_DATA();
        const BgNbdParameters p = fitBgNbd(clvtest::publishedRfm()).parameters;
        const double times[] = {0.1429, 1, 3, 31.8571, 32, 78};
        const double published[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
        for (int i = 0; i < 6; ++i) {
            const auto value = bgnbdExpectedPurchases(p, times[i]);
            QVERIFY(value);
            QVERIFY2(std::abs(*value - published[i]) < 5e-4, qPrintable(QStringLiteral("E[X(%1)] = %2").arg(times[i]).arg(*value)));
        }
    }

    void conditionalExpectationsOfPublishedCustomers()
    {
        SKIP_WITHOUT_CLV_DATA();
        const BgNbdParameters p = fitBgNbd(clvtest::publishedRfm()).parameters;
        // Customer 1 (x = 2, t_x = 30.43, T = 38.86) over 39 weeks: 1.226 in Hardie's sheet.
        const auto first = bgnbdConditionalExpectedPurchases(p, 39, 2, 30.43, 38.86);
        QVERIFY(first);
        QVERIFY2(std::abs(*first - 1.226) < 1e-3, qPrintable(QString::number(*first, 'f', 6)));
        // lifetimes' Quickstart, next week, for five customers of the summary file.
        const auto summary = clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary.csv"));
        const std::pair<int, double> published[] = {{509, 0.424877}, {841, 0.474738}, {1981, 0.486526}, {157, 0.662396}, {1516, 0.710623}};
        for (const auto &[id, expected] : published) {
            const clvtest::PublishedRow &row = summary.at(id);
            const auto value = bgnbdConditionalExpectedPurchases(p, 1, row.x, row.tx.toDouble(), row.T.toDouble());
            QVERIFY(value);
            QVERIFY2(closeRelative(*value, expected, 1e-4), qPrintable(QStringLiteral("customer %1: %2").arg(id).arg(*value, 0, 'f', 6)));
        }
    }

    void purchaseProbabilitiesAsBtyd()
    {
        QVERIFY(closeRelative(bgnbdPurchaseProbability(rounded, 10, 2), 1.07869e-07, 1e-4));
        QVERIFY(closeRelative(bgnbdPurchaseProbability(rounded, 0, 39), 0.5737864, 1e-6));
        const double published[] = {0.0019995214, 0.0015170236, 0.0011633150, 0.0009003148, 0.0007023638,
                                    0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.0002222260};
        for (int n = 11; n <= 20; ++n)
            QVERIFY2(closeRelative(bgnbdPurchaseProbability(rounded, n, 30), published[n - 11], 1e-6),
                     qPrintable(QStringLiteral("P(X(30)=%1) = %2").arg(n).arg(bgnbdPurchaseProbability(rounded, n, 30), 0, 'g', 10)));
        // The probabilities of all counts add up to one.
        double total = 0;
        for (int n = 0; n < 400; ++n)
            total += bgnbdPurchaseProbability(rounded, n, 30);
        QVERIFY(std::abs(total - 1.0) < 1e-6);
    }

    void probabilityAlive()
    {
        // Never bought again: alive by assumption. Bought often and recently: almost surely
        // alive; often but long ago: less so.
        QCOMPARE(bgnbdProbabilityAlive(rounded, 0, 0, 38.86), 1.0);
        const double recent = bgnbdProbabilityAlive(rounded, 10, 38, 38.86);
        const double longAgo = bgnbdProbabilityAlive(rounded, 10, 5, 38.86);
        QVERIFY(recent > 0.9);
        QVERIFY(longAgo < 1e-3);
        // Against the closed form 1 / (1 + a/(b+x−1) ((α+T)/(α+t_x))^(r+x)) worked by hand for x = 2.
        const double odds = 0.793 / (2.426 + 1) * std::pow((4.414 + 38.86) / (4.414 + 30.43), 0.243 + 2);
        QVERIFY(closeRelative(bgnbdProbabilityAlive(rounded, 2, 30.43, 38.86), 1.0 / (1.0 + odds), 1e-12));
    }

    void hypergeometricNearOne_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("expected");
        // 2F1(1,1;2;z) = −ln(1−z)/z: c − a − b = 0, the logarithmic case GSL's z → 1 − z
        // transformation handles worst.
        for (double z : {0.5, 0.9, 0.99, 0.9999, 0.99999})
            QTest::addRow("log z=%g", z) << 1.0 << 1.0 << 2.0 << z << -std::log1p(-z) / z;
        // 2F1(a,b;b;z) = (1−z)^(−a): c − a − b = −a, a negative integer and not.
        for (double z : {0.8, 0.999, 0.99999})
            QTest::addRow("power2 z=%g", z) << 2.0 << 1.5 << 1.5 << z << std::pow(1.0 - z, -2.0);
        for (double z : {0.8, 0.999})
            QTest::addRow("power2.5 z=%g", z) << 2.5 << 3.25 << 3.25 << z << std::pow(1.0 - z, -2.5);
        // 2F1(1/2,1;3/2;z²) = artanh(z)/z.
        for (double z : {0.3, 0.95, 0.9999})
            QTest::addRow("artanh z=%g", z) << 0.5 << 1.0 << 1.5 << z * z << std::atanh(z) / z;
    }

    void hypergeometricNearOne()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(double, z);
        QFETCH(double, expected);
        const auto value = hypergeometric2F1(a, b, c, z);
        QVERIFY(value);
        // Millions of terms near z = 1: rounding accumulates to ~1e-11.
        QVERIFY2(closeRelative(*value, expected, 1e-10), qPrintable(QStringLiteral("%1 vs %2").arg(*value, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

    void hypergeometricAgreesWithGslWhereGslIsReliable()
    {
        // Below z = 0.75 GSL sums the same power series; the two must agree closely, for
        // the argument shapes BG/NBD (c = a + b + x − 1) and Pareto/NBD (c = a + 1) use.
        gsl_error_handler_t *previous = gsl_set_error_handler_off();
        int compared = 0;
        for (double z : {0.01, 0.1, 0.3, 0.5, 0.7})
            for (int x : {0, 1, 5, 40})
                for (const auto &[a, b, c] : {std::tuple{0.24 + x, 2.43 + x, 0.79 + 2.43 + x - 1}, std::tuple{0.55 + 0.61 + x, 1.61, 2.16 + x},
                                              std::tuple{1.16 + x, 0.55 + x, 2.16 + x}}) {
                    gsl_sf_result gsl;
                    if (gsl_sf_hyperg_2F1_e(a, b, c, z, &gsl) != GSL_SUCCESS)
                        continue;
                    const auto ours = hypergeometric2F1(a, b, c, z);
                    QVERIFY(ours);
                    QVERIFY2(closeRelative(*ours, gsl.val, 1e-12), qPrintable(QStringLiteral("2F1(%1,%2;%3;%4) = %5, GSL %6").arg(a).arg(b).arg(c).arg(z).arg(*ours, 0, 'g', 17).arg(gsl.val, 0, 'g', 17)));
                    ++compared;
                }
        gsl_set_error_handler(previous);
        QVERIFY(compared > 50);
    }

    void hypergeometricRefusesWhatItCannotVouchFor()
    {
        QVERIFY(!hypergeometric2F1(1, 1, 2, 1.0));
        QVERIFY(!hypergeometric2F1(1, 1, 2, -0.5));
        QVERIFY(!hypergeometric2F1(1, 1, -2, 0.5)); // c at a pole
        // So close to 1 that the series cannot finish within its budget: refused, not wrong.
        QVERIFY(!hypergeometric2F1(1, 1, 2, 1.0 - 1e-9));
    }

    void conditionalExpectationOverLongHorizons()
    {
        // t / (α + T + t) → 1: the expectation keeps growing towards its limit for a > 1
        // ((a+b+x−1)/(a−1) / (1 + …)) and never jumps, however far the horizon.
        const BgNbdParameters p{0.243, 4.414, 1.793, 2.426};
        double previous = 0;
        for (double t : {10.0, 100.0, 1e3, 1e4, 1e5}) {
            const auto value = bgnbdConditionalExpectedPurchases(p, t, 2, 30.43, 38.86);
            QVERIFY2(value, qPrintable(QStringLiteral("t = %1").arg(t)));
            QVERIFY(*value > previous);
            previous = *value;
        }
        const double odds = p.a / (p.b + 1) * std::pow((p.alpha + 38.86) / (p.alpha + 30.43), p.r + 2);
        const double limit = (p.a + p.b + 1) / (p.a - 1) / (1 + odds);
        QVERIFY(previous < limit);
        QVERIFY(previous > 0.9 * limit);
    }
};

QTEST_GUILESS_MAIN(TestClvBgNbd)
#include "tst_clvmodelbgnbd.moc"
