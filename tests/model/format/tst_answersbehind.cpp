// A large dataset of answers opens as its summary and its rows follow on a thread of their
// own (format/waymarkdatasets.h): the same figures at once, the same rows afterwards, and a
// damaged or doctored file said so without losing anything.
#include "data/answerstatistics.h"
#include "data/answersummary.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "journeydocument.h"
#include "manyanswers.h"
#include "rawsqlite.h"
#include "testjourneys.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

constexpr int manyAnswers = 120'000; // above RowsBehind::fromRows

Journey journeyWith(int rows)
{
    Journey journey = test::smallJourney();
    journey.datasets.emplace_back(test::manyAnswers(rows, 5));
    return journey;
}

std::vector<MetricGroup> byTouchpointAndMonth(const AnswerTable &table)
{
    return groupAnswers(table, *metricByKey(QStringLiteral("nps")), {Dimension::Touchpoint, Dimension::Month});
}

void sameGroups(const std::vector<MetricGroup> &a, const std::vector<MetricGroup> &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].key, b[i].key);
        QCOMPARE(a[i].summary.n, b[i].summary.n);
        QCOMPARE(a[i].summary.value, b[i].summary.value);
    }
}

} // namespace

class TestAnswersBehind : public QObject
{
    Q_OBJECT

private slots:
    void summaryFirstRowsAfter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.waymark"));
        const Journey written = journeyWith(manyAnswers);
        FormatError error;
        QVERIFY2(WaymarkFile::write(written, path, &error), qPrintable(error.toString()));

        const auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY2(journey, qPrintable(error.toString()));
        const Dataset &read = *journey->datasets.front();
        QVERIFY(read.pendingRows);
        QVERIFY(read.answers->isAggregated());
        QVERIFY(read.answers->size() < 3 * 2 * 14 * 11 + 1); // keys × segments × months × scores
        QCOMPARE(read.rows(), std::size_t(manyAnswers));
        QCOMPARE(read.answers->answers(), double(manyAnswers));
        // The badges' figures from the summary are the rows' figures.
        const AnswerTable &rows = *written.datasets.front()->answers;
        sameGroups(byTouchpointAndMonth(*read.answers), byTouchpointAndMonth(rows));

        QVERIFY(read.answerRows() == rows); // waits for them
        QVERIFY(read.pendingRows->ready());
        QVERIFY(read.rowsError().isEmpty());
        QVERIFY(read.pendingRows->outcome().warning.isEmpty());
        QVERIFY(*journey == written);
        const auto whole = WaymarkFile::read(path, &error); // a command reads everything at once
        QVERIFY(whole);
        QVERIFY(!whole->datasets.front()->pendingRows);
        QVERIFY(*whole == *journey);

