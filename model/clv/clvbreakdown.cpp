#include "clv/clvbreakdown.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace waymark::clv {

namespace {

// Running sums of one group.
struct Tally {
    qint64 customers = 0;
    double alive = 0;
    double clv = 0;
    qint64 atRisk = 0;
    double atRiskValue = 0;
    ClvGroupFigures figures(const QString &name) const
    {
        ClvGroupFigures f;
        f.name = name;
        f.customers = customers;
        f.meanAlive = customers > 0 ? alive / double(customers) : 0.0;
        f.meanClv = customers > 0 ? clv / double(customers) : 0.0;
        f.atRisk = atRisk;
        f.atRiskValue = atRiskValue;
        return f;
    }
};

double valueIfRetained(const CustomerPrediction &p)
{
    return p.probabilityAlive > 0 ? p.value.lifetimeValue / p.probabilityAlive : 0.0;
}

} // namespace

ClvBreakdown breakDownClv(const JourneyClvModel &model, const AnswerTable *nps)
{
    ClvBreakdown result;
    result.currency = model.file.currency;
    const std::vector<CustomerPrediction> &customers = model.analysis.customers;

    std::vector<double> retained;
    retained.reserve(customers.size());
    for (const CustomerPrediction &p : customers)
        if (p.ok)
            retained.push_back(valueIfRetained(p));
    if (!retained.empty()) {
        // The 75th percentile (nearest rank): the top quarter is at or above it.
        const std::size_t rank = std::size_t(std::ceil(0.75 * double(retained.size()))) - 1;
        std::nth_element(retained.begin(), retained.begin() + std::ptrdiff_t(rank), retained.end());
        result.atRiskThreshold = retained[rank];
    }
    const auto isAtRisk = [&](const CustomerPrediction &p) {
        return p.probabilityAlive < lowAliveProbability && valueIfRetained(p) >= result.atRiskThreshold && result.atRiskThreshold > 0;
    };
    const auto add = [&](Tally &tally, const CustomerPrediction &p) {
        ++tally.customers;
        tally.alive += p.probabilityAlive;
        tally.clv += p.value.lifetimeValue;
        if (isAtRisk(p)) {
            ++tally.atRisk;
            tally.atRiskValue += valueIfRetained(p);
        }
    };

    Tally all;
    // Model customer index → prediction (customers are the model file's ids).
    QHash<QString, const CustomerPrediction *> byId;
    byId.reserve(qsizetype(customers.size()));
    for (const CustomerPrediction &p : customers) {
        if (!p.ok)
            continue;
        add(all, p);
        byId.insert(model.file.customerIds.at(p.customer), &p);
    }
    result.all = all.figures(QString());
    if (!nps)
        return result;

    // Each customer's latest answer (by date; undated and ties in file order).
    const AnswerTable &answers = *nps;
    QHash<quint32, std::size_t> latest; // answers' customer text index → row
    for (std::size_t row = 0; row < answers.size(); ++row) {
        if (answers.customer[row] == 0 || std::isnan(answers.score[row]))
            continue;
        auto it = latest.find(answers.customer[row]);
        if (it == latest.end())
            latest.insert(answers.customer[row], row);
        else if (answers.day[row] >= answers.day[*it])
            *it = row;
    }
    std::array<Tally, 3> categories;
    QHash<QString, Tally> segments;
    QHash<const CustomerPrediction *, char> answered;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const CustomerPrediction *p = byId.value(answers.strings.at(it.key()), nullptr);
        if (!p)
            continue;
        answered.insert(p, 1);
        const std::size_t row = it.value();
        add(categories[std::size_t(npsCategory(int(answers.score[row])))], *p);
        if (const QString &segment = answers.strings.at(answers.segment[row]); !segment.isEmpty())
            add(segments[segment], *p);
    }
    for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor})
        result.byCategory[std::size_t(category)] = categories[std::size_t(category)].figures(categoryName(category));
    Tally without;
    for (const CustomerPrediction *p : std::as_const(byId))
        if (!answered.contains(p))
            add(without, *p);
    result.withoutAnswer = without.figures(QString());
    for (auto it = segments.cbegin(); it != segments.cend(); ++it)
        result.bySegment.push_back(it.value().figures(it.key()));
    std::sort(result.bySegment.begin(), result.bySegment.end(), [](const ClvGroupFigures &a, const ClvGroupFigures &b) {
        return a.customers != b.customers ? a.customers > b.customers : a.name < b.name;
    });

    // Why customers leave: every detractor answer (not only the latest) of a customer who is
    // probably gone, once per customer and touchpoint.
    QHash<quint32, QHash<const CustomerPrediction *, char>> leavers; // touchpoint text index → customers
    for (std::size_t row = 0; row < answers.size(); ++row) {
        if (answers.customer[row] == 0 || answers.touchpoint[row] == 0 || std::isnan(answers.score[row])
            || npsCategory(int(answers.score[row])) != NpsCategory::Detractor)
            continue;
        const CustomerPrediction *p = byId.value(answers.strings.at(answers.customer[row]), nullptr);
        if (p && p->probabilityAlive < lowAliveProbability)
            leavers[answers.touchpoint[row]].insert(p, 1);
    }
    for (auto it = leavers.cbegin(); it != leavers.cend(); ++it) {
        LeavingTouchpoint leaving;
        leaving.touchpoint = answers.strings.at(it.key());
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c) {
            ++leaving.customers;
            leaving.meanAlive += c.key()->probabilityAlive;
            leaving.valueIfRetained += valueIfRetained(*c.key());
        }
        leaving.meanAlive /= double(leaving.customers);
        result.leaving.push_back(leaving);
    }
    std::sort(result.leaving.begin(), result.leaving.end(), [](const LeavingTouchpoint &a, const LeavingTouchpoint &b) {
        return a.valueIfRetained != b.valueIfRetained ? a.valueIfRetained > b.valueIfRetained : a.touchpoint < b.touchpoint;
    });
    return result;
}

} // namespace waymark::clv
