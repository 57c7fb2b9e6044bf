// Goals and benchmarks per metric: the goal of a quarter, and their life in the journey's
// settings (NPS's keys as they always were, every other metric's under its own key).
#include "data/metrictargets.h"
#include "data/metrics/metric.h"

#include <QTest>

using namespace waymark;

class TestNpsTargets : public QObject
{
    Q_OBJECT

private slots:
    void goalPerQuarter()
    {
        const NpsGoal goal{QStringLiteral("Students"), QStringLiteral("2024-Q3"), -10, 3};
        QCOMPARE(goal.at(QStringLiteral("2024-Q3")), std::optional<double>(-10));
        QCOMPARE(goal.at(QStringLiteral("2024-Q4")), std::optional<double>(-7));
        QCOMPARE(goal.at(QStringLiteral("2025-Q2")), std::optional<double>(-1)); // across the year: 3 quarters on
        QVERIFY(!goal.at(QStringLiteral("2024-Q2")));                            // before the start
        QVERIFY(!goal.at(QStringLiteral("2024-Q5")));
        QVERIFY(!goal.at(QStringLiteral("Q1 2025")));
        const NpsGoal steep{QString(), QStringLiteral("2024-Q1"), 90, 10};
        QCOMPARE(steep.at(QStringLiteral("2025-Q1")), std::optional<double>(100)); // NPS stops at 100
        QCOMPARE(quarterName(*quarterNumber(QStringLiteral("2023-Q4")) + 1), QStringLiteral("2024-Q1"));
    }

    void settingsRoundTripAndDistrust()
    {
        NpsTargets targets;
        targets.benchmark = 31.5;
        targets.benchmarkName = QStringLiteral("Банке у Србији");
        targets.goals = {{QStringLiteral("Студенти"), QStringLiteral("2024-Q1"), -12.5, 2}, {QString(), QStringLiteral("2023-Q4"), 0, 1}};
        const QMap<QString, QString> settings = targets.toSettings();
        QCOMPARE(NpsTargets::fromSettings(settings), targets);

        // Nothing set: every key is removed (EditJourneySettings drops keys with empty values).
        const QMap<QString, QString> none = NpsTargets().toSettings();
        for (const QString &value : none)
            QVERIFY(value.isEmpty());

        // A file may hold anything: bad values are skipped, never trusted.
        QMap<QString, QString> bad;
        bad.insert(QStringLiteral("nps/benchmark"), QStringLiteral("150"));
        bad.insert(QStringLiteral("nps/goals"), QStringLiteral("[{\"segment\":\"A\",\"from\":\"soon\",\"start\":0},"
                                                               "{\"segment\":\"B\",\"from\":\"2024-Q2\",\"start\":5,\"perQuarter\":1}, 7, {]"));
        const NpsTargets read = NpsTargets::fromSettings(bad);
        QVERIFY(!read.benchmark);
        QVERIFY(read.goals.empty()); // the JSON is broken as a whole
        bad.insert(QStringLiteral("nps/goals"), QStringLiteral("[{\"segment\":\"A\",\"from\":\"soon\",\"start\":0},"
                                                               "{\"segment\":\"B\",\"from\":\"2024-Q2\",\"start\":5,\"perQuarter\":1}, 7]"));
        const NpsTargets partly = NpsTargets::fromSettings(bad);
        QCOMPARE(partly.goals.size(), std::size_t(1));
        QCOMPARE(partly.goals[0].segment, QStringLiteral("B"));
    }

    void everyMetricHasItsOwnKeysAndScale()
    {
        MetricTargets csat;
        csat.metric = QStringLiteral("csat");
        csat.benchmark = 81;
        csat.goals = {{QString(), QStringLiteral("2024-Q1"), 70, 4}};
        const QMap<QString, QString> settings = csat.toSettings();
        QCOMPARE(settings.keys(), (QStringList{QStringLiteral("csat/benchmark"), QStringLiteral("csat/benchmarkName"), QStringLiteral("csat/goals")}));
        QCOMPARE(MetricTargets::fromSettings(settings, QStringLiteral("csat")), csat);
        QVERIFY(!MetricTargets::fromSettings(settings).benchmark); // NPS reads only "nps/…"
        QCOMPARE(MetricTargets().toSettings().firstKey(), QStringLiteral("nps/benchmark"));

        // Goals stop at the scale's ends: 100 % for CSAT, 7 for CES, nowhere for an open scale.
        QCOMPARE(csat.goals[0].at(QStringLiteral("2026-Q1"), *metricByKey(QStringLiteral("csat"))), std::optional<double>(100));
        const MetricGoal easier{QString(), QStringLiteral("2024-Q1"), 6.5, 0.25};
        QCOMPARE(easier.at(QStringLiteral("2025-Q1"), *metricByKey(QStringLiteral("ces"))), std::optional<double>(7));
        const MetricGoal revenue{QString(), QStringLiteral("2024-Q1"), 900, 50};
        QCOMPARE(revenue.at(QStringLiteral("2025-Q1"), *metricByKey(QStringLiteral("mean"))), std::optional<double>(1100));

        // A benchmark outside the scale is not read from a file.
        QVERIFY(MetricTargets::inScale(QStringLiteral("ces"), 7));
        QVERIFY(!MetricTargets::inScale(QStringLiteral("ces"), 0.5));
        QVERIFY(!MetricTargets::inScale(QStringLiteral("audit"), 101));
        QVERIFY(MetricTargets::inScale(QStringLiteral("mean"), -1e6));
        QVERIFY(!MetricTargets::inScale(QStringLiteral("banana"), 1));
    }
};

QTEST_GUILESS_MAIN(TestNpsTargets)
#include "tst_npstargets.moc"
