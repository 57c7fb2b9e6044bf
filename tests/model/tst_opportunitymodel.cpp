// The business case in the model: Journey::problems() finds every bad value of opportunities,
// scenarios and system cards (and stays lenient about links to deleted cards), and adding,
// editing and removing opportunities and scenarios undo and redo exactly; removing an
// opportunity takes it out of its scenarios in the same undo step.
#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/removeentity.h"
#include "commands/removeopportunity.h"
#include "commands/removetouchpoints.h"
#include "format/businessjourney.h"
#include "journeydocument.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace waymark;

namespace {

QString describe(const std::vector<JourneyProblem> &problems)
{
    QStringList lines;
    for (const JourneyProblem &problem : problems)
        lines << problem.path + QStringLiteral(": ") + problem.message;
    return lines.join(QLatin1Char('\n'));
}

QList<QUuid> scenarioIds(const Journey &journey, int scenario)
{
    const auto &ids = journey.scenarios[std::size_t(scenario)].opportunityIds;
    return QList<QUuid>(ids.begin(), ids.end());
}

} // namespace

class TestOpportunityModel : public QObject
{
    Q_OBJECT

    // Pushes the command, checks `expect`, then undo == before and redo == after.
    void roundTrip(JourneyDocument &doc, QUndoCommand *command, const std::function<void(const Journey &)> &expect)
    {
        const Journey before = doc.journey();
        const int steps = doc.undoStack()->count();
        QVERIFY(doc.push(command));
        QCOMPARE(doc.undoStack()->count(), steps + 1); // one undo step
        const Journey after = doc.journey();
        QVERIFY2(!(after == before), "the command changed nothing");
        expect(after);
        QVERIFY2(doc.journey().problems().empty(), qPrintable(describe(doc.journey().problems())));
        doc.undoStack()->undo();
        QVERIFY2(doc.journey() == before, "undo did not restore the journey exactly");
        doc.undoStack()->redo();
        QVERIFY2(doc.journey() == after, "redo did not give the same journey");
    }

private slots:
    void fixtureIsSound() { QVERIFY2(test::businessJourney().problems().empty(), qPrintable(describe(test::businessJourney().problems()))); }

