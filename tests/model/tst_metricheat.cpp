// The heatmap by a survey metric: each card's heat worked out by hand from its answers, on
// the metric's own scale (NPS, CSAT, CES), on an open scale (mean) and by department (eNPS);
// cards without answers left out; the ranking of the hotspots list.
#include "importedtext.h"
#include "data/metricheat.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QTest>

#include <cmath>

using namespace waymark;
using test::answers;
using test::importText;

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

// Two stages, one lane; cards A, B, C with data keys a, b, c (A and B of the retail network,
// C of the contact centre), D with a key no answer has (back office), E without a key.
struct Map {
    Journey journey;
    QUuid a, b, c, d, e;

    Map()
    {
        Stage first, second;
        first.id = QUuid::createUuid();
        first.name = QStringLiteral("Apply");
        second.id = QUuid::createUuid();
        second.name = QStringLiteral("Verify");
        journey.stages = {first, second};
        Lane lane;
        lane.id = QUuid::createUuid();
        journey.lanes = {lane};
        for (const char *name : {"Retail network", "Contact centre", "Back office"}) {
            Department department;
            department.id = QUuid::createUuid();
            department.name = QString::fromLatin1(name);
            journey.departments.push_back(department);
        }
        const auto card = [&](const char *key, int stage, int department) {
            Touchpoint t;
            t.id = QUuid::createUuid();
            t.title = QString::fromLatin1(key).toUpper();
            t.stageId = journey.stages[std::size_t(stage)].id;
            t.laneId = lane.id;
            t.dataKey = QString::fromLatin1(key);
            t.departmentId = journey.departments[std::size_t(department)].id;
            journey.touchpoints.push_back(t);
            return t.id;
        };
        a = card("a", 0, 0);
        b = card("b", 0, 0);
        c = card("c", 1, 1);
        d = card("d", 1, 2);
        e = card("", 1, 0);
    }

    void add(const QByteArray &csv, const QString &metric)
    {
        journey.datasets.push_back(DatasetRef(importText(csv, metric)));
    }
};

} // namespace

class TestMetricHeat : public QObject
{
    Q_OBJECT
private slots:
    void npsOnItsScale()
    {
        Map map;
        // a: 20 promoters, 5 passives, 5 detractors of 30: NPS (20 − 5)/30 = +50.
        // b: 1 promoter (9), 1 passive (7), 2 detractors (0, 6) of 4: (1 − 2)/4 = −25.
        // c: 2 detractors: −100. No answer says d.
        map.add(answers({{"a", 10, 20}, {"a", 8, 5}, {"a", 3, 5}, {"b", 0, 1}, {"b", 6, 1}, {"b", 7, 1}, {"b", 9, 1}, {"c", 2, 1}, {"c", 3, 1}}),
                QStringLiteral("nps"));
        StatisticsCache cache;
        const MetricHeat heat = metricHeat(map.journey, cache, QStringLiteral("nps"));
        QCOMPARE(heat.scale.metric, metricByKey(QStringLiteral("nps")));
        QCOMPARE(heat.scale.lowest, -100.0);
        QCOMPARE(heat.scale.highest, 100.0);
        // 1 − (value + 100)/200.
        QCOMPARE(heat.fractions.size(), 3);
        QVERIFY(near(heat.fractions.value(map.a), 1 - 150.0 / 200)); // 0.25
        QVERIFY(near(heat.fractions.value(map.b), 1 - 75.0 / 200));  // 0.625
        QVERIFY(near(heat.fractions.value(map.c), 1.0));
        QVERIFY(!heat.fractions.contains(map.d)); // a data key without answers
        QVERIFY(!heat.fractions.contains(map.e)); // no data key
        QVERIFY(near(heat.values.value(map.a), 50.0));
        QCOMPARE(heat.answers.value(map.b), 4.0);
        // NPS trusts 30 answers: a has them, b and c do not.
        QCOMPARE(heat.smallSamples, (UuidSet{map.b, map.c}));
        QCOMPARE(heat.scale.lowestText(), QStringLiteral("\u2212100"));
        QCOMPARE(heat.scale.highestText(), QStringLiteral("+100"));
        QCOMPARE(metricHeatFractions(map.journey, cache, QStringLiteral("nps")), heat.fractions);
    }

