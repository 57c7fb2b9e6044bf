// NPS goals and benchmark: the goal of a quarter, and their life in the journey's settings.
#include "data/npstargets.h"

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
};

QTEST_GUILESS_MAIN(TestNpsTargets)
#include "tst_npstargets.moc"
