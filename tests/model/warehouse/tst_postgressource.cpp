#include "postgresserver.h"

#include "data/answerstatistics.h"
#include "data/importjob.h"
#include "data/importmapping.h"
#include "data/metrics/metric.h"
#include "warehouse/postgressource.h"
#include "warehouse/postgresurl.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace waymark;
using waymark::test::PostgresServer;

namespace {

// Answers with every case the file path handles: untrimmed keys, an empty touchpoint, an
// empty date, three years of quarters, every score.
QByteArray answersCsv(int rows)
{
    static const char *touchpoints[] = {"open-app", "kyc", " branch ", "", "call-centre"};
    static const char *segments[] = {"mass", "affluent", "sme"};
    QByteArray csv = "score,touchpoint,date,segment\n";
    for (int i = 0; i < rows; ++i) {
        const int score = (i * 7 + i / 13) % 11;
        const QDate day = QDate(2023, 1, 1).addDays((i * 37) % 1000);
        csv += QByteArray::number(score) + ',' + touchpoints[i % 5] + ',' + (i % 17 == 0 ? QByteArray() : day.toString(Qt::ISODate).toUtf8())
             + ',' + segments[(i / 5) % 3] + '\n';
    }
    return csv;
}

std::vector<MetricGroup> fromFile(const QByteArray &csv, const std::vector<Dimension> &by)
{
    const ImportTarget target = ImportTarget::fromKey(QStringLiteral("nps"));
    ImportChoices choices;
    choices.statisticsOnly = true;
    const auto mapping = guessImportMapping(target, previewImport(csv, QStringLiteral("a.csv"), choices, 1).headers);
    const ImportOutcome outcome = runImport(csv, QStringLiteral("a.csv"), target, choices, mapping, {}, nullptr);
    if (!outcome.dataset)
        return {};
    return groupAnswers(outcome.dataset->answers, *metricByKey(QStringLiteral("nps")), by);
}

PostgresAnswerSource tableSource(const PostgresServer &server, const QString &table)
{
    QString error;
    PostgresAnswerSource source;
    source.address = *parsePostgresUrl(server.url(QStringLiteral("survey")), &error);
    source.table = table;
    return source;
}

} // namespace

class TestPostgresSource : public QObject
{
    Q_OBJECT

    PostgresServer mServer;

    bool load(const QString &table, const QString &columns, const QByteArray &csv)
    {
        return mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns))
            && mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY %1 FROM STDIN (FORMAT csv, HEADER true)").arg(table), csv);
    }

    // The message a read fails with ("" when it works).
    QString failure(const PostgresAnswerSource &source, const std::vector<Dimension> &by, const PostgresLimits &limits = {})
    {
        QString error;
        const auto answers = readPostgresAnswers(source, by, limits, &error);
        return answers ? QString() : error;
    }

