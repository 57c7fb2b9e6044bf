// NPS statistics against numbers computed by hand and against the values The Carpentries
// published for their real survey files (../shared/data/nps/README.md).
#include "data/csvrecords.h"
#include "data/npsstatistics.h"
#include "journey.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

void addRow(AnswerTable &t, int score, const QDate &date = {}, const QString &touchpoint = {}, const QString &segment = {},
            const QString &stage = {})
{
    t.score.push_back(quint8(score));
    t.day.push_back(dayNumber(date));
    t.respondent.push_back(0);
    t.customer.push_back(0);
    t.segment.push_back(t.strings.add(segment));
    t.touchpoint.push_back(t.strings.add(touchpoint));
    t.stage.push_back(t.strings.add(stage));
    t.channel.push_back(0);
    t.comment.push_back(0);
}

// One stage, one lane, one card with this data key.
Journey oneCardJourney(const QString &stageName, const QString &dataKey)
{
    Journey journey;
    journey.stages = {{QUuid::createUuid(), stageName, {}}};
    journey.lanes = {{QUuid::createUuid(), QStringLiteral("L"), LaneKind::Touchpoints, OfficeZone::Customer, {}}};
    Touchpoint card;
    card.id = QUuid::createUuid();
    card.stageId = journey.stages[0].id;
    card.laneId = journey.lanes[0].id;
    card.dataKey = dataKey;
    journey.touchpoints = {card};
    return journey;
}

NpsCounts counts(qint64 promoters, qint64 passives, qint64 detractors)
{
    NpsCounts c;
    c.promoters = promoters;
    c.passives = passives;
    c.detractors = detractors;
    return c;
}

QStringList strings(const CsvRecords::Record &record)
{
    QStringList fields;
    for (QByteArrayView field : record.fields)
        fields.append(QString::fromUtf8(field));
    return fields;
}

// The 0–10 column of a real survey file, read with our CSV reader; NA and empty are skipped.
// Returns the records' fields by column name for the caller to pick more.
QList<QHash<QString, QString>> readSurvey(const QString &name)
{
    QFile file(QStringLiteral(WAYMARK_SHARED_DATA_DIR "/nps/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    QStringList header;
    QList<QHash<QString, QString>> rows;
    CsvRecords::read(text, CsvRecords::detectDelimiter(text), [&](const CsvRecords::Record &record) {
        const QStringList fields = strings(record);
        if (header.isEmpty()) {
            header = fields;
            return true;
        }
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < fields.size() && i < header.size(); ++i)
            row.insert(header[i], fields[i]);
        rows.append(row);
        return true;
    });
    return rows;
}

AnswerTable scoresOf(const QList<QHash<QString, QString>> &rows, const QString &column, const QString &dateColumn = {})
{
    AnswerTable table;
    for (const auto &row : rows) {
        bool ok = false;
        const int score = row.value(column).toInt(&ok);
        if (!ok)
            continue;
        QDate date;
        if (!dateColumn.isEmpty()) {
            // "M/D/YY H:MM", US order with a two-digit year.
            const QStringList parts = row.value(dateColumn).section(u' ', 0, 0).split(u'/');
            if (parts.size() == 3)
                date = QDate(2000 + parts[2].toInt(), parts[0].toInt(), parts[1].toInt());
        }
        addRow(table, score, date);
    }
    return table;
}

} // namespace

