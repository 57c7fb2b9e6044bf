// Counting answers per group while a CSV file is read, in parts on several threads
// (countAnswers), must give exactly what the import followed by groupAnswers() gives: the same
// groups, the same tallies to the last bit, the same refused rows on the same lines, wherever
// the parts are cut, even inside a quoted field that holds line breaks.
#include "data/answercounting.h"
#include "data/answerstatistics.h"
#include "data/csvrecords.h"
#include "data/importjob.h"
#include "data/metrics/metric.h"

#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QtTest>

using namespace waymark;

namespace {

struct Exact {
    std::vector<MetricGroup> groups;
    std::vector<ImportIssue> issues;
    qint64 rowsRead = 0;
};

QHash<QString, int> mappingOf(const QByteArray &bytes, const QString &name, const ImportTarget &target, const ImportChoices &choices)
{
    return guessImportMapping(target, previewImport(bytes, name, choices, 1).headers);
}

std::optional<Exact> exactPath(const QByteArray &bytes, const ImportTarget &target, const std::vector<Dimension> &by,
                               ImportChoices choices = {}, const QString &name = QStringLiteral("answers.csv"))
{
    choices.statisticsOnly = true;
    ImportOutcome outcome = runImport(bytes, name, target, choices, mappingOf(bytes, name, target, choices), {}, nullptr);
    if (!outcome.dataset)
        return std::nullopt;
    const Dataset &dataset = *outcome.dataset;
    return Exact{groupAnswers(dataset.answers, *dataset.metric(), by), outcome.issues, dataset.source.rowsRead};
}

std::optional<CountedAnswers> counted(const QByteArray &bytes, const ImportTarget &target, const std::vector<Dimension> &by,
                                      const CountingOptions &options, ImportChoices choices = {},
                                      const QString &name = QStringLiteral("answers.csv"))
{
    choices.statisticsOnly = true;
    return countAnswers(bytes, name, target, choices, mappingOf(bytes, name, target, choices), by, options);
}

// Equal to the last bit: the same sums in the same order.
bool sameGroups(const std::vector<MetricGroup> &a, const std::vector<MetricGroup> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 groups, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        const MetricTally &x = a[i].tally, &y = b[i].tally;
        QStringList labels;
        for (const auto &part : a[i].key)
            labels << part.second;
        if (a[i].key != b[i].key || x.n != y.n || x.bands != y.bands || x.bandN != y.bandN || x.momentN != y.momentN
            || x.sum != y.sum || x.sumOfSquares != y.sumOfSquares || a[i].summary.value != b[i].summary.value
            || a[i].summary.low95 != b[i].summary.low95 || a[i].summary.sd != b[i].summary.sd) {
            *why = QStringLiteral("group %1 (%2) differs: n %3 vs %4").arg(i).arg(labels.join(u'/')).arg(x.n).arg(y.n);
            return false;
        }
    }
    return true;
}

bool sameIssues(const std::vector<ImportIssue> &a, const std::vector<ImportIssue> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 refused rows, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].line != b[i].line || a[i].column != b[i].column || a[i].value != b[i].value || a[i].reason != b[i].reason) {
            *why = QStringLiteral("refusal %1: line %2 “%3” vs line %4 “%5”").arg(i).arg(a[i].line).arg(a[i].reason).arg(b[i].line).arg(b[i].reason);
            return false;
        }
    }
    return true;
}

struct Shape {
    bool crlf = false;
    bool bom = false;
    bool quotedBreaks = false; // comments with line breaks (some lines of which look like whole records)
    bool refusals = false;     // bad scores and dates here and there
};

