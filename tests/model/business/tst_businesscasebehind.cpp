// Issue 20: a journey whose survey answers are still being read behind the window (a large
// file just opened) values its business case without waiting for them: the figures that need
// each answer's customer (retention, CLV at risk) are left out and said to be coming, and the
// statistics cache keeps no CLV join made without the rows. Once the rows are there, the same
// calls give the figures a hand-worked example expects.
#include "business/businesscase.h"
#include "business/businesssettings.h"
#include "data/importjob.h"
#include "data/statisticscache.h"
#include "heldanswers.h"
#include "journey.h"

#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

Dataset imported(const QByteArray &bytes, DatasetKind kind)
{
    const QHash<QString, int> mapping = guessImportMapping(kind, previewImport(bytes, QStringLiteral("t.csv"), {}, 1).headers);
    ImportOutcome outcome = runImport(bytes, QStringLiteral("t.csv"), kind, {}, mapping, {}, nullptr);
    Dataset dataset = outcome.dataset ? std::move(*outcome.dataset) : Dataset();
    dataset.id = QUuid::createUuid();
    return dataset;
}

// 40 answers at the touchpoint "branch": 10 detractors (3), 20 passives (8), 10 promoters (10),
// each from another customer; the customers' CLV: detractors 1,000, passives 1,500,
// promoters 2,500 (the means are exactly those).
Dataset answers()
{
    QByteArray csv = "respondent,customer,touchpoint,score\n";
    for (int i = 1; i <= 40; ++i)
        csv += "R" + QByteArray::number(i) + ",C" + QByteArray::number(i) + ",branch," + QByteArray::number(i <= 10 ? 3 : i <= 30 ? 8 : 10) + '\n';
    return imported(csv, DatasetKind::Answers);
}

Dataset lifetimeValues()
{
    QByteArray csv = "customer,value,currency\n";
    for (int i = 1; i <= 40; ++i)
        csv += "C" + QByteArray::number(i) + ',' + QByteArray::number(i <= 10 ? 1000 : i <= 30 ? 1500 : 2500) + ",EUR\n";
    return imported(csv, DatasetKind::Clv);
}

// One stage (10,000 customers a year), one card "Branch visit" (data key "branch", no effort,
// no cost per contact: retention is the only benefit), and one opportunity that removes the
// card for half of them and moves 20 % of its detractors to passives, 10 % to promoters.
struct Example {
    Journey journey;
    BusinessSettings settings;
};

Example example(const Dataset &nps)
{
    Example e;
    Journey &j = e.journey;
    j.id = QUuid::createUuid();
    j.title = QStringLiteral("Открыть счёт");
    j.currency = QStringLiteral("EUR");
    const QUuid stage = QUuid::createUuid(), lane = QUuid::createUuid();
    j.stages = {{stage, QStringLiteral("Apply"), {}}};
    Lane touchpoints;
    touchpoints.id = lane;
    touchpoints.name = QStringLiteral("Touchpoints");
    j.lanes = {touchpoints};
    Touchpoint branch;
    branch.id = QUuid::createUuid();
    branch.stageId = stage;
    branch.laneId = lane;
    branch.title = QStringLiteral("Branch visit");
    branch.channel = Channel::Branch;
    branch.dataKey = QStringLiteral("branch");
    j.touchpoints = {branch};
    Opportunity online;
    online.id = QUuid::createUuid();
    online.title = QStringLiteral("Online ID check");
    online.confidence = Confidence::Medium;
    CardImprovement noBranch;
    noBranch.touchpointId = branch.id;
    noBranch.removesCard = true;
    noBranch.reach = 0.5;
    noBranch.detractorsToPassives = 0.2;
    noBranch.detractorsToPromoters = 0.1;
    online.changes = {noBranch};
    j.opportunities = {online};
    j.datasets.emplace_back(nps);
    j.datasets.emplace_back(lifetimeValues());
    e.settings.customersPerYear = 10000;
    return e;
}

void waitForRows(const Journey &journey)
{
    for (const DatasetRef &dataset : journey.datasets)
        if (dataset->pendingRows)
            dataset->pendingRows->outcome(); // the test released them: this returns
}

} // namespace