private slots:
    void readsUrls()
    {
        QString error;
        auto a = parsePostgresUrl(QStringLiteral("postgresql://ana@db.bank.example:6543/cx?sslmode=require"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->host, QStringLiteral("db.bank.example"));
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->user, QStringLiteral("ana"));
        QCOMPARE(a->database, QStringLiteral("cx"));
        QCOMPARE(a->options.value(0).second, QStringLiteral("require"));
        QCOMPARE(a->display(), QStringLiteral("postgresql://ana@db.bank.example:6543/cx?sslmode=require"));

        // A socket folder in the query or percent-encoded as the host, as libpq allows.
        a = parsePostgresUrl(QStringLiteral("postgresql:///survey?host=/tmp/pg&port=40001"), &error);
        QVERIFY2(a, qPrintable(error));
        QCOMPARE(a->host, QStringLiteral("/tmp/pg"));
        QCOMPARE(a->port, 40001);
        QCOMPARE(parsePostgresUrl(QStringLiteral("postgres://%2Fvar%2Frun%2Fpostgresql/survey"), &error)->host,
                 QStringLiteral("/var/run/postgresql"));
        QCOMPARE(parsePostgresUrl(QStringLiteral("postgresql://[::1]:5433/x"), &error)->host, QStringLiteral("::1"));
        QCOMPARE(parsePostgresUrl(a->display(), &error), a); // what is shown reads back the same

        // A password never goes through a URL.
        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://ana:secret@db/cx"), &error));
        QVERIFY2(error.contains(QStringLiteral(".pgpass")) && !error.contains(QStringLiteral("secret")), qPrintable(error));
        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://db/cx?password=secret"), &error));
        QVERIFY2(error.contains(QStringLiteral(".pgpass")) && !error.contains(QStringLiteral("secret")), qPrintable(error));
        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://db:99999/cx"), &error));
        QVERIFY(error.contains(QStringLiteral("99999")));
        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://db"), &error));
        QVERIFY(error.contains(QStringLiteral("no database")));
        QVERIFY(!parsePostgresUrl(QStringLiteral("postgresql://db/cx?passfile=/etc/shadow"), &error));
        QVERIFY(error.contains(QStringLiteral("passfile")));
    }

    void initTestCase()
    {
        if (!PostgresServer::installed())
            return; // the server tests skip one by one
        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(mServer.createDatabase(QStringLiteral("survey")), qPrintable(mServer.error()));
        QVERIFY2(load(QStringLiteral("answers"), QStringLiteral("score int, touchpoint text, date date, segment text"), answersCsv(3000)),
                 qPrintable(mServer.error()));
    }

    void sameFiguresAsTheFile_data()
    {
        QTest::addColumn<QString>("by");
        QTest::newRow("touchpoint,quarter") << QStringLiteral("touchpoint,quarter");
        QTest::newRow("journey") << QStringLiteral("journey");
        QTest::newRow("segment,month,year") << QStringLiteral("segment,month,year");
        QTest::newRow("year,touchpoint") << QStringLiteral("year,touchpoint");
    }

    void sameFiguresAsTheFile()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        QFETCH(QString, by);
        std::vector<Dimension> dimensions;
        for (const QString &key : by.split(u','))
            dimensions.push_back(*dimensionFromKey(key));
        QString error;
        const auto answers = readPostgresAnswers(tableSource(mServer, QStringLiteral("answers")), dimensions, {}, &error);
        QVERIFY2(answers, qPrintable(error));
        QCOMPARE(answers->answers, 3000.0);
        QVERIFY(answers->warnings.isEmpty());
        // Counts per group and score came across, not the 3,000 answers.
        QVERIFY(answers->dataset.answers->isAggregated());
        QVERIFY(answers->dataset.answers->size() < 3000);
        QVERIFY(answers->sql.contains(QStringLiteral("GROUP BY")));

        const Metric &nps = *metricByKey(QStringLiteral("nps"));
        const auto server = groupAnswers(answers->dataset.answers, nps, dimensions);
        const auto file = fromFile(answersCsv(3000), dimensions);
        QVERIFY(file.size() > 0);
        QCOMPARE(server.size(), file.size());
        for (std::size_t g = 0; g < file.size(); ++g) {
            QCOMPARE(server[g].key, file[g].key);
            QCOMPARE(server[g].tally.bands, file[g].tally.bands);
            QCOMPARE(server[g].tally.n, file[g].tally.n);
            // Bit for bit: the same sums in the same order.
            QVERIFY(server[g].summary.value == file[g].summary.value);
            QVERIFY(server[g].summary.low95 == file[g].summary.low95);
            QVERIFY(server[g].summary.mean == file[g].summary.mean);
            QVERIFY(server[g].summary.sd == file[g].summary.sd);
        }
    }

    void nullAndOutOfRangeScoresAreCountedAndReported()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        QVERIFY(load(QStringLiteral("messy"), QStringLiteral("score numeric, touchpoint text"),
                     "score,touchpoint\n9,a\n,a\n,b\n11,a\n-1,b\n7.5,a\n3,b\n"));
        QString error;
        const auto answers = readPostgresAnswers(tableSource(mServer, QStringLiteral("messy")), {Dimension::Touchpoint}, {}, &error);
        QVERIFY2(answers, qPrintable(error));
        QCOMPARE(answers->answers, 2.0);
        QCOMPARE(answers->nullScores, 2.0);
        QCOMPARE(answers->invalidScores, 3.0);
        QCOMPARE(answers->warnings.size(), 2);
        QVERIFY2(answers->warnings[0].contains(QStringLiteral("2 answer(s) without a score")) && answers->warnings[0].contains(QStringLiteral("“score”")),
                 qPrintable(answers->warnings[0]));
        for (const char *value : {"11 (1×)", "-1 (1×)", "7.5 (1×)", "table “messy”"})
            QVERIFY2(answers->warnings[1].contains(QString::fromUtf8(value)), qPrintable(answers->warnings[1]));
        QCOMPARE(answers->dataset.source.rowsRejected, 5);
    }

    void badInputIsNamed()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        QVERIFY(load(QStringLiteral("texty"), QStringLiteral("score text, touchpoint text, date text"), "score,touchpoint,date\n9,a,2024-01-01\n"));
        QVERIFY(load(QStringLiteral("\"Mixed Case\""), QStringLiteral("score int, answered text"), "score,answered\n9,2024-01-01\n"));

        QString message = failure(tableSource(mServer, QStringLiteral("texty")), {Dimension::Touchpoint});
        QVERIFY2(message.contains(QStringLiteral("column “score” of table “texty” is text")), qPrintable(message));
        PostgresAnswerSource castScore = tableSource(mServer, QString());
        castScore.query = QStringLiteral("SELECT CAST(score AS int) AS score, date FROM texty;");
        message = failure(castScore, {Dimension::Quarter});
        QVERIFY2(message.contains(QStringLiteral("column “date” of the query is text")), qPrintable(message));

        message = failure(tableSource(mServer, QStringLiteral("no_such_table")), {Dimension::Journey});
        QVERIFY2(message.contains(QStringLiteral("no table “no_such_table”")) && message.contains(QStringLiteral("/survey")), qPrintable(message));
        // Names are read as SQL reads them: quoted, with a schema.
        message = failure(tableSource(mServer, QStringLiteral("public.\"Mixed Case\"")), {Dimension::Journey});
        QVERIFY2(message.isEmpty(), qPrintable(message));

        message = failure(tableSource(mServer, QStringLiteral("answers")), {Dimension::Location});
        QVERIFY2(message.contains(QStringLiteral("gives “location”")) && message.contains(QStringLiteral("touchpoint, date, segment")),
                 qPrintable(message));
        PostgresAnswerSource wrongMap = tableSource(mServer, QStringLiteral("answers"));
        wrongMap.mapping.insert(QStringLiteral("nps_score"), AnswerScore);
        message = failure(wrongMap, {Dimension::Journey});
        QVERIFY2(message.contains(QStringLiteral("no column “nps_score”")), qPrintable(message));

        PostgresAnswerSource broken = tableSource(mServer, QString());
        broken.query = QStringLiteral("SELECT score FROM answers WHERE");
        message = failure(broken, {Dimension::Journey});
        QVERIFY2(message.contains(QStringLiteral("the query")) && message.contains(QStringLiteral("syntax")), qPrintable(message));

        // A query can never change the warehouse.
        PostgresAnswerSource writing = tableSource(mServer, QString());
        writing.query = QStringLiteral("SELECT score FROM answers, LATERAL (SELECT nextval('s')) AS n");
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE SEQUENCE s")));
        message = failure(writing, {Dimension::Journey});
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));

        message = failure(tableSource(mServer, QStringLiteral("answers")), {Dimension::Journey},
                          PostgresLimits{.timeoutSeconds = 300, .maxGroups = 1000, .connectTimeoutSeconds = 10});
        QVERIFY2(message.isEmpty(), qPrintable(message));
        message = failure(tableSource(mServer, QStringLiteral("answers")), {Dimension::Touchpoint, Dimension::Month},
                          PostgresLimits{.timeoutSeconds = 300, .maxGroups = 50, .connectTimeoutSeconds = 10});
        QVERIFY2(message.contains(QStringLiteral("more than 50 groups")), qPrintable(message));
    }

    void serverProblemsAreNamed()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        PostgresAnswerSource slow = tableSource(mServer, QString());
        slow.query = QStringLiteral("SELECT score FROM answers, pg_sleep(3)");
        QString message = failure(slow, {Dimension::Journey}, PostgresLimits{.timeoutSeconds = 1, .maxGroups = 1000, .connectTimeoutSeconds = 10});
        QVERIFY2(message.contains(QStringLiteral("statement_timeout")), qPrintable(message));

        PostgresAnswerSource nowhere = tableSource(mServer, QStringLiteral("answers"));
        nowhere.address.database = QStringLiteral("no_such_db");
        message = failure(nowhere, {Dimension::Journey});
        QVERIFY2(message.contains(QStringLiteral("cannot connect")) && message.contains(QStringLiteral("no_such_db")), qPrintable(message));

        // The connection dropped while the server works on the statement.
        PostgresAnswerSource waiting = tableSource(mServer, QString());
        waiting.query = QStringLiteral("SELECT score FROM answers, pg_sleep(60) AS waiting_for_the_test");
        QString dropped;
        std::atomic_bool done = false;
        std::thread reader([&] {
            dropped = failure(waiting, {Dimension::Journey});
            done = true;
        });
        bool terminated = false;
        for (int attempt = 0; attempt < 600 && !terminated && !done; ++attempt) {
            const auto killed = mServer.psql(QStringLiteral("survey"),
                                             QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                                            "WHERE application_name = 'waymark' AND query LIKE '%waiting_for_the_test%'"));
            terminated = killed && killed->trimmed() == QLatin1String("1");
            if (!terminated)
                QThread::msleep(100);
        }
        reader.join();
        QVERIFY(terminated);
        QVERIFY2(dropped.contains(QStringLiteral("connection")) && dropped.contains(QStringLiteral("lost")), qPrintable(dropped));
    }
};

QTEST_GUILESS_MAIN(TestPostgresSource)
#include "tst_postgressource.moc"
