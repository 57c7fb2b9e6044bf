// The window's statistics cache computes the lifetime-value fit and the CLV join behind it
// (StatisticsCache::computeBehind, data/statisticsbehind.h): nothing first, the same result as
// the waiting accessors after ready(), a fit for settings changed meanwhile dropped, and a
// cache destroyed mid-fit gives the fit up without waiting for it or crashing.

#include "clv/clvanalysis.h"
#include "clv/fitcancel.h"
#include "clv/journeyclv.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "data/statisticsbehind.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace waymark;
using namespace waymark::clv;

namespace {

// The bundled sample's purchases: 1,800 customers over two years, which both models fit well
// (a second or two here; generated histories can drive them to the edge of the parameter
// space, where each prediction sums millions of series terms).
QByteArray purchases()
{
    QFile file(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-purchases.csv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample purchases");
    return file.readAll();
}

constexpr qint64 sampleCustomers = 1800;

Journey journeyWithPurchases()
{
    const QByteArray bytes = purchases();
    const TransactionFile file = readTransactionSource(bytes, QStringLiteral("purchases.csv"));
    Journey journey;
    journey.id = QUuid::createUuid();
    journey.currency = QStringLiteral("EUR");
    journey.datasets.emplace_back(transactionDataset(file, bytes, QStringLiteral("purchases.csv")));
    return journey;
}

// NPS answers of customers C-00001 … (the sample's ids) at two touchpoints (every third a detractor).
DatasetRef answers(int customers)
{
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("Survey");
    data.metricKey = QStringLiteral("nps");
    AnswerTable &t = data.answers.edit();
    for (int c = 1; c <= customers; ++c) {
        t.score.push_back(c % 3 == 0 ? 3 : 9);
        t.day.push_back(QDate(2024, 6, 1).toJulianDay() + c % 30);
        t.respondent.push_back(0);
        t.customer.push_back(t.strings.add(QStringLiteral("C-%1").arg(c, 5, 10, QLatin1Char('0')))); // the sample's ids
        t.segment.push_back(0);
        t.touchpoint.push_back(t.strings.add(c % 2 ? QStringLiteral("branch") : QStringLiteral("app")));
        t.stage.push_back(0);
        t.channel.push_back(0);
        t.department.push_back(0);
        t.location.push_back(0);
        t.comment.push_back(0);
    }
    return DatasetRef(std::move(data));
}

const DatasetRef &transactionsOf(const Journey &journey)
{
    return *journey.newestDataset(QStringLiteral("transactions"));
}

constexpr int generousMs = 120000; // a fit on a busy shared machine; never a timing assertion

} // namespace

class TestStatisticsBehind : public QObject
{
    Q_OBJECT

private slots:
    void fitIsNothingFirstThenTheWaitingOnesResult()
    {
        const Journey journey = journeyWithPurchases();
        StatisticsCache window;
        window.computeBehind();
        QVERIFY(window.behind());
        QSignalSpy ready(window.behind(), &StatisticsBehind::ready);
        const ClvModelSettings settings;
        QVERIFY(!window.clvModelIfReady(transactionsOf(journey), settings, journey.currency));
        QVERIFY(window.behind()->busy());
        QVERIFY(!window.clvModelIfReady(transactionsOf(journey), settings, journey.currency)); // still running: not a second fit
        QCOMPARE(window.computations(), std::size_t(1));
        QVERIFY(ready.wait(generousMs));
        QCOMPARE(ready.count(), 1);
        const auto behind = window.clvModelIfReady(transactionsOf(journey), settings, journey.currency);
        QVERIFY(behind);
        QVERIFY(!window.behind()->busy());

        // The same figures as a fit on this thread.
        const auto direct = fitJourneyClvModel(*transactionsOf(journey), settings, journey.currency);
        QCOMPARE(behind->analysis.bgnbd.parameters.r, direct->analysis.bgnbd.parameters.r);
        QCOMPARE(behind->analysis.paretoNbd.parameters.s, direct->analysis.paretoNbd.parameters.s);
        QCOMPARE(behind->analysis.totalValue, direct->analysis.totalValue);
        QCOMPARE(behind->values->rows(), direct->values->rows());
        QVERIFY(behind->values->rows() > 1000);
        // Printing's and the command line's caches compute where asked; while the window's
        // fit is alive they take it rather than fitting again (clv/livefits.h).
        StatisticsCache waiting;
        QVERIFY(!waiting.behind());
        QCOMPARE(waiting.clvModelIfReady(transactionsOf(journey), settings, journey.currency), behind);
        QCOMPARE(waiting.computations(), std::size_t(0));
        // And through the journey, as the views ask.
        const LifetimeValuesNow now = lifetimeValuesIfReady(journey, window);
        QCOMPARE(now.customersBeingFitted, qint64(0));
        QVERIFY(now.values);
        QCOMPARE(now.values->shared(), behind->values.shared());
    }

