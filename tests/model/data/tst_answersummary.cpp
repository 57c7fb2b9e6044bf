// A table of answers and its summary (data/answersummary.h) give the same figures for every
// grouping a view can ask for; the summary is deterministic and counted right by hand.
#include "data/answerstatistics.h"
#include "data/answersummary.h"
#include "data/metrics/metric.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace waymark;

namespace {

// Answers of `metric`'s scale with every text column used, dates over three years, days
// without a date, and respondents, customers and comments the summary must leave out.
AnswerTable randomAnswers(const Metric &metric, int rows, quint32 seed, bool decimals = false)
{
    QRandomGenerator random(seed);
    AnswerTable t;
    const auto pick = [&](const QString &prefix, int choices) {
        const int n = int(random.bounded(choices + 1));
        return n == choices ? quint32(0) : t.strings.add(prefix + QString::number(n)); // 0: no value
    };
    const double low = metric.lowestAnswer();
    const double high = metric.highestAnswer();
    for (int i = 0; i < rows; ++i) {
        double score = low + double(random.bounded(int(high - low) + 1));
        if (decimals)
            score = std::min(high, score + double(random.bounded(4)) / 4.0);
        t.score.push_back(score);
        t.day.push_back(random.bounded(20) == 0 ? noDate : dayNumber(QDate(2022, 1, 1).addDays(random.bounded(3 * 365))));
        t.respondent.push_back(t.strings.add(QStringLiteral("R-%1").arg(i)));
        t.customer.push_back(pick(QStringLiteral("C-"), 500));
        t.segment.push_back(pick(QStringLiteral("Сегмент "), 4));
        t.touchpoint.push_back(pick(QStringLiteral("key-"), 12));
        t.stage.push_back(pick(QStringLiteral("단계 "), 5));
        t.channel.push_back(pick(QStringLiteral("kanal "), 3));
        t.department.push_back(pick(QStringLiteral("dept "), 2));
        t.location.push_back(pick(QStringLiteral("Beograd "), 3));
        t.comment.push_back(random.bounded(3) == 0 ? pick(QStringLiteral("comment "), 50) : 0);
    }
    return t;
}

// The same answers in another order, their texts numbered in that order.
AnswerTable shuffled(const AnswerTable &t, quint32 seed)
{
    std::vector<std::size_t> order(t.size());
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(seed);
    std::shuffle(order.begin(), order.end(), *(&random));
    AnswerTable out;
    const auto text = [&](quint32 index) { return index == 0 ? quint32(0) : out.strings.add(t.strings.at(index)); };
    for (std::size_t row : order) {
        out.score.push_back(t.score[row]);
        out.day.push_back(t.day[row]);
        out.respondent.push_back(text(t.respondent[row]));
        out.customer.push_back(text(t.customer[row]));
        out.location.push_back(text(t.location[row]));
        out.department.push_back(text(t.department[row]));
        out.channel.push_back(text(t.channel[row]));
        out.stage.push_back(text(t.stage[row]));
        out.touchpoint.push_back(text(t.touchpoint[row]));
        out.segment.push_back(text(t.segment[row]));
        out.comment.push_back(text(t.comment[row]));
    }
    return out;
}

void compareGroups(const std::vector<MetricGroup> &fromRows, const std::vector<MetricGroup> &fromSummary, bool exact)
{
    QCOMPARE(fromSummary.size(), fromRows.size());
    for (std::size_t i = 0; i < fromRows.size(); ++i) {
        const MetricGroup &a = fromRows[i];
        const MetricGroup &b = fromSummary[i];
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.tally.n, a.tally.n);
        QCOMPARE(b.tally.bands, a.tally.bands);
        QCOMPARE(b.summary.n, a.summary.n);
        if (exact) {
            // Whole-number scores add up exactly either way: the same figures to the last bit.
            QCOMPARE(b.tally.sum, a.tally.sum);
            QCOMPARE(b.tally.sumOfSquares, a.tally.sumOfSquares);
            QCOMPARE(b.summary.value, a.summary.value);
            QCOMPARE(b.summary.low95, a.summary.low95);
            QCOMPARE(b.summary.high95, a.summary.high95);
            QCOMPARE(b.summary.sd, a.summary.sd);
        } else {
            QVERIFY2(qFuzzyCompare(1 + b.summary.value, 1 + a.summary.value),
                     qPrintable(QStringLiteral("%1 vs %2").arg(b.summary.value, 0, 'g', 17).arg(a.summary.value, 0, 'g', 17)));
            QVERIFY(qFuzzyCompare(1 + b.summary.sd, 1 + a.summary.sd));
        }
        QCOMPARE(b.summary.hasValue, a.summary.hasValue);
        QCOMPARE(b.summary.smallSample, a.summary.smallSample);
    }
}