    void csatOnItsScale()
    {
        Map map;
        // Satisfied = 4 or 5. a: 5 4 4 2 → 3 of 4 = 75 %; b: 1 2 3 4 5 → 2 of 5 = 40 %; c: 3 → 0 %.
        map.add(answers({{"a", 5, 1}, {"a", 4, 2}, {"a", 2, 1}, {"b", 1, 1}, {"b", 2, 1}, {"b", 3, 1}, {"b", 4, 1}, {"b", 5, 1}, {"c", 3, 1}}),
                QStringLiteral("csat"));
        StatisticsCache cache;
        const auto fractions = metricHeatFractions(map.journey, cache, QStringLiteral("csat"));
        QCOMPARE(fractions.size(), 3);
        QVERIFY(near(fractions.value(map.a), 0.25)); // 1 − 75/100
        QVERIFY(near(fractions.value(map.b), 0.60));
        QVERIFY(near(fractions.value(map.c), 1.00));
        const MetricHeat heat = metricHeat(map.journey, cache, QStringLiteral("csat"));
        QCOMPARE(heat.scale.lowestText(), QStringLiteral("0\u00a0%"));
        QCOMPARE(heat.scale.highestText(), QStringLiteral("100\u00a0%"));
        // Both asks found the same groups: counted once.
        QCOMPARE(cache.computations(), std::size_t(1));
    }

    void cesOnItsScale()
    {
        Map map;
        // CES 1–7 ("how easy"), the mean. a: 7 6 5 → 6; b: 1 2 → 1.5; c: 4 → 4.
        map.add(answers({{"a", 7, 1}, {"a", 6, 1}, {"a", 5, 1}, {"b", 1, 1}, {"b", 2, 1}, {"c", 4, 1}}), QStringLiteral("ces"));
        StatisticsCache cache;
        const MetricHeat heat = metricHeat(map.journey, cache, QStringLiteral("ces"));
        QCOMPARE(heat.scale.lowest, 1.0);
        QCOMPARE(heat.scale.highest, 7.0);
        // 1 − (mean − 1)/6.
        QVERIFY(near(heat.fractions.value(map.a), 1.0 / 6));
        QVERIFY(near(heat.fractions.value(map.b), 11.0 / 12));
        QVERIFY(near(heat.fractions.value(map.c), 0.5));
        QCOMPARE(heat.fractions.size(), 3);
    }

    void openScaleSpansTheCards()
    {
        Map map;
        // Any number: a: 10 20 → 15; b: 40; c: 25 35 → 30. The scale runs 15 … 40.
        map.add("touchpoint,value\na,10\na,20\nb,40\nc,25\nc,35\n", QStringLiteral("mean"));
        StatisticsCache cache;
        const MetricHeat heat = metricHeat(map.journey, cache, QStringLiteral("mean"));
        QCOMPARE(heat.scale.lowest, 15.0);
        QCOMPARE(heat.scale.highest, 40.0);
        QVERIFY(heat.scale.isValid());
        QVERIFY(near(heat.fractions.value(map.a), 1.0));       // the lowest: hottest
        QVERIFY(near(heat.fractions.value(map.b), 0.0));       // the highest: coolest
        QVERIFY(near(heat.fractions.value(map.c), 1 - 15.0 / 25)); // 0.4
        QCOMPARE(heat.scale.lowestText(), QStringLiteral("15.0"));
        QCOMPARE(heat.scale.highestText(), QStringLiteral("40.0"));

        // One card with answers: no range to place it on, so the middle.
        Map one;
        one.add("touchpoint,value\nb,40\nzz,1\n", QStringLiteral("mean"));
        const MetricHeat single = metricHeat(one.journey, cache, QStringLiteral("mean"));
        QCOMPARE(single.fractions.size(), 1);
        QVERIFY(near(single.fractions.value(one.b), 0.5));
        // Rows of a key no card has do not stretch the cards' scale.
        QCOMPARE(single.scale.lowest, 40.0);
    }

