#include "business/businesscase.h"

#include "business/opportunity.h"
#include "business/retentiondata.h"
#include "data/answerstatistics.h"
#include "data/clvstatistics.h"
#include "data/metrics/metric.h"
#include "journey.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

struct BusinessCaseText {
    Q_DECLARE_TR_FUNCTIONS(BusinessCase)
};

constexpr double zFor95Percent = 1.959963984540054;

// Wilson score interval of a share p out of n answers (the same interval CSAT reports).
std::pair<double, double> wilson(double p, double n)
{
    if (n <= 0)
        return {p, p};
    const double z2 = zFor95Percent * zFor95Percent;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = zFor95Percent * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double spreadOf(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return 0.50;
    case Confidence::Medium: return 0.25;
    case Confidence::High: return 0.10;
    }
    return 0.25;
}

// Formatting for the explanations: numbers as people of the user's locale read them.
struct Formats {
    QLocale locale;
    QString currency;
    QString amount(double value) const { return currency + QChar(0x00a0) + locale.toString(value, 'f', 2); }
    QString count(double value) const
    {
        return std::abs(value - std::round(value)) < 1e-9 ? locale.toString(value, 'f', 0) : locale.toString(value, 'f', 2);
    }
    QString percent(double fraction) const { return locale.toString(100 * fraction, 'f', 1) + QStringLiteral("\u00a0%"); }
    QString decimal(double value, int decimals = 4) const { return locale.toString(value, 'f', decimals); }
};

bool inCurrency(const Money &money, const QString &currency)
{
    return money.currency.isEmpty() || money.currency == currency;
}

std::pair<double, double> rangeOf(double value, double spread)
{
    const double a = value * (1 - spread), b = value * (1 + spread);
    return {std::min(a, b), std::max(a, b)};
}

// Net flows by month, 1..12·horizon (index 0 unused), for payback across opportunities.
using Months = std::vector<double>;

std::optional<int> paybackMonth(double oneOff, const Months &net)
{
    double cumulative = -oneOff;
    bool flowing = oneOff > 0;
    for (std::size_t month = 1; month < net.size(); ++month) {
        cumulative += net[month];
        flowing = flowing || net[month] != 0;
        // A cent's tolerance: a case that breaks even to the cent has paid back.
        if (flowing && cumulative >= -0.005)
            return int(month);
    }
    return std::nullopt;
}

struct Context {
    const Journey &journey;
    const BusinessSettings &settings;
    const RetentionData &retention;
    Formats formats;
    int horizon = 3;
    double rate = 0.08;
};

void addExplanation(OpportunityCase &result, QString figure, QString formula, QList<QPair<QString, QString>> inputs, double value)
{
    result.explanations.push_back({std::move(figure), std::move(formula), std::move(inputs), value});
}

