// The business case checked against a worked example done by hand (the arithmetic is written
// out below so a reader can follow it), the future state, and the settings behind both.
#include "business/businesscase.h"
#include "business/businesscasexlsx.h"
#include "business/businesssettings.h"
#include "business/futurestate.h"
#include "data/importjob.h"
#include "data/xlsxpart.h"
#include "data/xlsxreader.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

Dataset imported(const QByteArray &bytes, DatasetKind kind)
{
    const QHash<QString, int> mapping = guessImportMapping(kind, previewImport(bytes, QStringLiteral("t.csv"), {}, 1).headers);
    ImportOutcome outcome = runImport(bytes, QStringLiteral("t.csv"), kind, {}, mapping, {}, nullptr);
    return outcome.dataset ? std::move(*outcome.dataset) : Dataset();
}

Money euros(double amount, const QString &currency = QStringLiteral("EUR"))
{
    return {Money::hundredthsFromAmount(amount), currency};
}

// 40 answers at the touchpoint "branch": 10 detractors (3), 20 passives (8), 10 promoters (10),
// each from another customer; the customers' CLV: detractors 1,000, passives 1,500,
// promoters 2,500 (so the means are exactly those).
void addNpsAndClv(Journey &journey)
{
    QByteArray answers = "respondent,customer,touchpoint,score\n";
    QByteArray values = "customer,value,currency\n";
    for (int i = 1; i <= 40; ++i) {
        const QByteArray customer = "C" + QByteArray::number(i);
        const int score = i <= 10 ? 3 : i <= 30 ? 8 : 10;
        const int value = i <= 10 ? 1000 : i <= 30 ? 1500 : 2500;
        answers += "R" + QByteArray::number(i) + ',' + customer + ",branch," + QByteArray::number(score) + '\n';
        values += customer + ',' + QByteArray::number(value) + ",EUR\n";
    }
    Dataset nps = imported(answers, DatasetKind::Answers);
    Dataset clv = imported(values, DatasetKind::Clv);
    QCOMPARE(nps.rows(), std::size_t(40));
    QCOMPARE(clv.rows(), std::size_t(40));
    nps.id = QUuid::createUuid();
    clv.id = QUuid::createUuid();
    journey.datasets.emplace_back(std::move(nps));
    journey.datasets.emplace_back(std::move(clv));
}

struct Example {
    Journey journey;
    BusinessSettings settings;
    QUuid apply, open, lane;
    QUuid branch, phone, letter, activation, videoIdent;
    QUuid onlineId, callBack;
};

