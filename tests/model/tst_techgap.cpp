// The technology gap list: system cards (Systems lanes) with the pain points of the touchpoints
// they support, in journey order, the customer's time there, and the technology opportunities
// naming them; the systems behind most pain first, then the oldest.
#include "business/techgap.h"
#include "journey.h"

#include <QTest>

using namespace waymark;

class TestTechGap : public QObject
{
    Q_OBJECT

private slots:
    void systemsWithTheirPain()
    {
        Journey journey;
        Stage stage{QUuid::createUuid(), QStringLiteral("Apply"), {}};
        journey.stages = {stage};
        Lane customer;
        customer.id = QUuid::createUuid();
        Lane systems;
        systems.id = QUuid::createUuid();
        systems.kind = LaneKind::Systems;
        systems.zone = OfficeZone::Back;
        journey.lanes = {customer, systems};
        const auto card = [&](const QString &title, const Lane &lane, double minutes, bool pain) {
            Touchpoint t;
            t.id = QUuid::createUuid();
            t.title = title;
            t.stageId = stage.id;
            t.laneId = lane.id;
            t.effort.minutes = minutes;
            t.painPoint = pain;
            journey.touchpoints.push_back(t);
            return t.id;
        };
        const QUuid a = card(QStringLiteral("Form"), customer, 30, true);
        const QUuid b = card(QStringLiteral("Wait"), customer, 120, true);
        const QUuid c = card(QStringLiteral("Login"), customer, 2, false);
        const QUuid app = card(QStringLiteral("Mobile app"), systems, 0, false);
        const QUuid crm = card(QStringLiteral("CRM"), systems, 0, false);
        journey.touchpoints[3].system = {3, QStringLiteral("no push messages"), {c}};
        journey.touchpoints[4].system = {12, QStringLiteral("no status API"), {b, a, QUuid::createUuid()}}; // a link to a deleted card
        Opportunity replace;
        replace.id = QUuid::createUuid();
        replace.type = OpportunityType::Technology;
        replace.systems = {crm};
        Opportunity process; // names the app but is no technology change
        process.id = QUuid::createUuid();
        process.type = OpportunityType::Process;
        process.systems = {app};
        journey.opportunities = {process, replace};

        const std::vector<TechGap> gaps = techGaps(journey);
        QCOMPARE(gaps.size(), std::size_t(2));
        QCOMPARE(gaps[0].systemCardId, crm); // two pain points before none
        QCOMPARE(gaps[0].ageYears, 12.0);
        QCOMPARE(gaps[0].painPoints, (std::vector<QUuid>{a, b})); // journey order
        QCOMPARE(gaps[0].supported, 2);
        QCOMPARE(gaps[0].customerMinutes, 150.0);
        QCOMPARE(gaps[0].opportunities, std::vector<QUuid>{replace.id});
        QCOMPARE(gaps[1].systemCardId, app);
        QVERIFY(gaps[1].painPoints.empty());
        QCOMPARE(gaps[1].customerMinutes, 2.0);
        QVERIFY(gaps[1].opportunities.empty());
    }

    void oldestFirstAmongEqualPain()
    {
        Journey journey;
        Lane systems;
        systems.id = QUuid::createUuid();
        systems.kind = LaneKind::Systems;
        journey.lanes = {systems};
        for (double age : {2.0, 9.0, 5.0}) {
            Touchpoint t;
            t.id = QUuid::createUuid();
            t.laneId = systems.id;
            t.system.ageYears = age;
            journey.touchpoints.push_back(t);
        }
        const auto gaps = techGaps(journey);
        QCOMPARE(gaps.size(), std::size_t(3));
        QCOMPARE(gaps[0].ageYears, 9.0);
        QCOMPARE(gaps[1].ageYears, 5.0);
        QCOMPARE(gaps[2].ageYears, 2.0);
    }
};

QTEST_GUILESS_MAIN(TestTechGap)
#include "tst_techgap.moc"
