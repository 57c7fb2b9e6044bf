#pragma once

#include "data/clvstatistics.h"
#include "data/dataset.h"
#include "text/commentanalysis.h"

#include <QHash>

#include <memory>
#include <vector>

namespace waymark {

class CommentCorpus;
class Journey;

// The survey whose comments the journey's views read: the newest NPS dataset with comments,
// else the newest dataset of any metric with answer categories (CSAT, CES, …) and comments;
// null when none has a comment. Only datasets whose rows are read (their comments are rows).
const DatasetRef *commentDataset(const Journey &journey);
// The newest dataset with answer categories whose rows are still being read (it may have
// comments; nobody knows before they are read), or null.
const DatasetRef *commentDatasetBeingRead(const Journey &journey);

// What the unhappy customers of one touchpoint say: its lowest-band answers (NPS detractors,
// CSAT dissatisfied, CES hard), those with a comment, and the terms those comments use
// distinctly more than every other comment (z > 0 only: what they complain about, not what
// they do not mention).
struct TouchpointComplaints {
    QString key;               // the touchpoint key (a card's data key)
    qint64 lowAnswers = 0;
    qint64 comments = 0;
    std::vector<DistinctiveTerm> terms;
    std::vector<ClvAmount> clvAtRisk; // filled by orderByClvAtRisk; per currency, largest first
};

// Every touchpoint with lowest-band answers, the most of them first (ties by key); at most
// `top` terms (< 0: all) and `quotes` quotes per term each. `corpus` must be built from the
// dataset's answers. Terms are folded for a short list (foldOverlappingTerms).
std::vector<TouchpointComplaints> touchpointComplaints(const Dataset &dataset, const CommentCorpus &corpus, const Journey *journey,
                                                       int top, int quotes);

// Leadership reads money: the touchpoints whose detractors carry the most lifetime value come
// first (in `currency`; then by lowest-band answers as before), each with its CLV at risk.
// `join` must join the same NPS answers to the customers' CLV.
void orderByClvAtRisk(std::vector<TouchpointComplaints> &complaints, const ClvJoin &join, const QString &currency);

// Each touchpoint key's top complaint term (touchpointComplaints with one term, no quotes),
// for a badge on every card: computed once per corpus and metric and kept (the map's overlay
// is redrawn on every edit and must not redo the analysis). Thread-safe.
std::shared_ptr<const QHash<QString, QString>> topComplaintTerms(const Dataset &dataset,
                                                                 const std::shared_ptr<const CommentCorpus> &corpus);

// A short list reads badly as "check", "identity", "identity check" (one complaint, three
// rows, the same quote): keeps, in z order, a term only when it shares no word with a term
// kept before, and shows a word as the phrase that carries most of it (a phrase among `terms`
// with at least 80 % of the word's count). At most `top` terms (< 0: all).
std::vector<DistinctiveTerm> foldOverlappingTerms(const std::vector<DistinctiveTerm> &terms, int top);

} // namespace waymark
