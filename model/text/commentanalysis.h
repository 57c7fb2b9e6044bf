#pragma once

#include "data/answerstatistics.h"
#include "data/datatables.h"
#include "data/metrics/metric.h"
#include "text/fightinwords.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

class CommentCorpus;
class Journey;

// What the "what customers say" analysis is asked: the groups (by a dimension, optionally
// one group only), the answers that speak for a group (a band: NPS detractors, CSAT
// dissatisfied, CES hard…; none: every answer), and how much to report. Each group's comments
// in that band are compared with all other comments of the table (the default: a
// touchpoint's detractors against everyone else).
struct SayRequest {
    Dimension by = Dimension::Touchpoint;
    std::optional<Band> category = Band::Low;
    QString onlyGroup;        // a label of `by` ("app-login", "2025-Q1"); empty: every group
    int top = 10;             // terms per group, ranked by z (largest first)
    int quotesPerTerm = 3;
    double priorTotal = FightinWordsPrior::defaultTotal; // α0's cap (FightinWordsPrior::forCorpus)
    double minimumCount = minimumTermCount;
};

// A sentence a customer wrote, with personal data masked, and the answer it came with.
struct Quote {
    QString text;
    double score = 0;
    QDate date;           // invalid when the answer has none
    std::size_t row = 0;  // the answer's row in the table
};

struct DistinctiveTerm {
    QString term;         // as the analysis spells it: case-folded, Serbian in Cyrillic
    quint32 id = 0;       // CommentCorpus term id
    double count = 0;     // occurrences in the group's comments
    double othersCount = 0;
    double logOdds = 0;   // δ
    double z = 0;
    std::vector<Quote> quotes;
};

struct CommentGroup {
    QString label;                 // the group's value of `by`
    qint64 comments = 0;           // answers with a comment in the group (and band)
    qint64 otherComments = 0;      // the comparison
    std::vector<qint64> rows;      // those answers' rows, for listing and searching
    std::vector<DistinctiveTerm> terms; // |z| ≥ 1.96 and count ≥ the minimum, by z, largest first
};

// The distinctive terms of every group with comments (groups in label order). `corpus` must
// have been built from `table`.
std::vector<CommentGroup> distinctiveTerms(const AnswerTable &table, const CommentCorpus &corpus, const Metric &metric,
                                           const SayRequest &request, const Journey *journey = nullptr);

// The shortest whole sentences (QTextBoundaryFinder sentence boundaries) that contain `term`
// among the comments of `rows`, masked, at most `count`, each sentence once.
std::vector<Quote> representativeQuotes(const AnswerTable &table, const CommentCorpus &corpus, quint32 term,
                                        const std::vector<qint64> &rows, int count);
// The same for several terms in one pass over the rows.
std::vector<std::vector<Quote>> representativeQuotes(const AnswerTable &table, const CommentCorpus &corpus,
                                                     const std::vector<quint32> &terms, const std::vector<qint64> &rows, int count);

// The rows among `rows` whose comment contains every word of `query` (spelled as the analysis
// spells words, so "Čekanje" finds "чекање"); an empty query keeps every row.
std::vector<qint64> searchComments(const AnswerTable &table, const CommentCorpus &corpus, const QString &query,
                                   const std::vector<qint64> &rows);

} // namespace waymark
