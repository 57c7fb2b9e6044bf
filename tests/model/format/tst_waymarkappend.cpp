// Answers streamed into a .waymark file a chunk at a time (format/waymarkappend.h, `waymark
// import`): the journey read back holds exactly what an import kept whole and saved holds —
// every answer with its texts, the refused rows with the same messages, the same summary and
// headline — and a failure leaves the file as it was.
#include "data/answersummary.h"
#include "data/importjob.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"
#include "format/filefingerprint.h"
#include "format/journeyfiles.h"
#include "format/waymarkappend.h"
#include "format/waymarkfile.h"
#include "portfolio/journeyheadline.h"
#include "rawsqlite.h"
#include "testjourneys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace waymark;

namespace {

// Answers with what a real export has: repeated and unique texts (ids too) in several scripts, quoted
// cells with commas and line breaks, a respondent who answers twice (far apart, so in
// different chunks), scores and dates that are refused, empty cells.
QByteArray answersCsv(int rows)
{
    QByteArray csv = "respondent,date,score,touchpoint,segment,channel,customer,comment\n";
    const char *touchpoints[] = {"kyc-wait", "card-delivery", "", "app-login"};
    const char *segments[] = {"Премиум", "Mass", "대중", ""};
    const char *comments[] = {"", "\"Čekao sam, dva dana\"", "\"Долго\nждал\"", "빠르다", ""};
    for (int i = 0; i < rows; ++i) {
        const int day = 1 + (i * 7) % 28;
        const int month = 1 + (i / 3) % 12;
        QByteArray score = QByteArray::number((i * 13) % 11);
        if (i % 997 == 5)
            score = "11"; // out of range: refused
        // Ids in other scripts too: a streamed import decodes them behind, on the writing thread.
        QByteArray respondent = (i % 3 == 2 ? QByteArray("Відповідь-") : QByteArray("R-")) + QByteArray::number(i);
        if (i == rows - 3)
            respondent = "R-4"; // answered before, chunks ago: refused, naming the first line
        csv += respondent + ",2024-" + QByteArray(month < 10 ? "0" : "") + QByteArray::number(month) + "-"
            + QByteArray(day < 10 ? "0" : "") + QByteArray::number(day) + "," + score + "," + touchpoints[i % 4] + ","
            + segments[(i / 5) % 4] + "," + (i % 2 ? "app" : "branch") + ",C-" + QByteArray::number(i % 50) + ","
            + comments[i % 5] + "\n";
    }
    return csv;
}

ImportOutcome import(const QByteArray &csv, AnswerChunkSink *chunks)
{
    const QString name = QStringLiteral("answers.csv");
    const ImportTarget target = ImportTarget::fromKey(QStringLiteral("nps"));
    ImportChoices choices;
    choices.chunks = chunks;
    return runImport(csv, name, target, choices, guessImportMapping(target, previewImport(csv, name, choices, 1).headers), {}, nullptr);
}

// Turns a file written now into one as format `version` (11 or older, from 4) wrote it: the
// dataset columns in a WITHOUT ROWID table (formats 4 to 11), nothing else differs.
bool asOlderFormat(const QString &path, int version)
{
    test::RawSqlite raw(path);
    return raw.exec("CREATE TABLE columns_11 (dataset INTEGER NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL,"
                    " PRIMARY KEY (dataset, name)) WITHOUT ROWID")
        && raw.exec("INSERT INTO columns_11 SELECT dataset, name, data FROM dataset_columns")
        && raw.exec("DROP TABLE dataset_columns") && raw.exec("ALTER TABLE columns_11 RENAME TO dataset_columns")
        && raw.exec("PRAGMA user_version = " + QByteArray::number(version));
}

QString columnsTableSql(const QString &path)
{
    return test::RawSqlite(path).text("SELECT sql FROM sqlite_master WHERE name = 'dataset_columns'");
}

// Every answer by its texts: indices may differ between two tables holding the same answers.
void sameAnswers(const AnswerTable &a, const AnswerTable &b)
{
    QCOMPARE(a.size(), b.size());
    QVERIFY(sameValues(a.score, b.score));
    QCOMPARE(a.day, b.day);
    const auto texts = [](const AnswerTable &t, const std::vector<quint32> &column, std::size_t row) { return t.strings.at(column[row]); };
    for (std::size_t row = 0; row < a.size(); ++row)
        for (auto column : {&AnswerTable::respondent, &AnswerTable::customer, &AnswerTable::segment, &AnswerTable::touchpoint,
                            &AnswerTable::stage, &AnswerTable::channel, &AnswerTable::department, &AnswerTable::location,
                            &AnswerTable::comment})
            if (texts(a, a.*column, row) != texts(b, b.*column, row))
                QFAIL(qPrintable(QStringLiteral("row %1: “%2” against “%3”").arg(row).arg(texts(a, a.*column, row), texts(b, b.*column, row))));
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList leftovers(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList({QStringLiteral("*.tmp*")}, QDir::Files | QDir::Hidden);
}

} // namespace

class TestWaymarkAppend : public QObject
{
    Q_OBJECT

private slots:
    void streamedEqualsKeptWhole_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("rowsPerChunk");
        QTest::newRow("many small chunks, the last one short") << 2'000 << 7;
        QTest::newRow("one chunk") << 2'000 << (1 << 18);
        QTest::newRow("large enough to open from its summary") << 120'000 << 50'000;
    }
    void streamedEqualsKeptWhole()
    {
        QFETCH(int, rows);
        QFETCH(int, rowsPerChunk);
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.waymark"));
        const QString streamed = dir.filePath(QStringLiteral("streamed.waymark"));
        const Journey journey = test::smallJourney();
        FormatError error;
        QVERIFY2(WaymarkFile::write(journey, streamed, &error), qPrintable(error.toString()));
        const QByteArray csv = answersCsv(rows);

        ImportOutcome kept = import(csv, nullptr);
        QVERIFY(kept.dataset);
        Journey withWhole = journey;
        withWhole.datasets.emplace_back(*kept.dataset);
        QVERIFY(writeJourneyFile(withWhole, whole, &error));

        const FileFingerprint before = FileFingerprint::of(streamed);
        WaymarkAppend append;
        append.rowsPerChunk = std::size_t(rowsPerChunk);
        bool notCurrent = true;
        QVERIFY2(append.begin(streamed, *metricByKey(QStringLiteral("nps")), &notCurrent), qPrintable(append.error()));
        QVERIFY(!notCurrent);
        ImportOutcome outcome = import(csv, &append);
        QVERIFY2(outcome.dataset, qPrintable(outcome.error));
        QCOMPARE(outcome.dataset->rows(), std::size_t(0)); // none kept: they went to the file
        QVERIFY2(append.finish(*outcome.dataset, before), qPrintable(append.error()));
        QVERIFY(leftovers(dir).isEmpty());

        // The same rows refused, for the same reasons, in the same order.
        QCOMPARE(outcome.issues.size(), kept.issues.size());
        QVERIFY(outcome.issues.size() > 2);
        for (std::size_t i = 0; i < kept.issues.size(); ++i) {
            QCOMPARE(outcome.issues[i].line, kept.issues[i].line);
            QCOMPARE(outcome.issues[i].reason, kept.issues[i].reason);
        }
        const auto repeated = std::find_if(kept.issues.begin(), kept.issues.end(),
                                           [](const ImportIssue &issue) { return issue.reason.contains(QLatin1String("duplicate")); });
        QVERIFY(repeated != kept.issues.end());
        QVERIFY2(repeated->reason.contains(QLatin1String("first on line 7")), qPrintable(repeated->reason)); // R-4, after a quoted line break

        const std::optional<Journey> a = WaymarkFile::read(whole, &error);
        QVERIFY2(a, qPrintable(error.toString()));
        const std::optional<Journey> b = WaymarkFile::read(streamed, &error);
        QVERIFY2(b, qPrintable(error.toString()));
        QCOMPARE(b->datasets.size(), std::size_t(1));
        const Dataset &da = *a->datasets.front();
        const Dataset &db = *b->datasets.front();
        DatasetSource source = db.source;
        source.importedAt = da.source.importedAt; // imported twice, a moment apart
        QCOMPARE(source, da.source);
        QCOMPARE(db.name, da.name);
        QCOMPARE(db.metricKey, da.metricKey);
        QCOMPARE(db.rows(), std::size_t(kept.dataset->source.rowsImported));
        sameAnswers(db.answers, da.answers);
        QCOMPARE(b->touchpoints.size(), journey.touchpoints.size());

        // The summary kept in the file is the one the rows give, and so is the headline.
        const std::optional<Journey> summaryOnly = WaymarkFile::read(streamed, &error, DatasetRows::SummaryOnly);
        QVERIFY(summaryOnly);
        const AnswerTable own = summarizeAnswers(db.answers, *db.metric());
        if (rows >= 100'000) {
            QVERIFY(summaryOnly->datasets.front()->answers->isAggregated());
            QVERIFY(*summaryOnly->datasets.front()->answers == own);
        }
        const auto headlineOf = [](const QString &path) {
            return JourneyHeadline::fromJson(WaymarkFile::readMeta(path).value(QStringLiteral("summary")).toUtf8());
        };
        const std::optional<JourneyHeadline> ha = headlineOf(whole), hb = headlineOf(streamed);
        QVERIFY(ha && hb);
        QVERIFY(hb->hasNps);
        QCOMPARE(hb->nps, ha->nps);
        QCOMPARE(hb->npsAnswers, ha->npsAnswers);
        QCOMPARE(hb->npsMargin, ha->npsMargin);
        QCOMPARE(hb->cards, ha->cards);
    }

