// Reading transaction files and summarising them per customer as the BG/NBD literature does:
// CDNOW_sample must give cdnow_customers_summary*.csv digit for digit.
#include "clv/customersummary.h"
#include "clvtestdata.h"

#include <QDate>
#include <QTest>

using namespace waymark::clv;

namespace {

// The published files round half-up to two decimals.
QString twoDecimals(double value)
{
    return QString::number(std::floor(value * 100.0 + 0.5 + 1e-9) / 100.0, 'f', 2);
}

QString twoDecimals(const QString &published)
{
    return QString::number(published.toDouble(), 'f', 2);
}

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

TransactionSummary sampleSummary(TimeUnit unit = TimeUnit::Weeks, bool dropRepeated = false)
{
    const TransactionFile file = readTransactions(clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_sample.txt"))));
    return summariseTransactions(file, {day(1997, 9, 30), unit, dropRepeated});
}

} // namespace

class TestClvTransactions : public QObject
{
    Q_OBJECT

private slots:
    void readsTheCdnowSampleAsItIs()
    {
        SKIP_WITHOUT_CLV_DATA();
        const TransactionFile file = readTransactions(clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_sample.txt"))));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.layout, QStringLiteral("whitespace"));
        QCOMPARE(qsizetype(file.transactions.size()), qsizetype(6919));
        QCOMPARE(file.refusedCount(), qint64(0));
        QCOMPARE(file.customerIds.size(), qsizetype(2357));
        QCOMPARE(file.customerIds.front(), QStringLiteral("0001")); // the sample id, not the master id 00004
        const Transaction &first = file.transactions.front();
        QCOMPARE(first.day, day(1997, 1, 1));
        QCOMPARE(first.count, 2.0);
        QCOMPARE(first.amount, 29.33);
        QCOMPARE(first.line, qint64(1));
    }

    void readsTheCdnowMasterWithItsHeader()
    {
        SKIP_WITHOUT_CLV_DATA();
        const TransactionFile file = readTransactions(clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_master.txt"))));
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(qsizetype(file.transactions.size()), qsizetype(69659));
        QCOMPARE(file.refusedCount(), qint64(0));
        QCOMPARE(file.customerIds.size(), qsizetype(23570));
        QCOMPARE(file.transactions.front().line, qint64(2));
    }

    void reproducesThePublishedSummaryExactly()
    {
        SKIP_WITHOUT_CLV_DATA();
        const TransactionSummary summary = sampleSummary();
        const TransactionFile file = readTransactions(clvtest::fileBytes(clvtest::clvDataPath(QStringLiteral("CDNOW_sample.txt"))));
        const auto withSpend = clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary_with_transactions.csv"));
        const auto plain = clvtest::publishedSummary(QStringLiteral("cdnow_customers_summary.csv"));
        QCOMPARE(summary.customers.size(), withSpend.size());
        QCOMPARE(summary.customers.size(), plain.size());
        int totalX = 0;
        for (const CustomerSummary &c : summary.customers) {
            const int id = file.customerIds[c.customer].toInt();
            const clvtest::PublishedRow &row = withSpend.at(id);
            const clvtest::PublishedRow &other = plain.at(id);
            const QString where = QStringLiteral("customer %1").arg(id);
            QVERIFY2(c.x == row.x && c.x == other.x, qPrintable(where));
            QVERIFY2(twoDecimals(c.tx) == twoDecimals(row.tx) && twoDecimals(c.tx) == twoDecimals(other.tx), qPrintable(where));
            QVERIFY2(twoDecimals(c.T) == twoDecimals(row.T) && twoDecimals(c.T) == twoDecimals(other.T), qPrintable(where));
            QVERIFY2(twoDecimals(c.meanRepeatSpend) == twoDecimals(row.zbar),
                     qPrintable(where + QStringLiteral(": %1 vs %2").arg(c.meanRepeatSpend, 0, 'f', 6).arg(row.zbar)));
            totalX += c.x;
        }
        QCOMPARE(totalX, 2457);
        QCOMPARE(summary.repeatBuyers(), qint64(946));
        QCOMPARE(summary.calibrationEnd, day(1997, 9, 30));
        QCOMPARE(summary.lastDay, day(1998, 6, 30));
        QCOMPARE(summary.holdoutLength, 39.0); // 273 days
    }

    void countsEveryRowItDoesNotSimplyUse()
    {
        SKIP_WITHOUT_CLV_DATA();
        const SummaryCounts counts = sampleSummary().counts;
        QCOMPARE(counts.holdoutRows, qint64(1959)); // README: the hold-out period has 1,959 rows
        QCOMPARE(counts.rowsUsed + counts.holdoutRows, qint64(6919));
        QCOMPARE(counts.zeroAmountRows, qint64(8));
        QCOMPARE(counts.repeatedRows, qint64(21)); // 19 rows repeated, two of them twice
        QCOMPARE(counts.negativeAmountRows, qint64(0));
        QCOMPARE(counts.customersAfterCalibration, qint64(0));
        // Dropping the repeated rows changes the mean repeat spend of the customers who
        // bought the same thing twice on one repeat day, never their x.
        const TransactionSummary kept = sampleSummary();
        const TransactionSummary dropped = sampleSummary(TimeUnit::Weeks, true);
        int changedSpend = 0;
        for (std::size_t i = 0; i < kept.customers.size(); ++i) {
            QCOMPARE(dropped.customers[i].x, kept.customers[i].x);
            changedSpend += dropped.customers[i].meanRepeatSpend != kept.customers[i].meanRepeatSpend;
        }
        QCOMPARE(changedSpend, 4);
    }

    void timeUnitsScaleTheSameDays()
    {
        SKIP_WITHOUT_CLV_DATA();
        const TransactionSummary weeks = sampleSummary(TimeUnit::Weeks);
        const TransactionSummary days = sampleSummary(TimeUnit::Days);
        const TransactionSummary months = sampleSummary(TimeUnit::Months);
        for (std::size_t i = 0; i < weeks.customers.size(); ++i) {
            QCOMPARE(days.customers[i].T, std::round(weeks.customers[i].T * 7.0));
            QVERIFY(std::abs(months.customers[i].tx * 30.4375 - days.customers[i].tx) < 1e-9);
        }
    }

    void refusesBadRowsNamingTheirLines()
    {
        const QByteArray text = "1 19970101 1 10.00\n"
                                "1 19970230 1 10.00\n"   // 30 February
                                "2 19970105 x 5.00\n"
                                "2 19970105 1 five\n"
                                "3 19970107 1 -4.00\n"   // a return
                                "3 19970103 1 4.00\n"
                                "4 19971003 1 0.00\n"    // first bought after the end
                                "\n"
                                "5 19970101\n";
        const TransactionFile file = readTransactions(text);
        QVERIFY(file.problem.isEmpty());
        QCOMPARE(file.refusedCount(), qint64(4));
        const QStringList messages = refusedRowMessages(file, QStringLiteral("t.txt"));
        QCOMPARE(messages.size(), qsizetype(4));
        QVERIFY(messages.contains(QStringLiteral("t.txt:2: unreadable date (row skipped)")));
        QVERIFY(messages.contains(QStringLiteral("t.txt:3: unreadable count (row skipped)")));
        QVERIFY(messages.contains(QStringLiteral("t.txt:4: unreadable amount (row skipped)")));
        QVERIFY(messages.contains(QStringLiteral("t.txt:9: fewer than 4 columns (customer, date, count, amount) (row skipped)")));
        const TransactionSummary summary = summariseTransactions(file, {day(1997, 9, 30), TimeUnit::Days, false});
        QCOMPARE(summary.counts.negativeAmountRows, qint64(1));
        QCOMPARE(summary.counts.customersAfterCalibration, qint64(1));
        QCOMPARE(summary.counts.zeroAmountRows, qint64(1));
        QCOMPARE(summary.customers.size(), std::size_t(2)); // customers 1 and 3
        QCOMPARE(summary.customers[1].x, 0);              // the return is not a purchase
        QCOMPARE(summary.customers[1].T, double(day(1997, 9, 30) - day(1997, 1, 3)));
    }

    void readsCsvWithAHeaderAndOneCurrency()
    {
        const QByteArray text = "Customer ID;Order date;Amount;Currency;Quantity\n"
                                "A;15/01/2024;10,50;EUR;1\n"
                                "A;15/01/2024;4,50;EUR;2\n"
                                "A;01/02/2024;20,00;eur;1\n"
                                "B;13/01/2024;7,00;USD;1\n"
                                "B;;7,00;EUR;1\n";
        const TransactionFile file = readTransactions(text);
        QVERIFY2(file.problem.isEmpty(), qPrintable(file.problem));
        QCOMPARE(file.layout, QStringLiteral("csv"));
        QCOMPARE(file.currency, QStringLiteral("EUR"));
        QCOMPARE(qsizetype(file.transactions.size()), qsizetype(3));
        QCOMPARE(file.transactions[1].count, 2.0);
        QCOMPARE(file.transactions[2].day, day(2024, 2, 1)); // day first: 15/01 settled it
        const QStringList messages = refusedRowMessages(file, QStringLiteral("t.csv"));
        QVERIFY(messages.contains(QStringLiteral("t.csv:5: currency other than EUR (row skipped)")));
        QVERIFY(messages.contains(QStringLiteral("t.csv:6: unreadable date (row skipped)")));
        const TransactionSummary summary = summariseTransactions(file, {std::nullopt, TimeUnit::Days, false});
        QCOMPARE(summary.customers.size(), std::size_t(1));
        QCOMPARE(summary.customers[0].x, 1);
        QCOMPARE(summary.customers[0].tx, 17.0);
        QCOMPARE(summary.customers[0].T, 17.0); // no end given: the last purchase day
        QCOMPARE(summary.customers[0].meanRepeatSpend, 20.0);
    }

    void aHeaderWithoutTheNeededColumnsIsAProblem()
    {
        const TransactionFile file = readTransactions("Name,City\nAnna,Oslo\n");
        QVERIFY(!file.problem.isEmpty());
        QVERIFY2(file.problem.contains(QStringLiteral("line 1")), qPrintable(file.problem));
        QVERIFY(readTransactions("").problem.size() > 0);
        QVERIFY(readTransactions("hello world\nthis is prose, not data\n").problem.size() > 0);
    }
};

QTEST_GUILESS_MAIN(TestClvTransactions)
#include "tst_clvmodeltransactions.moc"
