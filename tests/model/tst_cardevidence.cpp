// What a card rests on: stated by people, raised to "measured" by 30 answers to its data key in
// one customer survey; the share of pain points resting on measured data counted by hand; the
// level kept by both file formats and upgraded from older ones.
#include "importedtext.h"
#include "data/statisticscache.h"
#include "evidence/cardevidence.h"
#include "format/journeyfiles.h"
#include "format/journeyjson.h"
#include "journey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using test::answers;
using test::importText;

namespace {

struct Map {
    Journey journey;
    QUuid touchpoints, painLane;

    Map()
    {
        Stage stage;
        stage.id = QUuid::createUuid();
        stage.name = QStringLiteral("Apply");
        journey.stages = {stage};
        Lane lane;
        lane.id = touchpoints = QUuid::createUuid();
        Lane pains;
        pains.id = painLane = QUuid::createUuid();
        pains.kind = LaneKind::PainPoints;
        journey.lanes = {lane, pains};
    }

    QUuid card(const char *key, Evidence stated, bool painPoint = false, bool inPainLane = false)
    {
        Touchpoint t;
        t.id = QUuid::createUuid();
        t.title = QString::fromLatin1(key);
        t.stageId = journey.stages[0].id;
        t.laneId = inPainLane ? painLane : touchpoints;
        t.dataKey = QString::fromLatin1(key);
        t.evidence = stated;
        t.effort.money.currency = QStringLiteral("EUR");
        t.painPoint = painPoint;
        journey.touchpoints.push_back(t);
        return t.id;
    }
};

} // namespace

class TestCardEvidence : public QObject
{
    Q_OBJECT
private slots:
    void statedLevelsStandWithoutData()
    {
        Map map;
        const QUuid research = map.card("r", Evidence::Research);
        const QUuid unstated = map.card("", Evidence::Unstated);
        StatisticsCache cache;
        const JourneyEvidence evidence = journeyEvidence(map.journey, cache);
        QCOMPARE(evidence.cards.value(research).level, Evidence::Research);
        QCOMPARE(evidence.cards.value(unstated).level, Evidence::Unstated);
        QVERIFY(!evidence.cards.value(research).derived());
        QCOMPARE(evidence.allCards[std::size_t(Evidence::Research)], 1);
        QCOMPARE(evidence.measuredPainPointPercent(), -1); // no pain points
    }

    void thirtyAnswersMakeAMeasuredCard()
    {
        Map map;
        const QUuid thirty = map.card("a", Evidence::Workshop);
        const QUuid twentyNine = map.card("b", Evidence::Workshop);
        const QUuid otherSurvey = map.card("c", Evidence::Assumption);
        map.journey.datasets.push_back(DatasetRef(importText(answers({{"a", 9, 20}, {"a", 3, 10}, {"b", 10, 29}, {"c", 7, 20}}), QStringLiteral("nps"))));
        // c has 20 NPS answers but 31 CSAT answers: one survey with enough answers is enough.
        map.journey.datasets.push_back(DatasetRef(importText(answers({{"c", 4, 31}, {"b", 5, 5}}), QStringLiteral("csat"))));
        StatisticsCache cache;
        const JourneyEvidence evidence = journeyEvidence(map.journey, cache);

        const CardEvidence a = evidence.cards.value(thirty);
        QCOMPARE(a.level, Evidence::Measured);
        QCOMPARE(a.stated, Evidence::Workshop);
        QVERIFY(a.derived());
        QCOMPARE(a.answers, 30.0);
        QCOMPARE(a.metricKey, QStringLiteral("nps"));
        QCOMPARE(describeEvidence(a), QStringLiteral("Measured data (30 NPS answers)"));

        // 29 NPS answers and 5 CSAT answers: still what the workshop said.
        const CardEvidence b = evidence.cards.value(twentyNine);
        QCOMPARE(b.level, Evidence::Workshop);
        QCOMPARE(b.answers, 29.0);
        QCOMPARE(describeEvidence(b), QStringLiteral("Workshop knowledge (29 NPS answers)"));

        const CardEvidence c = evidence.cards.value(otherSurvey);
        QCOMPARE(c.level, Evidence::Measured);
        QCOMPARE(c.answers, 31.0);
        QCOMPARE(c.metricKey, QStringLiteral("csat"));
        QCOMPARE(evidence.allCards[std::size_t(Evidence::Measured)], 2);
        QCOMPARE(evidence.allCards[std::size_t(Evidence::Workshop)], 1);
    }