class TestNpsStatistics : public QObject
{
    Q_OBJECT

private slots:
    void summaryByHand()
    {
        // 3 promoters, 4 passives, 3 detractors of 10: p⁺ = p⁻ = 0.3, NPS 0,
        // SE = 100·sqrt((0.3 + 0.3 − 0²)/10) = 100·sqrt(0.06) = 24.4949, MOE = 1.96·SE = 48.0100.
        const NpsSummary s = summarize(counts(3, 4, 3));
        QCOMPARE(s.n, qint64(10));
        QCOMPARE(s.nps, 0.0);
        QVERIFY(std::abs(s.standardError - 24.494897) < 1e-5);
        QVERIFY(std::abs(s.moe95 - 48.009998) < 1e-5);
        QVERIFY(s.lowConfidence);
        QCOMPARE(s.passiveShare, 0.4);

        // 30 answers, 18 P, 6 Pa, 6 D: p⁺ = 0.6, p⁻ = 0.2, NPS 40,
        // σ² = 0.6 + 0.2 − 0.4² = 0.64, SE = 100·sqrt(0.64/30) = 14.6059, MOE = 28.6276; n = 30 is enough.
        const NpsSummary t = summarize(counts(18, 6, 6));
        QVERIFY(std::abs(t.nps - 40.0) < 1e-9);
        QVERIFY(std::abs(t.standardError - 14.605935) < 1e-5);
        QVERIFY(std::abs(t.moe95 - 28.627633) < 1e-5);
        QVERIFY(!t.lowConfidence);

        const NpsSummary all = summarize(counts(5, 0, 0));
        QCOMPARE(all.nps, 100.0);
        QCOMPARE(all.moe95, 0.0);
        const NpsSummary none = summarize(NpsCounts());
        QVERIFY(none.empty());
        QVERIFY(!std::isnan(none.nps) && !std::isnan(none.moe95));

        NpsCounts c;
        for (int score = 0; score <= 10; ++score)
            c.add(score);
        QCOMPARE(c.detractors, qint64(7)); // 0–6
        QCOMPARE(c.passives, qint64(2));   // 7–8
        QCOMPARE(c.promoters, qint64(2));  // 9–10
    }

    void groupsByPeriodTouchpointStageAndNone()
    {
        AnswerTable t;
        addRow(t, 10, QDate(2023, 12, 31), QStringLiteral("kyc-wait"), QStringLiteral("Retail"));
        addRow(t, 2, QDate(2024, 1, 1), QStringLiteral("kyc-wait"), QStringLiteral("Retail"));
        addRow(t, 9, QDate(2024, 3, 31), QStringLiteral("kyc-wait"));
        addRow(t, 8, QDate(2024, 4, 1), QStringLiteral("app"), QStringLiteral("SME"), QStringLiteral("Apply"));
        addRow(t, 0, {}, QStringLiteral("lost-key"));

        const auto quarters = groupNps(t, {Dimension::Quarter});
        QCOMPARE(quarters.size(), std::size_t(4));
        QCOMPARE(quarters[0].key[0].second, QStringLiteral("(none)"));
        QCOMPARE(quarters[1].key[0].second, QStringLiteral("2023-Q4"));
        QCOMPARE(quarters[2].key[0].second, QStringLiteral("2024-Q1"));
        // 2024-Q1: scores 2 and 9 -> 1 P, 1 D: NPS 0.
        QCOMPARE(quarters[2].summary.n, qint64(2));
        QCOMPARE(quarters[2].summary.nps, 0.0);
        QCOMPARE(quarters[3].key[0].second, QStringLiteral("2024-Q2"));

        const auto months = groupNps(t, {Dimension::Month});
        QCOMPARE(months[1].key[0].second, QStringLiteral("2023-12"));
        const auto years = groupNps(t, {Dimension::Year});
        QCOMPARE(years[2].key[0].second, QStringLiteral("2024"));
        QCOMPARE(years[2].summary.n, qint64(3));

        // Touchpoint × quarter: kyc-wait answers fall in 2023-Q4 and 2024-Q1 (twice).
        const auto combo = groupNps(t, {Dimension::Touchpoint, Dimension::Quarter});
        int kyc = 0;
        for (const NpsGroup &g : combo)
            kyc += g.key[0].second == QStringLiteral("kyc-wait") ? 1 : 0;
        QCOMPARE(kyc, 2);

        // Stage: the stage of the card with that data key, else the row's own stage.
        const Journey journey = oneCardJourney(QStringLiteral("Verify"), QStringLiteral("kyc-wait"));
        const auto stages = groupNps(t, {Dimension::Stage}, &journey);
        QCOMPARE(stages.size(), std::size_t(3));
        QCOMPARE(stages[0].key[0].second, QStringLiteral("(none)")); // lost-key
        QCOMPARE(stages[1].key[0].second, QStringLiteral("Apply"));
        QCOMPARE(stages[2].key[0].second, QStringLiteral("Verify"));
        QCOMPARE(stages[2].summary.n, qint64(3));
        // 10, 2, 9: 2 P, 1 D -> NPS 100·(2−1)/3 = 33.33.
        QVERIFY(std::abs(stages[2].summary.nps - 100.0 / 3.0) < 1e-9);

        const auto unmatched = unmatchedTouchpointKeys(t, journey);
        QCOMPARE(unmatched.size(), std::size_t(2));

        const auto journeyWide = groupNps(t, {Dimension::Journey});
        QCOMPARE(journeyWide.size(), std::size_t(1));
        QCOMPARE(journeyWide[0].summary.n, qint64(5));
    }

