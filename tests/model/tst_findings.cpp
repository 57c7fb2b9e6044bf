// The leadership summary's three findings, each worked out by hand from a small journey:
// the worst stage by NPS (a trusted sample beats a worse but tiny one), the biggest effort
// hotspot by the heatmap's weighted cost, and the touchpoint whose detractors hold most CLV.
#include "business/findings.h"
#include "importedtext.h"
#include "data/statisticscache.h"
#include "journey.h"

#include <QTest>

using namespace waymark;
using test::answers;
using test::importText;

namespace {

void addDataset(Journey &journey, Dataset dataset)
{
    journey.datasets.push_back(DatasetRef(std::move(dataset)));
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private:
    Journey journey;
    QUuid apply, verify, a, b, c;

private slots:
    void init()
    {
        journey = {};
        journey.currency = QStringLiteral("EUR");
        Stage first{QUuid::createUuid(), QStringLiteral("Apply"), {}};
        Stage second{QUuid::createUuid(), QStringLiteral("Verify"), {}};
        apply = first.id;
        verify = second.id;
        journey.stages = {first, second};
        Lane lane;
        lane.id = QUuid::createUuid();
        journey.lanes = {lane};
        const auto card = [&](const char *key, const QUuid &stage, double minutes, qint64 cents, int emotion) {
            Touchpoint t;
            t.id = QUuid::createUuid();
            t.title = QString::fromLatin1(key).toUpper();
            t.stageId = stage;
            t.laneId = lane.id;
            t.dataKey = QString::fromLatin1(key);
            t.effort = {minutes, {cents, QStringLiteral("EUR")}, emotion};
            journey.touchpoints.push_back(t);
            return t.id;
        };
        // Weighted cost with the default weights (hour 20, emotion point 5):
        // A 30 min → 10; B 2 h + emotion 8 → 40 + 40 = 80; C EUR 10 → 10.
        a = card("a", apply, 30, 0, 0);
        b = card("b", apply, 120, 0, 8);
        c = card("c", verify, 0, 1000, 0);
    }

    void worstStageIsTheTrustedOne()
    {
        // Apply (card A): 10 promoters, 10 passives, 20 detractors of 40: NPS = (10 − 20) / 40 = −25;
        // margin 1.96 · 100 · √((0.25 + 0.5 − 0.25²) / 40) = 1.96 · 100 · √0.0171875 = 25.70 → "± 26".
        // Verify (card C): 5 detractors: NPS −100, but 5 answers are fewer than NPS trusts.
        QByteArray csv = "touchpoint,score,customer\n";
        for (int i = 0; i < 10; ++i)
            csv += "a,10,p" + QByteArray::number(i) + "\na,8,q" + QByteArray::number(i) + '\n';
        for (int i = 0; i < 20; ++i)
            csv += "a,3,d" + QByteArray::number(i) + '\n';
        for (int i = 0; i < 5; ++i)
            csv += "c,2,c" + QByteArray::number(i) + '\n';
        addDataset(journey, importText(csv, QStringLiteral("nps")));
        StatisticsCache cache;
        const auto findings = journeyFindings(journey, cache);
        QVERIFY(!findings.empty());
        QCOMPARE(findings[0].kind, Finding::Kind::WorstStage);
        QCOMPARE(findings[0].stageId, apply);
        QVERIFY2(findings[0].headline.endsWith(QStringLiteral("Apply")), qPrintable(findings[0].headline));
        QVERIFY2(findings[0].detail.contains(QStringLiteral("25")) && findings[0].detail.contains(QStringLiteral("± 26"))
                     && findings[0].detail.contains(QStringLiteral("40")),
                 qPrintable(findings[0].detail));

        // CLV: the 20 detractors at A hold 20 × 100 = 2,000; the 5 at C hold 5 × 1,000 = 5,000: C is the largest.
        QByteArray clv = "customer,clv\n";
        for (int i = 0; i < 20; ++i)
            clv += "d" + QByteArray::number(i) + ",100\n";
        for (int i = 0; i < 5; ++i)
            clv += "c" + QByteArray::number(i) + ",1000\n";
        addDataset(journey, importText(clv, QStringLiteral("clv")));
        StatisticsCache fresh;
        const auto withClv = journeyFindings(journey, fresh);
        QCOMPARE(withClv.size(), std::size_t(3));
        QCOMPARE(withClv[2].kind, Finding::Kind::ClvAtRisk);
        QCOMPARE(withClv[2].cardId, c);
        QVERIFY2(withClv[2].detail.contains(QStringLiteral("5")), qPrintable(withClv[2].detail));
    }

    void hotspotIsTheHighestWeightedCost()
    {
        StatisticsCache cache;
        const auto findings = journeyFindings(journey, cache); // no data: only the effort finding
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].kind, Finding::Kind::EffortHotspot);
        QCOMPARE(findings[0].cardId, b);
        QVERIFY2(findings[0].headline.endsWith(QStringLiteral("B")), qPrintable(findings[0].headline));
        QVERIFY2(findings[0].detail.contains(QStringLiteral("8/10")), qPrintable(findings[0].detail));
    }

    void emptyJourneyHasNoFindings()
    {
        StatisticsCache cache;
        QVERIFY(journeyFindings(Journey{}, cache).empty());
    }
};

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