    void shareOfPainPointsOnMeasuredData()
    {
        Map map;
        map.card("a", Evidence::Unstated, true);         // measured by its 40 answers
        map.card("b", Evidence::Measured, true);         // stated measured (data kept elsewhere)
        map.card("c", Evidence::Assumption, false, true); // in the pain points lane
        map.card("d", Evidence::Research, true);
        map.card("e", Evidence::Unstated);                // not a pain point: not counted
        map.card("f", Evidence::Research, true);
        map.card("g", Evidence::Workshop, true);
        map.card("h", Evidence::Unstated, true);
        map.card("i", Evidence::Assumption, true);
        map.journey.datasets.push_back(DatasetRef(importText(answers({{"a", 2, 40}, {"e", 2, 40}}), QStringLiteral("nps"))));
        StatisticsCache cache;
        const JourneyEvidence evidence = journeyEvidence(map.journey, cache);
        // Eight pain points: a and b measured (2 of 8 = 25 %), c and i assumptions, d and f
        // research, g workshop, h unstated.
        QCOMPARE(evidence.painPointCount(), 8);
        QCOMPARE(evidence.painPoints[std::size_t(Evidence::Measured)], 2);
        QCOMPARE(evidence.painPoints[std::size_t(Evidence::Assumption)], 2);
        QCOMPARE(evidence.painPoints[std::size_t(Evidence::Research)], 2);
        QCOMPARE(evidence.painPoints[std::size_t(Evidence::Workshop)], 1);
        QCOMPARE(evidence.painPoints[std::size_t(Evidence::Unstated)], 1);
        QCOMPARE(evidence.measuredPainPointPercent(), 25);
        QCOMPARE(evidence.allCards[std::size_t(Evidence::Measured)], 3); // e too
    }

    void keptByBothFileFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("native") << QStringLiteral("j.waymark");
        QTest::newRow("json") << QStringLiteral("j.waymark.json");
    }

    void keptByBothFileFormats()
    {
        QFETCH(QString, name);
        Map map;
        map.journey.id = QUuid::createUuid();
        for (const Evidence level : allEvidence)
            map.card(qPrintable(toKey(level)), level);
        QTemporaryDir dir;
        FormatError error;
        QVERIFY2(writeJourneyFile(map.journey, dir.filePath(name), &error), qPrintable(error.toString()));
        const auto back = readJourneyFile(dir.filePath(name), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->sameContent(map.journey));
        for (std::size_t i = 0; i < allEvidence.size(); ++i)
            QCOMPARE(back->touchpoints[i].evidence, allEvidence[i]);
    }

    void olderJsonStatesNothingAndBadLevelsAreNamed()
    {
        Map map;
        map.journey.id = QUuid::createUuid();
        map.card("a", Evidence::Research);
        QByteArray json = JourneyJson::toJson(map.journey);
        QVERIFY(json.contains("\"evidence\": \"research\""));
        const QByteArray current = "\"version\": " + QByteArray::number(JourneyJson::formatVersion);
        QVERIFY(json.contains(current));

        // A version-3 document (no evidence yet) reads as unstated.
        QByteArray older = json;
        older.replace(current, "\"version\": 3").replace("\"evidence\": \"research\",", "").replace(",\n          \"evidence\": \"research\"", "");
        QVERIFY(!older.contains("evidence"));
        FormatError error;
        const auto read = JourneyJson::fromJson(older, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->touchpoints[0].evidence, Evidence::Unstated);

        QByteArray bad = json;
        bad.replace("\"evidence\": \"research\"", "\"evidence\": \"hearsay\"");
        QVERIFY(!JourneyJson::fromJson(bad, &error));
        QVERIFY2(error.message.contains(QStringLiteral("evidence")) && error.message.contains(QStringLiteral("hearsay")),
                 qPrintable(error.toString()));
        QVERIFY2(error.path.endsWith(QStringLiteral("/evidence")), qPrintable(error.path));
    }
};

QTEST_GUILESS_MAIN(TestCardEvidence)
#include "tst_cardevidence.moc"
