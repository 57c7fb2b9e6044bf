// The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
// 2008, eq. 16–22) against a small example computed by hand.
#include "text/fightinwords.h"

#include <QTest>

#include <cmath>

using namespace waymark;

class TestFightinWords : public QObject
{
    Q_OBJECT
private slots:
    void matchesHandComputation();
    void priorComesFromTheCorpus();
    void swappingGroupsFlipsTheSign();
    void moreEvidenceRaisesZ();
};

void TestFightinWords::matchesHandComputation()
{
    // Group i: 10 terms, "queue" 4 times. Group j: 20 terms, "queue" 2 times.
    // Corpus: "queue" 6 of N = 30 terms; prior total α0 = 10, so α = 10 · 6 / 30 = 2.
    //   δ = ln((4 + 2) / (10 + 10 − 4 − 2)) − ln((2 + 2) / (20 + 10 − 2 − 2))
    //     = ln(6 / 14) − ln(4 / 26) = −0.8472978604 − (−1.8718021769) = 1.0245043165
    //   σ² = 1/(4 + 2) + 1/(2 + 2) = 0.1666667 + 0.25 = 0.4166667, σ = 0.6454972244
    //   z = 1.0245043165 / 0.6454972244 = 1.5871552624 (below 1.96: not reported)
    FightinWordsPrior prior;
    prior.total = 10;
    prior.corpusTerms = 30;
    QCOMPARE(prior.alpha(6), 2.0);
    const LogOdds odds = weightedLogOdds(4, 10, 2, 20, prior.alpha(6), prior.total);
    QVERIFY(std::abs(odds.delta - 1.0245043165) < 1e-9);
    QVERIFY(std::abs(odds.z - 1.5871552624) < 1e-9);
    QVERIFY(odds.z < significantZ);
}

void TestFightinWords::priorComesFromTheCorpus()
{
    FightinWordsPrior prior;
    prior.corpusTerms = 200'000;
    // The default α0 = 1,000 spread by corpus frequency: a term at 1 % of the corpus gets 10.
    QCOMPARE(prior.alpha(2'000), 10.0);
    FightinWordsPrior empty;
    QCOMPARE(empty.alpha(5), 0.0);
    // α0 is 1,000 for a large corpus and a tenth of a small one.
    QCOMPARE(FightinWordsPrior::forCorpus(5'000'000).total, 1000.0);
    QCOMPARE(FightinWordsPrior::forCorpus(300).total, 30.0);
}

void TestFightinWords::swappingGroupsFlipsTheSign()
{
    const LogOdds ij = weightedLogOdds(4, 10, 2, 20, 2, 10);
    const LogOdds ji = weightedLogOdds(2, 20, 4, 10, 2, 10);
    QVERIFY(std::abs(ij.delta + ji.delta) < 1e-12);
    QVERIFY(std::abs(ij.z + ji.z) < 1e-12);
}

void TestFightinWords::moreEvidenceRaisesZ()
{
    // The same shares ten times over: δ barely moves, z grows about √10 times and passes 1.96.
    // 40 of 100 against 20 of 200, α = 2, α0 = 10:
    //   δ = ln(42 / 68) − ln(22 / 188) = −0.4818381 − (−2.1453995) = 1.6635614
    //   σ = √(1/42 + 1/22) = 0.2631807, z = 6.3210
    const LogOdds odds = weightedLogOdds(40, 100, 20, 200, 2, 10);
    QVERIFY(std::abs(odds.delta - 1.6635614) < 1e-6);
    QVERIFY(std::abs(odds.z - 6.3210) < 1e-3);
    QVERIFY(odds.z > significantZ);
}

QTEST_GUILESS_MAIN(TestFightinWords)
#include "tst_fightinwords.moc"
