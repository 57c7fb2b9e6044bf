// Issue 20: survey answers that stay in PostgreSQL as a dataset of a journey, through the real
// binary against a throwaway server. `waymark import … postgresql://…` keeps only the counts
// per group (never a row, never a password) and where they come from; the journey's figures
// equal those of the same answers from a file; `waymark refresh` reads them anew, and a
// refresh that fails names the dataset and leaves the file as it was.
#include "commandrun.h"
#include "format/journeyfiles.h"
#include "postgresserver.h"
#include "warehouse/livedataset.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

// The real binary, its output as text.
struct Run {
    int status = -1;
    QString out, err;
};

Run runWaymark(const QStringList &args)
{
    const test::CommandRun run = test::runCommand(QStringLiteral(WAYMARK_BINARY), args);
    return {run.exitCode, QString::fromUtf8(run.out), run.err};
}

// `rows` answers over four of the sample's data keys and two segments, dated over a year;
// every 50th without a score (NULL: left out and reported).
QByteArray answersCsv(int rows, int offset = 0)
{
    static const char *keys[] = {"kyc-upload", "social-ad", "need-trigger", "compare-offers"};
    static const char *segments[] = {"mass", "affluent"};
    QByteArray csv = "score,touchpoint,date,segment\n";
    for (int i = offset; i < offset + rows; ++i) {
        const QByteArray score = i % 50 == 0 ? QByteArray() : QByteArray::number((i * 7 + i / 11) % 11);
        csv += score + ',' + keys[i % 4] + ',' + QDate(2025, 1, 1).addDays((i * 13) % 365).toString(Qt::ISODate).toUtf8() + ','
             + segments[(i / 4) % 2] + '\n';
    }
    return csv;
}

