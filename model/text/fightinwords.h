#pragma once

#include <cstddef>

namespace waymark {

// The weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words": Monroe,
// Colaresi & Quinn 2008, Political Analysis 16(4), eq. 16–22). For a term w, group i and the
// comparison group j:
//   δ = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w))
//   σ² ≈ 1/(y_i + α_w) + 1/(y_j + α_w),   z = δ / σ
// y: the term's count in a group, n: all terms counted in the group, α_w: the prior of w.
// The prior comes from the whole corpus: α_w = α0 · y_w / N (y_w the term's count in all the
// comments analysed, N all terms counted), so a common word needs more evidence than a rare one
// to stand out, and small groups are pulled towards the corpus instead of shouting noise.
struct FightinWordsPrior {
    // α0, the prior's total weight in pseudo-terms: 1,000, which keeps the prior weaker than
    // any touchpoint with a few hundred comments yet strong enough to calm terms seen twice;
    // a tenth of the corpus when that is less (a small survey), so the prior never outweighs
    // the comments themselves.
    static constexpr double defaultTotal = 1000.0;
    static constexpr double largestCorpusShare = 0.1;
    double total = defaultTotal;
    double corpusTerms = 0;          // N
    double alpha(double corpusCount) const { return corpusTerms > 0 ? total * corpusCount / corpusTerms : 0; }
    // The prior for a corpus of `terms` terms, α0 at most `cap`.
    static FightinWordsPrior forCorpus(double terms, double cap = defaultTotal)
    {
        FightinWordsPrior prior;
        prior.corpusTerms = terms;
        prior.total = terms * largestCorpusShare < cap ? terms * largestCorpusShare : cap;
        return prior;
    }
};

struct LogOdds {
    double delta = 0;  // δ, log-odds ratio of group i over group j
    double z = 0;
};

// `yi`, `ni`: the term's count and all terms in group i; `yj`, `nj` the same in group j;
// `alpha` the term's prior α_w and `alpha0` the prior's total α0.
LogOdds weightedLogOdds(double yi, double ni, double yj, double nj, double alpha, double alpha0);

// What the analysis reports: |z| ≥ 1.96 (two-sided 5 %), and a term seen at least this often
// in the group it characterises (its own group for z > 0, the others for z < 0). Five: below
// that a "distinctive word" is usually one chatty customer.
inline constexpr double significantZ = 1.96;
inline constexpr double minimumTermCount = 5;

} // namespace waymark