// The years, NPV, ROI and payback of a case whose per-year figures are set.
void addFlows(OpportunityCase &result, const Context &context, const std::vector<double> &shares, const Months &net)
{
    const Formats &f = context.formats;
    double discountedRunning = 0;
    double npvLow = -result.oneOffCost, npvHigh = -result.oneOffCost;
    result.npv = -result.oneOffCost;
    for (int year = 1; year <= context.horizon; ++year) {
        YearFlow flow;
        flow.year = year;
        flow.share = shares.empty() ? 0 : shares[std::size_t(year - 1)];
        flow.discountFactor = 1.0 / std::pow(1.0 + context.rate, year);
        if (!shares.empty()) {
            flow.benefits = flow.share * result.benefitsPerYear.total();
            flow.runningCost = flow.share * result.runningCostPerYear;
        } else { // the total: the sum of its opportunities' years
            const bool summed = std::size_t(year - 1) < result.years.size(); // a total of no opportunities has no years yet
            flow.benefits = summed ? result.years[std::size_t(year - 1)].benefits : 0;
            flow.runningCost = summed ? result.years[std::size_t(year - 1)].runningCost : 0;
        }
        flow.net = flow.benefits - flow.runningCost;
        if (!shares.empty()) {
            npvLow += (flow.share * result.benefitsLow.total() - flow.runningCost) * flow.discountFactor;
            npvHigh += (flow.share * result.benefitsHigh.total() - flow.runningCost) * flow.discountFactor;
        }
        result.npv += flow.net * flow.discountFactor;
        discountedRunning += flow.runningCost * flow.discountFactor;
        if (std::size_t(year - 1) < result.years.size())
            result.years[std::size_t(year - 1)] = flow;
        else
            result.years.push_back(flow);
    }
    if (!shares.empty()) {
        result.npvLow = npvLow;
        result.npvHigh = npvHigh;
    }
    const double invested = result.oneOffCost + discountedRunning;
    result.roi = invested > 0 ? result.npv / invested : 0;
    result.paybackMonths = paybackMonth(result.oneOffCost, net);

    QList<QPair<QString, QString>> npvInputs{{BusinessCaseText::tr("one-off cost"), f.amount(result.oneOffCost)},
                                             {BusinessCaseText::tr("discount rate"), f.percent(context.rate)}};
    for (const YearFlow &flow : result.years)
        npvInputs.append({BusinessCaseText::tr("year %1: benefits − running cost").arg(flow.year),
                          BusinessCaseText::tr("(%1 − %2) × %3").arg(f.amount(flow.benefits), f.amount(flow.runningCost), f.decimal(flow.discountFactor))});
    addExplanation(result, BusinessCaseText::tr("Net present value — %1").arg(result.title),
                   BusinessCaseText::tr("−one-off cost + Σ years (benefits − running cost) / (1 + discount rate)^year"), npvInputs, result.npv);
    addExplanation(result, BusinessCaseText::tr("Net present value, low — %1").arg(result.title),
                   BusinessCaseText::tr("as the NPV, with the low end of every benefit"), {{BusinessCaseText::tr("benefits per year, low"), f.amount(result.benefitsLow.total())}},
                   result.npvLow);
    addExplanation(result, BusinessCaseText::tr("Net present value, high — %1").arg(result.title),
                   BusinessCaseText::tr("as the NPV, with the high end of every benefit"), {{BusinessCaseText::tr("benefits per year, high"), f.amount(result.benefitsHigh.total())}},
                   result.npvHigh);
    addExplanation(result, BusinessCaseText::tr("Return on investment — %1").arg(result.title),
                   BusinessCaseText::tr("NPV / (one-off cost + Σ years running cost / (1 + discount rate)^year)"),
                   {{BusinessCaseText::tr("NPV"), f.amount(result.npv)},
                    {BusinessCaseText::tr("one-off cost"), f.amount(result.oneOffCost)},
                    {BusinessCaseText::tr("discounted running costs"), f.amount(discountedRunning)}},
                   result.roi);
    QList<QPair<QString, QString>> paybackInputs{{BusinessCaseText::tr("one-off cost"), f.amount(result.oneOffCost)}};
    if (!shares.empty())
        paybackInputs.append({BusinessCaseText::tr("net per month after delivery"), f.amount((result.benefitsPerYear.total() - result.runningCostPerYear) / 12)});
    addExplanation(result, BusinessCaseText::tr("Payback — %1").arg(result.title),
                   result.paybackMonths ? BusinessCaseText::tr("the first month in which the cumulative net (undiscounted) reaches the one-off cost")
                                        : BusinessCaseText::tr("the cumulative net does not reach the one-off cost within the horizon"),
                   paybackInputs, result.paybackMonths ? double(*result.paybackMonths) : 0.0);
}

struct CaseWithMonths {
    OpportunityCase result;
    Months net;
    std::vector<QString> dataKeys;
    UuidSet linkedCards;
};