// Two stages (Apply: 10,000 customers a year, Open: 4,000), one lane, four cards in a chain:
//   Branch visit  (Apply, branch channel) 60 min, EUR 10, data key "branch"
//   Phone check   (Apply, phone)          20 min
//   Postal letter (Open, mail)            10 min, USD 5 (another currency)
//   Card activation (Open, web)            5 min
// Hour value 30; a branch contact costs 25, a phone contact 6; 3 years at 8 %.
Example example()
{
    Example e;
    Journey &j = e.journey;
    j.id = QUuid::createUuid();
    j.title = QStringLiteral("Open an account");
    j.currency = QStringLiteral("EUR");
    e.apply = QUuid::createUuid();
    e.open = QUuid::createUuid();
    e.lane = QUuid::createUuid();
    j.stages = {{e.apply, QStringLiteral("Apply"), {}}, {e.open, QStringLiteral("Open"), {}}};
    Lane lane;
    lane.id = e.lane;
    lane.name = QStringLiteral("Touchpoints");
    j.lanes = {lane};
    const auto card = [&](const QUuid &stage, const QString &title, Channel channel, double minutes, Money money, const QString &key) {
        Touchpoint t;
        t.id = QUuid::createUuid();
        t.stageId = stage;
        t.laneId = e.lane;
        t.title = title;
        t.channel = channel;
        t.effort.minutes = minutes;
        t.effort.money = std::move(money);
        t.effort.emotion = 5;
        t.dataKey = key;
        j.touchpoints.push_back(t);
        return t.id;
    };
    e.branch = card(e.apply, QStringLiteral("Branch visit"), Channel::Branch, 60, euros(10), QStringLiteral("branch"));
    e.phone = card(e.apply, QStringLiteral("Phone check"), Channel::Phone, 20, euros(0), QStringLiteral("phone"));
    e.letter = card(e.open, QStringLiteral("Postal letter"), Channel::Mail, 10, euros(5, QStringLiteral("USD")), QString());
    e.activation = card(e.open, QStringLiteral("Card activation"), Channel::Web, 5, euros(0), QString());
    j.connections = {{QUuid::createUuid(), e.branch, e.phone, {}},
                     {QUuid::createUuid(), e.phone, e.letter, {}},
                     {QUuid::createUuid(), e.letter, e.activation, {}}};

    // Opportunity 1, "Online ID check": EUR 400,000 once, 5,000 a year, delivered after 6
    // months, medium confidence. Half the customers no longer visit the branch (the card goes,
    // with its contact), and 20 % of its detractors become passives, 10 % promoters; a new
    // 6-minute "Video ident" step is added for everyone in Apply.
    Opportunity online;
    online.id = e.onlineId = QUuid::createUuid();
    online.title = QStringLiteral("Online ID check");
    online.oneOffCost = euros(400000);
    online.runningCostPerYear = euros(5000);
    online.monthsToDeliver = 6;
    online.confidence = Confidence::Medium;
    CardImprovement noBranch;
    noBranch.touchpointId = e.branch;
    noBranch.removesCard = true;
    noBranch.reach = 0.5;
    noBranch.detractorsToPassives = 0.2;
    noBranch.detractorsToPromoters = 0.1;
    online.changes = {noBranch};
    AddedCard video;
    video.id = e.videoIdent = QUuid::createUuid();
    video.stageId = e.apply;
    video.laneId = e.lane;
    video.title = QStringLiteral("Video ident");
    video.channel = Channel::Web;
    video.effort.minutes = 6;
    video.effort.money = euros(0);
    online.addedCards = {video};

    // Opportunity 2, "Call-back slots": EUR 20,000 once, nothing running, live at once, high
    // confidence. The phone check takes half the time and 30 % of its calls are avoided; the
    // branch visit takes half the time for the 20 % who book a slot; the postal letter's USD
    // fee is dropped (another currency: left out).
    Opportunity callBack;
    callBack.id = e.callBack = QUuid::createUuid();
    callBack.title = QStringLiteral("Call-back slots");
    callBack.oneOffCost = euros(20000);
    callBack.runningCostPerYear = euros(0);
    callBack.monthsToDeliver = 0;
    callBack.confidence = Confidence::High;
    CardImprovement shorterCall;
    shorterCall.touchpointId = e.phone;
    shorterCall.minutes = {EffortTarget::Kind::Percent, 50};
    shorterCall.contactsAvoided = 0.3;
    CardImprovement shorterVisit;
    shorterVisit.touchpointId = e.branch;
    shorterVisit.minutes = {EffortTarget::Kind::Percent, 50};
    shorterVisit.reach = 0.2;
    CardImprovement noFee;
    noFee.touchpointId = e.letter;
    noFee.money = {EffortTarget::Kind::Value, 0};
    callBack.changes = {shorterCall, shorterVisit, noFee};
    j.opportunities = {online, callBack};
    j.scenarios = {{QUuid::createUuid(), QStringLiteral("Full programme"), {e.onlineId, e.callBack}},
                   {QUuid::createUuid(), QStringLiteral("Quick win"), {e.callBack}}};

    // Dots: three on the branch visit, one on the phone check.
    VoteRound round;
    round.id = QUuid::createUuid();
    round.budget = 4;
    const QUuid someone = QUuid::createUuid();
    j.participants = {{someone, QStringLiteral("Ana"), {}, QColor(Qt::red)}};
    round.dots = {{someone, e.branch}, {someone, e.branch}, {someone, e.branch}, {someone, e.phone}};
    j.votes = {round};

    e.settings.customersPerYear = 10000;
    e.settings.customersPerYearByStage.insert(e.open, 4000);
    e.settings.hourValue = 30;
    e.settings.costPerContact.insert(Channel::Branch, 25);
    e.settings.costPerContact.insert(Channel::Phone, 6);
    e.settings.horizonYears = 3;
    e.settings.discountRate = 0.08;
    return e;
}

const Explanation *explanation(const OpportunityCase &c, const QString &figure)
{
    for (const Explanation &x : c.explanations)
        if (x.figure == figure)
            return &x;
    return nullptr;
}

bool near(double actual, double expected, double tolerance = 0.005)
{
    return std::abs(actual - expected) <= tolerance;
}

#define QCOMPARE_NEAR(actual, expected)                                                                              \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3")                           \
                                                        .arg(QString::fromLatin1(#actual))                             \
                                                        .arg(double(actual), 0, 'f', 6)                                \
                                                        .arg(double(expected), 0, 'f', 6)))

} // namespace

class TestBusinessCase : public QObject
{
    Q_OBJECT

private slots:
    void workedExample()
    {
        Example e = example();
        addNpsAndClv(e.journey);
        StatisticsCache cache;
        const BusinessCase bc = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[0], &cache);
        QCOMPARE(bc.scenarioName, QStringLiteral("Full programme"));
        QCOMPARE(bc.currency, QStringLiteral("EUR"));
        QCOMPARE(bc.opportunities.size(), std::size_t(2));
        // Discount factors 1/1.08^y: 0.925926, 0.857339, 0.793832; their sum 2.577097.