    void problems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const auto add = [](const char *name, const char *path, const char *fragment) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(path) << QString::fromUtf8(fragment);
        };
        add("duplicate opportunity id", "/opportunities/1/id", "duplicate id 0bb50003-0000-4000-8000-000000000001");
        add("opportunity without id", "/opportunities/2/id", "missing id");
        add("duplicate scenario id", "/scenarios/1/id", "duplicate id 0bb50005-0000-4000-8000-000000000001");
        add("scenario with a card's id", "/scenarios/0/id", "duplicate id 9a1e0005");
        add("added card id clashes", "/opportunities/1/addedCards/0/id", "duplicate id 0bb50004-0000-4000-8000-000000000001");
        add("negative one-off cost", "/opportunities/0/oneOffCost/amount", "the one-off cost cannot be negative, got -0.01");
        add("running cost too large", "/opportunities/0/runningCostPerYear/amount", "the running cost per year must be at most");
        add("bad cost currency", "/opportunities/1/oneOffCost/currency", "\"Dinar\" is not an ISO 4217 currency code");
        add("negative months", "/opportunities/0/monthsToDeliver", "the time to deliver cannot be negative, got -3 months");
        add("reach above 1", "/opportunities/0/changes/0/reach", "the reach must be a share from 0 to 1, got 1.01");
        add("negative reach", "/opportunities/0/changes/0/reach", "got -0.5");
        add("reach not a number", "/opportunities/0/changes/0/reach", "got nan");
        add("contacts avoided above 1", "/opportunities/0/changes/1/contactsAvoided", "share of contacts avoided must be a share from 0 to 1, got 2");
        add("detractors to passives negative", "/opportunities/0/changes/0/detractorsToPassives", "share of detractors who become passives");
        add("detractors to promoters above 1", "/opportunities/0/changes/0/detractorsToPromoters", "share of detractors who become promoters");
        add("passives and promoters above 1", "/opportunities/1/changes/0/detractorsToPromoters", "more detractors move (0.7 to passives, 0.31 to promoters)");
        add("percent above 100", "/opportunities/0/changes/0/minutes/amount", "can only be reduced by 0 to 100 %, got 100.5 %");
        add("negative percent", "/opportunities/0/changes/0/emotion/amount", "got -10 %");
        add("negative value", "/opportunities/0/changes/1/money/amount", "the money after the change cannot be negative, got -2");
        add("infinite value", "/opportunities/0/changes/1/minutes/amount", "the time after the change is not a number");
        add("emotion value above 10", "/opportunities/0/changes/0/emotion/amount", "the negative emotion after the change must be at most 10, got 10.5");
        add("added card with negative time", "/opportunities/0/addedCards/0/effort/minutes", "must be 0 minutes or more");
        add("added card emotion 11", "/opportunities/0/addedCards/0/effort/emotion", "must be from 0 to 10, got 11");
        add("added card currency", "/opportunities/0/addedCards/0/effort/money/currency", "\"eu\" is not an ISO 4217 currency code");
        add("negative system age", "/stages/1/touchpoints/4/system/ageYears", "the system of card \"Core banking (AS/400)\" cannot be -1 years old");
        add("system age not a number", "/stages/0/touchpoints/2/system/ageYears", "the system of card \"CRM\" cannot be inf years old");
    }

    void problems()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        Journey j = test::businessJourney();
        Opportunity &kyc = j.opportunities[0];
        Opportunity &tracker = j.opportunities[1];
        CardImprovement &upload = kyc.changes[0];
        CardImprovement &noBranch = kyc.changes[1];
        const auto card = [&](const QString &title) -> Touchpoint & {
            return *std::find_if(j.touchpoints.begin(), j.touchpoints.end(), [&](const Touchpoint &t) { return t.title == title; });
        };
        const std::string n = name.toStdString();
        const double inf = std::numeric_limits<double>::infinity();
        if (n == "duplicate opportunity id") tracker.id = kyc.id;
        else if (n == "opportunity without id") j.opportunities[2].id = QUuid();
        else if (n == "duplicate scenario id") j.scenarios[1].id = j.scenarios[0].id;
        else if (n == "scenario with a card's id") j.scenarios[0].id = j.touchpoints[0].id;
        else if (n == "added card id clashes") tracker.addedCards[0].id = kyc.addedCards[0].id;
        else if (n == "negative one-off cost") kyc.oneOffCost.hundredths = -1;
        else if (n == "running cost too large") kyc.runningCostPerYear.hundredths = Money::maxHundredths + 1;
        else if (n == "bad cost currency") tracker.oneOffCost.currency = QStringLiteral("Dinar");
        else if (n == "negative months") kyc.monthsToDeliver = -3;
        else if (n == "reach above 1") upload.reach = 1.01;
        else if (n == "negative reach") upload.reach = -0.5;
        else if (n == "reach not a number") upload.reach = std::nan("");
        else if (n == "contacts avoided above 1") noBranch.contactsAvoided = 2;
        else if (n == "detractors to passives negative") upload.detractorsToPassives = -0.1;
        else if (n == "detractors to promoters above 1") upload.detractorsToPromoters = 1.5;
        else if (n == "passives and promoters above 1") tracker.changes[0].detractorsToPromoters = 0.31;
        else if (n == "percent above 100") upload.minutes = {EffortTarget::Kind::Percent, 100.5};
        else if (n == "negative percent") upload.emotion = {EffortTarget::Kind::Percent, -10};
        else if (n == "negative value") noBranch.money = {EffortTarget::Kind::Value, -2};
        else if (n == "infinite value") noBranch.minutes = {EffortTarget::Kind::Value, inf};
        else if (n == "emotion value above 10") upload.emotion = {EffortTarget::Kind::Value, 10.5};
        else if (n == "added card with negative time") kyc.addedCards[0].effort.minutes = -1;
        else if (n == "added card emotion 11") kyc.addedCards[0].effort.emotion = 11;
        else if (n == "added card currency") kyc.addedCards[0].effort.money.currency = QStringLiteral("eu");
        else if (n == "negative system age") card(QStringLiteral("Core banking (AS/400)")).system.ageYears = -1;
        else if (n == "system age not a number") card(QStringLiteral("CRM")).system.ageYears = inf;
        else QFAIL("no such case");
        const auto problems = j.problems();
        QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
        QCOMPARE(problems[0].path, path);
        QVERIFY2(problems[0].message.contains(fragment), qPrintable(problems[0].message));
    }

    // Links to things deleted since are history, like dots and comments on deleted cards.
    void linksToDeletedThingsAreNoProblem()
    {
        Journey j = test::businessJourney();
        Opportunity &kyc = j.opportunities[0];
        const QUuid nowhere = QUuid::createUuid();
        kyc.changes[0].touchpointId = nowhere;
        kyc.systems.push_back(nowhere);
        kyc.ownerDepartmentId = nowhere;
        kyc.addedCards[0].stageId = nowhere;
        kyc.addedCards[0].laneId = nowhere;
        j.scenarios[0].opportunityIds.push_back(nowhere);
        j.touchpoints.back().system.supports.push_back(nowhere);
        // Edges of the ranges are allowed.
        kyc.changes[0].reach = 0;
        kyc.changes[0].detractorsToPassives = 0.7;
        kyc.changes[0].detractorsToPromoters = 0.3;
        kyc.changes[0].minutes = {EffortTarget::Kind::Percent, 100};
        kyc.changes[0].emotion = {EffortTarget::Kind::Value, 10};
        kyc.oneOffCost = {0, {}};
        kyc.monthsToDeliver = 0;
        QVERIFY2(j.problems().empty(), qPrintable(describe(j.problems())));

        // Deleting a card an opportunity improves leaves a journey without problems.
        JourneyDocument doc(test::businessJourney());
        const QUuid upload = doc.journey().opportunities[0].changes[0].touchpointId;
        QVERIFY(doc.push(new RemoveTouchpoints(&doc, {upload})));
        QVERIFY(!doc.journey().touchpoint(upload));
        QVERIFY2(doc.journey().problems().empty(), qPrintable(describe(doc.journey().problems())));
    }

    void addEditRemoveOpportunity()
    {
        JourneyDocument doc(test::businessJourney());
        QSignalSpy inserted(&doc, &JourneyDocument::opportunityInserted);
        QSignalSpy changed(&doc, &JourneyDocument::opportunityChanged);
        Opportunity eligibility;
        eligibility.title = QStringLiteral("Провера услова пре пријаве");
        eligibility.oneOffCost = {1500000, QStringLiteral("EUR")};
        auto *add = new AddOpportunity(&doc, 1, eligibility);
        const QUuid id = add->itemId();
        QVERIFY(!id.isNull());
        roundTrip(doc, add, [&](const Journey &j) {
            QCOMPARE(j.opportunities.size(), std::size_t(4));
            QCOMPARE(j.opportunities[1].id, id);
            QCOMPARE(j.opportunities[1].title, eligibility.title);
        });
        QCOMPARE(inserted.count(), 2); // redo, undo, redo: two insertions

        Opportunity edited = *doc.journey().opportunity(id);
        edited.status = OpportunityStatus::Done;
        edited.changes.push_back({doc.journey().touchpoints[0].id, false, {EffortTarget::Kind::Percent, 50}, {}, {}, 0.5, 0.1, 0.2, 0.1});
        roundTrip(doc, new EditOpportunity(&doc, edited), [&](const Journey &j) {
            QVERIFY(*j.opportunity(id) == edited);
        });
        QVERIFY(changed.count() >= 2);

        // An opportunity in no scenario: plain removal.
        roundTrip(doc, new RemoveOpportunity(&doc, id), [&](const Journey &j) {
            QVERIFY(!j.opportunity(id));
            QCOMPARE(j.opportunities.size(), std::size_t(3));
        });
    }

    // Removing an opportunity takes it out of both scenarios in one undo step; undo puts it
    // back at its index and in each scenario at its place.
    void removeOpportunityLeavesItsScenarios()
    {
        JourneyDocument doc(test::businessJourney());
        const Journey before = doc.journey();
        const QUuid tracker = before.opportunities[1].id;
        QCOMPARE(scenarioIds(before, 0).indexOf(tracker), 0);
        QCOMPARE(scenarioIds(before, 1).indexOf(tracker), 1);
        QSignalSpy removed(&doc, &JourneyDocument::opportunityRemoved);
        QSignalSpy scenarioChanged(&doc, &JourneyDocument::scenarioChanged);
        roundTrip(doc, new RemoveOpportunity(&doc, tracker), [&](const Journey &j) {
            QVERIFY(!j.opportunity(tracker));
            QCOMPARE(j.opportunities.size(), std::size_t(2));
            QCOMPARE(scenarioIds(j, 0), QList<QUuid>({before.opportunities[2].id}));
            QCOMPARE(scenarioIds(j, 1), QList<QUuid>({before.opportunities[0].id, before.opportunities[2].id}));
        });
        QCOMPARE(removed.count(), 2);
        QCOMPARE(scenarioChanged.count(), 6); // two scenarios, each on redo, undo and redo
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete opportunity"));
        doc.undoStack()->undo();
        QVERIFY(doc.journey() == before);
    }

    void addEditRemoveScenario()
    {
        JourneyDocument doc(test::businessJourney());
        const Journey &j0 = doc.journey();
        auto *add = new AddScenario(&doc, Scenario{{}, QStringLiteral("Только цифровое"), {j0.opportunities[0].id}});
        const QUuid id = add->itemId();
        roundTrip(doc, add, [&](const Journey &j) {
            QCOMPARE(j.scenarios.size(), std::size_t(3));
            QCOMPARE(j.scenarios[2].id, id);
        });
        Scenario renamed = *doc.journey().scenario(id);
        renamed.name = QStringLiteral("디지털 전용");
        renamed.opportunityIds.insert(renamed.opportunityIds.begin(), doc.journey().opportunities[2].id);
        roundTrip(doc, new EditScenario(&doc, renamed), [&](const Journey &j) { QVERIFY(*j.scenario(id) == renamed); });
        // Typing a name merges into one step when asked to.
        Scenario typed = renamed;
        typed.name += QStringLiteral("!");
        doc.push(new EditScenario(&doc, typed, {}, true));
        typed.name += QStringLiteral("!");
        const int steps = doc.undoStack()->count();
        doc.push(new EditScenario(&doc, typed, {}, true));
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(doc.journey().scenario(id)->name, typed.name);

        const Journey withScenario = doc.journey();
        roundTrip(doc, new RemoveScenario(&doc, id), [&](const Journey &j) {
            QVERIFY(!j.scenario(id));
            QCOMPARE(j.opportunities, withScenario.opportunities); // the opportunities stay
        });
    }

    // Review mode lets none of these through.
    void reviewModeRefusesBusinessEdits()
    {
        JourneyDocument doc(test::businessJourney());
        doc.setReviewOnly(true);
        const Journey before = doc.journey();
        QVERIFY(!doc.push(new RemoveOpportunity(&doc, before.opportunities[0].id)));
        QVERIFY(!doc.push(new AddScenario(&doc, Scenario{{}, QStringLiteral("x"), {}})));
        QVERIFY(doc.journey() == before);
    }
};

QTEST_GUILESS_MAIN(TestOpportunityModel)
#include "tst_opportunitymodel.moc"