CaseWithMonths opportunityCase(const Context &context, const Opportunity &opportunity)
{
    const Journey &journey = context.journey;
    const BusinessSettings &settings = context.settings;
    const Formats &f = context.formats;
    CaseWithMonths out;
    OpportunityCase &result = out.result;
    result.opportunityId = opportunity.id;
    result.title = opportunity.title;

    if (inCurrency(opportunity.oneOffCost, journey.currency))
        result.oneOffCost = opportunity.oneOffCost.amount();
    else
        result.problems << BusinessCaseText::tr("The one-off cost is in %1, not %2: left out").arg(opportunity.oneOffCost.currency, journey.currency);
    if (inCurrency(opportunity.runningCostPerYear, journey.currency))
        result.runningCostPerYear = opportunity.runningCostPerYear.amount();
    else
        result.problems << BusinessCaseText::tr("The running cost is in %1, not %2: left out").arg(opportunity.runningCostPerYear.currency, journey.currency);

    const double spread = spreadOf(opportunity.confidence);
    BenefitLines &b = result.benefitsPerYear;
    double retentionLow = 0, retentionHigh = 0;
    QList<QPair<QString, QString>> atRiskInputs;
    for (const CardImprovement &change : opportunity.changes) {
        const Touchpoint *card = journey.touchpoint(change.touchpointId);
        if (!card) {
            result.problems << BusinessCaseText::tr("A change names a card that is no longer on the map: left out");
            continue;
        }
        out.linkedCards.insert(card->id);
        const double stageCustomers = settings.customersThrough(card->stageId);
        const double reach = std::clamp(change.reach, 0.0, 1.0);
        const double customers = stageCustomers * reach;
        const QPair<QString, QString> customersInput{BusinessCaseText::tr("customers per year at the stage"), f.count(stageCustomers)};
        const QPair<QString, QString> reachInput{BusinessCaseText::tr("reach"), f.percent(reach)};

        // Customer effort: time at the customer's hour value, money in the journey's currency only.
        const Effort after = change.effortAfter(card->effort);
        const double minutesSaved = card->effort.minutes - after.minutes;
        double moneySaved = card->effort.money.amount() - after.money.amount();
        if (moneySaved != 0 && !inCurrency(card->effort.money, journey.currency)) {
            result.problems << BusinessCaseText::tr("The money saved at “%1” is in %2, not %3: left out")
                                   .arg(card->title, card->effort.money.currency, journey.currency);
            moneySaved = 0;
        }
        if (minutesSaved != 0 || moneySaved != 0) {
            const double value = customers * (minutesSaved / 60.0 * settings.hourValue + moneySaved);
            b.customerEffort += value;
            addExplanation(result, BusinessCaseText::tr("Customer effort saved — %1").arg(card->title),
                           BusinessCaseText::tr("customers × reach × (minutes saved / 60 × hour value + money saved)"),
                           {customersInput, reachInput, {BusinessCaseText::tr("minutes saved"), f.count(minutesSaved)},
                            {BusinessCaseText::tr("hour value"), f.amount(settings.hourValue)}, {BusinessCaseText::tr("money saved"), f.amount(moneySaved)}},
                           value);
        }

        // Cost to serve: the contacts the card's channel no longer handles.
        const double contacts = change.removesCard ? 1.0 : std::clamp(change.contactsAvoided, 0.0, 1.0);
        if (contacts > 0) {
            const double costPerContact = settings.contactCost(card->channel);
            if (costPerContact <= 0)
                result.problems << BusinessCaseText::tr("No cost per contact is set for the %1 channel: “%2” saves nothing to serve")
                                       .arg(displayName(card->channel), card->title);
            const double value = customers * contacts * costPerContact;
            b.costToServe += value;
            addExplanation(result, BusinessCaseText::tr("Cost to serve saved — %1").arg(card->title),
                           BusinessCaseText::tr("customers × reach × contacts avoided × cost per contact of the channel"),
                           {customersInput, reachInput, {BusinessCaseText::tr("contacts avoided"), f.percent(contacts)},
                            {BusinessCaseText::tr("cost per contact (%1)").arg(displayName(card->channel)), f.amount(costPerContact)}},
                           value);
        }

        if (!card->dataKey.isEmpty() && std::find(out.dataKeys.begin(), out.dataKeys.end(), card->dataKey) == out.dataKeys.end()) {
            out.dataKeys.push_back(card->dataKey);
            result.clvAtRisk += context.retention.atRisk.value(card->dataKey);
            atRiskInputs.append({BusinessCaseText::tr("touchpoint “%1”").arg(card->dataKey), f.amount(context.retention.atRisk.value(card->dataKey))});
        }

        // Retention: detractors who move, valued at the CLV gap between the categories.
        double toPassives = std::clamp(change.detractorsToPassives, 0.0, 1.0);
        double toPromoters = std::clamp(change.detractorsToPromoters, 0.0, 1.0);
        if (toPassives + toPromoters > 1) { // more than every detractor cannot move
            const double sum = toPassives + toPromoters;
            toPassives /= sum;
            toPromoters /= sum;
        }
        if (toPassives + toPromoters <= 0)
            continue;
        const RetentionData &data = context.retention;
        const auto &clv = data.meanClv;
        const auto detractor = std::size_t(NpsCategory::Detractor), passive = std::size_t(NpsCategory::Passive),
                   promoter = std::size_t(NpsCategory::Promoter);
        const auto it = data.detractors.constFind(card->dataKey);
        if (!data.hasNps) {
            result.problems << BusinessCaseText::tr("Retention at “%1” left out: the journey has no NPS data").arg(card->title);
        } else if (card->dataKey.isEmpty()) {
            result.problems << BusinessCaseText::tr("Retention at “%1” left out: the card has no data key for NPS answers").arg(card->title);
        } else if (it == data.detractors.constEnd()) {
            result.problems << BusinessCaseText::tr("Retention at “%1” left out: no NPS answers at touchpoint “%2”").arg(card->title, card->dataKey);
        } else if (!data.hasClv) {
            result.problems << BusinessCaseText::tr("Retention at “%1” left out: the journey has no CLV data").arg(card->title);
        } else if (data.answersBeingRead > 0) {
            result.problems << BusinessCaseText::tr("Retention at “%1” not counted yet: reading the %L2 survey answers…")
                                   .arg(card->title)
                                   .arg(data.answersBeingRead);
        } else if (data.customersBeingFitted > 0) {
            result.problems << BusinessCaseText::tr("Retention at “%1” not counted yet: fitting the lifetime-value model to %L2 customers…")
                                   .arg(card->title)
                                   .arg(data.customersBeingFitted);
        } else if (data.answersBeingMatched > 0) {
            result.problems << BusinessCaseText::tr("Retention at “%1” not counted yet: matching %L2 survey answers to customers…")
                                   .arg(card->title)
                                   .arg(data.answersBeingMatched);
        } else if (!clv[detractor] || (toPassives > 0 && !clv[passive]) || (toPromoters > 0 && !clv[promoter])) {
            result.problems << (data.clvCurrencies.isEmpty()
                                    ? BusinessCaseText::tr("Retention at “%1” left out: no CLV of the NPS categories it moves").arg(card->title)
                                    : BusinessCaseText::tr("Retention at “%1” left out: the CLV is in %2, not %3")
                                          .arg(card->title, data.clvCurrencies.join(QStringLiteral(", ")), journey.currency));
        } else {
            const auto [share, answers] = *it;
            const double gain = toPassives * (clv[passive].value_or(0) - *clv[detractor])
                              + toPromoters * (clv[promoter].value_or(0) - *clv[detractor]);
            const double value = customers * share * gain;
            const auto [shareLow, shareHigh] = wilson(share, answers);
            const auto [low, high] = std::minmax({customers * shareLow * gain * (1 - spread), customers * shareHigh * gain * (1 + spread)});
            // A customer changes category once, however many of the cards improve: the
            // opportunity is worth its strongest card's move, not the sum of them all.
            b.retention = std::max(b.retention, value);
            retentionLow = std::max(retentionLow, low);
            retentionHigh = std::max(retentionHigh, high);
            addExplanation(result, BusinessCaseText::tr("Retention — %1").arg(card->title),
                           BusinessCaseText::tr("customers × reach × detractor share × (to passives × (CLV passives − CLV detractors) + to promoters × "
                              "(CLV promoters − CLV detractors))"),
                           {customersInput, reachInput,
                            {BusinessCaseText::tr("detractor share (95 % interval)"),
                             BusinessCaseText::tr("%1 (%2 – %3) of %4 answers").arg(f.percent(share), f.percent(shareLow), f.percent(shareHigh), f.count(answers))},
                            {BusinessCaseText::tr("to passives"), f.percent(toPassives)},
                            {BusinessCaseText::tr("to promoters"), f.percent(toPromoters)},
                            {BusinessCaseText::tr("mean CLV detractors"), f.amount(*clv[detractor])},
                            {BusinessCaseText::tr("mean CLV passives"), clv[passive] ? f.amount(*clv[passive]) : QStringLiteral("—")},
                            {BusinessCaseText::tr("mean CLV promoters"), clv[promoter] ? f.amount(*clv[promoter]) : QStringLiteral("—")}},
                           value);
        }
    }

    // Steps the future adds cost the customer their time and money.
    for (const AddedCard &added : opportunity.addedCards) {
        const double customers = settings.customersThrough(added.stageId);
        double money = added.effort.money.amount();
        if (money != 0 && !inCurrency(added.effort.money, journey.currency)) {
            result.problems << BusinessCaseText::tr("The money the new step “%1” costs is in %2, not %3: left out")
                                   .arg(added.title, added.effort.money.currency, journey.currency);
            money = 0;
        }
        if (added.effort.minutes == 0 && money == 0)
            continue;
        const double value = -customers * (added.effort.minutes / 60.0 * settings.hourValue + money);
        b.customerEffort += value;
        addExplanation(result, BusinessCaseText::tr("Customer effort added — %1").arg(added.title),
                       BusinessCaseText::tr("−customers × (minutes / 60 × hour value + money)"),
                       {{BusinessCaseText::tr("customers per year at the stage"), f.count(customers)}, {BusinessCaseText::tr("minutes"), f.count(added.effort.minutes)},
                        {BusinessCaseText::tr("hour value"), f.amount(settings.hourValue)}, {BusinessCaseText::tr("money"), f.amount(money)}},
                       value);
    }

    std::tie(result.benefitsLow.customerEffort, result.benefitsHigh.customerEffort) = rangeOf(b.customerEffort, spread);
    std::tie(result.benefitsLow.costToServe, result.benefitsHigh.costToServe) = rangeOf(b.costToServe, spread);
    result.benefitsLow.retention = retentionLow;
    result.benefitsHigh.retention = retentionHigh;
    const QPair<QString, QString> spreadInput{BusinessCaseText::tr("spread (%1 confidence)").arg(displayName(opportunity.confidence)), f.percent(spread)};
    addExplanation(result, BusinessCaseText::tr("Customer effort per year — %1").arg(result.title), BusinessCaseText::tr("Σ cards' customer effort saved − added steps' effort"),
                   {{BusinessCaseText::tr("low"), f.amount(result.benefitsLow.customerEffort)}, {BusinessCaseText::tr("high"), f.amount(result.benefitsHigh.customerEffort)}, spreadInput},
                   b.customerEffort);
    addExplanation(result, BusinessCaseText::tr("Cost to serve per year — %1").arg(result.title), BusinessCaseText::tr("Σ cards' cost to serve saved"),
                   {{BusinessCaseText::tr("low"), f.amount(result.benefitsLow.costToServe)}, {BusinessCaseText::tr("high"), f.amount(result.benefitsHigh.costToServe)}, spreadInput},
                   b.costToServe);
    addExplanation(result, BusinessCaseText::tr("Retention per year — %1").arg(result.title),
                   BusinessCaseText::tr("the largest card's retention (a customer changes category once); the range uses the ends of the detractor "
                            "share's 95 % interval and the spread"),
                   {{BusinessCaseText::tr("low"), f.amount(retentionLow)}, {BusinessCaseText::tr("high"), f.amount(retentionHigh)}, spreadInput}, b.retention);

    addExplanation(result, BusinessCaseText::tr("CLV at risk — %1").arg(result.title),
                   BusinessCaseText::tr("Σ linked touchpoints: lifetime value of the customers whose latest answer there was a detractor's"),
                   atRiskInputs, result.clvAtRisk);
    for (const VoteRound &round : journey.votes)
        for (const Dot &dot : round.dots)
            if (out.linkedCards.contains(dot.touchpointId))
                ++result.votes;

    // Year y holds the months of 12(y − 1) + 1 .. 12y; those after delivery count.
    const int delivered = std::max(0, opportunity.monthsToDeliver);
    std::vector<double> shares;
    for (int year = 1; year <= context.horizon; ++year)
        shares.push_back(double(std::clamp(12 * year - delivered, 0, 12)) / 12.0);
    out.net.assign(std::size_t(12 * context.horizon + 1), 0.0);
    for (int month = delivered + 1; month <= 12 * context.horizon; ++month)
        out.net[std::size_t(month)] = (b.total() - result.runningCostPerYear) / 12.0;
    addExplanation(result, BusinessCaseText::tr("Running cost per year — %1").arg(result.title), BusinessCaseText::tr("from month %1 on, after delivery").arg(delivered + 1),
                   {{BusinessCaseText::tr("months to deliver"), f.count(delivered)}}, result.runningCostPerYear);
    addFlows(result, context, shares, out.net);
    return out;
}

} // namespace

