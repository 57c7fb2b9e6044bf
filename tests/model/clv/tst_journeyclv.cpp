// Purchases kept in a journey: both file formats, the model fitted on them with the journey's
// settings, the modelled CLV replacing an imported one, the breakdown by NPS category and
// segment, "why customers leave", and the cumulative repeat purchases figure.

#include "clv/clvbreakdown.h"
#include "clv/journeyclv.h"
#include "clv/repeattracking.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "clvtestdata.h"
#include "data/statisticscache.h"
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "journey.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::clv;

namespace {

// Three customers over three weeks: a buys on days 0, 3 (twice) and 10; b on day 2; c on days
// 1 and 15 and returns something on day 16.
const QByteArray smallFile = "customer,date,amount\n"
                             "a,2024-01-01,10\n"
                             "b,2024-01-03,25\n"
                             "a,2024-01-04,5\n"
                             "a,2024-01-04,7\n"
                             "c,2024-01-02,40\n"
                             "a,2024-01-11,12\n"
                             "c,2024-01-16,30\n"
                             "c,2024-01-17,-30\n";

Journey journeyWith(const Dataset &dataset)
{
    Journey journey;
    journey.id = QUuid::createUuid();
    journey.title = QStringLiteral("Purchases");
    journey.datasets.emplace_back(dataset);
    return journey;
}

Dataset answers(const QList<std::tuple<QString, double, QString, QString, int>> &rows)
{
    // (customer, score, touchpoint, segment, day offset)
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("Survey");
    AnswerTable &t = data.answers.edit();
    for (const auto &[customer, score, touchpoint, segment, day] : rows) {
        t.score.push_back(score);
        t.day.push_back(QDate(2024, 2, 1).toJulianDay() + day);
        t.respondent.push_back(0);
        t.customer.push_back(t.strings.add(customer));
        t.segment.push_back(t.strings.add(segment));
        t.touchpoint.push_back(t.strings.add(touchpoint));
        t.stage.push_back(0);
        t.channel.push_back(0);
        t.department.push_back(0);
        t.location.push_back(0);
        t.comment.push_back(0);
    }
    return data;
}

} // namespace

class TestJourneyClv : public QObject
{
    Q_OBJECT

private slots:
    void datasetKeepsEveryPurchase()
    {
        const TransactionFile file = readTransactionSource(smallFile, QStringLiteral("small.csv"));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        const Dataset dataset = transactionDataset(file, smallFile, QStringLiteral("/tmp/small.csv"));
        QCOMPARE(dataset.kind, DatasetKind::Transactions);
        QCOMPARE(dataset.kindKey(), QStringLiteral("transactions"));
        QCOMPARE(dataset.rows(), std::size_t(8));
        QCOMPARE(dataset.source.fileName, QStringLiteral("small.csv"));
        QCOMPARE(dataset.source.rowsImported, qint64(8));
        // And back: the same purchases, the same customers in the same order.
        const TransactionFile back = transactionFile(dataset.transactions, QStringLiteral("EUR"));
        QCOMPARE(back.transactions.size(), file.transactions.size());
        for (std::size_t i = 0; i < file.transactions.size(); ++i) {
            QCOMPARE(back.customerIds.at(back.transactions[i].customer), file.customerIds.at(file.transactions[i].customer));
            QCOMPARE(back.transactions[i].day, file.transactions[i].day);
            QCOMPARE(back.transactions[i].amount, file.transactions[i].amount);
        }
    }

