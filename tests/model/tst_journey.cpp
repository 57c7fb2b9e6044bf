// The journey value type: lookups, cell order, invariants and effort totals.
#include "efforttotals.h"
#include "enums.h"
#include "journey.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace waymark;

namespace {

QUuid uid(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

Touchpoint card(int n, int stage, int lane, double minutes, qint64 hundredths, const char *currency, int emotion)
{
    Touchpoint t;
    t.id = uid(100 + n);
    t.stageId = uid(stage);
    t.laneId = uid(10 + lane);
    t.title = QStringLiteral("card %1").arg(n);
    t.effort = {minutes, {hundredths, QString::fromLatin1(currency)}, emotion};
    return t;
}

// 2 stages x 3 lanes; totals below are worked out by hand from these numbers.
Journey fixture()
{
    Journey j;
    j.id = uid(999);
    j.title = QStringLiteral("Fixture");
    j.currency = QStringLiteral("EUR");
    j.departments = {{uid(50), QStringLiteral("Ops"), QColor(Qt::red)}};
    j.stages = {{uid(1), QStringLiteral("Apply"), {}}, {uid(2), QStringLiteral("Use"), {}}};
    j.lanes = {{uid(10), QStringLiteral("Customer"), LaneKind::CustomerActions, OfficeZone::Customer, {}},
               {uid(11), QStringLiteral("Branch"), LaneKind::Touchpoints, OfficeZone::Front, {}},
               {uid(12), QStringLiteral("Back office"), LaneKind::Department, OfficeZone::Back, uid(50)}};
    j.touchpoints = {card(1, 1, 0, 10, 500, "EUR", 2),  card(2, 2, 1, 30, 0, "EUR", 7),
                     card(3, 1, 0, 2.5, 1250, "USD", 4), card(4, 1, 2, 120, 999, "EUR", 9),
                     card(5, 2, 1, 0, 1, "EUR", 0)};
    return j;
}

} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsSound()
    {
        const auto problems = fixture().problems();
        QVERIFY2(problems.empty(), qPrintable(problems.empty() ? QString() : problems.front().message));
    }

    void lookups()
    {
        const Journey j = fixture();
        QCOMPARE(j.stageIndex(uid(2)), std::optional<int>(1));
        QCOMPARE(j.laneIndex(uid(12)), std::optional<int>(2));
        QVERIFY(!j.stageIndex(uid(77)));
        QCOMPARE(j.touchpoint(uid(104))->title, QStringLiteral("card 4"));
        QVERIFY(!j.touchpoint(uid(1)));
        QCOMPARE(j.department(uid(50))->name, QStringLiteral("Ops"));
    }

    void cellOrderIsListOrder()
    {
        const Journey j = fixture();
        const auto cell = j.cell(uid(1), uid(10));
        QCOMPARE(int(cell.size()), 2);
        QCOMPARE(cell[0]->id, uid(101));
        QCOMPARE(cell[1]->id, uid(103));
        const auto stage = j.touchpointsInStage(uid(1));
        QCOMPARE(int(stage.size()), 3);
        QCOMPARE(stage[2]->id, uid(104)); // lane order: back office comes last
    }

    void lineOfVisibility()
    {
        Journey j = fixture();
        QCOMPARE(j.lineOfVisibilityIndex(), 2);
        j.lanes[2].zone = OfficeZone::Front;
        QCOMPARE(j.lineOfVisibilityIndex(), 3); // none below the line
    }

    void canonicalGroupsByStageThenLaneKeepingCellOrder()
    {
        const Journey j = fixture();
        const Journey c = j.canonical();
        QList<QUuid> order;
        for (const Touchpoint &t : c.touchpoints)
            order << t.id;
        QCOMPARE(order, (QList<QUuid>{uid(101), uid(103), uid(104), uid(102), uid(105)}));
        QVERIFY(j.sameContent(c));
        QVERIFY(!(j == c));

        Journey swapped = j;
        std::swap(swapped.touchpoints[0], swapped.touchpoints[2]); // cards 1 and 3 share a cell
        QVERIFY(!j.sameContent(swapped));
    }

