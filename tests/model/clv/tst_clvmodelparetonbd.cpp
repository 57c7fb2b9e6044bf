// Pareto/NBD against the values published for CDNOW (lifetimes' tests, BTYD's walkthrough).
#include "clv/bgnbd.h"
#include "clv/paretonbd.h"
#include "clvtestdata.h"

#include <QTest>

using namespace waymark::clv;

class TestClvParetoNbd : public QObject
{
    Q_OBJECT

private slots:
    void fitsThePublishedParameters()
    {
        SKIP_WITHOUT_CLV_DATA();
        const RfmData data = clvtest::publishedRfm();
        const ParetoNbdFit fit = fitParetoNbd(data);
        qInfo("r %.6f alpha %.6f s %.6f beta %.6f LL %.4f (%d iterations); se %.4f %.4f %.4f %.4f", fit.parameters.r, fit.parameters.alpha,
              fit.parameters.s, fit.parameters.beta, fit.logLikelihood, fit.iterations, fit.standardErrors.r, fit.standardErrors.alpha,
              fit.standardErrors.s, fit.standardErrors.beta);
        QVERIFY2(fit.converged, qPrintable(fit.warning));
        // Published: 0.553, 10.578, 0.606, 11.669 (three decimals).
        QVERIFY(std::abs(fit.parameters.r - 0.553) < 1e-3);
        QVERIFY(std::abs(fit.parameters.alpha - 10.578) < 1e-2);
        QVERIFY(std::abs(fit.parameters.s - 0.606) < 1e-3);
        QVERIFY(std::abs(fit.parameters.beta - 11.669) < 2e-2);
        // Compared by log-likelihood on the same data (both have four parameters): Fader,
        // Hardie & Lee (2005) report −9595.0 for Pareto/NBD against BG/NBD's −9582.4, so on
        // CDNOW BG/NBD fits a little better.
        QVERIFY2(std::abs(fit.logLikelihood - -9595.0) < 0.05, qPrintable(QString::number(fit.logLikelihood, 'f', 3)));
        const BgNbdFit bgnbd = fitBgNbd(data);
        QVERIFY(bgnbd.logLikelihood > fit.logLikelihood);
    }

    void walkthroughCustomer()
    {
        // BTYD's walkthrough: x = 26, t_x = 30.86, T = 31 with (0.5534, 10.5802, 0.6061, 11.6562).
        const ParetoNbdParameters p{0.5534, 10.5802, 0.6061, 11.6562};
        const auto alive = paretoNbdProbabilityAlive(p, 26, 30.86, 31);
        QVERIFY(alive);
        QVERIFY2(std::abs(*alive - 0.9979) < 1e-4, qPrintable(QString::number(*alive, 'f', 6)));
        const auto expected = paretoNbdConditionalExpectedPurchases(p, 52, 26, 30.86, 31);
        QVERIFY(expected);
        QVERIFY2(std::abs(*expected - 25.46) < 0.01, qPrintable(QString::number(*expected, 'f', 4)));
    }

    void aliveProbabilityFallsWithTimeSinceTheLastPurchase()
    {
        const ParetoNbdParameters p{0.5534, 10.5802, 0.6061, 11.6562};
        double previous = 1.0;
        for (double tx : {38.0, 30.0, 20.0, 10.0, 1.0}) {
            const auto alive = paretoNbdProbabilityAlive(p, 5, tx, 39);
            QVERIFY(alive);
            QVERIFY(*alive < previous);
            previous = *alive;
        }
        // Both branches of the likelihood (α ≥ β and α < β) agree where they meet.
        const ParetoNbdParameters below{0.55, 11.0 - 1e-7, 0.6, 11.0};
        const ParetoNbdParameters above{0.55, 11.0 + 1e-7, 0.6, 11.0};
        QVERIFY(std::abs(*paretoNbdProbabilityAlive(below, 3, 12, 39) - *paretoNbdProbabilityAlive(above, 3, 12, 39)) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestClvParetoNbd)
#include "tst_clvmodelparetonbd.moc"
