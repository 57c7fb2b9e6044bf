// Heatmap and hotspot scoring: scores of the small journey's cards computed by hand, ranking
// order and ties, heat fractions, and the weights' trip through the journey settings.
#include "effortscore.h"
#include "testjourneys.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace waymark;

namespace {

// The small journey's card ids: "9a1e0005-0000-4000-8000-0000000000NN".
QUuid card(int number)
{
    return QUuid::fromString(QStringLiteral("9a1e0005-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')));
}

const Touchpoint &cardOf(const Journey &journey, int number)
{
    const Touchpoint *found = journey.touchpoint(card(number));
    Q_ASSERT(found);
    return *found;
}

QList<QUuid> idsOf(const std::vector<RankedTouchpoint> &ranked)
{
    QList<QUuid> ids;
    for (const RankedTouchpoint &entry : ranked)
        ids << entry.id;
    return ids;
}

QList<QUuid> cards(std::initializer_list<int> numbers)
{
    QList<QUuid> ids;
    for (const int number : numbers)
        ids << card(number);
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(EffortDimension)

class TestEffortScore : public QObject
{
    Q_OBJECT

private slots:
    // Small journey (EUR): 1 ad 2.5 min emo 1 · 2 site 10 min emo 2 · 5 form 20 min emo 4 ·
    // 3 upload 15 min emo 6 · 4 wait 2880 min emo 8 · 6 check 45 min EUR 5 emo 5 ·
    // 7 pay 1 min RSD 1500 · 8 card EUR 19.99.
    void scores_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<EffortDimension>("dimension");
        QTest::addColumn<double>("expected");
        const auto row = [](const char *name, int number, EffortDimension dimension, double expected) {
            QTest::newRow(name) << number << dimension << expected;
        };
        row("check time", 6, EffortDimension::Time, 45.0);
        row("ad time (fractional)", 1, EffortDimension::Time, 2.5);
        row("check money", 6, EffortDimension::Money, 5.0);
        row("card money", 8, EffortDimension::Money, 19.99);
        row("pay money in RSD scores 0", 7, EffortDimension::Money, 0.0);
        row("wait emotion", 4, EffortDimension::Emotion, 8.0);
        // Defaults: time 1, money 1, emotion 1, hour 20, emotion point 5.
        row("check composite", 6, EffortDimension::Composite, 45.0 / 60 * 20 + 5 + 5 * 5); // 15 + 5 + 25 = 45
        row("wait composite", 4, EffortDimension::Composite, 1000.0);                       // 960 + 0 + 40
        row("ad composite", 1, EffortDimension::Composite, 2.5 / 60 * 20 + 5);              // 0.8333 + 5
        row("pay composite: time only, RSD ignored", 7, EffortDimension::Composite, 1.0 / 3.0);
        row("card composite: money only", 8, EffortDimension::Composite, 19.99);
    }

    void scores()
    {
        QFETCH(int, number);
        QFETCH(EffortDimension, dimension);
        QFETCH(double, expected);
        const Journey journey = test::smallJourney();
        QCOMPARE(effortScore(cardOf(journey, number), dimension, EffortWeights(), journey.currency), expected);
    }

    void compositeWithCustomWeights()
    {
        const Journey journey = test::smallJourney();
        EffortWeights weights;
        weights.time = 0.5;
        weights.money = 2;
        weights.emotion = 3;
        weights.hourValue = 30;
        weights.emotionPointValue = 4;
        const auto score = [&](int number) {
            return effortScore(cardOf(journey, number), EffortDimension::Composite, weights, journey.currency);
        };
        QCOMPARE(score(6), 81.25); // 0.5 * 45/60 * 30 = 11.25, + 2 * 5 = 10, + 3 * 5 * 4 = 60
        QCOMPARE(score(4), 816.0); // 0.5 * 48 h * 30 = 720, + 3 * 8 * 4 = 96
        QCOMPARE(score(8), 39.98); // 2 * 19.99
        QCOMPARE(score(7), 0.25);  // 0.5 * 1/60 * 30; the RSD 1,500 never counts
        // Single-dimension scores ignore the weights.
        QCOMPARE(effortScore(cardOf(journey, 6), EffortDimension::Time, weights, journey.currency), 45.0);
        // In a journey whose currency is RSD, the payment counts and the EUR cards do not.
        QCOMPARE(effortScore(cardOf(journey, 7), EffortDimension::Money, weights, QStringLiteral("RSD")), 1500.0);
        QCOMPARE(effortScore(cardOf(journey, 8), EffortDimension::Money, weights, QStringLiteral("RSD")), 0.0);
    }

    void ranking()
    {
        const Journey journey = test::smallJourney();
        const EffortWeights weights;
        // Card 8 takes no time: left out.
        QCOMPARE(idsOf(rankTouchpoints(journey, EffortDimension::Time, weights)), cards({4, 6, 5, 3, 2, 1, 7}));
        // The RSD payment scores 0 on money: left out.
        const auto money = rankTouchpoints(journey, EffortDimension::Money, weights);
        QCOMPARE(idsOf(money), cards({8, 6}));
        QCOMPARE(money[0].score, 19.99);
        QCOMPARE(money[1].score, 5.0);
        QCOMPARE(idsOf(rankTouchpoints(journey, EffortDimension::Emotion, weights)), cards({4, 3, 6, 5, 2, 1}));
        // 1000, 45, 35, 26.67, 19.99, 13.33, 5.83, 0.33
        QCOMPARE(idsOf(rankTouchpoints(journey, EffortDimension::Composite, weights)), cards({4, 6, 3, 5, 8, 2, 1, 7}));
    }

    // Equal scores keep journey order: stage, then lane, then order inside the cell, whatever
    // order the journey's list holds the cards in.
    void tiesKeepJourneyOrder()
    {
        Journey journey = test::smallJourney();
        for (const int number : {1, 5, 3, 6})
            journey.touchpoints[size_t(*journey.touchpointIndex(card(number)))].effort.emotion = 6;
        // Card 6 (stage 2, front-office lane) first in the list; the (stage 2, customer) cell
        // keeps its order 5, 3, 4.
        const auto check = journey.touchpoints.begin() + *journey.touchpointIndex(card(6));
        std::rotate(journey.touchpoints.begin(), check, check + 1);
        QCOMPARE(journey.touchpoints.front().id, card(6));
        const auto ranked = rankTouchpoints(journey, EffortDimension::Emotion, EffortWeights());
        QCOMPARE(idsOf(ranked), cards({4, 1, 5, 3, 6, 2}));
        QVERIFY(std::all_of(ranked.begin() + 1, ranked.begin() + 5, [](const RankedTouchpoint &r) { return r.score == 6.0; }));
    }

    void fractions()
    {
        const Journey journey = test::smallJourney();
        const auto time = heatFractions(journey, EffortDimension::Time, EffortWeights());
        QCOMPARE(time.size(), qsizetype(journey.touchpoints.size())); // every card, zeros included
        QCOMPARE(time.value(card(4)), 1.0);
        // Logarithmic between the 10th and 90th percentile of the cards that cost anything
        // (heatscale.h): 1, 2.5, 10, 15, 20, 45 and 2880 minutes give 1.9 and 1179.
        const double low = 1 + 0.6 * 1.5, high = 45 + 0.4 * (2880 - 45);
        QCOMPARE(time.value(card(6)), std::log(45.0 / low) / std::log(high / low));
        QCOMPARE(time.value(card(8)), 0.0);
        const auto money = heatFractions(journey, EffortDimension::Money, EffortWeights());
        QCOMPARE(money.value(card(8)), 1.0);
        QCOMPARE(money.value(card(6)), 0.0); // EUR 5 and EUR 19.99: the cheaper is the low end
        QCOMPARE(money.value(card(7)), 0.0);
        const auto composite = heatFractions(journey, EffortDimension::Composite, EffortWeights());
        QCOMPARE(composite.value(card(4)), 1.0);
        QVERIFY(composite.value(card(6)) > 0.0 && composite.value(card(6)) < 1.0);
        // Emotion is absolute: emotion / 10, whatever the journey's worst card is.
        const auto emotion = heatFractions(journey, EffortDimension::Emotion, EffortWeights());
        for (const Touchpoint &t : journey.touchpoints)
            QCOMPARE(emotion.value(t.id), t.effort.emotion / 10.0);
        for (const double fraction : composite)
            QVERIFY(fraction >= 0.0 && fraction <= 1.0);

        // Nothing costs anything: no division by zero, every fraction 0, nothing ranked.
        Journey calm = journey;
        for (Touchpoint &t : calm.touchpoints)
            t.effort = {0.0, {0, QStringLiteral("EUR")}, 0};
        const auto none = heatFractions(calm, EffortDimension::Composite, EffortWeights());
        QCOMPARE(none.size(), qsizetype(calm.touchpoints.size()));
        QVERIFY(std::all_of(none.begin(), none.end(), [](double f) { return f == 0.0; }));
        QVERIFY(rankTouchpoints(calm, EffortDimension::Composite, EffortWeights()).empty());
        QVERIFY(heatFractions(Journey(), EffortDimension::Time, EffortWeights()).isEmpty());
    }

    void weightsFromSettings()
    {
        const EffortWeights defaults;
        QCOMPARE(defaults.time, 1.0);
        QCOMPARE(defaults.hourValue, 20.0);
        QCOMPARE(defaults.emotionPointValue, 5.0);
        QVERIFY(EffortWeights::fromSettings({}) == defaults);

        const QMap<QString, QString> settings{
            {QStringLiteral("heatmap/weightTime"), QStringLiteral("2.5")},
            {QStringLiteral("heatmap/weightMoney"), QStringLiteral("lots")},    // garbage
            {QStringLiteral("heatmap/weightEmotion"), QStringLiteral("-1")},    // negative
            {QStringLiteral("heatmap/hourValue"), QStringLiteral("inf")},        // not finite
            {QStringLiteral("heatmap/emotionPointValue"), QStringLiteral("0")}, // 0 is allowed
            {QStringLiteral("other/key"), QStringLiteral("7")},
        };
        const EffortWeights read = EffortWeights::fromSettings(settings);
        QCOMPARE(read.time, 2.5);
        QCOMPARE(read.money, 1.0);
        QCOMPARE(read.emotion, 1.0);
        QCOMPARE(read.hourValue, 20.0);
        QCOMPARE(read.emotionPointValue, 0.0);
        // A decimal comma is not the files' notation.
        QCOMPARE(EffortWeights::fromSettings({{QStringLiteral("heatmap/hourValue"), QStringLiteral("12,5")}}).hourValue, 20.0);
        QCOMPARE(EffortWeights::fromSettings({{QStringLiteral("heatmap/hourValue"), QStringLiteral("nan")}}).hourValue, 20.0);
    }

    void weightsRoundTrip()
    {
        const QMap<QString, QString> defaults = EffortWeights().toSettings();
        QCOMPARE(defaults.keys(), QStringList({QStringLiteral("heatmap/emotionPointValue"), QStringLiteral("heatmap/hourValue"),
                                               QStringLiteral("heatmap/weightEmotion"), QStringLiteral("heatmap/weightMoney"),
                                               QStringLiteral("heatmap/weightTime")}));
        QCOMPARE(defaults.value(QStringLiteral("heatmap/hourValue")), QStringLiteral("20"));

        EffortWeights weights;
        weights.time = 0.1 + 0.2; // must come back bit for bit
        weights.money = 0;
        weights.emotion = 3.75;
        weights.hourValue = 1234.5;
        weights.emotionPointValue = 1e-3;
        const QMap<QString, QString> settings = weights.toSettings();
        QCOMPARE(settings.value(QStringLiteral("heatmap/weightEmotion")), QStringLiteral("3.75"));
        QVERIFY(EffortWeights::fromSettings(settings) == weights);
        QVERIFY(!(EffortWeights::fromSettings(settings) == EffortWeights()));
    }

    void names()
    {
        QCOMPARE(effortDimensionName(EffortDimension::Time), QStringLiteral("Time"));
        QCOMPARE(effortDimensionName(EffortDimension::Composite), QStringLiteral("Weighted cost"));
        QCOMPARE(formatEffortScore(7, EffortDimension::Emotion, QStringLiteral("EUR")), QStringLiteral("7/10"));
        QCOMPARE(formatEffortScore(90, EffortDimension::Time, QStringLiteral("EUR")), QStringLiteral("1 h 30 min"));
        QCOMPARE(formatEffortScore(12.5, EffortDimension::Money, QStringLiteral("EUR")), QStringLiteral("EUR\u00a012.50"));
        QCOMPARE(formatEffortScore(1.0 / 3.0, EffortDimension::Composite, QStringLiteral("USD")), QStringLiteral("USD\u00a00.33"));
    }
};

QTEST_GUILESS_MAIN(TestEffortScore)
#include "tst_effortscore.moc"