    void bothFormatsRoundTrip()
    {
        const TransactionFile file = readTransactionSource(smallFile, QStringLiteral("small.csv"));
        Journey journey = journeyWith(transactionDataset(file, smallFile, QStringLiteral("small.csv")));
        QVERIFY(journey.problems().empty());
        QTemporaryDir dir;
        FormatError error;
        const QString path = dir.filePath(QStringLiteral("p.waymark"));
        QVERIFY2(WaymarkFile::write(journey, path, &error), qPrintable(error.toString()));
        const auto read = WaymarkFile::read(path, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QVERIFY(*read == journey);
        const auto fromJson = JourneyJson::fromJson(JourneyJson::toJson(journey), &error);
        QVERIFY2(fromJson, qPrintable(error.toString()));
        QVERIFY(*fromJson == journey);
        QVERIFY(JourneyJson::toJson(journey).contains("\"kind\": \"transactions\""));
    }

    void badPurchasesAreRefusedWithTheirRow()
    {
        Dataset dataset = transactionDataset(readTransactionSource(smallFile, QStringLiteral("s.csv")), smallFile, QStringLiteral("s.csv"));
        dataset.transactions.edit().amount[2] = std::numeric_limits<double>::infinity();
        auto problems = journeyWith(dataset).problems();
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().path, QStringLiteral("/datasets/0/rows/2/amount"));
        dataset.transactions.edit().amount[2] = 5;
        dataset.transactions.edit().customer[4] = 0;
        problems = journeyWith(dataset).problems();
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().path, QStringLiteral("/datasets/0/rows/4/customer"));
    }

    void workbookAndJsonReadLikeCsv()
    {
        const QByteArray json = R"([{"customer": "a", "date": "2024-01-01", "amount": 10},
                                    {"customer": "b", "date": "2024-01-03", "amount": 25.5}])";
        const TransactionFile fromJson = readTransactionSource(json, QStringLiteral("t.json"));
        QVERIFY2(fromJson.problem.isEmpty(), qPrintable(fromJson.problem));
        QCOMPARE(fromJson.transactions.size(), std::size_t(2));
        QCOMPARE(fromJson.transactions[1].amount, 25.5);
        QCOMPARE(fromJson.customerIds, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        const TransactionFile broken = readTransactionSource("{\"a\": 1}\n{oops\n", QStringLiteral("t.ndjson"));
        QVERIFY(broken.problem.startsWith(QStringLiteral("Line 2, column")));
        const QByteArray workbook = clvtest::fileBytes(QStringLiteral(WAYMARK_TEST_DATA_DIR "/xlsx/purchases.xlsx"));
        QVERIFY(!workbook.isEmpty());
        const TransactionFile fromSheet = readTransactionSource(workbook, QStringLiteral("purchases.xlsx"), QStringLiteral("Purchases"));
        QVERIFY2(fromSheet.problem.isEmpty(), qPrintable(fromSheet.problem));
        QCOMPARE(fromSheet.transactions.size(), std::size_t(3));
        QCOMPARE(fromSheet.transactions[2].day, QDate(2024, 1, 11).toJulianDay());
        QCOMPARE(fromSheet.transactions[0].amount, 10.5);
        QCOMPARE(fromSheet.currency, QStringLiteral("EUR"));
        const TransactionFile noSheet = readTransactionSource(workbook, QStringLiteral("purchases.xlsx"), QStringLiteral("Sales"));
        QVERIFY2(noSheet.problem.contains(QStringLiteral("Notes, Purchases")), qPrintable(noSheet.problem));
        const TransactionFile notXlsx = readTransactionSource("PK\x03\x04 not a zip", QStringLiteral("t.xlsx"));
        QVERIFY(!notXlsx.problem.isEmpty());
    }

    // The journey's model is the command line's model: the same file, the same parameters.
    void journeyModelEqualsTheFileModel()
    {
        SKIP_WITHOUT_CLV_DATA();
        const QByteArray bytes = clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_sample.txt")));
        const TransactionFile file = readTransactionSource(bytes, QStringLiteral("CDNOW_sample.txt"));
        Journey journey = journeyWith(transactionDataset(file, bytes, QStringLiteral("CDNOW_sample.txt")));
        ClvModelSettings settings;
        settings.calibrationEnd = QDate(1997, 9, 30).toJulianDay();
        settings.writeTo(journey.settings);
        QCOMPARE(ClvModelSettings::fromSettings(journey.settings), settings);

        StatisticsCache cache;
        const auto model = journeyClvModel(journey, cache);
        QVERIFY(model);
        const ClvAnalysis direct = analyseTransactions(file, settings.analysisOptions());
        // Published (Fader, Hardie & Lee 2005 on this sample): r, α, a, b = 0.2426, 4.4135, 0.7929, 2.4258.
        QVERIFY(std::abs(model->analysis.bgnbd.parameters.r - 0.2426) < 1e-4);
        QVERIFY(std::abs(model->analysis.bgnbd.parameters.alpha - 4.4135) < 1e-3);
        QCOMPARE(model->analysis.bgnbd.parameters.r, direct.bgnbd.parameters.r);
        QCOMPARE(model->analysis.totalValue, direct.totalValue);
        QCOMPARE(model->values->rows(), std::size_t(2357));
        QCOMPARE(cache.clvModel(*journey.newestDataset(QStringLiteral("transactions")), settings, journey.currency), model); // kept

        // The fit figure: actual repeat purchases at the calibration end are the summary's Σx
        // (every repeat day up to then), and the model's expectation there is close to it (the
        // paper's figure 2 shows the two curves meeting within a few percent).
        const RepeatTracking tracking = trackRepeatPurchases(model->file, model->analysis);
        QCOMPARE(tracking.week.size(), std::size_t(78)); // 1997-01-01 … 1998-06-30
        QCOMPARE(tracking.calibrationWeeks, 39);
        qint64 sumX = 0;
        for (const CustomerSummary &c : model->analysis.summary.customers)
            sumX += c.x;
        // Week 39 is days 266–272 after 1997-01-01: it ends with the calibration end (day 272).
        QCOMPARE(tracking.actual[38], double(sumX));
        QVERIFY(tracking.actual[37] < double(sumX));
        QVERIFY(std::abs(tracking.expected[38] - tracking.actual[38]) / tracking.actual[38] < 0.05);
        QCOMPARE(tracking.actual.back(), double(sumX + qint64(model->analysis.holdout.actualPurchases)));
    }

    // Per-customer sums against the cohort sums: the same numbers by another route.
    void trackingSumsEveryCustomer()
    {
        const TransactionFile file = readTransactionSource(smallFile, QStringLiteral("small.csv"));
        ClvAnalysis analysis;
        analysis.summary = summariseTransactions(file, {});
        analysis.bgnbd.parameters = {0.25, 4.0, 0.8, 2.4};
        const RepeatTracking tracking = trackRepeatPurchases(file, analysis);
        // Days from 2024-01-01 (day 0) to 2024-01-17 (day 16): weeks 1–3.
        QCOMPARE(tracking.week, std::vector<int>({1, 2, 3}));
        // Repeat days: a on day 3 (two rows, one day) and day 10; c on day 15 (the return on
        // day 16 is not a purchase). Cumulative: week 1 (days 0–6) 1, week 2 (7–13) 2, week 3 3.
        QCOMPARE(tracking.actual, std::vector<double>({1, 2, 3}));
        for (int week = 1; week <= 3; ++week) {
            double expected = 0;
            for (const auto &[first, id] : {std::pair{0, "a"}, std::pair{2, "b"}, std::pair{1, "c"}}) {
                Q_UNUSED(id);
                const double t = (7.0 * week - 1 - first) / 7.0;
                expected += *bgnbdExpectedPurchases(analysis.bgnbd.parameters, t);
            }
            QVERIFY(qFuzzyCompare(tracking.expected[std::size_t(week - 1)], expected));
        }
    }

    void breakdownByCategorySegmentAndLeaving()
    {
        // Four customers with predictions set by hand: P(alive) and CLV.
        JourneyClvModel model;
        model.file.customerIds = {QString(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
        model.file.currency = QStringLiteral("EUR");
        const auto predict = [&](int customer, double alive, double clvValue) {
            CustomerPrediction p;
            p.customer = customer;
            p.ok = true;
            p.probabilityAlive = alive;
            p.value.lifetimeValue = clvValue;
            model.analysis.customers.push_back(p);
        };
        predict(1, 0.9, 90);  // a: if retained 100
        predict(2, 0.2, 60);  // b: if retained 300
        predict(3, 0.4, 20);  // c: if retained 50
        predict(4, 0.25, 10); // d: if retained 40
        // a promoter; b detractor at "call" (latest) after a promoter answer; c detractor at
        // "call" and "branch"; d never answered.
        const Dataset survey = answers({{QStringLiteral("a"), 9, QStringLiteral("web"), QStringLiteral("Retail"), 0},
                                        {QStringLiteral("b"), 10, QStringLiteral("web"), QStringLiteral("Retail"), 0},
                                        {QStringLiteral("b"), 3, QStringLiteral("call"), QStringLiteral("SME"), 5},
                                        {QStringLiteral("c"), 5, QStringLiteral("call"), QStringLiteral("Retail"), 1},
                                        {QStringLiteral("c"), 6, QStringLiteral("branch"), QStringLiteral("Retail"), 2}});
        const ClvBreakdown b = breakDownClv(model, &*survey.answers);
        // If retained: 100, 300, 50, 40 → nearest-rank 75th percentile = 3rd of 4 sorted = 100.
        QCOMPARE(b.atRiskThreshold, 100.0);
        // At risk: P(alive) < 0.5 and if retained ≥ 100: only b.
        QCOMPARE(b.all.customers, qint64(4));
        QCOMPARE(b.all.atRisk, qint64(1));
        QCOMPARE(b.all.atRiskValue, 300.0);
        QCOMPARE(b.all.meanClv, (90.0 + 60 + 20 + 10) / 4);
        QCOMPARE(b.all.meanAlive, (0.9 + 0.2 + 0.4 + 0.25) / 4);
        const ClvGroupFigures &promoters = b.byCategory[std::size_t(NpsCategory::Promoter)];
        const ClvGroupFigures &detractors = b.byCategory[std::size_t(NpsCategory::Detractor)];
        QCOMPARE(promoters.customers, qint64(1)); // a (b's latest answer is a detractor's)
        QCOMPARE(detractors.customers, qint64(2)); // b, c
        QCOMPARE(detractors.meanClv, 40.0);
        QCOMPARE(detractors.atRisk, qint64(1));
        QCOMPARE(b.withoutAnswer.customers, qint64(1)); // d
        // Segments from the latest answer: Retail a, c; SME b.
        QCOMPARE(b.bySegment.size(), std::size_t(2));
        QCOMPARE(b.bySegment[0].name, QStringLiteral("Retail"));
        QCOMPARE(b.bySegment[0].customers, qint64(2));
        QCOMPARE(b.bySegment[1].name, QStringLiteral("SME"));
        // Leaving: low-P(alive) detractors. call: b (300) + c (50); branch: c (50).
        QCOMPARE(b.leaving.size(), std::size_t(2));
        QCOMPARE(b.leaving[0].touchpoint, QStringLiteral("call"));
        QCOMPARE(b.leaving[0].customers, qint64(2));
        QCOMPARE(b.leaving[0].valueIfRetained, 350.0);
        QCOMPARE(b.leaving[0].meanAlive, 0.3);
        QCOMPARE(b.leaving[1].touchpoint, QStringLiteral("branch"));
        QCOMPARE(b.leaving[1].valueIfRetained, 50.0);
    }

    // CLV at risk and the business case read the modelled values when there are purchases.
    void modelledValuesReplaceImportedOnes()
    {
        const TransactionFile file = readTransactionSource(smallFile, QStringLiteral("small.csv"));
        Journey journey = journeyWith(transactionDataset(file, smallFile, QStringLiteral("small.csv")));
        Dataset imported;
        imported.id = QUuid::createUuid();
        imported.kind = DatasetKind::Clv;
        imported.name = QStringLiteral("Imported");
        journey.datasets.emplace_back(imported);
        StatisticsCache cache;
        const auto values = lifetimeValues(journey, cache);
        QVERIFY(values);
        QCOMPARE((*values)->name, QStringLiteral("small"));
        QCOMPARE((*values)->kind, DatasetKind::Clv);
        journey.datasets.erase(journey.datasets.begin()); // no purchases: the imported values
        QCOMPARE((*lifetimeValues(journey, cache))->name, QStringLiteral("Imported"));
        journey.datasets.clear();
        QVERIFY(!lifetimeValues(journey, cache));
    }
};

QTEST_GUILESS_MAIN(TestJourneyClv)
#include "tst_journeyclv.moc"