BusinessCase computeBusinessCase(const Journey &journey, const BusinessSettings &settings, const Scenario *scenario, StatisticsCache *cache)
{
    BusinessCase bc;
    bc.currency = journey.currency;
    bc.horizonYears = std::clamp(settings.horizonYears, 1, 10);
    bc.discountRate = std::isfinite(settings.discountRate) && settings.discountRate >= 0 ? settings.discountRate : 0.08;
    std::vector<QUuid> ids;
    if (scenario) {
        bc.scenarioId = scenario->id;
        bc.scenarioName = scenario->name;
        ids = scenario->opportunityIds;
    } else {
        for (const Opportunity &opportunity : journey.opportunities)
            ids.push_back(opportunity.id);
    }

    const RetentionData retention = retentionData(journey, cache);
    bc.answersBeingRead = retention.answersBeingRead;
    bc.clvCustomersBeingFitted = retention.customersBeingFitted;
    bc.clvAnswersBeingMatched = retention.answersBeingMatched;
    const Context context{journey, settings, retention, Formats{QLocale(), journey.currency}, bc.horizonYears, bc.discountRate};
    const Formats &f = context.formats;
    OpportunityCase &total = bc.total;
    total.title = BusinessCaseText::tr("Total");
    Months totalNet(std::size_t(12 * bc.horizonYears + 1), 0.0);
    QSet<QString> keysCounted;
    UuidSet cardsVotedFor;
    UuidHash<QStringList> changedBy; // card → the opportunities that change it
    std::vector<QUuid> changedCards;     // in first-change order, for stable messages
    bool anyCustomers = settings.customersPerYear > 0;
    for (auto it = settings.customersPerYearByStage.constBegin(); it != settings.customersPerYearByStage.constEnd(); ++it)
        anyCustomers = anyCustomers || *it > 0;
    if (!anyCustomers)
        bc.problems << BusinessCaseText::tr("No customers per year are set: every benefit is 0");

    for (const QUuid &id : ids) {
        const Opportunity *opportunity = journey.opportunity(id);
        if (!opportunity) {
            bc.problems << BusinessCaseText::tr("The scenario names an opportunity that no longer exists: left out");
            continue;
        }
        CaseWithMonths one = opportunityCase(context, *opportunity);
        const OpportunityCase &c = one.result;
        for (const QString &problem : c.problems)
            bc.problems << BusinessCaseText::tr("%1: %2").arg(c.title, problem);
        total.oneOffCost += c.oneOffCost;
        total.runningCostPerYear += c.runningCostPerYear;
        for (auto [sum, part] : {std::pair{&total.benefitsPerYear, &c.benefitsPerYear}, std::pair{&total.benefitsLow, &c.benefitsLow},
                                 std::pair{&total.benefitsHigh, &c.benefitsHigh}}) {
            sum->customerEffort += part->customerEffort;
            sum->costToServe += part->costToServe;
            sum->retention += part->retention;
        }
        total.npvLow += c.npvLow;
        total.npvHigh += c.npvHigh;
        total.years.resize(c.years.size());
        for (std::size_t y = 0; y < c.years.size(); ++y) {
            total.years[y].benefits += c.years[y].benefits;
            total.years[y].runningCost += c.years[y].runningCost;
        }
        for (std::size_t m = 0; m < totalNet.size(); ++m)
            totalNet[m] += one.net[m];
        for (const QString &key : one.dataKeys)
            if (!keysCounted.contains(key)) {
                keysCounted.insert(key);
                total.clvAtRisk += retention.atRisk.value(key);
            }
        cardsVotedFor.unite(one.linkedCards);
        for (const CardImprovement &change : opportunity->changes) {
            if (!journey.touchpoint(change.touchpointId))
                continue;
            QStringList &titles = changedBy[change.touchpointId];
            if (titles.isEmpty())
                changedCards.push_back(change.touchpointId);
            if (!titles.contains(opportunity->title))
                titles << opportunity->title;
        }
        bc.opportunities.push_back(std::move(one.result));
    }

    // The sum counts every change in full; where two opportunities change one card, their
    // savings overlap (the future state applies them one after the other instead).
    for (const QUuid &cardId : changedCards) {
        const QStringList &titles = changedBy.value(cardId);
        if (titles.size() < 2)
            continue;
        const QString problem = BusinessCaseText::tr("“%1” is changed by %2: the total counts each change in full, so it overstates their overlap")
                                    .arg(journey.touchpoint(cardId)->title, titles.join(QStringLiteral(", ")));
        total.problems << problem;
        bc.problems << problem;
    }
    for (const VoteRound &round : journey.votes)
        for (const Dot &dot : round.dots)
            if (cardsVotedFor.contains(dot.touchpointId))
                ++total.votes;
    for (const auto &[figure, value] : {std::pair{BusinessCaseText::tr("Customer effort per year — %1"), total.benefitsPerYear.customerEffort},
                                        std::pair{BusinessCaseText::tr("Cost to serve per year — %1"), total.benefitsPerYear.costToServe},
                                        std::pair{BusinessCaseText::tr("Retention per year — %1"), total.benefitsPerYear.retention}})
        addExplanation(total, figure.arg(total.title), BusinessCaseText::tr("Σ opportunities"), {{BusinessCaseText::tr("opportunities"), f.count(double(bc.opportunities.size()))}},
                       value);
    addExplanation(total, BusinessCaseText::tr("CLV at risk — %1").arg(total.title),
                   BusinessCaseText::tr("Σ touchpoints linked by any opportunity, each counted once"),
                   {{BusinessCaseText::tr("touchpoints"), f.count(double(keysCounted.size()))}}, total.clvAtRisk);
    addFlows(total, context, {}, totalNet);
    return bc;
}

std::vector<int> rankOpportunities(const BusinessCase &businessCase, RankBy by)
{
    const auto &cases = businessCase.opportunities;
    std::vector<int> order(cases.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const OpportunityCase &x = cases[std::size_t(a)], &y = cases[std::size_t(b)];
        switch (by) {
        case RankBy::Npv: return x.npv > y.npv;
        case RankBy::Roi: return x.roi > y.roi;
        case RankBy::Payback:
            if (x.paybackMonths && y.paybackMonths)
                return *x.paybackMonths < *y.paybackMonths;
            return x.paybackMonths.has_value() && !y.paybackMonths.has_value();
        case RankBy::Votes: return x.votes > y.votes;
        }
        return false;
    });
    return order;
}

} // namespace waymark
