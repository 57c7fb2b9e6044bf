#include "postgresserver.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using waymark::test::PostgresServer;

namespace {

struct Run {
    int status = -1;
    QString out, err;
};

Run runWaymark(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(WAYMARK_BINARY), args);
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

// 20,000 answers over five touchpoints (one key with spaces around it, one empty), three
// segments and twelve quarters; some dates missing.
QByteArray answersCsv()
{
    static const char *touchpoints[] = {"open-app", "kyc", " branch ", "", "call-centre"};
    static const char *segments[] = {"mass", "affluent", "sme"};
    QByteArray csv = "score,touchpoint,date,segment\n";
    for (int i = 0; i < 20000; ++i) {
        const int score = (i * 7 + i / 13) % 11;
        const QDate day = QDate(2023, 1, 1).addDays((i * 37) % 1090);
        csv += QByteArray::number(score) + ',' + touchpoints[i % 5] + ',' + (i % 17 == 0 ? QByteArray() : day.toString(Qt::ISODate).toUtf8())
             + ',' + segments[(i / 5) % 3] + '\n';
    }
    return csv;
}

} // namespace

// `waymark stats postgresql://…` against a throwaway server, through the real binary: the
// same output as `waymark stats FILE.csv` for the same answers.
class TestStatsPostgres : public QObject
{
    Q_OBJECT

    PostgresServer mServer;
    QTemporaryDir mFolder;
    QString mCsv;

private slots:
    void initTestCase()
    {
        if (!PostgresServer::installed())
            return;
        QVERIFY2(mServer.start(), qPrintable(mServer.error()));
        QVERIFY2(mServer.createDatabase(QStringLiteral("survey")), qPrintable(mServer.error()));
        const QByteArray csv = answersCsv();
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE answers (score smallint, touchpoint text, date date, segment text)")));
        QVERIFY2(mServer.psql(QStringLiteral("survey"), QStringLiteral("COPY answers FROM STDIN (FORMAT csv, HEADER true)"), csv),
                 qPrintable(mServer.error()));
        mCsv = mFolder.filePath(QStringLiteral("answers.csv"));
        QFile file(mCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
    }

    void sameOutputAsTheFile_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("format");
        for (const char *format : {"table", "csv", "json"})
            QTest::newRow(format) << QStringLiteral("touchpoint,quarter") << QString::fromLatin1(format);
        QTest::newRow("segment,year") << QStringLiteral("segment,year") << QStringLiteral("table");
        QTest::newRow("journey") << QStringLiteral("journey") << QStringLiteral("csv");
    }

    void sameOutputAsTheFile()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        QFETCH(QString, by);
        QFETCH(QString, format);
        const QStringList options{QStringLiteral("--metric"), QStringLiteral("nps"), QStringLiteral("--by"), by, QStringLiteral("--format"), format};
        const Run file = runWaymark(QStringList{QStringLiteral("stats"), mCsv} + options);
        QCOMPARE(file.status, 0);
        const Run table = runWaymark(QStringList{QStringLiteral("stats"), mServer.url(QStringLiteral("survey")), QStringLiteral("--table"),
                                              QStringLiteral("answers")} + options);
        QVERIFY2(table.status == 0, qPrintable(table.err));
        QCOMPARE(table.out, file.out);
        QVERIFY(file.out.count(u'\n') >= 2); // a header and a group at least
        const Run query = runWaymark(QStringList{QStringLiteral("stats"), mServer.url(QStringLiteral("survey")), QStringLiteral("--query"),
                                              QStringLiteral("SELECT * FROM answers WHERE score IS NOT NULL")} + options);
        QVERIFY2(query.status == 0, qPrintable(query.err));
        QCOMPARE(query.out, file.out);
    }

    void problemsAreReported()
    {
        if (!PostgresServer::installed())
            QSKIP(qPrintable(PostgresServer::notInstalledMessage()));
        const QString url = mServer.url(QStringLiteral("survey"));
        Run run = runWaymark({QStringLiteral("stats"), url, QStringLiteral("--metric"), QStringLiteral("nps")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--table")), qPrintable(run.err));

        run = runWaymark({QStringLiteral("stats"), QStringLiteral("postgresql://me:pw@localhost/survey"), QStringLiteral("--table"), QStringLiteral("answers")});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.err.contains(QStringLiteral(".pgpass")) && !run.err.contains(QStringLiteral("pw")), qPrintable(run.err));

        run = runWaymark({QStringLiteral("stats"), url, QStringLiteral("--table"), QStringLiteral("answer")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no table “answer”")), qPrintable(run.err));

        run = runWaymark({QStringLiteral("stats"), mCsv, QStringLiteral("--table"), QStringLiteral("answers")});
        QCOMPARE(run.status, 2);

        // NULL scores: counted, named on standard error, left out of the figures.
        QVERIFY(mServer.psql(QStringLiteral("survey"), QStringLiteral("CREATE TABLE with_nulls AS SELECT * FROM answers; "
                                                                      "INSERT INTO with_nulls (touchpoint) VALUES ('kyc'), ('kyc')")));
        run = runWaymark({QStringLiteral("stats"), url, QStringLiteral("--table"), QStringLiteral("with_nulls"), QStringLiteral("--by"),
                       QStringLiteral("touchpoint")});
        QCOMPARE(run.status, 0);
        // "answer(s)" or, with the English plural forms loaded, "answers".
        QVERIFY2(run.err.contains(QStringLiteral("table “with_nulls”: 2 answer")) && run.err.contains(QStringLiteral("without a score")),
                 qPrintable(run.err));
        const Run file = runWaymark({QStringLiteral("stats"), mCsv, QStringLiteral("--by"), QStringLiteral("touchpoint")});
        QCOMPARE(run.out, file.out);

        run = runWaymark({QStringLiteral("stats"), url, QStringLiteral("--table"), QStringLiteral("answers"), QStringLiteral("--by"),
                       QStringLiteral("location")});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(QStringLiteral("“location”")) && run.err.contains(QStringLiteral("--map")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestStatsPostgres)
#include "tst_statspostgres.moc"