    // The map decides where a touchpoint sits: a row's stage column in other words (an older
    // survey, a journey translated into Korean) does not split or hide the stage.
    void cardStageWinsOverTheRowsStage()
    {
        AnswerTable t;
        addRow(t, 10, {}, QStringLiteral("kyc-wait"), {}, QStringLiteral("Verify identity (KYC)"));
        addRow(t, 3, {}, QStringLiteral("kyc-wait"), {}, QStringLiteral("Verify identity (KYC)"));
        addRow(t, 9, {}, {}, {}, QStringLiteral("본인 확인(KYC)")); // no key: its own stage
        addRow(t, 7, {}, QStringLiteral("app"), {}, QStringLiteral("Apply"));

        const Journey journey = oneCardJourney(QStringLiteral("본인 확인(KYC)"), QStringLiteral("kyc-wait"));

        const auto stages = groupNps(t, {Dimension::Stage}, &journey);
        QCOMPARE(stages.size(), std::size_t(2)); // one Korean stage, not one per spelling
        QHash<QString, NpsSummary> byName;
        for (const NpsGroup &group : stages)
            byName.insert(group.key[0].second, group.summary);
        QCOMPARE(byName.value(QStringLiteral("본인 확인(KYC)")).n, qint64(3));
        // 10, 3, 9: 2 promoters, 1 detractor of 3 -> NPS 33.33.
        QVERIFY(std::abs(byName.value(QStringLiteral("본인 확인(KYC)")).nps - 100.0 / 3.0) < 1e-9);
        QCOMPARE(byName.value(QStringLiteral("Apply")).n, qint64(1)); // no card with "app": the row's stage
    }

    void differenceOfTwoGroups()
    {
        // The Carpentries' two long-term surveys (README): 93/32/9 and 49/30/8.
        // SE₁ = 5.242, SE₂ = 7.055; Δ = 62.687 − 47.126 = 15.56; SE_diff = sqrt(5.242² + 7.055²) = 8.79;
        // half width 1.96·8.79 = 17.23: the interval [−1.67, 32.79] holds 0, not significant (p = 0.077).
        const NpsDifference d = compare(summarize(counts(93, 32, 9)), summarize(counts(49, 30, 8)));
        QVERIFY(std::abs(d.difference - 15.56) < 0.01);
        QVERIFY(std::abs(d.halfWidth95 - 1.96 * 8.79) < 0.02);
        QVERIFY(!d.significant);
        // 80/10/10 of 200 against 30/20/50 of 200: Δ = 70 − (−20) = 90, clearly significant.
        const NpsDifference e = compare(summarize(counts(160, 20, 20)), summarize(counts(60, 40, 100)));
        QVERIFY(std::abs(e.difference - 90.0) < 1e-9);
        QVERIFY(e.significant);
        QVERIFY(e.low > 0);
    }