QByteArray sha(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class TestLiveData : public QObject
{
    Q_OBJECT

    PostgresServer mServer;
    QTemporaryDir mFolder;

    QString journeyCopy(const QString &name)
    {
        const QString path = mFolder.filePath(name);
        const Run converted = runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), path});
        return converted.status == 0 ? path : QString();
    }

    QString writeCsv(const QString &name, const QByteArray &csv)
    {
        QFile file(mFolder.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(csv);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        WAYMARK_START_POSTGRES(mServer);
        QVERIFY2(mServer.createDatabase(QStringLiteral("survey")), qPrintable(mServer.error()));
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE answers (score smallint, touchpoint text, day date, segment text)")));
        QVERIFY2(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY answers FROM STDIN (FORMAT csv, HEADER true)"), answersCsv(6000)),
                 qPrintable(mServer.error()));
    }

    void theJourneyKeepsCountsAndTheirSource()
    {
        const QString journey = journeyCopy(QStringLiteral("live.waymark"));
        QVERIFY(!journey.isEmpty());
        const QString url = mServer.url(QStringLiteral("survey"));
        const Run imported = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), url, QStringLiteral("--table"),
                                         QStringLiteral("answers"), QStringLiteral("--map"), QStringLiteral("day=date")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("waymark refresh")), qPrintable(imported.out));
        QVERIFY2(imported.err.contains(QStringLiteral("without a score")), qPrintable(imported.err)); // 120 NULLs, reported

        FormatError error;
        const auto read = readJourneyFile(journey, &error);
        QVERIFY2(read, qPrintable(error.toString()));
        QCOMPARE(liveDatasets(*read).size(), 1);
        const QUuid id = liveDatasets(*read).first();
        const QString setting = read->settings.value(liveSourceKey(id));
        QVERIFY2(setting.contains(QStringLiteral("\"table\":\"answers\"")) && setting.contains(QStringLiteral("postgresql://")), qPrintable(setting));
        QVERIFY(!setting.contains(QStringLiteral("password")));
        const auto source = decodeLiveSource(setting, &error.message);
        QVERIFY2(source, qPrintable(error.message));
        QCOMPARE(source->mapping.size(), 1);
        // Counts, not rows: 4 keys × 2 segments × at most 12 months × 11 scores.
        const auto dataset = std::find_if(read->datasets.begin(), read->datasets.end(), [&](const DatasetRef &d) { return d->id == id; });
        QVERIFY((*dataset)->answers->score.size() <= std::size_t(4 * 2 * 12 * 11));
        QVERIFY((*dataset)->answers->aggregate.count.size() == (*dataset)->answers->score.size());

        // The figures equal those of the same answers from a file (without the rows that have
        // no score, which both leave out).
        QByteArray scored;
        for (const QByteArray &line : answersCsv(6000).split('\n'))
            if (!line.isEmpty() && !line.startsWith(','))
                scored += line + '\n';
        const QString csv = writeCsv(QStringLiteral("answers.csv"), scored);
        for (const QString &by : {QStringLiteral("touchpoint,quarter"), QStringLiteral("segment")}) {
            const Run fromJourney = runWaymark({QStringLiteral("stats"), journey, QStringLiteral("--metric"), QStringLiteral("nps"),
                                                QStringLiteral("--by"), by, QStringLiteral("--format"), QStringLiteral("csv")});
            const Run fromFile = runWaymark({QStringLiteral("stats"), csv, QStringLiteral("--metric"), QStringLiteral("nps"),
                                             QStringLiteral("--by"), by, QStringLiteral("--format"), QStringLiteral("csv")});
            QVERIFY2(fromJourney.status == 0, qPrintable(fromJourney.err));
            QVERIFY2(fromFile.status == 0, qPrintable(fromFile.err));
            QCOMPARE(fromJourney.out, fromFile.out);
        }
    }

    void refreshReadsAnewAndAFailureKeepsTheFile()
    {
        const QString journey = journeyCopy(QStringLiteral("refresh.waymark"));
        QVERIFY(!journey.isEmpty());
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE later AS SELECT * FROM answers")));
        const Run imported = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), mServer.url(QStringLiteral("survey")),
                                         QStringLiteral("--query"), QStringLiteral("SELECT score, touchpoint, segment FROM later")});
        QVERIFY2(imported.status == 0, qPrintable(imported.err));
        const auto total = [&]() {
            const Run stats = runWaymark({QStringLiteral("stats"), journey, QStringLiteral("--metric"), QStringLiteral("nps"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
            return stats.out;
        };
        const QString before = total();
        QVERIFY2(before.contains(QStringLiteral("5880")), qPrintable(before)); // 6,000 less 120 without a score

        // New answers arrive in the warehouse; a refresh counts them.
        QVERIFY2(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY later FROM STDIN (FORMAT csv, HEADER true)"), answersCsv(1000, 6000)),
                 qPrintable(mServer.error()));
        const Run refreshed = runWaymark({QStringLiteral("refresh"), journey});
        QVERIFY2(refreshed.status == 0, qPrintable(refreshed.err));
        QVERIFY2(refreshed.out.contains(QStringLiteral("1 dataset")), qPrintable(refreshed.out));
        QVERIFY2(total().contains(QStringLiteral("6860")), qPrintable(total())); // 7,000 less 140

        // The table is gone: the refresh names the dataset and the server's reason, and the
        // journey keeps its last figures byte for byte.
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("DROP TABLE later")));
        const QByteArray kept = sha(journey);
        const Run failed = runWaymark({QStringLiteral("refresh"), journey});
        QCOMPARE(failed.status, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("kept its last figures")) && failed.err.contains(QStringLiteral("later")),
                 qPrintable(failed.err));
        QCOMPARE(sha(journey), kept);

        const Run nothing = runWaymark({QStringLiteral("refresh"), journeyCopy(QStringLiteral("plain.waymark"))});
        QCOMPARE(nothing.status, 1);
        QVERIFY2(nothing.err.contains(QStringLiteral("no data from a server")), qPrintable(nothing.err));
    }

    void aSourceInTheJourneyIsChecked()
    {
        QString error;
        QVERIFY(!decodeLiveSource(QStringLiteral("not json"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!decodeLiveSource(QStringLiteral("{\"url\":\"postgresql://u:secret@h/db\",\"table\":\"t\"}"), &error));
        QVERIFY2(error.contains(QStringLiteral("password")), qPrintable(error));
        QVERIFY(!decodeLiveSource(QStringLiteral("{\"url\":\"postgresql://h/db\",\"table\":\"t\",\"query\":\"SELECT 1\"}"), &error));
        QVERIFY(!decodeLiveSource(QStringLiteral("{\"url\":\"postgresql://h/db\",\"table\":\"t\",\"mapping\":{\"x\":\"nonsense\"}}"), &error));
        QVERIFY2(error.contains(QStringLiteral("nonsense")), qPrintable(error));
        const auto good = decodeLiveSource(QStringLiteral("{\"url\":\"postgresql://h:6543/db\",\"query\":\"SELECT 1\",\"metric\":\"csat\"}"), &error);
        QVERIFY2(good, qPrintable(error));
        QCOMPARE(good->address.port, 6543);
        QCOMPARE(good->metric, QStringLiteral("csat"));
        QCOMPARE(decodeLiveSource(encodeLiveSource(*good), &error)->query, QStringLiteral("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TestLiveData)
#include "tst_livedata.moc"
