// The effort heatmap's scale (heatscale.h): logarithmic between the 10th and 90th percentile
// of the cards that cost anything, capped at both ends, so one 48-hour wait does not make the
// other cards look alike; emotion on its absolute 0–10 scale.
#include "heatscale.h"
#include "testjourneys.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace waymark;

namespace {

// The 7 steps the canvas colours by (heatmapcolours.h): a fraction's step.
int step(double fraction)
{
    return std::min(int(fraction * 7), 6);
}

Journey journeyWithMinutes(const std::vector<double> &minutes)
{
    Journey journey = test::smallJourney();
    const Touchpoint model = journey.touchpoints.front();
    journey.touchpoints.clear();
    for (const double each : minutes) {
        Touchpoint card = model;
        card.id = QUuid::createUuid();
        card.effort = {each, {0, QStringLiteral("EUR")}, 0};
        journey.touchpoints.push_back(card);
    }
    return journey;
}

} // namespace

class TestHeatScale : public QObject
{
    Q_OBJECT

private slots:
    void oneLongWaitDoesNotFlattenTheRest()
    {
        // Ordinary steps of 2 minutes to an hour and one 48-hour wait, as in the sample journey.
        const std::vector<double> ordinary{2, 3, 5, 5, 8, 10, 12, 15, 18, 20, 25, 30, 40, 45, 60};
        std::vector<double> minutes = ordinary;
        minutes.push_back(2880);
        const Journey journey = journeyWithMinutes(minutes);
        const UuidHash<double> fractions = heatFractions(journey, EffortDimension::Time, EffortWeights());
        const EffortHeatScale scale = effortHeatScale(journey, EffortDimension::Time, EffortWeights());

        std::vector<double> ordinaryFractions;
        QSet<int> steps;
        for (const Touchpoint &card : journey.touchpoints) {
            if (card.effort.minutes == 2880) {
                QCOMPARE(fractions.value(card.id), 1.0);
                continue;
            }
            ordinaryFractions.push_back(fractions.value(card.id));
            steps.insert(step(fractions.value(card.id)));
        }
        // The ordinary cards spread over the whole scale and over most of its colour steps...
        const auto [lowest, highest] = std::minmax_element(ordinaryFractions.begin(), ordinaryFractions.end());
        QVERIFY2(*highest - *lowest >= 0.9, qPrintable(QStringLiteral("%1 .. %2").arg(*lowest).arg(*highest)));
        QVERIFY2(steps.size() >= 6, qPrintable(QString::number(steps.size())));
        // ... where scaling to the longest card would have squeezed them into the palest part.
        const double squeezed = std::log1p(60.0) / std::log1p(2880.0) - std::log1p(2.0) / std::log1p(2880.0);
        QVERIFY(*highest - *lowest > 2 * squeezed);

        // The outlier is capped: it only moves the top end a little, not the colours of the rest.
        const Journey without = journeyWithMinutes(ordinary);
        const EffortHeatScale calm = effortHeatScale(without, EffortDimension::Time, EffortWeights());
        QVERIFY(scale.cappedAbove);
        QVERIFY2(scale.high < 3 * calm.high, qPrintable(QStringLiteral("%1 vs %2").arg(scale.high).arg(calm.high)));
    }

    void endsAreThePercentiles()
    {
        // 10 values 1..10: type-7 percentiles are 1 + 0.9 = 1.9 and 1 + 8.1 = 9.1.
        std::vector<double> scores{0, 0, 7, 1, 2, 3, 4, 5, 6, 8, 9, 10, -3};
        const EffortHeatScale scale = effortHeatScale(EffortDimension::Money, scores);
        QCOMPARE(scale.low, 1.9);
        QCOMPARE(scale.high, 9.1);
        QVERIFY(scale.cappedBelow);
        QVERIFY(scale.cappedAbove);
        QCOMPARE(scale.fraction(0), 0.0);
        QCOMPARE(scale.fraction(-5), 0.0);
        QCOMPARE(scale.fraction(std::nan("")), 0.0);
        QCOMPARE(scale.fraction(1), 0.0);
        QVERIFY(scale.fraction(1.9) < 1e-9);
        QCOMPARE(scale.fraction(9.1), 1.0);
        QCOMPARE(scale.fraction(1000), 1.0);
        // Logarithmic in between: the geometric mean of the ends is the middle.
        QCOMPARE(scale.fraction(std::sqrt(1.9 * 9.1)), 0.5);
        double previous = -1;
        for (double score = 0.5; score < 12; score += 0.25) {
            const double fraction = scale.fraction(score);
            QVERIFY(fraction >= previous);
            QVERIFY(fraction >= 0.0 && fraction <= 1.0);
            previous = fraction;
        }
    }

    void degenerateJourneys()
    {
        // Nothing costs anything: an empty scale, every card palest.
        const EffortHeatScale none = effortHeatScale(EffortDimension::Time, {0, 0, 0});
        QVERIFY(none.isEmpty());
        QCOMPARE(none.fraction(10), 0.0);
        QVERIFY(effortHeatScale(EffortDimension::Time, {}).isEmpty());
        // One card, or all alike: they are the journey's worst, hottest.
        const EffortHeatScale one = effortHeatScale(EffortDimension::Time, {0, 30});
        QCOMPARE(one.fraction(30), 1.0);
        QCOMPARE(one.fraction(0), 0.0);
        QVERIFY(!one.cappedAbove && !one.cappedBelow);
        const EffortHeatScale alike = effortHeatScale(EffortDimension::Time, {5, 5, 5});
        QCOMPARE(alike.fraction(5), 1.0);
    }

    void emotionIsAbsolute()
    {
        const EffortHeatScale scale = effortHeatScale(EffortDimension::Emotion, {1, 2, 3});
        QCOMPARE(scale.low, 0.0);
        QCOMPARE(scale.high, 10.0);
        for (int emotion = 0; emotion <= 10; ++emotion)
            QCOMPARE(scale.fraction(emotion), emotion / 10.0);
    }
};

QTEST_GUILESS_MAIN(TestHeatScale)
#include "tst_heatscale.moc"