    // Another program saving the journey during the import wins: the import is refused and
    // its copy removed; the file stays as that program left it.
    void changedDuringTheImportIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        const FileFingerprint before = FileFingerprint::of(path);
        {
            WaymarkAppend append;
            bool notCurrent = false;
            QVERIFY(append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent));
            ImportOutcome outcome = import(answersCsv(500), &append);
            QVERIFY(outcome.dataset);
            Journey other = test::smallJourney();
            other.title = QStringLiteral("Сохранено другим");
            QVERIFY(WaymarkFile::write(other, path, &error));
            const QByteArray theirs = bytesOf(path);
            QVERIFY(!append.finish(*outcome.dataset, before));
            QVERIFY2(append.error().contains(QLatin1String("changed by another program")), qPrintable(append.error()));
            QCOMPARE(bytesOf(path), theirs);
        }
        QVERIFY(leftovers(dir).isEmpty());
        const std::optional<Journey> read = WaymarkFile::read(path, &error);
        QVERIFY(read && read->datasets.empty());
    }

    // A file of an older format is imported the ordinary way (reading upgrades it).
    void olderFormatIsSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        {
            test::RawSqlite raw(path);
            QVERIFY(raw.exec("PRAGMA user_version = 10"));
        }
        const QByteArray before = bytesOf(path);
        WaymarkAppend append;
        bool notCurrent = false;
        QVERIFY(!append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent));
        QVERIFY(notCurrent);
        QCOMPARE(bytesOf(path), before);
    }

    // Chunks are read in order until one is missing; one after a gap is not silently left out.
    void chunkAfterAGapIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        WaymarkAppend append;
        append.rowsPerChunk = 100;
        bool notCurrent = false;
        QVERIFY(append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent));
        ImportOutcome outcome = import(answersCsv(450), &append);
        QVERIFY(outcome.dataset && append.finish(*outcome.dataset, FileFingerprint::of(path)));
        {
            test::RawSqlite raw(path);
            QVERIFY(raw.exec("UPDATE dataset_columns SET name = 'day#7' WHERE name = 'day#4'"));
        }
        QVERIFY(!WaymarkFile::read(path, &error));
        QVERIFY2(error.message.contains(QStringLiteral("“day#7” has no chunk before it")), qPrintable(error.message));
    }

    // A file written in chunks says it is format 11 or newer: older Waymarks refuse it as newer
    // instead of reading its first chunk alone.
    void chunkedFileIsTheNewFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        WaymarkAppend append;
        append.rowsPerChunk = 100;
        bool notCurrent = false;
        QVERIFY(append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent));
        ImportOutcome outcome = import(answersCsv(250), &append);
        QVERIFY(outcome.dataset && append.finish(*outcome.dataset, FileFingerprint::of(path)));
        test::RawSqlite raw(path);
        QCOMPARE(raw.integer("PRAGMA user_version"), qint64(WaymarkFile::schemaVersion));
        QVERIFY(WaymarkFile::schemaVersion >= 11);
        QCOMPARE(raw.integer("SELECT count(*) FROM dataset_columns WHERE name LIKE 'answer#%'"), qint64(2));
    }

    // Format 12 keeps the columns in a rowid table: in a WITHOUT ROWID table every insert and
    // lookup compared keys with whole neighbouring blobs read from their overflow pages.
    void columnsAreKeptInARowidTable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        const QString sql = columnsTableSql(path);
        QVERIFY2(sql.contains(QLatin1String("PRIMARY KEY (dataset, name)")), qPrintable(sql));
        QVERIFY2(!sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive), qPrintable(sql));
    }

    // A format-11 file is read as it is (its summary first, not an upgraded copy of the whole
    // file in memory) and takes a streamed import; it stays format 11 and whole.
    void aFormat11FileIsReadAndAppendedToInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("eleven.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        QVERIFY(asOlderFormat(path, 11));
        WaymarkAppend append;
        append.rowsPerChunk = 50'000;
        bool notCurrent = true;
        QVERIFY2(append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent), qPrintable(append.error()));
        QVERIFY(!notCurrent);
        ImportOutcome outcome = import(answersCsv(120'000), &append);
        QVERIFY2(outcome.dataset && append.finish(*outcome.dataset, FileFingerprint::of(path)), qPrintable(append.error()));
        QCOMPARE(test::RawSqlite(path).integer("PRAGMA user_version"), qint64(11));
        QVERIFY(columnsTableSql(path).contains(QLatin1String("WITHOUT ROWID")));

        const std::optional<Journey> summary = WaymarkFile::read(path, &error, DatasetRows::SummaryOnly);
        QVERIFY2(summary, qPrintable(error.toString()));
        QVERIFY(summary->datasets.front()->answers->isAggregated()); // an upgraded copy would be read whole
        const std::optional<Journey> whole = WaymarkFile::read(path, &error);
        QVERIFY2(whole, qPrintable(error.toString()));
        QCOMPARE(whole->datasets.front()->rows(), std::size_t(outcome.dataset->source.rowsImported));
        QVERIFY(*summary->datasets.front()->answers == summarizeAnswers(whole->datasets.front()->answers, *metricByKey(QStringLiteral("nps"))));
    }

    // Rows read behind the window say how far they are (PendingAnswers::permille(): the status
    // bar's "n %"): never backwards, never past 1000, and 1000 once they are there.
    void rowsReadBehindSayHowFar()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("behind.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(test::smallJourney(), path, &error));
        WaymarkAppend append;
        append.rowsPerChunk = 20'000;
        bool notCurrent = true;
        QVERIFY(append.begin(path, *metricByKey(QStringLiteral("nps")), &notCurrent));
        ImportOutcome outcome = import(answersCsv(120'000), &append);
        QVERIFY(outcome.dataset && append.finish(*outcome.dataset, FileFingerprint::of(path)));

        const std::optional<Journey> opened = WaymarkFile::read(path, &error, DatasetRows::Behind);
        QVERIFY2(opened, qPrintable(error.toString()));
        const std::shared_ptr<PendingAnswers> pending = opened->datasets.front()->pendingRows;
        QVERIFY(pending);
        int last = 0;
        while (!pending->ready()) {
            const int now = pending->permille();
            QVERIFY2(now >= last && now <= 1000, qPrintable(QStringLiteral("%1 after %2").arg(now).arg(last)));
            last = now;
        }
        QVERIFY(pending->outcome().rows);
        QCOMPARE(pending->permille(), 1000);
    }

    // An older file (here format 10) is upgraded in memory on open, its columns moved to the
    // rowid table by the upgrade step, every answer still there.
    void anOlderFileIsUpgradedWithItsColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ten.waymark"));
        FormatError error;
        ImportOutcome kept = import(answersCsv(2'000), nullptr);
        QVERIFY(kept.dataset);
        Journey journey = test::smallJourney();
        journey.datasets.emplace_back(*kept.dataset);
        QVERIFY(writeJourneyFile(journey, path, &error));
        QVERIFY(asOlderFormat(path, 10));
        const QByteArray before = bytesOf(path);
        const std::optional<Journey> read = WaymarkFile::read(path, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(read->datasets.size(), std::size_t(1));
        sameAnswers(read->datasets.front()->answers, kept.dataset->answers);
        QCOMPARE(bytesOf(path), before); // opening never changes the file
    }
};

QTEST_GUILESS_MAIN(TestWaymarkAppend)
#include "tst_waymarkappend.moc"
