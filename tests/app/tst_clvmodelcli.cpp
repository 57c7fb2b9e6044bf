// `waymark clv-model`: the real binary on CDNOW_sample (JSON shape and published values), on
// bad files (messages name the file and line) and on wrong arguments (exit 2).
#include "commandrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using Run = waymark::test::CommandRun;

Run runWaymark(const QStringList &arguments)
{
    return waymark::test::runCommand(QStringLiteral(WAYMARK_BINARY), arguments);
}

QString samplePath()
{
    return QStringLiteral(WAYMARK_SHARED_DATA_DIR "/clv/CDNOW_sample.txt");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestClvModelCli : public QObject
{
    Q_OBJECT

private slots:
    void jsonOnTheCdnowSample()
    {
        if (!QFile::exists(samplePath()))
            QSKIP("the CDNOW data (../shared/data/clv next to the repository) is not here");
        QTemporaryDir dir;
        const QString customers = dir.filePath(QStringLiteral("customers.csv"));
        const Run run = runWaymark({QStringLiteral("clv-model"), samplePath(), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--customers"), customers});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("customers")).toInt(), 2357);
        QCOMPARE(root.value(QStringLiteral("repeatBuyers")).toInt(), 946);
        QCOMPARE(root.value(QStringLiteral("calibrationEnd")).toString(), QStringLiteral("1997-09-30"));
        QCOMPARE(root.value(QStringLiteral("timeUnit")).toString(), QStringLiteral("weeks"));
        // From the unrounded summary the optimum sits within a hair of the published one.
        const QJsonObject bgnbd = root.value(QStringLiteral("bgnbd")).toObject();
        QVERIFY(std::abs(bgnbd.value(QStringLiteral("r")).toDouble() - 0.2426) < 5e-4);
        QVERIFY(std::abs(bgnbd.value(QStringLiteral("alpha")).toDouble() - 4.4135) < 5e-3);
        QVERIFY(std::abs(bgnbd.value(QStringLiteral("a")).toDouble() - 0.7929) < 5e-4);
        QVERIFY(std::abs(bgnbd.value(QStringLiteral("b")).toDouble() - 2.4258) < 5e-3);
        QVERIFY(std::abs(bgnbd.value(QStringLiteral("logLikelihood")).toDouble() - -9582.43) < 0.05);
        const QJsonObject se = bgnbd.value(QStringLiteral("se")).toObject();
        QVERIFY(std::abs(se.value(QStringLiteral("r")).toDouble() - 0.012557) < 1e-4);
        QVERIFY(bgnbd.value(QStringLiteral("converged")).toBool());
        const QJsonObject spend = root.value(QStringLiteral("gammaGamma")).toObject();
        QCOMPARE(spend.value(QStringLiteral("fittedOn")).toInt(), 946);
        QVERIFY(std::abs(spend.value(QStringLiteral("p")).toDouble() - 6.25) < 0.01);
        QVERIFY(spend.contains(QStringLiteral("logLikelihood")));
        QVERIFY(root.value(QStringLiteral("paretonbd")).toObject().contains(QStringLiteral("beta")));
        QCOMPARE(root.value(QStringLiteral("betterFit")).toString(), QStringLiteral("bgnbd"));
        const QJsonObject holdout = root.value(QStringLiteral("holdout")).toObject();
        QCOMPARE(holdout.value(QStringLiteral("rows")).toInt(), 1959);
        QCOMPARE(holdout.value(QStringLiteral("length")).toDouble(), 39.0);
        QVERIFY(holdout.value(QStringLiteral("predictedPurchases")).toDouble() > 0);
        QVERIFY(root.value(QStringLiteral("excluded")).toObject().contains(QStringLiteral("negativeAmountRows")));
        QCOMPARE(root.value(QStringLiteral("kept")).toObject().value(QStringLiteral("repeatedRows")).toInt(), 21);
        const QJsonObject clv = root.value(QStringLiteral("clv")).toObject();
        QCOMPARE(clv.value(QStringLiteral("horizonMonths")).toInt(), 12);
        QVERIFY(clv.value(QStringLiteral("total")).toDouble() > 0);

        // The per-customer table: a header and one line per customer.
        QFile file(customers);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(2358));
        QVERIFY(lines[0].startsWith("customer,x,t_x,T,"));
        QVERIFY(lines[0].endsWith(",p_alive,expected_purchases,expected_spend_per_purchase,expected_spend,clv"));
        QVERIFY(lines[1].startsWith("0001,2,30.428571,38.857143,22.3450,"));
    }

    void tableWithAnotherModelAndUnit()
    {
        if (!QFile::exists(samplePath()))
            QSKIP("the CDNOW data (../shared/data/clv next to the repository) is not here");
        const Run run = runWaymark({QStringLiteral("clv-model"), samplePath(), QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"),
                                    QStringLiteral("--model"), QStringLiteral("paretonbd"), QStringLiteral("--time-unit"), QStringLiteral("days")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("predictions use Pareto/NBD")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("time in days")));
        QVERIFY(out.contains(QStringLiteral("Holdout to 1998-06-30 (273.0 days)")));
    }

    void badRowsAreNamedByLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.txt"));
        writeFile(path, "1 20240101 1 10.00\n1 20240215 1 12.00\n2 2024-13-01 1 5.00\n2 20240110 one 5.00\n3 20240105 1 7.50\n");
        const Run run = runWaymark({QStringLiteral("clv-model"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("bad.txt:3: unreadable date (row skipped)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("bad.txt:4: unreadable count (row skipped)")), qPrintable(run.err));
        QVERIFY(run.err.indexOf(QStringLiteral("bad.txt:3:")) < run.err.indexOf(QStringLiteral("bad.txt:4:"))); // in file order
        // Two customers cannot carry four parameters: said, not hidden.
        QVERIFY2(run.err.contains(QStringLiteral("too few to estimate the models reliably")), qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("unreadableRows")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("customers")).toInt(), 2);
    }

    void unusableFilesExitOne()
    {
        QTemporaryDir dir;
        const QString noColumns = dir.filePath(QStringLiteral("people.csv"));
        writeFile(noColumns, "Name,City\nAnna,Oslo\n");
        Run run = runWaymark({QStringLiteral("clv-model"), noColumns});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("people.csv: line 1:")), qPrintable(run.err));
        const QString prose = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(prose, "these are not transactions at all\nnor is this line\n");
        run = runWaymark({QStringLiteral("clv-model"), prose});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("notes.txt:1:")) || run.err.contains(QStringLiteral("notes.txt:2:")), qPrintable(run.err));
        run = runWaymark({QStringLiteral("clv-model"), dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("missing.txt")));
    }

    // Purchases imported into a journey give the same model as the file they came from.
    void journeyHoldingPurchases()
    {
        if (!QFile::exists(samplePath()))
            QSKIP("the CDNOW data (../shared/data/clv next to the repository) is not here");
        QTemporaryDir dir;
        const QString journey = dir.filePath(QStringLiteral("bank.waymark.json"));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), journey));
        QFile::setPermissions(journey, QFile::ReadOwner | QFile::WriteOwner);
        Run run = runWaymark({QStringLiteral("clv-model"), journey});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("holds no purchases")), qPrintable(run.err));
        run = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--transactions"), samplePath()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("6,919 of 6,919 rows imported"), run.out.constData());
        const QStringList options{QStringLiteral("--calibration-end"), QStringLiteral("1997-09-30"), QStringLiteral("--format"), QStringLiteral("json")};
        const Run fromJourney = runWaymark(QStringList{QStringLiteral("clv-model"), journey} + options);
        const Run fromFile = runWaymark(QStringList{QStringLiteral("clv-model"), samplePath()} + options);
        QVERIFY2(fromJourney.exitCode == 0, qPrintable(fromJourney.err));
        const QJsonObject a = QJsonDocument::fromJson(fromJourney.out).object();
        const QJsonObject b = QJsonDocument::fromJson(fromFile.out).object();
        QCOMPARE(a.value(QStringLiteral("customers")).toInt(), 2357);
        QCOMPARE(a.value(QStringLiteral("bgnbd")).toObject(), b.value(QStringLiteral("bgnbd")).toObject());
        QCOMPARE(a.value(QStringLiteral("gammaGamma")).toObject(), b.value(QStringLiteral("gammaGamma")).toObject());
    }

    void wrongArgumentsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("no file") << QStringList{QStringLiteral("clv-model")};
        QTest::addRow("bad date") << QStringList{QStringLiteral("clv-model"), QStringLiteral("t.txt"), QStringLiteral("--calibration-end"), QStringLiteral("soon")};
        QTest::addRow("bad model") << QStringList{QStringLiteral("clv-model"), QStringLiteral("t.txt"), QStringLiteral("--model"), QStringLiteral("nbd")};
        QTest::addRow("bad unit") << QStringList{QStringLiteral("clv-model"), QStringLiteral("t.txt"), QStringLiteral("--time-unit"), QStringLiteral("years")};
        QTest::addRow("bad horizon") << QStringList{QStringLiteral("clv-model"), QStringLiteral("t.txt"), QStringLiteral("--horizon-months"), QStringLiteral("0")};
        QTest::addRow("bad discount") << QStringList{QStringLiteral("clv-model"), QStringLiteral("t.txt"), QStringLiteral("--discount"), QStringLiteral("-1")};
        QTest::addRow("two files") << QStringList{QStringLiteral("clv-model"), QStringLiteral("a.txt"), QStringLiteral("b.txt")};
    }

    void wrongArgumentsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = runWaymark(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(QStringLiteral("waymark: ")));
    }
};

QTEST_GUILESS_MAIN(TestClvModelCli)
#include "tst_clvmodelcli.moc"