        // Saved again (waiting for the rows), the file holds rows and summary as before.
        const QString again = dir.filePath(QStringLiteral("again.waymark"));
        QVERIFY2(WaymarkFile::write(*journey, again, &error), qPrintable(error.toString()));
        const auto reread = WaymarkFile::read(again, &error);
        QVERIFY(reread);
        QVERIFY(*reread->datasets.front()->answers == rows);
    }

    void smallDatasetsAndAggregatesAreReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(journeyWith(500), path, &error));
        const auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY(journey);
        QVERIFY(!journey->datasets.front()->pendingRows);
        QVERIFY(!journey->datasets.front()->answers->isAggregated());
        // …but the file keeps the summary for every table of single answers.
        test::RawSqlite db(path);
        QCOMPARE(db.integer("SELECT count(*) FROM dataset_columns WHERE name LIKE 'summary/%'"), qint64(17));
    }

    void aSummaryCountingTooFewIsNotTrusted()
    {
        // Counts of nothing (here: zeros in place of the counts) say the dataset is small:
        // it is read whole, and its rows are what the journey shows.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zeros.waymark"));
        const Journey written = journeyWith(manyAnswers);
        FormatError error;
        QVERIFY(WaymarkFile::write(written, path, &error));
        {
            test::RawSqlite db(path);
            QVERIFY(db.exec("UPDATE dataset_columns SET data = zeroblob(length(data)) WHERE dataset = 0 AND name = 'summary/count'"));
        }
        const auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY2(journey, qPrintable(error.toString()));
        QVERIFY(!journey->datasets.front()->pendingRows);
        QVERIFY(*journey->datasets.front()->answers == *written.datasets.front()->answers);
    }

    void rowsComeFromTheFileAsItWasOpened()
    {
        // Another program replacing the file (as every save does, by renaming) after the
        // journey opened does not change the rows still being read.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.waymark"));
        const Journey first = journeyWith(manyAnswers);
        FormatError error;
        QVERIFY(WaymarkFile::write(first, path, &error));
        const auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY(journey);
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        QVERIFY(journey->datasets.front()->answerRows() == *first.datasets.front()->answers);
    }

    void damagedRowsAreSaidAndNeverSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(journeyWith(manyAnswers), path, &error));
        {
            test::RawSqlite db(path);
            QVERIFY(db.exec("UPDATE dataset_columns SET data = substr(data, 1, 80) WHERE dataset = 0 AND name = 'touchpoint'"));
        }
        // Opened for a command: refused at once, naming the dataset and the column.
        QVERIFY(!WaymarkFile::read(path, &error));
        QVERIFY2(error.message.contains(QStringLiteral("column “touchpoint” does not hold 120000 values")), qPrintable(error.message));

        // Opened in a window: the map opens from the summary, and the rows' problem follows.
        auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY2(journey, qPrintable(error.toString()));
        JourneyDocument document(*journey);
        QSignalSpy read(&document, &JourneyDocument::datasetRowsRead);
        QVERIFY(read.wait(20'000));
        const QString problem = read.front().at(1).toString();
        QVERIFY2(problem.contains(QStringLiteral("Опрос 설문 120000")) && problem.contains(QStringLiteral("touchpoint")), qPrintable(problem));
        QCOMPARE(document.journey().datasets.front()->rowsError(), problem);

        // Saving would write the summary in place of the answers: refused, saying why.
        const QString copy = dir.filePath(QStringLiteral("copy.waymark"));
        QVERIFY(!WaymarkFile::write(document.journey(), copy, &error));
        QVERIFY2(error.message.contains(problem), qPrintable(error.message));
        QVERIFY(!QFile::exists(copy));
        const QString json = dir.filePath(QStringLiteral("copy.waymark.json"));
        QVERIFY(!JourneyJson::write(document.journey(), json, &error));
        QVERIFY(!QFile::exists(json));
    }

    void aSummaryThatIsNotTheRowsIsReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("doctored.waymark"));
        const Journey written = journeyWith(manyAnswers);
        FormatError error;
        QVERIFY(WaymarkFile::write(written, path, &error));
        // A summary with promoters and detractors swapped: counts that add up, other figures.
        {
            test::RawSqlite db(path);
            QVERIFY(db.exec("UPDATE dataset_columns SET name = 'x' WHERE dataset = 0 AND name = 'summary/low';"
                            "UPDATE dataset_columns SET name = 'summary/low' WHERE dataset = 0 AND name = 'summary/high';"
                            "UPDATE dataset_columns SET name = 'summary/high' WHERE dataset = 0 AND name = 'x';"));
        }
        auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY2(journey, qPrintable(error.toString()));
        JourneyDocument document(*journey);
        const auto before = document.statistics().groups(document.journey().datasets.front(), {Dimension::Touchpoint}, nullptr);
        QSignalSpy read(&document, &JourneyDocument::datasetRowsRead);
        QSignalSpy changed(&document, &JourneyDocument::datasetChanged);
        QVERIFY(read.wait(20'000));
        QVERIFY2(read.front().at(1).toString().contains(QStringLiteral("does not match")), qPrintable(read.front().at(1).toString()));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!document.isModified()); // what the file should have said: nothing to save or undo
        const DatasetRef &now = document.journey().datasets.front();
        const auto after = document.statistics().groups(now, {Dimension::Touchpoint}, nullptr);
        sameGroups(*after, groupAnswers(*written.datasets.front()->answers, *metricByKey(QStringLiteral("nps")), {Dimension::Touchpoint}));
        QCOMPARE(before->front().summary.value, -after->front().summary.value); // the doctored figures are gone
        QVERIFY(now->answerRows() == *written.datasets.front()->answers);
    }

    void closingWhileReadingWaits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(journeyWith(manyAnswers), path, &error));
        for (int i = 0; i < 5; ++i) {
            auto journey = WaymarkFile::read(path, &error, DatasetRows::Behind);
            QVERIFY(journey);
            auto document = std::make_unique<JourneyDocument>(std::move(*journey));
            journey.reset();
            document.reset(); // the read is cancelled or finishes; nothing is called on the gone document
        }
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestAnswersBehind)
#include "tst_answersbehind.moc"