    void lifetimeValuesSayHowManyCustomersAreFitted()
    {
        const Journey journey = journeyWithPurchases();
        StatisticsCache window;
        window.computeBehind();
        const LifetimeValuesNow now = lifetimeValuesIfReady(journey, window);
        QVERIFY(!now.values);
        QCOMPARE(now.customersBeingFitted, sampleCustomers);
        QCOMPARE(customersIn(transactionsOf(journey)->transactions), sampleCustomers);
        QSignalSpy ready(window.behind(), &StatisticsBehind::ready);
        QVERIFY(ready.wait(generousMs));
    }

    void joinIsNothingFirstThenTheWaitingOnesResult()
    {
        const Journey journey = journeyWithPurchases();
        StatisticsCache waiting;
        const auto model = waiting.clvModel(transactionsOf(journey), ClvModelSettings(), journey.currency);
        const DatasetRef nps = answers(1500);
        const ClvJoin direct = *waiting.clvJoinIfReady(nps, model->values, journey.currency);

        StatisticsCache window;
        window.computeBehind();
        QSignalSpy ready(window.behind(), &StatisticsBehind::ready);
        QVERIFY(!window.clvJoinIfReady(nps, model->values, journey.currency));
        QVERIFY(ready.wait(generousMs));
        const auto join = window.clvJoinIfReady(nps, model->values, journey.currency);
        QVERIFY(join);
        QCOMPARE(join->customersJoined, direct.customersJoined);
        QVERIFY(join->customersJoined > 1000);
        QCOMPARE(join->byCategory, direct.byCategory);
        QCOMPARE(join->atRisk, direct.atRisk);
        QCOMPARE(window.clvJoin(nps, model->values, journey.currency), join); // kept for the waiting one too
    }

    // The settings change while the first fit runs: only the second one's result is kept
    // (asked again, the first one's is not there: it would be fitted anew).
    void settingsChangedMidFitDropTheOldFit()
    {
        const Journey journey = journeyWithPurchases();
        StatisticsCache window;
        window.computeBehind();
        QSignalSpy ready(window.behind(), &StatisticsBehind::ready);
        ClvModelSettings first, second;
        second.model = PurchaseModel::ParetoNbd;
        second.horizonMonths = 24;
        QVERIFY(!window.clvModelIfReady(transactionsOf(journey), first, journey.currency));
        // No event is handled between the two: the first fit cannot have been kept yet.
        QVERIFY(!window.clvModelIfReady(transactionsOf(journey), second, journey.currency));
        QVERIFY(ready.wait(generousMs));
        QCOMPARE(ready.count(), 1);
        const auto kept = window.clvModelIfReady(transactionsOf(journey), second, journey.currency);
        QVERIFY(kept);
        QCOMPARE(kept->analysis.model, PurchaseModel::ParetoNbd);
        QVERIFY(!window.clvModelIfReady(transactionsOf(journey), first, journey.currency)); // dropped: fitted anew
        QVERIFY(window.behind()->busy());
    }

    // The document closes while its fit runs: the cache goes at once, the fit is told to stop
    // and ends by itself, holding only what it read. (Run under -DWAYMARK_SANITIZE=ON too.)
    void destroyedMidFitIsClean()
    {
        auto journey = std::make_unique<Journey>(journeyWithPurchases());
        auto window = std::make_unique<StatisticsCache>();
        window->computeBehind();
        QVERIFY(!window->clvModelIfReady(transactionsOf(*journey), ClvModelSettings(), journey->currency));
        window.reset();
        journey.reset(); // the fit holds its own reference to the purchases
        QVERIFY(StatisticsBehind::waitForWorkers(generousMs));
        QTest::qWait(0); // the watcher's late events, if any, find nothing
    }

    // What "given up" does to a fit: the optimiser takes no step and no customer is predicted.
    void aGivenUpFitStopsAtOnce()
    {
        const QByteArray bytes = purchases();
        const TransactionFile file = readTransactionSource(bytes, QStringLiteral("purchases.csv"));
        const ClvAnalysis whole = analyseTransactions(file, ClvAnalysisOptions());
        QVERIFY(whole.bgnbd.iterations > 0);
        QCOMPARE(qint64(whole.customers.size()), sampleCustomers);
        std::atomic_bool givenUp{true};
        const GiveUpFitWhen scope(givenUp);
        QVERIFY(fitGivenUp());
        const ClvAnalysis stopped = analyseTransactions(file, ClvAnalysisOptions());
        QCOMPARE(stopped.bgnbd.iterations, 0);
        QVERIFY(stopped.customers.empty());
    }
};

QTEST_GUILESS_MAIN(TestStatisticsBehind)
#include "tst_statisticsbehind.moc"