        // --- Opportunity 1, "Online ID check" ---
        const OpportunityCase &online = bc.opportunities[0];
        QCOMPARE(online.title, QStringLiteral("Online ID check"));
        QCOMPARE(online.oneOffCost, 400000.0);
        QCOMPARE(online.runningCostPerYear, 5000.0);
        // Customer effort: branch visit gone for 10,000 × 0.5 = 5,000 customers:
        //   5,000 × (60 / 60 × 30 + 10) = 5,000 × 40 = 200,000
        // minus the new video ident for all 10,000 customers of Apply:
        //   10,000 × 6 / 60 × 30 = 30,000                       → 170,000
        QCOMPARE_NEAR(explanation(online, QStringLiteral("Customer effort saved — Branch visit"))->value, 200000.0);
        QCOMPARE_NEAR(explanation(online, QStringLiteral("Customer effort added — Video ident"))->value, -30000.0);
        QCOMPARE_NEAR(online.benefitsPerYear.customerEffort, 170000.0);
        // Cost to serve: 5,000 × 1 contact (removed) × 25 = 125,000
        QCOMPARE_NEAR(explanation(online, QStringLiteral("Cost to serve saved — Branch visit"))->value, 125000.0);
        QCOMPARE_NEAR(online.benefitsPerYear.costToServe, 125000.0);
        // Retention: detractor share at "branch" 10/40 = 0.25; CLV gain per moved detractor
        //   0.2 × (1,500 − 1,000) + 0.1 × (2,500 − 1,000) = 100 + 150 = 250
        //   5,000 × 0.25 × 250 = 312,500
        QCOMPARE_NEAR(explanation(online, QStringLiteral("Retention — Branch visit"))->value, 312500.0);
        QCOMPARE_NEAR(online.benefitsPerYear.retention, 312500.0);
        QCOMPARE_NEAR(online.benefitsPerYear.total(), 607500.0);
        // Delivered after 6 months: year 1 gets 6/12 of the benefits and running cost.
        //   year 1: 0.5 × 607,500 − 0.5 × 5,000 = 303,750 − 2,500 = 301,250
        //   years 2, 3: 607,500 − 5,000 = 602,500
        QCOMPARE(online.years.size(), std::size_t(3));
        QCOMPARE(online.years[0].share, 0.5);
        QCOMPARE_NEAR(online.years[0].benefits, 303750.0);
        QCOMPARE_NEAR(online.years[0].runningCost, 2500.0);
        QCOMPARE_NEAR(online.years[0].net, 301250.0);
        QCOMPARE_NEAR(online.years[1].net, 602500.0);
        QCOMPARE_NEAR(online.years[2].net, 602500.0);
        // NPV = −400,000 + 301,250 × 0.925926 + 602,500 × 0.857339 + 602,500 × 0.793832
        //     = −400,000 + 278,935.19 + 516,546.64 + 478,283.93 = 873,765.75
        QCOMPARE_NEAR(online.npv, 873765.7496);
        // ROI = NPV / (400,000 + 2,500 × 0.925926 + 5,000 × 0.857339 + 5,000 × 0.793832)
        //     = 873,765.75 / 410,570.67 = 2.128174
        QVERIFY(near(online.roi, 2.1281738, 1e-6));
        // Payback: nothing for 6 months, then (607,500 − 5,000) / 12 = 50,208.33 a month;
        // 400,000 / 50,208.33 = 7.97 months → the 8th month after delivery, month 14.
        QCOMPARE(online.paybackMonths, std::optional<int>(14));
        // Range, medium confidence (±25 %):
        //   effort 170,000 → 127,500 .. 212,500; cost to serve 125,000 → 93,750 .. 156,250
        //   retention with the Wilson interval of 10/40 (z 1.95996): 0.141871 .. 0.401940
        //     low  5,000 × 0.141871 × 250 × 0.75 = 133,004.24
        //     high 5,000 × 0.401940 × 250 × 1.25 = 628,030.65
        QCOMPARE_NEAR(online.benefitsLow.customerEffort, 127500.0);
        QCOMPARE_NEAR(online.benefitsHigh.customerEffort, 212500.0);
        QCOMPARE_NEAR(online.benefitsLow.costToServe, 93750.0);
        QCOMPARE_NEAR(online.benefitsHigh.costToServe, 156250.0);
        QCOMPARE_NEAR(online.benefitsLow.retention, 133004.2372);
        QCOMPARE_NEAR(online.benefitsHigh.retention, 628030.6472);
        //   NPV low  = −400,000 + (0.5 × 354,254.24 − 2,500) × 0.925926 + (354,254.24 − 5,000) × (0.857339 + 0.793832)
        //            = 338,370.27; NPV high likewise with 996,780.65 = 1,696,757.21
        QCOMPARE_NEAR(online.npvLow, 338370.2661);
        QCOMPARE_NEAR(online.npvHigh, 1696757.2109);
        // CLV at risk at the branch: 10 detractors × 1,000.
        QCOMPARE(online.clvAtRisk, 10000.0);
        QCOMPARE(online.votes, 3);
        QVERIFY2(online.problems.isEmpty(), qPrintable(online.problems.join(u'\n')));

