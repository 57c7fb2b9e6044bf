// Each metric's figure and 95 % interval against hand computation (worked in the comments),
// and aggregated exports against the same answers given one by one.
#include "data/answerstatistics.h"
#include "data/importjob.h"
#include "data/metrics/metric.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

#include <cmath>

using namespace waymark;

namespace {

MetricSummary summaryOf(const QString &key, const std::vector<double> &answers)
{
    const Metric *metric = metricByKey(key);
    MetricTally tally;
    for (double answer : answers)
        tally.addAnswer(answer, metric->band(answer));
    return metric->summarize(tally);
}

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

// A table of raw answers with a touchpoint per row.
AnswerTable rawTable(const std::vector<double> &answers, const std::vector<QString> &touchpoints)
{
    AnswerTable table;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        table.score.push_back(answers[i]);
        table.day.push_back(noDate);
        for (auto *column : {&table.respondent, &table.customer, &table.segment, &table.stage, &table.channel, &table.department,
                             &table.location, &table.comment})
            column->push_back(0);
        table.touchpoint.push_back(table.strings.add(touchpoints[i]));
    }
    return table;
}

ImportOutcome importText(const QByteArray &csv, const QString &metric, const QHash<QString, int> &given = {})
{
    const ImportTarget target = ImportTarget::fromKey(metric);
    const ImportPreview preview = previewImport(csv, QStringLiteral("t.csv"), {}, 10);
    return runImport(csv, QStringLiteral("t.csv"), target, {}, guessImportMapping(target, preview.headers, given), {}, nullptr);
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void registryHasEveryMetric()
    {
        QStringList keys;
        for (const Metric *metric : allMetrics())
            keys << metric->key();
        QCOMPARE(keys, (QStringList{QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces"), QStringLiteral("audit"), QStringLiteral("enps"), QStringLiteral("mean")}));
        QVERIFY(!metricByKey(QStringLiteral("banana")));
    }

    void tQuantileMatchesPublishedTables()
    {
        // Student's t, 97.5 % point (any statistics textbook's table).
        QVERIFY(near(tQuantile975(4), 2.776445, 1e-6));
        QVERIFY(near(tQuantile975(9), 2.262157, 1e-6));
        QVERIFY(near(tQuantile975(29), 2.045230, 1e-6));
        QVERIFY(near(tQuantile975(1e6), 1.959966, 1e-5));
    }

    void npsByHand()
    {
        // 10 9 9 10 → 4 promoters, 8 7 → 2 passives, 6 3 0 5 → 4 detractors: NPS 0.
        // Variance p⁺ + p⁻ − 0² = 0.8; se = 100·√(0.8/10) = 28.2843; ±1.96·se = 55.4372.
        const MetricSummary s = summaryOf(QStringLiteral("nps"), {10, 9, 9, 8, 7, 6, 3, 0, 10, 5});
        QCOMPARE(s.n, 10.0);
        QVERIFY(s.hasValue);
        QVERIFY(near(s.value, 0));
        QVERIFY(near(s.standardError, 28.284271));
        QVERIFY(near(s.high95, 55.437172, 1e-5));
        QVERIFY(near(s.low95, -55.437172, 1e-5));
        QVERIFY(near(s.bandShares[2], 0.4) && near(s.bandShares[1], 0.2) && near(s.bandShares[0], 0.4));
        QVERIFY(s.smallSample);
    }

    void csatWilsonByHand()
    {
        // 5 4 4 5 4 of 5 4 4 3 2 5 1 4: 5 of 8 satisfied, p = 0.625 → 62.5 %.
        // Wilson, z = 1.959964: centre (p + z²/2n)/(1 + z²/n) = 0.584449, half-width
        // z·√(p(1−p)/n + z²/4n²)/(1 + z²/n) = 0.278707 → 30.574 % to 86.316 %.
        const MetricSummary s = summaryOf(QStringLiteral("csat"), {5, 4, 4, 3, 2, 5, 1, 4});
        QVERIFY(near(s.value, 62.5));
        QVERIFY2(near(s.low95, 30.574239, 1e-5), qPrintable(QString::number(s.low95, 'f', 6)));
        QVERIFY2(near(s.high95, 86.315571, 1e-5), qPrintable(QString::number(s.high95, 'f', 6)));
        // The interval stays inside 0–100 % at the edges, where a normal one would not.
        const MetricSummary all = summaryOf(QStringLiteral("csat"), {5, 5, 4});
        QVERIFY(near(all.value, 100) && all.high95 <= 100 + 1e-9 && all.low95 > 0);
    }

    void cesMeanWithTIntervalByHand()
    {
        // 7 6 5 5 4 3 2 6 7 5: mean 5.0; squared deviations 4 1 0 0 1 4 9 1 4 0 = 24,
        // s² = 24/9, s = 1.632993, se = s/√10 = 0.516398, t(0.975, 9) = 2.262157 →
        // ±1.168175: 3.831825 to 6.168175. Easy (5–7): 7 of 10.
        const MetricSummary s = summaryOf(QStringLiteral("ces"), {7, 6, 5, 5, 4, 3, 2, 6, 7, 5});
        QVERIFY(near(s.value, 5.0));
        QVERIFY(near(s.sd, 1.632993));
        QVERIFY(near(s.low95, 3.831825, 1e-5));
        QVERIFY(near(s.high95, 6.168175, 1e-5));
        QVERIFY(near(s.bandShares[2], 0.7));
        QCOMPARE(s.degreesOfFreedom, 9.0);
    }

    void auditItemsMetByHand()
    {
        // Visits: 9/10, 18/20, 7/10, 10/10, 4/5 → 90 90 70 100 80: mean 86; deviations
        // 4 4 −16 14 −6, squares sum 520, s² = 130, se = √(130/5) = 5.099020,
        // t(0.975, 4) = 2.776445 → ±14.157148.
        const QByteArray csv = "visit,store,items met,items checked\n1,A,9,10\n2,A,18,20\n3,B,7,10\n4,B,10,10\n5,B,4,5\n6,B,6,5\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("audit"));
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.dataset->answers->score, (std::vector<double>{90, 90, 70, 100, 80}));
        QCOMPARE(outcome.issues.size(), std::size_t(1)); // 6 met of 5 checked
        QCOMPARE(outcome.issues[0].line, qint64(7));
        const auto groups = groupAnswers(outcome.dataset->answers, *metricByKey(QStringLiteral("audit")), {Dimension::Journey});
        QCOMPARE(groups.size(), std::size_t(1));
        const MetricSummary &s = groups[0].summary;
        QVERIFY(near(s.value, 86));
        QVERIFY2(near(s.high95 - s.value, 14.157148, 1e-5), qPrintable(QString::number(s.high95 - s.value, 'f', 6)));
        // "store" is guessed as the location.
        const auto byStore = groupAnswers(outcome.dataset->answers, *metricByKey(QStringLiteral("audit")), {Dimension::Location});
        QCOMPARE(byStore.size(), std::size_t(2));
        QCOMPARE(byStore[0].key[0].second, QStringLiteral("A"));
        QVERIFY(near(byStore[0].summary.value, 90));
    }

    void meansComparedWithWelch()
    {
        // 7 6 5 5 4 (mean 5.4, s² 1.3) vs 3 2 6 7 5 (mean 4.6, s² 4.3): difference 0.8,
        // se = √(1.3/5 + 4.3/5) = 1.058301, Welch df = 1.12²/(0.26²/4 + 0.86²/4) = 6.2161,
        // t(0.975, 6.2161) ≈ 2.43: the interval holds 0, so not significant.
        const Metric &ces = *metricByKey(QStringLiteral("ces"));
        const MetricSummary a = summaryOf(QStringLiteral("ces"), {7, 6, 5, 5, 4});
        const MetricSummary b = summaryOf(QStringLiteral("ces"), {3, 2, 6, 7, 5});
        const MetricDifference d = ces.compare(a, b);
        QVERIFY(near(d.difference, 0.8));
        const double half = d.high - d.difference;
        QVERIFY2(half > 2.36 * 1.058301 && half < 2.45 * 1.058301, qPrintable(QString::number(half)));
        QVERIFY(near(half, tQuantile975(1.12 * 1.12 / (0.26 * 0.26 / 4 + 0.86 * 0.86 / 4)) * std::sqrt(1.12), 1e-9));
        QVERIFY(!d.significant);
        // NPS: two groups far apart are.
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        std::vector<double> high(100, 10.0), low(100, 2.0);
        QVERIFY(nps.compare(summaryOf(QStringLiteral("nps"), high), summaryOf(QStringLiteral("nps"), low)).significant);
    }

    void aggregatedMomentsEqualAnswersOneByOne()
    {
        // The CES answers of two touchpoints, once as answers and once as mean + n + sd.
        const std::vector<double> answers{7, 6, 5, 5, 4, 3, 2, 6, 7, 5, 4};
        const QString a = QStringLiteral("a"), b = QStringLiteral("b");
        const std::vector<QString> keys{a, a, a, a, a, b, b, b, b, b, b};
        const Metric &ces = *metricByKey(QStringLiteral("ces"));
        const auto raw = groupAnswers(rawTable(answers, keys), ces, {Dimension::Touchpoint});
        QByteArray csv = "touchpoint,n,mean,sd\n";
        for (const MetricGroup &group : raw)
            csv += group.key[0].second.toUtf8() + ',' + QByteArray::number(group.summary.n) + ','
                   + QByteArray::number(group.summary.mean, 'g', 17) + ',' + QByteArray::number(group.summary.sd, 'g', 17) + '\n';
        const ImportOutcome outcome = importText(csv, QStringLiteral("ces"));
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QVERIFY(outcome.dataset->answers->isAggregated());
        const auto aggregated = groupAnswers(outcome.dataset->answers, ces, {Dimension::Touchpoint});
        QCOMPARE(aggregated.size(), raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            QVERIFY(near(aggregated[i].summary.value, raw[i].summary.value, 1e-9));
            QVERIFY(near(aggregated[i].summary.low95, raw[i].summary.low95, 1e-9));
            QVERIFY(near(aggregated[i].summary.high95, raw[i].summary.high95, 1e-9));
        }
        // Both groups merged: the journey's figure from the aggregates equals all 11 answers.
        const auto whole = groupAnswers(outcome.dataset->answers, ces, {Dimension::Journey});
        const MetricSummary all = summaryOf(QStringLiteral("ces"), answers);
        QVERIFY(near(whole[0].summary.value, all.value, 1e-9));
        QVERIFY(near(whole[0].summary.high95, all.high95, 1e-9));
    }

    void aggregatedNpsCountsEqualAnswersOneByOne()
    {
        const QByteArray csv = "Period,Touchpoint,Promoters,Passives,Detractors\n2024-Q1,kyc,4,2,4\n2024-Q2,kyc,7,2,1\n2024-Q1,app,0,0,3\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("nps"));
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.dataset->answers->aggregate.count, (std::vector<double>{10, 10, 3}));
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        const auto byQuarter = groupAnswers(outcome.dataset->answers, nps, {Dimension::Touchpoint, Dimension::Quarter});
        QCOMPARE(byQuarter.size(), std::size_t(3));
        // kyc: 11 promoters, 4 passives, 5 detractors of 20 = NPS +30, as 20 answers would give.
        std::vector<double> kyc;
        kyc.insert(kyc.end(), 11, 10.0);
        kyc.insert(kyc.end(), 4, 8.0);
        kyc.insert(kyc.end(), 5, 3.0);
        const auto byKey = groupAnswers(outcome.dataset->answers, nps, {Dimension::Touchpoint});
        QCOMPARE(byKey[1].key[0].second, QStringLiteral("kyc"));
        const MetricSummary expected = summaryOf(QStringLiteral("nps"), kyc);
        QVERIFY(near(byKey[1].summary.value, 30.0));
        QVERIFY(near(byKey[1].summary.high95, expected.high95, 1e-9));
        QCOMPARE(byQuarter[1].key[1].second, QStringLiteral("2024-Q1"));
    }

    void csatSatisfiedOfTotal()
    {
        // "satisfied of total" exports: 45 of 60 → 75 %; bands not given are the rest.
        const QByteArray csv = "month;touchpoint;satisfied;responses\n2024-03;branch;45;60\n2024-03;app;9;10\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("csat"));
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        const auto groups = groupAnswers(outcome.dataset->answers, *metricByKey(QStringLiteral("csat")), {Dimension::Touchpoint});
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[1].key[0].second, QStringLiteral("branch"));
        QVERIFY(near(groups[1].summary.value, 75.0));
        QCOMPARE(groups[1].summary.n, 60.0);
    }

    void outOfScaleAnswersAreRefusedWithTheirLine()
    {
        const QByteArray csv = "CSAT,touchpoint\n5,a\n6,a\n4.5,b\n0,b\nx,b\n3,b\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("csat"));
        QVERIFY(outcome.dataset);
        QCOMPARE(outcome.dataset->answers->score, (std::vector<double>{5, 3}));
        QCOMPARE(outcome.issues.size(), std::size_t(4));
        QCOMPARE(outcome.issues[0].line, qint64(3));
        QVERIFY2(outcome.issues[0].reason.contains(QStringLiteral("1 to 5")), qPrintable(outcome.issues[0].reason));
        QCOMPARE(outcome.issues[3].line, qint64(6));
    }

    void bandsThatDoNotAddUpAreRefused()
    {
        const QByteArray csv = "touchpoint,promoters,passives,detractors,n\nkyc,4,2,4,11\napp,1,1,1,3\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("nps"));
        QVERIFY(outcome.dataset);
        QCOMPARE(outcome.issues.size(), std::size_t(1));
        QCOMPARE(outcome.issues[0].line, qint64(2));
    }

    void mapForOneColumnKeepsGuessingTheRest()
    {
        // The score column has an odd name; the touchpoint column is still found.
        const QByteArray csv = "Q7,Tačka kontakta,Filijala\n9,kyc,Beograd\n3,kyc,Novi Sad\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("nps"), {{QStringLiteral("Q7"), AnswerScore}});
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        const AnswerTable &t = outcome.dataset->answers;
        QCOMPARE(t.strings.at(t.touchpoint[0]), QStringLiteral("kyc"));
        QCOMPARE(t.strings.at(t.location[1]), QStringLiteral("Novi Sad"));
    }

    void enpsByDepartment()
    {
        const QByteArray csv = "department,eNPS\nRetail network,10\nRetail network,9\nRetail network,3\nContact centre,6\n";
        const ImportOutcome outcome = importText(csv, QStringLiteral("enps"));
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        const auto groups = groupAnswers(outcome.dataset->answers, *metricByKey(QStringLiteral("enps")), {Dimension::Department});
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[1].key[0].second, QStringLiteral("Retail network"));
        QVERIFY(near(groups[1].summary.value, 100.0 / 3.0));
        QVERIFY(near(groups[0].summary.value, -100.0));
    }

    void cacheRecountsOnlyWhenTheMapUnderItChanges()
    {
        // Two cards on two stages, answers keyed to them.
        Journey journey;
        Stage apply, verify;
        apply.id = QUuid::createUuid();
        apply.name = QStringLiteral("Apply");
        verify.id = QUuid::createUuid();
        verify.name = QStringLiteral("Verify");
        journey.stages = {apply, verify};
        Lane lane;
        lane.id = QUuid::createUuid();
        journey.lanes = {lane};
        Touchpoint a, b;
        a.id = QUuid::createUuid();
        a.stageId = journey.stages[0].id;
        a.laneId = journey.lanes[0].id;
        a.dataKey = QStringLiteral("a");
        b = a;
        b.id = QUuid::createUuid();
        b.stageId = journey.stages[1].id;
        b.dataKey = QStringLiteral("b");
        journey.touchpoints = {a, b};
        Dataset data;
        data.id = QUuid::createUuid();
        data.answers.edit() = rawTable({10, 9, 3, 10}, {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("b")});
        const DatasetRef dataset(std::move(data));
        StatisticsCache cache;
        const auto byStage = [&] { return cache.groups(dataset, {Dimension::Stage}, &journey); };
        QCOMPARE(byStage()->size(), std::size_t(2));
        QCOMPARE(cache.computations(), std::size_t(1));
        // A title and an effort edit: found, not recounted.
        journey.touchpoints[0].title = QStringLiteral("Fill in the form");
        journey.touchpoints[1].effort.emotion = 9;
        QCOMPARE(byStage()->size(), std::size_t(2));
        QCOMPARE(cache.computations(), std::size_t(1));
        // By touchpoint never reads the map.
        cache.groups(dataset, {Dimension::Touchpoint}, &journey);
        journey.touchpoints[0].dataKey = QStringLiteral("b");
        cache.groups(dataset, {Dimension::Touchpoint}, &journey);
        QCOMPARE(cache.computations(), std::size_t(2));
        // A data key moved to another stage: the stage groups are counted again, and right.
        const auto moved = byStage();
        QCOMPARE(cache.computations(), std::size_t(3));
        QCOMPARE(moved->size(), std::size_t(2)); // "a" rows now belong to no card: their own (empty) stage
        QCOMPARE(moved->at(1).key[0].second, QStringLiteral("Verify"));
        QCOMPARE(moved->at(1).summary.n, 2.0);
        // A renamed dataset shares its rows: found, not recounted, and no rows were copied.
        Dataset renamed(*dataset);
        renamed.name = QStringLiteral("Renamed");
        QCOMPARE(renamed.answers.shared(), dataset->answers.shared());
        cache.groups(DatasetRef(std::move(renamed)), {Dimension::Touchpoint}, &journey);
        QCOMPARE(cache.computations(), std::size_t(3));
        // Changed rows (a new import, a replaced file) are never mistaken for the old ones.
        Dataset changed(*dataset);
        changed.answers.edit().score[0] = 0;
        QVERIFY(changed.answers.shared() != dataset->answers.shared());
        QCOMPARE(dataset->answers->score[0], 10.0); // the original is untouched
        cache.groups(DatasetRef(std::move(changed)), {Dimension::Touchpoint}, &journey);
        QCOMPARE(cache.computations(), std::size_t(4));
    }

    void groupingMatchesANaiveCount()
    {
        // 20,000 random answers with dates, segments and touchpoints (some empty), grouped by
        // touchpoint × quarter × segment, against a count written the obvious way.
        AnswerTable table;
        QRandomGenerator random(7);
        const QStringList texts{QString(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        std::map<QStringList, std::array<double, 3>> expected; // label key -> detractors, passives, promoters
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        for (int i = 0; i < 20000; ++i) {
            const int score = random.bounded(11);
            const QString key = texts[random.bounded(4)], segment = texts[random.bounded(4)];
            const bool dated = random.bounded(10) > 0;
            const QDate date = QDate(2023, 1, 1).addDays(random.bounded(800));
            table.score.push_back(score);
            table.day.push_back(dated ? dayNumber(date) : noDate);
            table.touchpoint.push_back(table.strings.add(key));
            table.segment.push_back(table.strings.add(segment));
            for (auto *column : {&table.respondent, &table.customer, &table.stage, &table.channel, &table.department, &table.location,
                                 &table.comment})
                column->push_back(0);
            const auto label = [](const QString &text) { return text.isEmpty() ? noValueLabel() : text; };
            const QString quarter = dated ? QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1) : noValueLabel();
            expected[{label(key), quarter, label(segment)}][std::size_t(*nps.band(score))] += 1;
        }
        const auto groups = groupAnswers(table, nps, {Dimension::Touchpoint, Dimension::Quarter, Dimension::Segment});
        QCOMPARE(groups.size(), expected.size());
        for (const MetricGroup &group : groups) {
            const QStringList key{group.key[0].second, group.key[1].second, group.key[2].second};
            QVERIFY2(expected.count(key), qPrintable(key.join(u'/')));
            for (std::size_t b = 0; b < 3; ++b)
                QCOMPARE(group.tally.bands[b], expected[key][b]);
        }
    }

    void noNaNLeaksFromEmptyOrCountOnlyGroups()
    {
        MetricTally empty;
        for (const Metric *metric : allMetrics()) {
            const MetricSummary s = metric->summarize(empty);
            QVERIFY(!s.hasValue);
            QVERIFY(!std::isnan(s.value) && !std::isnan(s.low95) && !std::isnan(s.high95));
        }
        // CES given as hard/neutral/easy counts only: the shares, but no mean to show.
        MetricTally counts;
        counts.addAggregate(10, 2, 3, 5, std::nan(""), std::nan(""));
        const MetricSummary s = metricByKey(QStringLiteral("ces"))->summarize(counts);
        QVERIFY(!s.hasValue);
        QVERIFY(near(s.bandShares[2], 0.5));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