class TestBusinessCaseBehind : public QObject
{
    Q_OBJECT

private slots:
    void theCacheKeepsNoJoinWithoutRows()
    {
        test::HeldRows held(answers());
        const Example e = example(held.dataset());
        const DatasetRef &nps = e.journey.datasets[0], &clv = e.journey.datasets[1];
        StatisticsCache cache;
        QVERIFY(!cache.clvJoinIfReady(nps, clv, QStringLiteral("EUR")));
        QVERIFY(!cache.clvJoinIfReady(nps, clv, QStringLiteral("EUR"))); // asked again: still nothing made up
        QCOMPARE(cache.computations(), std::size_t(0));
        QVERIFY(nps->rowsPending()); // not waited for

        held.release();
        waitForRows(e.journey);
        const auto join = cache.clvJoinIfReady(nps, clv, QStringLiteral("EUR"));
        QVERIFY(join);
        QCOMPARE(join->customersJoined, qint64(40));
        const auto &detractors = join->byCategory[std::size_t(NpsCategory::Detractor)];
        QCOMPARE(detractors.size(), std::size_t(1));
        QCOMPARE(detractors.front().mean(), 1000.0);
        QCOMPARE(cache.clvJoin(nps, clv, QStringLiteral("EUR")), join); // kept now: the rows' own
        QCOMPARE(cache.computations(), std::size_t(1));
    }

    void businessCaseBeforeAndAfterTheRows_data()
    {
        QTest::addColumn<bool>("withCache");
        QTest::newRow("cache") << true;
        QTest::newRow("no cache") << false;
    }

    void businessCaseBeforeAndAfterTheRows()
    {
        QFETCH(bool, withCache);
        test::HeldRows held(answers());
        const Example e = example(held.dataset());
        StatisticsCache cache;
        StatisticsCache *used = withCache ? &cache : nullptr;

        const BusinessCase before = computeBusinessCase(e.journey, e.settings, nullptr, used);
        QVERIFY(e.journey.datasets[0]->rowsPending()); // computed without waiting
        QCOMPARE(before.answersBeingRead, qint64(40));
        const OpportunityCase &early = before.opportunities.at(0);
        QCOMPARE(early.benefitsPerYear.retention, 0.0);
        QCOMPARE(early.clvAtRisk, 0.0);
        QVERIFY2(before.problems.join(u'\n').contains(QStringLiteral("not counted yet: reading the 40 survey answers")),
                 qPrintable(before.problems.join(u'\n')));

        held.release();
        waitForRows(e.journey);
        const BusinessCase after = computeBusinessCase(e.journey, e.settings, nullptr, used);
        QCOMPARE(after.answersBeingRead, qint64(0));
        const OpportunityCase &online = after.opportunities.at(0);
        // Detractor share at "branch" 10/40 = 0.25; CLV gain per moved detractor
        //   0.2 × (1,500 − 1,000) + 0.1 × (2,500 − 1,000) = 250; 10,000 × 0.5 × 0.25 × 250 = 312,500.
        QVERIFY(std::abs(online.benefitsPerYear.retention - 312500.0) < 0.005);
        // CLV at risk: the 10 detractors' lifetime value, 10 × 1,000.
        QVERIFY(std::abs(online.clvAtRisk - 10000.0) < 0.005);
        QVERIFY(!after.problems.join(u'\n').contains(QStringLiteral("not counted yet")));
        // What never needed the rows did not change.
        QCOMPARE(online.benefitsPerYear.customerEffort, early.benefitsPerYear.customerEffort);
        QCOMPARE(online.benefitsPerYear.costToServe, early.benefitsPerYear.costToServe);

        // The same as a journey whose answers were read whole.
        const Example whole = example(answers());
        const BusinessCase read = computeBusinessCase(whole.journey, whole.settings, nullptr);
        QCOMPARE(read.opportunities.at(0).benefitsPerYear, online.benefitsPerYear);
        QCOMPARE(read.total.npv, after.total.npv);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCaseBehind)
#include "tst_businesscasebehind.moc"