        // --- Opportunity 2, "Call-back slots" ---
        const OpportunityCase &callBack = bc.opportunities[1];
        // Effort: phone check 10,000 × (20 − 10) / 60 × 30 = 50,000;
        //         branch visit 10,000 × 0.2 = 2,000 × (60 − 30) / 60 × 30 = 30,000 → 80,000
        QCOMPARE_NEAR(explanation(callBack, QStringLiteral("Customer effort saved — Phone check"))->value, 50000.0);
        QCOMPARE_NEAR(explanation(callBack, QStringLiteral("Customer effort saved — Branch visit"))->value, 30000.0);
        QCOMPARE_NEAR(callBack.benefitsPerYear.customerEffort, 80000.0);
        // Cost to serve: 10,000 × 0.3 × 6 = 18,000. Retention: none.
        QCOMPARE_NEAR(callBack.benefitsPerYear.costToServe, 18000.0);
        QCOMPARE(callBack.benefitsPerYear.retention, 0.0);
        // The USD fee is left out, and said so; nothing of it is in the figures.
        QCOMPARE(explanation(callBack, QStringLiteral("Customer effort saved — Postal letter")), nullptr);
        QCOMPARE(callBack.problems.size(), 1);
        QVERIFY2(callBack.problems[0].contains(QStringLiteral("Postal letter")) && callBack.problems[0].contains(QStringLiteral("USD")),
                 qPrintable(callBack.problems[0]));
        // Live at once, 98,000 a year: NPV = −20,000 + 98,000 × 2.577097 = 232,555.50;
        // ROI = 232,555.50 / 20,000 = 11.627775; payback: 98,000 / 12 = 8,166.67 a month,
        // 20,000 / 8,166.67 = 2.45 → month 3.
        QCOMPARE_NEAR(callBack.npv, 232555.5048);
        QVERIFY(near(callBack.roi, 11.6277752, 1e-6));
        QCOMPARE(callBack.paybackMonths, std::optional<int>(3));
        // High confidence, ±10 %: −20,000 + 88,200 × 2.577097 = 207,299.95; 107,800 → 257,811.06
        QCOMPARE_NEAR(callBack.npvLow, 207299.9543);
        QCOMPARE_NEAR(callBack.npvHigh, 257811.0552);
        QCOMPARE(callBack.votes, 4);

        // --- The total: the sum, with the overlap named ---
        const OpportunityCase &total = bc.total;
        QVERIFY(total.opportunityId.isNull());
        QCOMPARE_NEAR(total.oneOffCost, 420000.0);
        QCOMPARE_NEAR(total.benefitsPerYear.customerEffort, 250000.0);
        QCOMPARE_NEAR(total.benefitsPerYear.costToServe, 143000.0);
        QCOMPARE_NEAR(total.benefitsPerYear.retention, 312500.0);
        QCOMPARE_NEAR(total.npv, 873765.7496 + 232555.5048);
        QCOMPARE_NEAR(total.npvLow, 338370.2661 + 207299.9543);
        QCOMPARE_NEAR(total.npvHigh, 1696757.2109 + 257811.0552);
        // ROI = 1,106,321.25 / (410,570.67 + 20,000) = 2.569430
        QVERIFY(near(total.roi, 2.5694301, 1e-6));
        // Payback: −420,000 + 6 × 8,166.67 = −371,000 after the first half year, then
        // 8,166.67 + 50,208.33 = 58,375 a month: month 12 −20,750, month 13 +37,625 → 13.
        QCOMPARE(total.paybackMonths, std::optional<int>(13));
        QCOMPARE(total.clvAtRisk, 10000.0); // the branch counted once
        QCOMPARE(total.votes, 4);
        QCOMPARE(total.problems.size(), 1);
        QVERIFY2(total.problems[0].contains(QStringLiteral("Branch visit")) && total.problems[0].contains(QStringLiteral("Online ID check"))
                     && total.problems[0].contains(QStringLiteral("Call-back slots")),
                 qPrintable(total.problems[0]));
        QCOMPARE(bc.problems.size(), 2); // the USD fee and the overlap

        // Every figure says how it is made.
        for (const OpportunityCase *c : {&online, &callBack, &total}) {
            for (const QString &figure : {QStringLiteral("Net present value — %1"), QStringLiteral("Return on investment — %1"),
                                          QStringLiteral("Payback — %1"), QStringLiteral("Customer effort per year — %1"),
                                          QStringLiteral("Cost to serve per year — %1"), QStringLiteral("Retention per year — %1"),
                                          QStringLiteral("CLV at risk — %1")})
                QVERIFY2(explanation(*c, figure.arg(c->title)), qPrintable(figure.arg(c->title)));
        }
        QCOMPARE_NEAR(explanation(total, QStringLiteral("Net present value — Total"))->value, total.npv);
        const Explanation *retention = explanation(online, QStringLiteral("Retention — Branch visit"));
        QVERIFY(!retention->formula.isEmpty());
        QVERIFY(retention->inputs.size() >= 5);