// Answers as survey tools export them: a fixed seed, so a failure can be reproduced.
QByteArray answersCsv(int rows, const Shape &shape, quint32 seed = 20)
{
    QRandomGenerator random(seed);
    const QByteArray eol = shape.crlf ? "\r\n" : "\n";
    const char *touchpoints[] = {"app-login", "branch-visit", "\"call, centre\"", "", "card-delivery", "онлайн-заявка", "(none)"};
    const char *segments[] = {"Students", "Retirees", "", "Малый бизнес"};
    QByteArray out = shape.bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += "respondent_id,date,segment,touchpoint,score,comment" + eol;
    for (int i = 1; i <= rows; ++i) {
        QByteArray score = QByteArray::number(random.bounded(11));
        QByteArray date = QStringLiteral("2024-%1-%2").arg(random.bounded(1, 13), 2, 10, QLatin1Char('0')).arg(random.bounded(1, 29), 2, 10, QLatin1Char('0')).toUtf8();
        if (shape.refusals && i % 97 == 0)
            score = i % 2 ? "11" : "n/a";
        if (shape.refusals && i % 151 == 0)
            date = "2024-02-31";
        if (i % 53 == 0)
            date.clear(); // no date: the "(none)" quarter
        QByteArray comment;
        switch (shape.quotedBreaks ? random.bounded(5) : 0) {
        case 1: comment = "\"Slow, \"\"really\"\" slow" + eol + "R-" + QByteArray::number(i) + ",2024-01-01,Students,app-login,9,ok\""; break;
        case 2: comment = "\"line one" + eol + eol + "line three\""; break;
        case 3: comment = "\"Все понятно\""; break;
        default: break;
        }
        out += "R-" + QByteArray::number(i) + ',' + date + ',' + segments[random.bounded(4)] + ',' + touchpoints[random.bounded(7)] + ','
            + score + ',' + comment + eol;
        if (i % 211 == 0)
            out += eol; // a blank line
    }
    return out;
}

QByteArray toCp1251(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out += char(u);
        else if (u >= 0x0410 && u <= 0x044F)
            out += char(0xC0 + (u - 0x0410));
        else
            out += '?';
    }
    return out;
}

} // namespace

class TestAnswerCounting : public QObject
{
    Q_OBJECT

    const std::vector<Dimension> byTouchpointQuarter{Dimension::Touchpoint, Dimension::Quarter};

    void compare(const QByteArray &bytes, const std::vector<Dimension> &by, const CountingOptions &options,
                 const ImportChoices &choices = {}, int *recounted = nullptr)
    {
        const auto exact = exactPath(bytes, ImportTarget(), by, choices);
        QVERIFY(exact);
        const auto fast = counted(bytes, ImportTarget(), by, options, choices);
        QVERIFY2(fast, "countAnswers gave up on a file it should count");
        QString why;
        QVERIFY2(sameGroups(fast->groups, exact->groups, &why), qPrintable(why));
        QVERIFY2(sameIssues(fast->issues, exact->issues, &why), qPrintable(why));
        QCOMPARE(fast->rowsRead, exact->rowsRead);
        if (recounted)
            *recounted += fast->partsRecounted;
    }

private slots:
    void sameAsTheImportWhereverThePartsAreCut_data()
    {
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("quotedBreaks");
        QTest::newRow("LF") << false << false << false;
        QTest::newRow("CRLF") << true << false << false;
        QTest::newRow("BOM, CRLF, quoted line breaks") << true << true << true;
        QTest::newRow("quoted line breaks") << false << false << true;
    }
    void sameAsTheImportWhereverThePartsAreCut()
    {
        QFETCH(bool, crlf);
        QFETCH(bool, bom);
        QFETCH(bool, quotedBreaks);
        const QByteArray csv = answersCsv(3000, {crlf, bom, quotedBreaks, true});
        const qsizetype textSize = csv.size() - (bom ? 3 : 0);
        int recounted = 0;
        // Cuts at every kind of place: after a line break, mid-field, inside quotes.
        QRandomGenerator random(7);
        for (int round = 0; round < 25; ++round) {
            CountingOptions options;
            const int cuts = random.bounded(1, 6);
            for (int c = 0; c < cuts; ++c)
                options.splitAt.push_back(random.bounded(qsizetype(60), textSize));
            std::sort(options.splitAt.begin(), options.splitAt.end());
            compare(csv, byTouchpointQuarter, options, {}, &recounted);
            if (QTest::currentTestFailed())
                return;
        }
        // Random cuts mostly miss record starts: the parts after them were counted again.
        QVERIFY(recounted > 0);
        // Cuts that land on record starts are kept as they are.
        CountingOptions guessed;
        for (int k = 1; k < 4; ++k)
            guessed.splitAt.push_back(CsvRecords::likelyRecordStart(QByteArrayView(csv).sliced(bom ? 3 : 0), ',', textSize * k / 4, 6));
        const auto fast = counted(csv, ImportTarget(), byTouchpointQuarter, guessed);
        QVERIFY(fast);
        QCOMPARE(fast->parts, 4);
        compare(csv, byTouchpointQuarter, guessed);
    }