const std::vector<std::vector<Dimension>> &groupings()
{
    static const std::vector<std::vector<Dimension>> all = [] {
        std::vector<std::vector<Dimension>> g;
        for (Dimension d : allDimensions())
            g.push_back({d});
        g.push_back({Dimension::Touchpoint, Dimension::Quarter});
        g.push_back({Dimension::Stage, Dimension::Segment, Dimension::Month});
        g.push_back({Dimension::Channel, Dimension::Department, Dimension::Location, Dimension::Year});
        return g;
    }();
    return all;
}

} // namespace

class TestAnswerSummary : public QObject
{
    Q_OBJECT

private slots:
    void countedByHand()
    {
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        AnswerTable t;
        const quint32 kyc = t.strings.add(QStringLiteral("kyc"));
        const quint32 app = t.strings.add(QStringLiteral("app"));
        const quint32 who = t.strings.add(QStringLiteral("R-1"));
        // kyc: 9 on 3 and 28 March 2024, 9 in April, 2 in March; app: 10 without a date.
        const struct { quint32 key; double score; qint64 day; } rows[] = {
            {kyc, 9, dayNumber(QDate(2024, 3, 3))},  {kyc, 2, dayNumber(QDate(2024, 3, 31))}, {app, 10, noDate},
            {kyc, 9, dayNumber(QDate(2024, 3, 28))}, {kyc, 9, dayNumber(QDate(2024, 4, 1))},
        };
        for (const auto &row : rows) {
            t.score.push_back(row.score);
            t.day.push_back(row.day);
            t.touchpoint.push_back(row.key);
            t.respondent.push_back(who);
            t.customer.push_back(who);
            t.comment.push_back(who);
            for (auto *column : {&t.segment, &t.stage, &t.channel, &t.department, &t.location})
                column->push_back(0);
        }
        const AnswerTable s = summarizeAnswers(t, nps);
        QVERIFY(s.isAggregated());
        // Sorted by text ("app" before "kyc"), then month, then score.
        QCOMPARE(s.size(), std::size_t(4));
        QCOMPARE(s.strings.size(), std::size_t(3)); // "", app, kyc: respondents are left out
        QCOMPARE(s.strings.at(s.touchpoint[0]), QStringLiteral("app"));
        QCOMPARE(s.day[0], noDate);
        QCOMPARE(s.score, (std::vector<double>{10, 2, 9, 9}));
        QCOMPARE(s.day[1], dayNumber(QDate(2024, 3, 1)));
        QCOMPARE(s.day[2], dayNumber(QDate(2024, 3, 1)));
        QCOMPARE(s.day[3], dayNumber(QDate(2024, 4, 1)));
        QCOMPARE(s.aggregate.count, (std::vector<double>{1, 1, 2, 1}));
        QCOMPARE(s.aggregate.low, (std::vector<double>{0, 1, 0, 0}));    // the 2: a detractor
        QCOMPARE(s.aggregate.middle, (std::vector<double>{0, 0, 0, 0}));
        QCOMPARE(s.aggregate.high, (std::vector<double>{1, 0, 2, 1}));   // 9s and 10s: promoters
        QCOMPARE(s.aggregate.sd, (std::vector<double>{0, 0, 0, 0}));
        for (auto *column : {&s.respondent, &s.customer, &s.comment})
            QVERIFY(std::all_of(column->begin(), column->end(), [](quint32 i) { return i == 0; }));
        QCOMPARE(s.answers(), 5.0);
        // kyc: 3 promoters, 1 detractor of 4: NPS 50.
        const auto groups = groupAnswers(s, nps, {Dimension::Touchpoint});
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[1].summary.value, 50.0);
    }

    void sameFiguresAsTheRows_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<bool>("decimals");
        for (const char *key : {"nps", "csat", "ces", "audit", "enps"})
            QTest::newRow(key) << QString::fromLatin1(key) << false;
        QTest::newRow("audit with decimals") << QStringLiteral("audit") << true;
    }
    void sameFiguresAsTheRows()
    {
        QFETCH(QString, metric);
        QFETCH(bool, decimals);
        const Metric &m = *metricByKey(metric);
        const AnswerTable rows = randomAnswers(m, 20'000, 7, decimals);
        const AnswerTable summary = summarizeAnswers(rows, m);
        QVERIFY(summary.size() <= rows.size()); // far fewer for whole-number scales; decimals may not repeat
        QCOMPARE(summary.answers(), double(rows.size()));
        for (const auto &by : groupings()) {
            for (Dimension d : by)
                QCOMPARE(tableCarries(summary, d), tableCarries(rows, d));
            compareGroups(groupAnswers(rows, m, by), groupAnswers(summary, m, by), !decimals);
            if (QTest::currentTestFailed()) {
                qWarning() << "grouping" << by.size() << dimensionKey(by.front());
                return;
            }
        }
        auto counted = touchpointRowCounts(summary);
        auto expected = touchpointRowCounts(rows);
        std::sort(counted.begin(), counted.end()); // the order of keys is each table's own
        std::sort(expected.begin(), expected.end());
        QCOMPARE(counted, expected);
    }

    void sameAnswersSameSummary()
    {
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        const AnswerTable rows = randomAnswers(nps, 5'000, 11);
        const AnswerTable summary = summarizeAnswers(rows, nps);
        QVERIFY(summarizeAnswers(shuffled(rows, 3), nps) == summary);
        AnswerTable other = rows;
        other.score[17] = other.score[17] == 10 ? 9 : other.score[17] + 1;
        QVERIFY(!(summarizeAnswers(other, nps) == summary));
    }

    // The order is the texts' own (column by column), then month, then score: checked row by
    // row against the texts, whatever their indices (the summary ranks texts before sorting).
    void sortedByTextsThenMonthThenScore()
    {
        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        const AnswerTable s = summarizeAnswers(shuffled(randomAnswers(nps, 20'000, 5), 9), nps);
        QVERIFY(s.size() > 1000);
        const auto columns = {&s.touchpoint, &s.stage, &s.segment, &s.channel, &s.department, &s.location};
        for (std::size_t row = 1; row < s.size(); ++row) {
            int order = 0;
            for (const std::vector<quint32> *column : columns) {
                order = s.strings.at((*column)[row - 1]).compare(s.strings.at((*column)[row]));
                if (order != 0)
                    break;
            }
            if (order == 0)
                order = s.day[row - 1] < s.day[row] ? -1 : s.day[row - 1] > s.day[row] ? 1 : 0;
            if (order == 0)
                order = s.score[row - 1] < s.score[row] ? -1 : 1; // equal keys are one group
            QVERIFY2(order < 0, qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
        }
    }

    void emptyTable()
    {
        const AnswerTable s = summarizeAnswers(AnswerTable{}, *metricByKey(QStringLiteral("nps")));
        QCOMPARE(s.size(), std::size_t(0));
        QCOMPARE(s.strings.size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestAnswerSummary)
#include "tst_answersummary.moc"