        // Without a cache the same figures.
        const BusinessCase direct = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[0]);
        QCOMPARE(direct.total.npv, total.npv);
        QCOMPARE(direct.opportunities[0].benefitsHigh, online.benefitsHigh);

        // Ranking: NPV puts the online check first; ROI, payback and votes the call-back slots.
        QCOMPARE(rankOpportunities(bc, RankBy::Npv), (std::vector<int>{0, 1}));
        QCOMPARE(rankOpportunities(bc, RankBy::Roi), (std::vector<int>{1, 0}));
        QCOMPARE(rankOpportunities(bc, RankBy::Payback), (std::vector<int>{1, 0}));
        QCOMPARE(rankOpportunities(bc, RankBy::Votes), (std::vector<int>{1, 0}));
    }

    void aScenarioOfOneAndEveryOpportunity()
    {
        Example e = example();
        addNpsAndClv(e.journey);
        const BusinessCase quick = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[1]);
        QCOMPARE(quick.opportunities.size(), std::size_t(1));
        QCOMPARE_NEAR(quick.total.npv, 232555.5048);
        QVERIFY(quick.total.problems.isEmpty()); // no overlap with one opportunity
        const BusinessCase all = computeBusinessCase(e.journey, e.settings, nullptr);
        QVERIFY(all.scenarioId.isNull());
        QCOMPARE(all.opportunities.size(), std::size_t(2));
        QCOMPARE_NEAR(all.total.npv, 873765.7496 + 232555.5048);
    }

    void retentionCountsEachCustomerOnce()
    {
        // The phone check gets the branch's answers too (data key "branch": 10 of 40 detractors).
        // An opportunity moving the same detractors at both cards is worth its larger card:
        //   branch: 10,000 × reach 0.5 × 0.25 × 250 = 312,500
        //   phone:  10,000 × reach 1.0 × 0.25 × 250 = 625,000   → 625,000, not 937,500
        Example e = example();
        addNpsAndClv(e.journey);
        for (Touchpoint &card : e.journey.touchpoints)
            if (card.id == e.phone)
                card.dataKey = QStringLiteral("branch");
        Opportunity both;
        both.id = QUuid::createUuid();
        both.title = QStringLiteral("Explain the account");
        CardImprovement atBranch, atPhone;
        atBranch.touchpointId = e.branch;
        atBranch.reach = 0.5;
        atPhone.touchpointId = e.phone;
        for (CardImprovement *change : {&atBranch, &atPhone}) {
            change->detractorsToPassives = 0.2;
            change->detractorsToPromoters = 0.1;
        }
        both.changes = {atBranch, atPhone};
        e.journey.opportunities = {both};
        e.journey.scenarios.clear();
        const BusinessCase bc = computeBusinessCase(e.journey, e.settings, nullptr);
        QCOMPARE_NEAR(explanation(bc.opportunities[0], QStringLiteral("Retention — Branch visit"))->value, 312500.0);
        QCOMPARE_NEAR(explanation(bc.opportunities[0], QStringLiteral("Retention — Phone check"))->value, 625000.0);
        QCOMPARE_NEAR(bc.opportunities[0].benefitsPerYear.retention, 625000.0);
    }

    void anEmptyScenarioIsWorthNothing()
    {
        // A scenario without opportunities (and a journey without any): a total of zero over
        // every year of the horizon, and no payback.
        Example e = example();
        Scenario empty{QUuid::createUuid(), QStringLiteral("Nothing yet"), {}};
        e.journey.scenarios.push_back(empty);
        for (const Scenario *scenario : std::initializer_list<const Scenario *>{&e.journey.scenarios.back(), nullptr}) {
            if (!scenario)
                e.journey.opportunities.clear();
            const BusinessCase bc = computeBusinessCase(e.journey, e.settings, scenario);
            QVERIFY(bc.opportunities.empty());
            QCOMPARE(bc.total.years.size(), std::size_t(3));
            for (const YearFlow &year : bc.total.years)
                QCOMPARE(year.net, 0.0);
            QCOMPARE(bc.total.npv, 0.0);
            QVERIFY(!bc.total.paybackMonths);
        }
    }

    void paybackNeverAndPartialYears()
    {
        Example e = example();
        addNpsAndClv(e.journey);
        // Delivered after 30 months of a 3-year horizon: year 3 gets 6/12, years 1 and 2 nothing.
        e.journey.opportunities[1].monthsToDeliver = 30;
        e.journey.opportunities[1].oneOffCost = euros(100000);
        const BusinessCase bc = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[1]);
        const OpportunityCase &c = bc.opportunities[0];
        QCOMPARE(c.years[0].share, 0.0);
        QCOMPARE(c.years[1].share, 0.0);
        QCOMPARE(c.years[2].share, 0.5);
        // NPV = −100,000 + 0.5 × 98,000 × 0.793832 = −61,102.22; payback: 6 × 8,166.67 = 49,000 < 100,000: never.
        QCOMPARE_NEAR(c.npv, -100000 + 49000 * 0.7938322410);
        QCOMPARE(c.paybackMonths, std::nullopt);
        QCOMPARE(rankOpportunities(computeBusinessCase(e.journey, e.settings, nullptr), RankBy::Payback), (std::vector<int>{0, 1}));
    }

    void missingDataAndOtherCurrenciesAreNamed()
    {
        Example e = example(); // no NPS, no CLV
        e.journey.opportunities[0].runningCostPerYear = euros(5000, QStringLiteral("USD"));
        BusinessCase bc = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[0]);
        const OpportunityCase &online = bc.opportunities[0];
        QCOMPARE(online.benefitsPerYear.retention, 0.0);
        QCOMPARE(online.runningCostPerYear, 0.0);
        QVERIFY(online.problems.join(u'\n').contains(QStringLiteral("no NPS data")));
        QVERIFY(online.problems.join(u'\n').contains(QStringLiteral("USD")));
        // Effort and cost to serve are still counted.
        QCOMPARE_NEAR(online.benefitsPerYear.customerEffort, 170000.0);

        // NPS but no CLV.
        Example withNps = example();
        addNpsAndClv(withNps.journey);
        withNps.journey.datasets.pop_back();
        bc = computeBusinessCase(withNps.journey, withNps.settings, nullptr);
        QVERIFY(bc.opportunities[0].problems.join(u'\n').contains(QStringLiteral("no CLV data")));

        // No customers at all: said once.
        Example empty = example();
        empty.settings.customersPerYear = 0;
        empty.settings.customersPerYearByStage.clear();
        bc = computeBusinessCase(empty.journey, empty.settings, nullptr);
        QVERIFY(bc.problems.join(u'\n').contains(QStringLiteral("No customers per year")));
        QCOMPARE(bc.total.benefitsPerYear.total(), 0.0);
    }

    void futureState()
    {
        const Example e = example();
        const FutureState future = applyScenario(e.journey, e.journey.scenarios[0]);
        // The branch visit is removed (a removal wins over the call-back's 50 % cut), and with
        // it its connection branch → phone.
        QCOMPARE(future.removedCards, std::vector<QUuid>{e.branch});
        QVERIFY(!future.journey.touchpoint(e.branch));
        QCOMPARE(future.journey.connections.size(), std::size_t(2));
        for (const Connection &c : future.journey.connections)
            QVERIFY(c.fromId != e.branch && c.toId != e.branch);
        // The video ident is added in its cell, last.
        QCOMPARE(future.addedCards, std::vector<QUuid>{e.videoIdent});
        const auto cell = future.journey.cell(e.apply, e.lane);
        QCOMPARE(cell.size(), std::size_t(2));
        QCOMPARE(cell.back()->id, e.videoIdent);
        QCOMPARE(cell.back()->effort.minutes, 6.0);
        // Changed efforts; today's kept in effortBefore.
        QCOMPARE(future.journey.touchpoint(e.phone)->effort.minutes, 10.0);
        QCOMPARE(future.journey.touchpoint(e.letter)->effort.money.hundredths, qint64(0));
        QCOMPARE(future.journey.touchpoint(e.activation)->effort, e.journey.touchpoint(e.activation)->effort);
        QCOMPARE(future.effortBefore.size(), 4);
        QCOMPARE(future.effortBefore.value(e.phone).minutes, 20.0);
        QCOMPARE(future.effortBefore.value(e.branch).minutes, 60.0);
        // Totals: today 60 + 20 + 10 + 5 = 95 minutes; the future 10 + 10 + 5 + 6 = 31.
        double today = 0, tomorrow = 0;
        for (const Touchpoint &t : e.journey.touchpoints)
            today += t.effort.minutes;
        for (const Touchpoint &t : future.journey.touchpoints)
            tomorrow += t.effort.minutes;
        QCOMPARE(today, 95.0);
        QCOMPARE(tomorrow, 31.0);
        for (const JourneyProblem &problem : future.journey.problems())
            QFAIL(qPrintable(problem.path + QStringLiteral(": ") + problem.message));

        // Two 50 % cuts of one card leave 25 %: the call-back twice, in a scenario of its own.
        const FutureState twice = applyOpportunities(e.journey, {e.callBack, e.callBack});
        QCOMPARE(twice.journey.touchpoint(e.phone)->effort.minutes, 5.0);
        QCOMPARE(twice.journey.touchpoint(e.branch)->effort.minutes, 15.0);
        QVERIFY(twice.removedCards.empty());
        // Applied opportunities are done: only the online check is still a proposal.
        QCOMPARE(twice.journey.opportunities.size(), std::size_t(1));
        QCOMPARE(twice.journey.opportunities[0].id, e.onlineId);
        QVERIFY(future.journey.opportunities.empty());
        QCOMPARE(future.journey.scenarios, e.journey.scenarios);
        QCOMPARE(twice.journey.connections.size(), std::size_t(3));
        // An unknown opportunity changes nothing.
        const FutureState nothing = applyOpportunities(e.journey, {QUuid::createUuid()});
        QCOMPARE(nothing.journey, e.journey);
    }

    void workbookWithLiveFormulas()
    {
        Example e = example();
        addNpsAndClv(e.journey);
        const BusinessCase bc = computeBusinessCase(e.journey, e.settings, &e.journey.scenarios[0]);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.xlsx"));
        QString error;
        QVERIFY2(writeBusinessCaseXlsx(bc, e.journey, e.settings, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        const XlsxWorkbook book = readXlsxWorkbook(bytes);
        QVERIFY2(book.error.isEmpty(), qPrintable(book.error));
        QCOMPARE(book.sheets.size(), 3);
        QCOMPARE(book.sheets[0].name, QStringLiteral("Inputs"));
        QCOMPARE(book.sheets[1].name, QStringLiteral("Case"));

        // Inputs: the settings, then a row per opportunity with its costs and benefit lines.
        const XlsxRows inputs = readXlsxSheet(bytes, 0);
        QVERIFY2(inputs.error.isEmpty(), qPrintable(inputs.error));
        QCOMPARE(inputs.rows[4].value(1), QStringLiteral("3"));    // B5: horizon
        QCOMPARE(inputs.rows[5].value(1), QStringLiteral("0.08")); // B6: discount rate
        qsizetype onlineRow = -1;
        for (qsizetype r = 0; r < inputs.rows.size(); ++r)
            if (inputs.rows[r].value(0) == QStringLiteral("Online ID check"))
                onlineRow = r;
        QVERIFY(onlineRow > 6);
        const QStringList online = inputs.rows[onlineRow];
        QCOMPARE(online.value(1), QStringLiteral("400000"));
        QCOMPARE(online.value(2), QStringLiteral("5000"));
        QCOMPARE(online.value(3), QStringLiteral("6"));
        QCOMPARE(online.value(4), QStringLiteral("170000"));
        QCOMPARE(online.value(5), QStringLiteral("125000"));
        QCOMPARE(online.value(6), QStringLiteral("312500"));
        QCOMPARE(inputs.rows[onlineRow + 1].value(0), QStringLiteral("Call-back slots"));

        // Case: the formulas' stored results are Waymark's figures.
        const XlsxRows caseRows = readXlsxSheet(bytes, 1);
        QVERIFY2(caseRows.error.isEmpty(), qPrintable(caseRows.error));
        QCOMPARE(caseRows.rows[1].value(0), QStringLiteral("Online ID check"));
        QCOMPARE_NEAR(caseRows.rows[1].value(1).toDouble(), 873765.7496); // NPV
        QCOMPARE_NEAR(caseRows.rows[1].value(2).toDouble(), 338370.2661); // NPV low
        QCOMPARE_NEAR(caseRows.rows[1].value(3).toDouble(), 1696757.2109);
        QVERIFY(near(caseRows.rows[1].value(4).toDouble(), 2.1281738, 1e-6)); // ROI
        QCOMPARE(caseRows.rows[1].value(5), QStringLiteral("14"));             // payback
        QCOMPARE_NEAR(caseRows.rows[1].value(6).toDouble(), 301250 / 1.08);    // year 1, discounted
        QCOMPARE(caseRows.rows[1].value(9), QStringLiteral("0"));               // year 4: beyond the horizon
        QCOMPARE(caseRows.rows[3].value(0), QStringLiteral("Total"));
        QCOMPARE_NEAR(caseRows.rows[3].value(1).toDouble(), 873765.7496 + 232555.5048);
        QVERIFY(near(caseRows.rows[3].value(4).toDouble(), 2.5694301, 1e-6));
        QCOMPARE(caseRows.rows[3].value(5), QStringLiteral("13"));

        // ...and they are formulas over the Inputs sheet, so finance can change the inputs.
        xlsx::Archive archive(bytes);
        QVERIFY2(archive.error.isEmpty(), qPrintable(archive.error));
        QString partError;
        xlsx::XmlPart part(archive, QStringLiteral("xl/worksheets/sheet2.xml"), &partError);
        QStringList formulas;
        while (part.next())
            if (part.xml.isStartElement() && part.xml.name() == QLatin1String("f")) {
                QString text;
                QVERIFY(part.readText(&text));
                formulas << text;
            }
        QVERIFY2(partError.isEmpty(), qPrintable(partError));
        const QString r = QString::number(onlineRow + 1); // the opportunity's Excel row in Inputs
        QVERIFY2(formulas.contains(QStringLiteral("-'Inputs'!$B$%1+SUM(G2:P2)").arg(r)), qPrintable(formulas.join(u'\n')));
        QVERIFY(formulas.contains(QStringLiteral("IF(('Inputs'!$B$%1+SUM(Q2:Z2))>0,B2/('Inputs'!$B$%1+SUM(Q2:Z2)),0)").arg(r)));
        QVERIFY(formulas.contains(QStringLiteral("IF(1>'Inputs'!$B$5,0,MAX(0,MIN(12,12*1-'Inputs'!$D$%1))/12*('Inputs'!$E$%1+'Inputs'!$F$%1+"
                                                 "'Inputs'!$G$%1-'Inputs'!$C$%1)/(1+'Inputs'!$B$6)^1)")
                                      .arg(r)));
        QVERIFY(formulas.contains(QStringLiteral("SUM(B2:B3)")));

        // A file that cannot be written is said so.
        QVERIFY(!writeBusinessCaseXlsx(bc, e.journey, e.settings, dir.filePath(QStringLiteral("no/such/folder/case.xlsx")), &error));
        QVERIFY(!error.isEmpty());
    }

    void settingsRoundTrip()
    {
        const Example e = example();
        BusinessSettings settings = e.settings;
        settings.chosenScenario = e.journey.scenarios[1].id;
        settings.discountRate = 0.065;
        settings.horizonYears = 5;
        const QMap<QString, QString> map = settings.toSettings();
        QCOMPARE(map.value(QStringLiteral("business/customersPerYear")), QStringLiteral("10000"));
        QCOMPARE(map.value(QStringLiteral("business/customersPerYear/") + e.open.toString(QUuid::WithoutBraces)), QStringLiteral("4000"));
        QCOMPARE(map.value(QStringLiteral("business/costPerContact/branch")), QStringLiteral("25"));
        QCOMPARE(map.value(QStringLiteral("business/discountRate")), QStringLiteral("0.065"));
        QCOMPARE(map.value(QStringLiteral("business/horizonYears")), QStringLiteral("5"));
        QCOMPARE(map.value(QStringLiteral("heatmap/hourValue")), QStringLiteral("30"));
        QVERIFY(!map.contains(QStringLiteral("business/costPerContact/chat")));
        QCOMPARE(BusinessSettings::fromSettings(map), settings);
        QCOMPARE(settings.customersThrough(e.open), 4000.0);
        QCOMPARE(settings.customersThrough(e.apply), 10000.0);
        QCOMPARE(settings.contactCost(Channel::Chat), 0.0);
        QCOMPARE(BusinessSettings::fromSettings({}), BusinessSettings());
    }

    void badSettingsFallBackOneByOne()
    {
        const QMap<QString, QString> bad{
            {QStringLiteral("business/customersPerYear"), QStringLiteral("lots")},
            {QStringLiteral("business/customersPerYear/not-a-uuid"), QStringLiteral("5")},
            {QStringLiteral("business/customersPerYear/") + QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("-3")},
            {QStringLiteral("business/costPerContact/branch"), QStringLiteral("inf")},
            {QStringLiteral("business/costPerContact/carrier-pigeon"), QStringLiteral("2")},
            {QStringLiteral("business/costPerContact/phone"), QStringLiteral(" 4.5 ")},
            {QStringLiteral("business/horizonYears"), QStringLiteral("11")},
            {QStringLiteral("business/discountRate"), QStringLiteral("8")},
            {QStringLiteral("business/scenario"), QStringLiteral("nonsense")},
            {QStringLiteral("heatmap/hourValue"), QStringLiteral("nan")},
        };
        const BusinessSettings s = BusinessSettings::fromSettings(bad);
        const BusinessSettings defaults;
        QCOMPARE(s.customersPerYear, defaults.customersPerYear);
        QVERIFY(s.customersPerYearByStage.isEmpty());
        QCOMPARE(s.costPerContact.size(), 1);
        QCOMPARE(s.contactCost(Channel::Phone), 4.5); // the good one kept
        QCOMPARE(s.horizonYears, 3);
        QCOMPARE(s.discountRate, 0.08);
        QVERIFY(s.chosenScenario.isNull());
        QCOMPARE(s.hourValue, 20.0);
        QCOMPARE(BusinessSettings::fromSettings({{QStringLiteral("business/horizonYears"), QStringLiteral("0")}}).horizonYears, 3);
        QCOMPARE(BusinessSettings::fromSettings({{QStringLiteral("business/horizonYears"), QStringLiteral("10")}}).horizonYears, 10);
        QCOMPARE(BusinessSettings::fromSettings({{QStringLiteral("business/discountRate"), QStringLiteral("0")}}).discountRate, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestBusinessCase)
#include "tst_businesscase.moc"
