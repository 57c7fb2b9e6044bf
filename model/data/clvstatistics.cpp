#include "data/clvstatistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <map>

namespace waymark {

namespace {

struct ClvStatisticsText {
    Q_DECLARE_TR_FUNCTIONS(ClvStatistics)
};

// A response that can be "latest": later day wins; equal or missing days go by row order.
struct Latest {
    qint64 day = 0;
    std::size_t row = 0;
    int score = -1;
    bool later(qint64 otherDay, std::size_t otherRow) const
    {
        if (score < 0)
            return true;
        if (otherDay != noDate && day != noDate && otherDay != day)
            return otherDay > day;
        return otherRow > row;
    }
};

void addTo(std::vector<ClvAmount> &amounts, const QString &currency, double value)
{
    auto it = std::find_if(amounts.begin(), amounts.end(), [&](const ClvAmount &a) { return a.currency == currency; });
    if (it == amounts.end()) {
        amounts.push_back({currency, 0, 0});
        it = amounts.end() - 1;
    }
    ++it->customers;
    it->total += value;
}

void sortByTotal(std::vector<ClvAmount> &amounts)
{
    std::sort(amounts.begin(), amounts.end(), [](const ClvAmount &a, const ClvAmount &b) {
        return a.total != b.total ? a.total > b.total : a.currency < b.currency;
    });
}

} // namespace

NpsCategory npsCategory(int score)
{
    return score >= 9 ? NpsCategory::Promoter : score >= 7 ? NpsCategory::Passive : NpsCategory::Detractor;
}

QString categoryName(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter: return ClvStatisticsText::tr("Promoters");
    case NpsCategory::Passive: return ClvStatisticsText::tr("Passives");
    case NpsCategory::Detractor: return ClvStatisticsText::tr("Detractors");
    }
    return {};
}

QString categoryKey(NpsCategory category)
{
    switch (category) {
    case NpsCategory::Promoter: return QStringLiteral("promoters");
    case NpsCategory::Passive: return QStringLiteral("passives");
    case NpsCategory::Detractor: return QStringLiteral("detractors");
    }
    return {};
}

ClvJoin joinClv(const AnswerTable &nps, const ClvTable &clv, const QString &defaultCurrency)
{
    ClvJoin join;
    if (nps.isAggregated())
        return join; // counts per group name no customers: nothing to join
    // CLV by customer text; the last row for a customer wins.
    QHash<QString, std::size_t> clvRowOf;
    clvRowOf.reserve(qsizetype(clv.size()));
    for (std::size_t row = 0; row < clv.size(); ++row)
        clvRowOf.insert(clv.strings.at(clv.customer[row]), row);
    // NPS customer string index -> CLV row (or none), resolved once per distinct customer.
    constexpr std::size_t none = std::size_t(-1);
    std::vector<std::size_t> clvOf(nps.strings.size(), none);
    std::vector<bool> resolved(nps.strings.size(), false);
    std::vector<Latest> latest(nps.strings.size());          // per customer
    QHash<quint64, Latest> atTouchpoint; // (touchpoint << 32 | customer)
    std::vector<bool> clvAnswered(clv.size(), false);

    for (std::size_t row = 0; row < nps.size(); ++row) {
        const quint32 customer = nps.customer[row];
        if (customer == 0) {
            ++join.responsesWithoutCustomer;
            continue;
        }
        if (!resolved[customer]) {
            resolved[customer] = true;
            const auto it = clvRowOf.constFind(nps.strings.at(customer));
            if (it != clvRowOf.constEnd()) {
                clvOf[customer] = *it;
                clvAnswered[*it] = true;
            }
        }
        const qint64 day = nps.day[row];
        if (latest[customer].later(day, row))
            latest[customer] = {day, row, int(nps.score[row])};
        if (clvOf[customer] != none && nps.touchpoint[row] != 0) {
            Latest &there = atTouchpoint[quint64(nps.touchpoint[row]) << 32 | customer];
            if (there.later(day, row))
                there = {day, row, int(nps.score[row])};
        }
    }
    const auto currencyOf = [&](std::size_t row) {
        const QString &own = clv.strings.at(clv.currency[row]);
        return own.isEmpty() ? defaultCurrency : own;
    };
    for (std::size_t customer = 1; customer < nps.strings.size(); ++customer) {
        if (!resolved[customer])
            continue;
        if (clvOf[customer] == none) {
            ++join.customersWithoutClv;
            continue;
        }
        ++join.customersJoined;
        const std::size_t row = clvOf[customer];
        addTo(join.byCategory[std::size_t(npsCategory(latest[customer].score))], currencyOf(row), clv.value[row]);
    }
    for (auto &amounts : join.byCategory)
        sortByTotal(amounts);
    std::map<quint32, ClvAtRisk> risk;
    for (auto it = atTouchpoint.cbegin(); it != atTouchpoint.cend(); ++it) {
        if (npsCategory(it->score) != NpsCategory::Detractor)
            continue;
        const auto touchpoint = quint32(it.key() >> 32);
        const auto customer = quint32(it.key() & 0xFFFFFFFFu);
        ClvAtRisk &entry = risk[touchpoint];
        entry.touchpoint = nps.strings.at(touchpoint);
        ++entry.detractors;
        const std::size_t row = clvOf[customer];
        addTo(entry.amounts, currencyOf(row), clv.value[row]);
    }
    for (auto &[key, entry] : risk) {
        sortByTotal(entry.amounts);
        join.atRisk.push_back(std::move(entry));
    }
    std::sort(join.atRisk.begin(), join.atRisk.end(), [](const ClvAtRisk &a, const ClvAtRisk &b) {
        return a.largestTotal() != b.largestTotal() ? a.largestTotal() > b.largestTotal() : a.touchpoint < b.touchpoint;
    });
    // CLV customers who never answered (distinct customers, the last row of each).
    for (auto it = clvRowOf.cbegin(); it != clvRowOf.cend(); ++it)
        if (!clvAnswered[*it])
            ++join.clvWithoutResponses;
    return join;
}

QString formatAmounts(const std::vector<ClvAmount> &amounts, int decimals)
{
    const QLocale locale;
    QStringList parts;
    for (const ClvAmount &amount : amounts)
        parts << (amount.currency.isEmpty() ? locale.toString(amount.total, 'f', decimals)
                                            : amount.currency + QChar(0x00A0) + locale.toString(amount.total, 'f', decimals));
    return parts.join(QStringLiteral(" + "));
}

} // namespace waymark
