#include "clv/rfmdata.h"

#include <algorithm>

namespace waymark::clv {

RfmData RfmData::fromTriples(const std::vector<RfmGroup> &triples)
{
    std::vector<RfmGroup> sorted = triples;
    std::sort(sorted.begin(), sorted.end(), [](const RfmGroup &l, const RfmGroup &r) {
        if (l.x != r.x)
            return l.x < r.x;
        if (l.tx != r.tx)
            return l.tx < r.tx;
        return l.T < r.T;
    });
    RfmData data;
    for (const RfmGroup &g : sorted) {
        if (!data.groups.empty() && data.groups.back().x == g.x && data.groups.back().tx == g.tx && data.groups.back().T == g.T)
            data.groups.back().weight += g.weight;
        else
            data.groups.push_back(g);
        data.maxX = std::max(data.maxX, g.x);
        data.customers += g.weight;
    }
    for (const RfmGroup &g : data.groups) {
        data.times.push_back(g.tx);
        data.times.push_back(g.T);
    }
    std::sort(data.times.begin(), data.times.end());
    data.times.erase(std::unique(data.times.begin(), data.times.end()), data.times.end());
    const auto indexOf = [&](double t) { return int(std::lower_bound(data.times.begin(), data.times.end(), t) - data.times.begin()); };
    for (RfmGroup &g : data.groups) {
        g.txIndex = indexOf(g.tx);
        g.TIndex = indexOf(g.T);
    }
    return data;
}

RfmData RfmData::fromSummaries(const std::vector<CustomerSummary> &customers)
{
    std::vector<RfmGroup> triples;
    triples.reserve(customers.size());
    for (const CustomerSummary &c : customers)
        triples.push_back({c.x, c.tx, c.T, 1.0});
    return fromTriples(triples);
}

} // namespace waymark::clv