    void publishedCarpentriesValues()
    {
        if (!QFile::exists(QStringLiteral(WAYMARK_SHARED_DATA_DIR "/nps/README.md")))
            QSKIP("../shared/data is absent (a user's own clone): the published-value checks need it");
        struct Case { const char *file; const char *column; qint64 n; int published; double se; };
        for (const Case &c : {Case{"20200326-longterm-other_questions-no-open.csv", "recommendation_score", 134, 63, 5.242},
                              Case{"2020-12-long-term-other_questions-no-open.csv", "recommendation_score", 87, 47, 7.055},
                              Case{"longterm_October2017.csv", "Likely-To-Recommend", 402, 36, 3.781}}) {
            const AnswerTable table = scoresOf(readSurvey(QString::fromLatin1(c.file)), QString::fromLatin1(c.column));
            const auto groups = groupNps(table, {Dimension::Journey});
            QCOMPARE(groups.size(), std::size_t(1));
            const NpsSummary &s = groups[0].summary;
            QCOMPARE(s.n, c.n);
            QCOMPARE(int(std::lround(s.nps)), c.published);
            QVERIFY2(std::abs(s.standardError - c.se) < 0.001, qPrintable(QString::number(s.standardError)));
        }

        // Instructor training by quarter of its US-format dates (README table).
        const AnswerTable training = scoresOf(readSurvey(QStringLiteral("20180908_post_clean.csv")),
                                           QStringLiteral("LikelyToRecommend"), QStringLiteral("Date"));
        QCOMPARE(qint64(training.size()), qint64(889));
        const auto quarters = groupNps(training, {Dimension::Quarter});
        const QList<std::tuple<QString, qint64, double>> expected{
            {QStringLiteral("2016-Q2"), 12, 75.0},    {QStringLiteral("2016-Q3"), 38, 76.316},
            {QStringLiteral("2016-Q4"), 82, 64.634},  {QStringLiteral("2017-Q1"), 19, 78.947},
            {QStringLiteral("2017-Q2"), 99, 54.545},  {QStringLiteral("2017-Q3"), 79, 68.354},
            {QStringLiteral("2017-Q4"), 106, 22.642}, {QStringLiteral("2018-Q1"), 186, 46.237},
            {QStringLiteral("2018-Q2"), 166, 47.590}, {QStringLiteral("2018-Q3"), 102, 26.471}};
        QCOMPARE(quarters.size(), std::size_t(expected.size()));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(quarters[std::size_t(i)].key[0].second, std::get<0>(expected[i]));
            QCOMPARE(quarters[std::size_t(i)].summary.n, std::get<1>(expected[i]));
            QVERIFY(std::abs(quarters[std::size_t(i)].summary.nps - std::get<2>(expected[i])) < 0.001);
        }
    }

    void csvReaderHandlesQuotesNewlinesAndBlankLines()
    {
        const QByteArray text = "id;comment;score\r\n\r\nR-1;\"Said \"\"hi\"\"; then\nleft\";9\r\nR-2;;10\nR-3;x;7";
        QCOMPARE(CsvRecords::detectDelimiter(text), ';');
        QList<QStringList> records;
        QList<qint64> lines;
        CsvRecords::read(text, ';', [&](const CsvRecords::Record &record) {
            records.append(strings(record));
            lines.append(record.line);
            return true;
        });
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[1], (QStringList{QStringLiteral("R-1"), QStringLiteral("Said \"hi\"; then\nleft"), QStringLiteral("9")}));
        QCOMPARE(records[2], (QStringList{QStringLiteral("R-2"), QString(), QStringLiteral("10")}));
        QCOMPARE(lines, (QList<qint64>{1, 3, 5, 6})); // the record after the quoted line break starts on line 5
        QCOMPARE(CsvRecords::detectDelimiter("a\tb\tc\n1\t2\t3\n"), '\t');
        QCOMPARE(CsvRecords::detectDelimiter("a|b\n1|2\n"), '|');
    }
};

QTEST_GUILESS_MAIN(TestNpsStatistics)
#include "tst_npsstatistics.moc"