    void aCutInsideAQuotedFieldThatLooksLikeRecords()
    {
        // The comment's second line has the header's width: the guess takes it for a record
        // start, and only reading from the part before shows it is not.
        const QByteArray csv = answersCsv(400, {false, false, true, false});
        const qsizetype inside = csv.indexOf("\"Slow, ");
        QVERIFY(inside > 0);
        const qsizetype fakeRecord = csv.indexOf('\n', inside) + 1;
        QCOMPARE(CsvRecords::likelyRecordStart(csv, ',', inside, 6), fakeRecord); // fooled, as expected
        CountingOptions options;
        options.splitAt = {fakeRecord};
        const auto fast = counted(csv, ImportTarget(), byTouchpointQuarter, options);
        QVERIFY(fast);
        QCOMPARE(fast->partsRecounted, 1);
        int recounted = 0;
        compare(csv, byTouchpointQuarter, options, {}, &recounted);
        compare(csv, {Dimension::Segment, Dimension::Month}, options);
        compare(csv, {Dimension::Journey}, options);
    }

    void automaticPartsOnABiggerFile()
    {
        // Past 4 MiB the text is cut at likely record starts, one part per thread.
        const QByteArray csv = answersCsv(90'000, {true, true, true, true}, 5);
        QVERIFY(csv.size() > (4 << 20));
        for (int threads : {2, 3}) {
            CountingOptions options;
            options.threads = threads;
            const auto fast = counted(csv, ImportTarget(), byTouchpointQuarter, options);
            QVERIFY(fast);
            QCOMPARE(fast->parts, threads);
            compare(csv, byTouchpointQuarter, options);
            compare(csv, {Dimension::Segment, Dimension::Year, Dimension::Touchpoint}, options);
        }
    }

    void aMappedFileGivesItsPagesBack()
    {
        // Pages already read are dropped from the mapping (every 16 MiB) and read again from
        // the file if a kept text lies there: the figures must not notice.
        const QByteArray csv = answersCsv(420'000, {false, false, true, true}, 11);
        QVERIFY(csv.size() > (20 << 20));
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(csv), csv.size());
        QVERIFY(file.flush());
        uchar *mapped = file.map(0, file.size());
        QVERIFY(mapped);
        const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size());
        CountingOptions options;
        options.dropPagesBehind = true;
        options.threads = 2;
        const auto exact = exactPath(csv, ImportTarget(), byTouchpointQuarter);
        const auto fast = counted(bytes, ImportTarget(), byTouchpointQuarter, options);
        QVERIFY(exact && fast);
        QString why;
        QVERIFY2(sameGroups(fast->groups, exact->groups, &why), qPrintable(why));
        QVERIFY2(sameIssues(fast->issues, exact->issues, &why), qPrintable(why));
        QCOMPARE(bytes, csv); // and the mapping still reads as the file
    }

    void windows1251()
    {
        const QString text = QStringLiteral("respondent_id,date,segment,touchpoint,score\n"
                                            "R1,2024-01-05,Студенты,Отделение,9\n"
                                            "R2,2024-04-05,Пенсионеры,Отделение,3\n"
                                            "R3,2024-04-09,Студенты,Приложение,10\n"
                                            "R4,2024-13-09,Студенты,Приложение,10\n"
                                            "R5,2024-07-01,,Приложение,7\n");
        const QByteArray bytes = toCp1251(text);
        ImportChoices choices;
        choices.encoding = QStringLiteral("windows-1251");
        for (qsizetype cut : {qsizetype(0), bytes.indexOf("R3"), bytes.indexOf("Пенс") + 3}) {
            CountingOptions options;
            if (cut > 0)
                options.splitAt = {cut};
            compare(bytes, {Dimension::Touchpoint, Dimension::Quarter}, options, choices);
            compare(bytes, {Dimension::Segment}, options, choices);
        }
        // The labels are decoded text, not bytes.
        const auto fast = counted(bytes, ImportTarget(), {Dimension::Touchpoint}, {}, choices);
        QVERIFY(fast);
        QCOMPARE(fast->groups.front().key.front().second, QStringLiteral("Отделение"));
    }

