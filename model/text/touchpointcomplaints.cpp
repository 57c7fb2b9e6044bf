#include "text/touchpointcomplaints.h"

#include "data/metrics/metric.h"
#include "journey.h"
#include "text/commentcorpuscache.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>

namespace waymark {

const DatasetRef *commentDataset(const Journey &journey)
{
    const auto usable = [](const DatasetRef &d) {
        return d->kind == DatasetKind::Answers && d->metric() && d->metric()->hasBands() && d->answerRowsIfRead() && CommentCorpusCache::hasComments(*d->answerRowsIfRead());
    };
    const DatasetRef *found = nullptr;
    for (const DatasetRef &d : journey.datasets) // later datasets are newer
        if (usable(d) && (!found || d->metricKey == QLatin1String("nps") || (*found)->metricKey != QLatin1String("nps")))
            found = &d;
    return found;
}

const DatasetRef *commentDatasetBeingRead(const Journey &journey)
{
    const DatasetRef *found = nullptr;
    for (const DatasetRef &d : journey.datasets)
        if (d->kind == DatasetKind::Answers && d->metric() && d->metric()->hasBands() && d->rowsPending())
            found = &d;
    return found;
}

std::vector<TouchpointComplaints> touchpointComplaints(const Dataset &dataset, const CommentCorpus &corpus, const Journey *journey,
                                                       int top, int quotes)
{
    const Metric *metric = dataset.metric();
    const AnswerTable &table = dataset.answerRows();
    if (!metric || !metric->hasBands() || table.touchpoint.size() != table.size())
        return {};
    QHash<quint32, qint64> lowByKey; // string index of the key -> lowest-band answers
    for (std::size_t row = 0; row < table.size(); ++row)
        if (table.touchpoint[row] != 0 && metric->band(table.score[row]) == Band::Low)
            ++lowByKey[table.touchpoint[row]];
    SayRequest request;
    request.by = Dimension::Touchpoint;
    request.category = Band::Low;
    request.top = top < 0 ? -1 : top * 4; // room for the folding below
    request.quotesPerTerm = quotes;
    QHash<QString, CommentGroup> groups;
    for (CommentGroup &group : distinctiveTerms(table, corpus, *metric, request, journey))
        groups.insert(group.label, std::move(group));

    std::vector<TouchpointComplaints> result;
    for (auto it = lowByKey.cbegin(); it != lowByKey.cend(); ++it) {
        TouchpointComplaints complaints;
        complaints.key = table.strings.at(it.key());
        complaints.lowAnswers = it.value();
        const auto group = groups.constFind(complaints.key);
        if (group != groups.cend()) {
            complaints.comments = group->comments;
            std::vector<DistinctiveTerm> positive;
            for (const DistinctiveTerm &term : group->terms)
                if (term.z > 0)
                    positive.push_back(term);
            complaints.terms = foldOverlappingTerms(positive, top);
        }
        result.push_back(std::move(complaints));
    }
    std::sort(result.begin(), result.end(), [](const TouchpointComplaints &a, const TouchpointComplaints &b) {
        return a.lowAnswers != b.lowAnswers ? a.lowAnswers > b.lowAnswers : a.key < b.key;
    });
    return result;
}

void orderByClvAtRisk(std::vector<TouchpointComplaints> &complaints, const ClvJoin &join, const QString &currency)
{
    QHash<QString, const ClvAtRisk *> byKey;
    for (const ClvAtRisk &risk : join.atRisk)
        byKey.insert(risk.touchpoint, &risk);
    const auto inCurrency = [&](const TouchpointComplaints &t) {
        for (const ClvAmount &amount : t.clvAtRisk)
            if (amount.currency == currency)
                return amount.total;
        return 0.0;
    };
    for (TouchpointComplaints &t : complaints)
        if (const ClvAtRisk *risk = byKey.value(t.key))
            t.clvAtRisk = risk->amounts;
    std::stable_sort(complaints.begin(), complaints.end(), [&](const TouchpointComplaints &a, const TouchpointComplaints &b) {
        return inCurrency(a) > inCurrency(b); // stable: equal value keeps the detractors' order
    });
}

std::shared_ptr<const QHash<QString, QString>> topComplaintTerms(const Dataset &dataset, const std::shared_ptr<const CommentCorpus> &corpus)
{
    struct Kept {
        std::weak_ptr<const CommentCorpus> corpus; // weak: a freed corpus's address may be reused
        QString metricKey;
        std::shared_ptr<const QHash<QString, QString>> terms;
    };
    static QMutex mutex;
    static Kept kept;
    if (!corpus)
        return std::make_shared<const QHash<QString, QString>>();
    {
        const QMutexLocker lock(&mutex);
        if (kept.corpus.lock() == corpus && kept.metricKey == dataset.metricKey)
            return kept.terms;
    }
    auto terms = std::make_shared<QHash<QString, QString>>();
    for (const TouchpointComplaints &t : touchpointComplaints(dataset, *corpus, nullptr, 1, 0))
        if (!t.terms.empty())
            terms->insert(t.key, t.terms.front().term);
    const QMutexLocker lock(&mutex);
    kept = {corpus, dataset.metricKey, terms};
    return terms;
}

std::vector<DistinctiveTerm> foldOverlappingTerms(const std::vector<DistinctiveTerm> &terms, int top)
{
    constexpr double carried = 0.8;
    const auto wordsOf = [](const QString &term) { return term.split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    std::vector<DistinctiveTerm> kept;
    QSet<QString> usedWords;
    for (const DistinctiveTerm &term : terms) {
        if (top >= 0 && kept.size() >= std::size_t(top))
            break;
        const DistinctiveTerm *shown = &term;
        if (!term.term.contains(QLatin1Char(' '))) {
            for (const DistinctiveTerm &phrase : terms)
                if (phrase.count >= carried * term.count && wordsOf(phrase.term).contains(term.term) && phrase.term != term.term) {
                    shown = &phrase;
                    break;
                }
        }
        const QStringList words = wordsOf(shown->term);
        if (std::any_of(words.begin(), words.end(), [&](const QString &w) { return usedWords.contains(w); }))
            continue;
        for (const QString &w : words)
            usedWords.insert(w);
        kept.push_back(*shown);
    }
    return kept;
}

} // namespace waymark