    void enpsByDepartment()
    {
        Map map;
        // Retail network: 10 9 3 → (2 − 1)/3 = +33.3; contact centre: 6 → −100; back office none.
        map.add("department,eNPS\nRetail network,10\nRetail network,9\nRetail network,3\nContact centre,6\n", QStringLiteral("enps"));
        StatisticsCache cache;
        const MetricHeat heat = metricHeat(map.journey, cache, QStringLiteral("enps"));
        // Every card of a department with answers, whatever its data key (E has none).
        QCOMPARE(heat.fractions.size(), 4);
        const double retail = 1 - (100.0 / 3 + 100) / 200; // 1/3
        QVERIFY(near(heat.fractions.value(map.a), retail));
        QVERIFY(near(heat.fractions.value(map.b), retail));
        QVERIFY(near(heat.fractions.value(map.e), retail));
        QVERIFY(near(heat.fractions.value(map.c), 1.0));
        QVERIFY(!heat.fractions.contains(map.d));
        // A renamed department no longer matches its answers.
        map.journey.departments[1].name = QStringLiteral("Call centre");
        QVERIFY(!metricHeat(map.journey, cache, QStringLiteral("enps")).fractions.contains(map.c));
    }

    void withoutDataNothingIsColoured()
    {
        Map map;
        StatisticsCache cache;
        const MetricHeat none = metricHeat(map.journey, cache, QStringLiteral("csat"));
        QVERIFY(none.fractions.isEmpty());
        QVERIFY(!none.scale.isValid());
        QVERIFY(none.scale.lowestText().isEmpty());
        QVERIFY(metricHeat(map.journey, cache, QStringLiteral("banana")).fractions.isEmpty());
        // Answers whose keys match no card: a metric with data, but no card to colour.
        map.add(answers({{"zz", 5, 3}}), QStringLiteral("csat"));
        const MetricHeat unmatched = metricHeat(map.journey, cache, QStringLiteral("csat"));
        QVERIFY(unmatched.fractions.isEmpty());
        QCOMPARE(unmatched.scale.metric, metricByKey(QStringLiteral("csat")));
        QCOMPARE(map.journey.metricsWithData(), (std::vector<const Metric *>{metricByKey(QStringLiteral("csat"))}));
    }

    void newestDatasetCounts()
    {
        Map map;
        map.add(answers({{"a", 1, 1}}), QStringLiteral("csat")); // 0 %
        map.add(answers({{"a", 5, 1}}), QStringLiteral("csat")); // 100 %, imported later
        StatisticsCache cache;
        QVERIFY(near(metricHeatFractions(map.journey, cache, QStringLiteral("csat")).value(map.a), 0.0));
    }

    void rankingPutsTheWorstFirst()
    {
        Map map;
        // a 75 %, b 40 %, c 0 %, and d's key given the same 40 % as b: b before d (stage order).
        map.journey.touchpoints[3].dataKey = QStringLiteral("b");
        map.add(answers({{"a", 5, 1}, {"a", 4, 2}, {"a", 2, 1}, {"b", 1, 1}, {"b", 2, 1}, {"b", 3, 1}, {"b", 4, 1}, {"b", 5, 1}, {"c", 3, 1}}),
                QStringLiteral("csat"));
        StatisticsCache cache;
        const auto ranked = rankByMetric(map.journey, metricHeat(map.journey, cache, QStringLiteral("csat")));
        QCOMPARE(ranked.size(), std::size_t(4));
        QCOMPARE(ranked[0].id, map.c);
        QCOMPARE(ranked[1].id, map.b);
        QCOMPARE(ranked[2].id, map.d);
        QCOMPARE(ranked[3].id, map.a);
        QVERIFY(near(ranked[3].score, 75.0));
    }

    void choiceKeepsEffortCallersWorking()
    {
        Map map;
        map.journey.touchpoints[0].effort.minutes = 30;
        map.journey.touchpoints[1].effort.minutes = 5;
        StatisticsCache cache;
        const HeatmapChoice time = EffortDimension::Time;
        QCOMPARE(time.effort(), std::optional(EffortDimension::Time));
        QVERIFY(!time.isMetric() && !time.isOff());
        QCOMPARE(heatmapFractions(map.journey, cache, time), heatFractions(map.journey, EffortDimension::Time, EffortWeights{}));
        const HeatmapChoice off = std::nullopt;
        QVERIFY(off.isOff());
        QVERIFY(heatmapFractions(map.journey, cache, off).isEmpty());
        QCOMPARE(off, HeatmapChoice());
        const HeatmapChoice csat = HeatmapChoice::metric(QStringLiteral("csat"));
        QVERIFY(csat.isMetric() && !csat.effort());
        QCOMPARE(csat.name(), QStringLiteral("CSAT"));
        QVERIFY(!(csat == time));
    }
};

QTEST_GUILESS_MAIN(TestMetricHeat)
#include "tst_metricheat.moc"