    void otherMetricsOnTheirScales()
    {
        const QByteArray csv = "id,touchpoint,score\nA,web,1\nB,web,5\nC,app,4\nD,app,6\nE,,3\n";
        for (const QString &key : {QStringLiteral("csat"), QStringLiteral("ces")}) {
            const ImportTarget target = ImportTarget::fromKey(key);
            const auto exact = exactPath(csv, target, {Dimension::Touchpoint});
            const auto fast = counted(csv, target, {Dimension::Touchpoint}, {});
            QVERIFY(exact && fast);
            QString why;
            QVERIFY2(sameGroups(fast->groups, exact->groups, &why), qPrintable(why));
            QVERIFY2(sameIssues(fast->issues, exact->issues, &why), qPrintable(why));
            QCOMPARE(fast->carries, std::vector<bool>{true});
        }
    }

    void leavesToTheImportWhatOnlyItCanSay()
    {
        const QByteArray header = "respondent_id,date,touchpoint,score\n";
        // A respondent twice, in one part or in two: the import names the first line.
        const QByteArray twice = header + "R1,2024-01-01,web,9\nR2,2024-01-01,web,9\nR1,2024-01-02,app,3\n";
        QVERIFY(!counted(twice, ImportTarget(), byTouchpointQuarter, {}));
        CountingOptions cut;
        cut.splitAt = {twice.indexOf("R2")};
        QVERIFY(!counted(twice, ImportTarget(), byTouchpointQuarter, cut));
        // Not UTF-8 in the middle of the file: the import says on which line.
        QVERIFY(!counted(header + "R1,2024-01-01,w\xFF" "b,9\n", ImportTarget(), byTouchpointQuarter, {}));
        // No valid row, JSON, aggregated counts, answers with fractions.
        QVERIFY(!counted(header + "R1,2024-01-01,web,12\n", ImportTarget(), byTouchpointQuarter, {}));
        QVERIFY(!counted("[{\"score\": 9, \"touchpoint\": \"web\"}]", ImportTarget(), {Dimension::Touchpoint}, {}, {},
                         QStringLiteral("answers.json")));
        QVERIFY(!counted("touchpoint,promoters,passives,detractors\nweb,5,3,2\n", ImportTarget(), {Dimension::Touchpoint}, {}));
        QVERIFY(!counted("touchpoint,score\nweb,4.5\n", ImportTarget::fromKey(QStringLiteral("mean")), {Dimension::Touchpoint}, {}));
        // A part that is all right still counts.
        QVERIFY(counted(header + "R1,2024-01-01,web,9\n", ImportTarget(), byTouchpointQuarter, {}));
    }

    void whatTheAnswersCarry()
    {
        const QByteArray csv = "touchpoint,segment,score\nweb,,9\napp,,3\n";
        const auto fast = counted(csv, ImportTarget(), {Dimension::Touchpoint, Dimension::Segment, Dimension::Journey}, {});
        QVERIFY(fast);
        QCOMPARE(fast->carries, (std::vector<bool>{true, false, true}));
    }

    void likelyRecordStarts()
    {
        const QByteArray csv = "a,b,c\n1,\"x\ny\",3\n4,5,6\n7,8,9\n";
        // The line break inside quotes leads to y",3 — two fields: not taken.
        QCOMPARE(CsvRecords::likelyRecordStart(csv, ',', 6, 3), csv.indexOf("4,5,6"));
        QCOMPARE(CsvRecords::likelyRecordStart(csv, ',', csv.indexOf("7,8"), 3), csv.size());
        // Reading from a start, up to a limit, says where the next record starts and its line.
        int records = 0;
        const CsvRecords::Stop stop = CsvRecords::read(csv, ',', [&](const CsvRecords::Record &) { return ++records > 0; }, 6, 8);
        QCOMPARE(records, 1);
        QCOMPARE(stop.at, csv.indexOf("4,5,6"));
        QCOMPARE(stop.line, 3);
    }
};

QTEST_GUILESS_MAIN(TestAnswerCounting)
#include "tst_answercounting.moc"
