#include "text/commentanalysis.h"

#include "text/commentcorpus.h"
#include "text/commentgroups.h"

#include <QCollator>

#include <algorithm>
#include <cmath>

namespace waymark {

std::vector<CommentGroup> distinctiveTerms(const AnswerTable &table, const CommentCorpus &corpus, const Metric &metric,
                                           const SayRequest &request, const Journey *journey)
{
    const std::size_t rows = table.size();
    if (table.comment.size() != rows || table.isAggregated())
        return {}; // aggregated exports carry counts, not comments
    const RowGroups groups = groupRows(table, request.by, journey);

    // The whole corpus: every term's count over all commented answers, and their sum N.
    const std::size_t terms = corpus.termCount();
    std::vector<quint32> corpusCounts(terms, 0);
    double corpusTerms = 0;
    qint64 commentedRows = 0;
    std::vector<std::vector<qint64>> rowsOfGroup(groups.labels.size());
    for (std::size_t row = 0; row < rows; ++row) {
        const quint32 comment = table.comment[row];
        if (comment == 0)
            continue;
        const auto ids = corpus.termsOf(comment);
        for (quint32 id : ids)
            ++corpusCounts[id];
        corpusTerms += double(ids.size());
        ++commentedRows;
        if (!request.category || metric.band(table.score[row]) == request.category)
            rowsOfGroup[std::size_t(groups.groupOfRow[row])].push_back(qint64(row));
    }
    const FightinWordsPrior prior = FightinWordsPrior::forCorpus(corpusTerms, request.priorTotal);
    // Terms frequent enough that the other comments may use them distinctly more (z < 0):
    // looked at for every group, so listed once.
    std::vector<quint32> frequent;
    for (quint32 id = 0; id < terms; ++id)
        if (corpusCounts[id] >= request.minimumCount)
            frequent.push_back(id);

    std::vector<CommentGroup> result;
    std::vector<quint32> groupCounts(terms, 0);
    std::vector<quint32> touched;
    for (std::size_t g = 0; g < groups.labels.size(); ++g) {
        if (rowsOfGroup[g].empty() || (!request.onlyGroup.isEmpty() && groups.labels[g] != request.onlyGroup))
            continue;
        CommentGroup group;
        group.label = groups.labels[g];
        group.rows = std::move(rowsOfGroup[g]);
        group.comments = qint64(group.rows.size());
        group.otherComments = commentedRows - group.comments;
        if (group.otherComments == 0) {
            result.push_back(std::move(group)); // every comment is in the group: nothing to set it apart from
            continue;
        }
        double groupTerms = 0;
        touched.clear();
        for (qint64 row : group.rows) {
            const auto ids = corpus.termsOf(table.comment[std::size_t(row)]);
            for (quint32 id : ids)
                if (groupCounts[id]++ == 0)
                    touched.push_back(id);
            groupTerms += double(ids.size());
        }
        const double otherTerms = corpusTerms - groupTerms;
        const auto consider = [&](quint32 id) {
            const double yi = groupCounts[id];
            const double yj = double(corpusCounts[id]) - yi;
            const LogOdds odds = weightedLogOdds(yi, groupTerms, yj, otherTerms, prior.alpha(corpusCounts[id]), prior.total);
            if (std::abs(odds.z) < significantZ || (odds.z > 0 ? yi : yj) < request.minimumCount)
                return;
            group.terms.push_back({corpus.termText(id), id, yi, yj, odds.delta, odds.z, {}});
        };
        for (quint32 id : touched)
            if (groupCounts[id] >= request.minimumCount)
                consider(id);
        // Terms the group uses distinctly less: seen often elsewhere, rarely here. Ranked below
        // every positive z, so looked for only when the positive ones do not fill `top`.
        const auto positive = std::size_t(std::count_if(group.terms.begin(), group.terms.end(), [](const DistinctiveTerm &t) { return t.z > 0; }));
        if (request.top < 0 || positive < std::size_t(request.top)) {
            for (quint32 id : frequent)
                if (groupCounts[id] < request.minimumCount)
                    consider(id);
        }
        for (quint32 id : touched)
            groupCounts[id] = 0;
        std::sort(group.terms.begin(), group.terms.end(), [](const DistinctiveTerm &a, const DistinctiveTerm &b) {
            return a.z != b.z ? a.z > b.z : a.term < b.term;
        });
        if (request.top >= 0 && group.terms.size() > std::size_t(request.top))
            group.terms.resize(std::size_t(request.top));
        std::vector<quint32> ids;
        for (const DistinctiveTerm &term : group.terms)
            ids.push_back(term.id);
        std::vector<std::vector<Quote>> quotes = representativeQuotes(table, corpus, ids, group.rows, request.quotesPerTerm);
        for (std::size_t t = 0; t < group.terms.size(); ++t)
            group.terms[t].quotes = std::move(quotes[t]);
        result.push_back(std::move(group));
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(result.begin(), result.end(), [&](const CommentGroup &a, const CommentGroup &b) { return collator.compare(a.label, b.label) < 0; });
    return result;
}

} // namespace waymark