    void problemsAreFoundAndLocated_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("card in missing stage") << 0 << QStringLiteral("/touchpoints/0/stage") << QStringLiteral("stage that does not exist");
        QTest::newRow("card in missing lane") << 1 << QStringLiteral("/stages/0/touchpoints/0/lane") << QStringLiteral("lane that does not exist");
        QTest::newRow("negative time") << 2 << QStringLiteral("/stages/0/touchpoints/1/effort/minutes") << QStringLiteral("0 minutes or more");
        QTest::newRow("NaN time") << 3 << QStringLiteral("/stages/0/touchpoints/1/effort/minutes") << QStringLiteral("0 minutes or more");
        QTest::newRow("emotion 14") << 4 << QStringLiteral("/stages/1/touchpoints/0/effort/emotion") << QStringLiteral("from 0 to 10, got 14");
        QTest::newRow("negative money") << 5 << QStringLiteral("/stages/0/touchpoints/0/effort/money/amount") << QStringLiteral("0 or more");
        QTest::newRow("bad currency") << 6 << QStringLiteral("/stages/0/touchpoints/0/effort/money/currency") << QStringLiteral("ISO 4217");
        QTest::newRow("duplicate id") << 7 << QStringLiteral("/stages/1/id") << QStringLiteral("duplicate id");
        QTest::newRow("department lane without department") << 8 << QStringLiteral("/lanes/2/department") << QStringLiteral("must name a department");
        QTest::newRow("dangling connection") << 9 << QStringLiteral("/connections/0/to") << QStringLiteral("does not exist");
        QTest::newRow("unknown owner") << 10 << QStringLiteral("/stages/0/touchpoints/0/department") << QStringLiteral("unknown department");
        QTest::newRow("too much money") << 12 << QStringLiteral("/stages/0/touchpoints/0/effort/money/amount") << QStringLiteral("at most");
        QTest::newRow("journey currency") << 11 << QStringLiteral("/currency") << QStringLiteral("ISO 4217");
    }

    void problemsAreFoundAndLocated()
    {
        QFETCH(int, breakage);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        Journey j = fixture();
        switch (breakage) {
        case 0: j.touchpoints[0].stageId = uid(77); break;
        case 1: j.touchpoints[0].laneId = uid(77); break;
        case 2: j.touchpoints[2].effort.minutes = -1; break;
        case 3: j.touchpoints[2].effort.minutes = std::numeric_limits<double>::quiet_NaN(); break;
        case 4: j.touchpoints[1].effort.emotion = 14; break;
        case 5: j.touchpoints[0].effort.money.hundredths = -5; break;
        case 6: j.touchpoints[0].effort.money.currency = QStringLiteral("eur"); break;
        case 7: j.stages[1].id = j.stages[0].id; break;
        case 8: j.lanes[2].departmentId = QUuid(); break;
        case 9: j.connections.push_back({uid(300), uid(101), uid(77), {}}); break;
        case 10: j.touchpoints[0].departmentId = uid(77); break;
        case 11: j.currency = QStringLiteral("Euro"); break;
        case 12: j.touchpoints[0].effort.money.hundredths = Money::maxHundredths + 1; break;
        }
        const auto problems = j.problems();
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().path, path);
        QVERIFY2(problems.front().message.contains(fragment), qPrintable(problems.front().message));
    }

    void totalsPerStageLaneAndJourney()
    {
        const Journey j = fixture();
        const EffortTotals all = EffortCalculator::forJourney(j);
        QCOMPARE(all.cards, 5);
        QCOMPARE(all.minutes, 162.5);               // 10 + 30 + 2.5 + 120 + 0
        QCOMPARE(all.hundredthsByCurrency.at(QStringLiteral("EUR")), qint64(1500)); // 500 + 999 + 1
        QCOMPARE(all.hundredthsByCurrency.at(QStringLiteral("USD")), qint64(1250));
        QCOMPARE(all.emotionSum, 22);
        QCOMPARE(all.emotionMax, 9);
        QCOMPARE(all.meanEmotion(), 4.4);

        const auto stages = EffortCalculator::perStage(j);
        QCOMPARE(stages.value(uid(1)).minutes, 132.5);
        QCOMPARE(stages.value(uid(1)).emotionMax, 9);
        QCOMPARE(stages.value(uid(2)).cards, 2);
        QCOMPARE(stages.value(uid(2)).meanEmotion(), 3.5);
        QCOMPARE(stages.value(uid(1)), EffortCalculator::forStage(j, uid(1)));

        const auto lanes = EffortCalculator::perLane(j);
        QCOMPARE(lanes.value(uid(10)).minutes, 12.5);
        QCOMPARE(lanes.value(uid(11)).hundredthsByCurrency.at(QStringLiteral("EUR")), qint64(1));
        QCOMPARE(lanes.value(uid(12)).emotionSum, 9);
        QCOMPARE(lanes.value(uid(12)), EffortCalculator::forLane(j, uid(12)));
        QCOMPARE(EffortTotals().meanEmotion(), 0.0); // no cards: no division by zero
    }

    void moneyIsExactInHundredths()
    {
        QCOMPARE(Money::hundredthsFromAmount(0.1 + 0.2), qint64(30));
        QCOMPARE(Money::hundredthsFromAmount(19.99), qint64(1999));
        QVERIFY(isValidCurrencyCode(QStringLiteral("KRW")));
        QVERIFY(!isValidCurrencyCode(QStringLiteral("kr")));
        QVERIFY(!isValidCurrencyCode(QStringLiteral("ЕВР")));
    }

    void formatting()
    {
        QCOMPARE(formatMinutes(45), QStringLiteral("45 min"));
        QCOMPARE(formatMinutes(2.5), QStringLiteral("2.5 min"));
        QCOMPARE(formatMinutes(120), QStringLiteral("2 h"));
        QCOMPARE(formatMinutes(2885), QStringLiteral("48 h 5 min"));
        QVERIFY(formatMoneyTotals({{QStringLiteral("EUR"), 1250}}).contains(QStringLiteral("12.50")));
    }

    void enumKeysRoundTrip()
    {
        for (LaneKind k : allLaneKinds)
            QCOMPARE(laneKindFromKey(toKey(k)), std::optional<LaneKind>(k));
        for (OfficeZone z : allOfficeZones)
            QCOMPARE(officeZoneFromKey(toKey(z)), std::optional<OfficeZone>(z));
        for (Channel c : allChannels)
            QCOMPARE(channelFromKey(toKey(c)), std::optional<Channel>(c));
        QVERIFY(!laneKindFromKey(QStringLiteral("swimlane")));
        QCOMPARE(toKey(Channel::MobileApp), QStringLiteral("mobile-app"));
    }
};

QTEST_GUILESS_MAIN(TestJourney)
#include "tst_journey.moc"
