// The command line: --version, --help, validate and convert on good and bad files, run as a
// separate process with no display at all.
#include "format/journeyfiles.h"
#include "format/waymarkfile.h"
#include "testjourneys.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace waymark;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `limitFileSize`: the child may write files of at most that many bytes (a full disk).
Run runWaymark(const QStringList &arguments, qint64 limitFileSize = 0, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    if (limitFileSize > 0) {
        process.setChildProcessModifier([limitFileSize] {
            ::signal(SIGXFSZ, SIG_IGN); // write() then fails with EFBIG instead of killing
            const rlimit limit{rlim_t(limitFileSize), rlim_t(limitFileSize)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Prove the subcommands need no display: no X, no Wayland, no platform override.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WAYMARK_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void businessCaseOfAJourney()
    {
        // One stage of 1,000 customers a year, one phone call of 30 minutes; "Self-service"
        // (EUR 10,000 once, 1,000 a year, live at once, high confidence) removes the wait and
        // half the calls. Hour value 30, a call costs 5; 2 years at 10 %:
        //   effort 1,000 × 30 / 60 × 30 = 15,000; cost to serve 1,000 × 0.5 × 5 = 2,500
        //   NPV = −10,000 + (17,500 − 1,000) × (1/1.1 + 1/1.21) = −10,000 + 16,500 × 1.735537 = 18,636.36
        //   range ±10 %: −10,000 + (15,750 − 1,000) × 1.735537 = 15,599.17 .. (19,250 − 1,000) → 21,673.55
        //   ROI = 18,636.36 / (10,000 + 1,000 × 1.735537) = 1.5880; payback 10,000 / (16,500 / 12) = 7.3 → month 8
        Journey journey;
        journey.id = QUuid::createUuid();
        journey.title = QStringLiteral("Support");
        journey.stages = {{QUuid::createUuid(), QStringLiteral("Help"), {}}};
        Lane lane;
        lane.id = QUuid::createUuid();
        lane.name = QStringLiteral("Touchpoints");
        journey.lanes = {lane};
        Touchpoint call;
        call.id = QUuid::createUuid();
        call.stageId = journey.stages[0].id;
        call.laneId = lane.id;
        call.title = QStringLiteral("Call");
        call.channel = Channel::Phone;
        call.effort.minutes = 30;
        call.effort.money.currency = QStringLiteral("EUR");
        journey.touchpoints = {call};
        Opportunity selfService;
        selfService.id = QUuid::createUuid();
        selfService.title = QStringLiteral("Self-service");
        selfService.oneOffCost = {1000000, QStringLiteral("EUR")};
        selfService.runningCostPerYear = {100000, QStringLiteral("EUR")};
        selfService.monthsToDeliver = 0;
        selfService.confidence = Confidence::High;
        CardImprovement noWait;
        noWait.touchpointId = call.id;
        noWait.minutes = {EffortTarget::Kind::Percent, 100};
        noWait.contactsAvoided = 0.5;
        selfService.changes = {noWait};
        journey.opportunities = {selfService};
        journey.scenarios = {{QUuid::createUuid(), QStringLiteral("Quick wins"), {selfService.id}}};
        journey.settings = {{QStringLiteral("business/customersPerYear"), QStringLiteral("1000")},
                            {QStringLiteral("business/costPerContact/phone"), QStringLiteral("5")},
                            {QStringLiteral("business/horizonYears"), QStringLiteral("2")},
                            {QStringLiteral("business/discountRate"), QStringLiteral("0.1")},
                            {QStringLiteral("heatmap/hourValue"), QStringLiteral("30")}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("support.waymark"));
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, path, &error), qPrintable(error.toString()));
        const auto back = readJourneyFile(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->opportunities.size(), journey.opportunities.size()); // .waymark keeps them (schema 7)

        const Run json = runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--scenario"), QStringLiteral("Quick wins"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("Quick wins"));
        QCOMPARE(root.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(root.value(QStringLiteral("horizonYears")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("discountRate")).toDouble(), 0.1);
        const QJsonArray opportunities = root.value(QStringLiteral("opportunities")).toArray();
        QCOMPARE(opportunities.size(), 1);
        const QJsonObject one = opportunities.first().toObject();
        QCOMPARE(one.value(QStringLiteral("title")).toString(), QStringLiteral("Self-service"));
        QCOMPARE(one.value(QStringLiteral("cost")).toDouble(), 10000.0);
        QCOMPARE(one.value(QStringLiteral("runningCost")).toDouble(), 1000.0);
        const QJsonObject benefits = one.value(QStringLiteral("benefitsPerYear")).toObject();
        QCOMPARE(benefits.value(QStringLiteral("customerEffort")).toDouble(), 15000.0);
        QCOMPARE(benefits.value(QStringLiteral("costToServe")).toDouble(), 2500.0);
        QCOMPARE(benefits.value(QStringLiteral("retention")).toDouble(), 0.0);
        QCOMPARE(one.value(QStringLiteral("npv")).toDouble(), 18636.36);
        QCOMPARE(one.value(QStringLiteral("npvLow")).toDouble(), 15599.17);
        QCOMPARE(one.value(QStringLiteral("npvHigh")).toDouble(), 21673.55);
        QCOMPARE(one.value(QStringLiteral("roi")).toDouble(), 1.588);
        QCOMPARE(one.value(QStringLiteral("paybackMonths")).toInt(), 8);
        QCOMPARE(root.value(QStringLiteral("total")).toObject().value(QStringLiteral("npv")).toDouble(), 18636.36);
        QVERIFY(root.value(QStringLiteral("problems")).toArray().isEmpty());

        // The options override the journey's settings: 3 years at 8 % (as a percentage).
        const QString out = dir.filePath(QStringLiteral("case.csv"));
        const Run csv = runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--horizon"), QStringLiteral("3"),
                                    QStringLiteral("--discount"), QStringLiteral("8%"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("--out"), out});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.isEmpty());
        // NPV = −10,000 + 16,500 × 2.577097 = 32,522.10
        const QString written = QString::fromUtf8(fileBytes(out));
        QVERIFY2(written.startsWith(QStringLiteral("opportunity,cost,runningCost,customerEffort,costToServe,retention,npv,")), qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("\nSelf-service,10000.00,1000.00,15000.00,2500.00,0.00,32522.10,")), qPrintable(written));

        const Run table = runWaymark({QStringLiteral("business-case"), path});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("Self-service")), qPrintable(table.out));

        // An unknown scenario is refused with the ones there are; wrong options; no file.
        const Run unknown = runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--scenario"), QStringLiteral("Moonshot")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("Quick wins")), qPrintable(unknown.err));
        QCOMPARE(runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--horizon"), QStringLiteral("50")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--discount"), QStringLiteral("8")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("business-case"), path, QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("business-case")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("business-case"), dir.filePath(QStringLiteral("none.waymark"))}).exitCode, 1);
    }

    void npsBySampleStages()
    {
        const QString sample = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv");
        // Awareness, counted independently with Python's csv module: n 321, 170 P, 102 Pa, 49 D;
        // NPS = 100·(170 − 49)/321 = 37.69; moe95 = 1.96·100·sqrt((0.5296 + 0.1526 − 0.3769²)/321) = 8.04.
        const Run csv = runWaymark({QStringLiteral("nps"), sample, QStringLiteral("--by"), QStringLiteral("stage"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.startsWith(QStringLiteral("stage,n,promoters,passives,detractors,nps,moe95\n")), qPrintable(csv.out));
        QVERIFY2(csv.out.contains(QStringLiteral("\nAwareness,321,170,102,49,37.69,8.04\n")), qPrintable(csv.out));

        const Run json = runWaymark({QStringLiteral("nps"), sample, QStringLiteral("--by"), QStringLiteral("touchpoint,quarter"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(groups.size() > 100);
        const QJsonObject first = groups.first().toObject();
        QVERIFY(first.value(QStringLiteral("group")).toObject().contains(QStringLiteral("quarter")));
        qint64 total = 0;
        for (const QJsonValue &group : groups)
            total += group.toObject().value(QStringLiteral("n")).toInteger();
        QCOMPARE(total, qint64(3000)); // every response in exactly one group

        QCOMPARE(runWaymark({QStringLiteral("nps"), sample, QStringLiteral("--by"), QStringLiteral("colour")}).exitCode, 2);
        const Run missing = runWaymark({QStringLiteral("nps"), QStringLiteral("/nonexistent/answers.csv")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }

    void clvOnTheSample()
    {
        // Counted independently with Python's csv module, with the same rules (each customer's
        // latest answer; at a touchpoint, the latest answer there): promoters 437 customers worth
        // 1,146,694.90; detractors 519 worth 466,803.28; most at risk "no-status", 76 detractors,
        // 110,500.02; 349 customers with a CLV never answered.
        const Run run = runWaymark({QStringLiteral("clv"), QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"),
                                    QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray categories = root.value(QStringLiteral("byCategory")).toArray();
        const auto amount = [&](int category) { return categories[category].toObject().value(QStringLiteral("amounts")).toArray()[0].toObject(); };
        QCOMPARE(categories[0].toObject().value(QStringLiteral("category")).toString(), QStringLiteral("promoters"));
        QCOMPARE(amount(0).value(QStringLiteral("customers")).toInteger(), 437);
        QCOMPARE(amount(0).value(QStringLiteral("total")).toDouble(), 1146694.90);
        QCOMPARE(amount(2).value(QStringLiteral("customers")).toInteger(), 519);
        QCOMPARE(amount(2).value(QStringLiteral("total")).toDouble(), 466803.28);
        const QJsonObject top = root.value(QStringLiteral("atRisk")).toArray()[0].toObject();
        QCOMPARE(top.value(QStringLiteral("touchpoint")).toString(), QStringLiteral("no-status"));
        QCOMPARE(top.value(QStringLiteral("detractors")).toInteger(), 76);
        QCOMPARE(top.value(QStringLiteral("amounts")).toArray()[0].toObject().value(QStringLiteral("total")).toDouble(), 110500.02);
        QCOMPARE(root.value(QStringLiteral("clvWithoutResponses")).toInteger(), 349);

        const Run table = runWaymark({QStringLiteral("clv"), QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"),
                                      QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QStringLiteral("no-status")) && table.out.contains(QStringLiteral("110,500.02")), qPrintable(table.out));
        QCOMPARE(runWaymark({QStringLiteral("clv"), QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv")}).exitCode, 2);
    }

    void statsOnAnExcelWorkbookOfAnotherMetric()
    {
        // A Serbian Latin CSAT export in an .xlsx, second sheet, real Excel dates.
        const QString workbook = QStringLiteral(WAYMARK_TEST_DATA_DIR "/xlsx/csat-branches.xlsx");
        const Run json = runWaymark({QStringLiteral("stats"), workbook, QStringLiteral("--metric"), QStringLiteral("csat"),
                                     QStringLiteral("--sheet"), QStringLiteral("CSAT"), QStringLiteral("--by"), QStringLiteral("touchpoint,quarter"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        // Row 8 answers 7 on a 1–5 scale: refused, named by its row.
        QVERIFY2(json.err.contains(QStringLiteral("csat-branches.xlsx:8: Ocena zadovoljstva:")), qPrintable(json.err));
        const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(groups.size(), 3);
        // kyc in 2024-Q1: 5, 4, 2 → 2 of 3 satisfied = 66.67 %; Wilson 20.77–93.85.
        const QJsonObject kyc = groups[2].toObject();
        QCOMPARE(kyc.value(QStringLiteral("group")).toObject().value(QStringLiteral("touchpoint")).toString(), QStringLiteral("kyc"));
        QCOMPARE(kyc.value(QStringLiteral("group")).toObject().value(QStringLiteral("quarter")).toString(), QStringLiteral("2024-Q1"));
        QCOMPARE(kyc.value(QStringLiteral("n")).toDouble(), 3.0);
        QCOMPARE(kyc.value(QStringLiteral("value")).toDouble(), 66.67);
        QCOMPARE(kyc.value(QStringLiteral("low95")).toDouble(), 20.77);
        QCOMPARE(kyc.value(QStringLiteral("high95")).toDouble(), 93.85);
        QCOMPARE(kyc.value(QStringLiteral("satisfied")).toDouble(), 2.0);

        // A dimension no column carries is refused, naming the columns and the --map to use.
        const Run refused = runWaymark({QStringLiteral("stats"), workbook, QStringLiteral("--metric"), QStringLiteral("csat"),
                                        QStringLiteral("--sheet"), QStringLiteral("2"), QStringLiteral("--by"), QStringLiteral("channel")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Datum, Ocena zadovoljstva, Tačka kontakta, Filijala")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--map COLUMN=channel")));
        const Run noSheet = runWaymark({QStringLiteral("stats"), workbook, QStringLiteral("--metric"), QStringLiteral("csat"),
                                        QStringLiteral("--sheet"), QStringLiteral("Odgovori")});
        QCOMPARE(noSheet.exitCode, 1);
        QVERIFY2(noSheet.err.contains(QStringLiteral("Napomene, CSAT")), qPrintable(noSheet.err));

        // Imported into a journey, the same figures come back from the journey file.
        QTemporaryDir dir;
        const QString journey = dir.filePath(QStringLiteral("csat.waymark"));
        QCOMPARE(runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SAMPLE_JSON), journey}).exitCode, 0);
        const Run imported = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--metric"), QStringLiteral("csat"), workbook,
                                         QStringLiteral("--sheet"), QStringLiteral("CSAT")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("6 of 7 rows imported, 1 refused")), qPrintable(imported.out));
        const Run fromJourney = runWaymark({QStringLiteral("stats"), journey, QStringLiteral("--metric"), QStringLiteral("csat"),
                                            QStringLiteral("--by"), QStringLiteral("location"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(fromJourney.exitCode, 0);
        QVERIFY2(fromJourney.out.contains(QStringLiteral("Beograd,2,100.00,34.24,100.00,0,0,2,4.50,0.71")), qPrintable(fromJourney.out));
    }

    void importAddsDatasetsToAJourney()
    {
        QTemporaryDir dir;
        const QString journey = dir.filePath(QStringLiteral("bank.waymark"));
        QCOMPARE(runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SAMPLE_JSON), journey}).exitCode, 0);
        Run run = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"),
                              QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-nps.csv"), QStringLiteral("--name"),
                              QStringLiteral("Опрос 2023–2024")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("3,000 of 3,000 rows imported, 0 refused")), qPrintable(run.out));
        run = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--clv"),
                          QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-clv.csv")});
        QCOMPARE(run.exitCode, 0);
        FormatError error;
        const auto back = readJourneyFile(journey, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->datasets.size(), std::size_t(2));
        QCOMPARE(back->datasets[0]->name, QStringLiteral("Опрос 2023–2024"));
        QCOMPARE(back->datasets[0]->source.rowsImported, qint64(3000));
        QCOMPARE(back->datasets[1]->kind, DatasetKind::Clv);
        // The journey now answers both commands by itself, with the same figures as the files.
        const Run nps = runWaymark({QStringLiteral("nps"), journey, QStringLiteral("--by"), QStringLiteral("stage"), QStringLiteral("--format"),
                                    QStringLiteral("csv")});
        QVERIFY2(nps.out.contains(QStringLiteral("\nAwareness,321,170,102,49,37.69,8.04\n")), qPrintable(nps.out));
        const Run clv = runWaymark({QStringLiteral("clv"), journey, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(clv.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(clv.out.toUtf8()).object().value(QStringLiteral("clvWithoutResponses")).toInteger(), 349);
    }

    void failedImportLeavesTheJourneyAsItWas()
    {
        QTemporaryDir dir;
        const QString journey = dir.filePath(QStringLiteral("bank.waymark"));
        QCOMPARE(runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SAMPLE_JSON), journey}).exitCode, 0);
        const QByteArray before = fileBytes(journey);

        // Nothing valid: every row refused, each with its line.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        writeText(bad, "score;touchpoint\n11;kyc\nn/a;kyc\n");
        Run run = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), bad});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bad.csv:2: score: score 11 is not a whole number from 0 to 10 (row skipped)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("bad.csv:3:")), qPrintable(run.err));
        QCOMPARE(fileBytes(journey), before);

        // A missing data file, and wrong arguments.
        QCOMPARE(runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), dir.filePath(QStringLiteral("none.csv"))}).exitCode, 1);
        QCOMPARE(runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), bad, QStringLiteral("--clv"), bad}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), bad, QStringLiteral("--map"), QStringLiteral("x=colour")}).exitCode, 2);
        QCOMPARE(fileBytes(journey), before);

        // The disk fills up while the journey is written: the old file stays, whole and readable,
        // and no temporary file is left next to it.
        QByteArray big = "respondent,touchpoint,score,comment\n";
        for (int i = 0; i < 60000; ++i)
            big += "R" + QByteArray::number(i) + ",kyc-wait," + QByteArray::number(i % 11) + ",comment number " + QByteArray::number(i) + "\n";
        const QString bigFile = dir.filePath(QStringLiteral("big.csv"));
        writeText(bigFile, big);
        run = runWaymark({QStringLiteral("import"), journey, QStringLiteral("--nps"), bigFile}, before.size() + 256 * 1024);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.isEmpty(), "says why");
        QCOMPARE(fileBytes(journey), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 3); // bank.waymark, bad.csv, big.csv
        FormatError error;
        QVERIFY(readJourneyFile(journey, &error));
    }

    void exportPdfInEachScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Russian") << QStringLiteral("ru");
        QTest::newRow("Korean") << QStringLiteral("ko");
    }

    void exportPdfInEachScript()
    {
        QFETCH(QString, language);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() || QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty())
            QSKIP("needs poppler-utils and qpdf (packaging/install-deps.sh installs them)");
        QTemporaryDir dir;
        FormatError error;
        Journey journey = *readJourneyFile(QStringLiteral(WAYMARK_SAMPLE_JSON), &error);
        if (language == QLatin1String("ru")) {
            journey.title = QStringLiteral("Открытие счёта");
            const QStringList stages{QStringLiteral("Знакомство"), QStringLiteral("Сравнение"), QStringLiteral("Заявка"), QStringLiteral("Проверка"),
                                     QStringLiteral("Настройка"), QStringLiteral("Первые шаги"), QStringLiteral("Обслуживание")};
            for (std::size_t i = 0; i < journey.stages.size(); ++i)
                journey.stages[i].name = stages.value(qsizetype(i), QStringLiteral("Этап"));
            journey.touchpoints[0].title = QStringLiteral("Узнаёт о банке от коллеги");
        } else if (language == QLatin1String("ko")) {
            journey.title = QStringLiteral("계좌 개설 여정");
            const QStringList stages{QStringLiteral("인지"), QStringLiteral("비교"), QStringLiteral("신청"), QStringLiteral("신원 확인"),
                                     QStringLiteral("계좌 설정"), QStringLiteral("첫 사용"), QStringLiteral("유지와 해지")};
            for (std::size_t i = 0; i < journey.stages.size(); ++i)
                journey.stages[i].name = stages.value(qsizetype(i), QStringLiteral("단계"));
            journey.touchpoints[0].title = QStringLiteral("동료에게 은행 이야기를 듣는다");
        }
        const QString input = dir.filePath(QStringLiteral("journey.waymark.json"));
        QVERIFY(writeJourneyFile(journey, input, &error));
        const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
        const Run run = runWaymark({QStringLiteral("export"), input, QStringLiteral("--pdf"), pdf, QStringLiteral("--page"), QStringLiteral("A3"),
                                    QStringLiteral("--landscape"), QStringLiteral("--fit"), QStringLiteral("--summary")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        const auto tool = [&](const QString &program, const QStringList &arguments) {
            QProcess process;
            process.start(program, arguments);
            process.waitForFinished(60000);
            return std::make_pair(process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()));
        };
        QCOMPARE(tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).first, 0);
        const auto info = tool(QStringLiteral("pdfinfo"), {pdf}).second;
        // Findings and priorities, a business case for each of the top 3 opportunities, 2 summary pages, the map.
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+7\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("1191 x 842 pts (A3)")), qPrintable(info));
        // Every font embedded, so Cyrillic and Hangul show on any reader.
        const QStringList fonts = tool(QStringLiteral("pdffonts"), {pdf}).second.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts)
            QVERIFY2(line.split(u' ', Qt::SkipEmptyParts).value(line.split(u' ', Qt::SkipEmptyParts).size() - 5) == QLatin1String("yes"), qPrintable(line));
        // The text is text: searchable and selectable.
        const QString text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("7"), pdf, QStringLiteral("-")}).second;
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s+")));
        QVERIFY2(flat.contains(QString(journey.title).remove(u' ')), qPrintable(text.left(400)));
        for (const Stage &stage : journey.stages)
            QVERIFY2(flat.contains(QString(stage.name).remove(u' ')), qPrintable(stage.name));
        QVERIFY2(flat.contains(QString(journey.touchpoints[0].title).remove(u' ')), qPrintable(journey.touchpoints[0].title));
        // No blank page: each page has ink on a good part of it.
        QVERIFY(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))}).first == 0);
        const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page-*.png")});
        QCOMPARE(pages.size(), 7);
        for (const QString &page : pages) {
            const QImage image(dir.filePath(page));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    inked += qGray(image.pixel(x, y)) < 230 ? 1 : 0;
            QVERIFY2(inked > image.width() * image.height() / 50, qPrintable(page));
        }
    }

    void exportPersonaCards()
    {
        // --personas puts the persona page before the map: one page more, with the personas' own words.
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        const QString cards = dir.filePath(QStringLiteral("personas.pdf"));
        const auto pages = [](const Run &run) { return run.out.section(QStringLiteral(": "), 1).section(u' ', 0, 0).toInt(); };
        const Run without = runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), plain});
        const Run with = runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), cards, QStringLiteral("--personas")});
        QCOMPARE(with.exitCode, 0);
        QVERIFY2(with.err.isEmpty(), qPrintable(with.err));
        QCOMPARE(pages(with), pages(without) + 1);
        FormatError error;
        const Journey sample = *readJourneyFile(QStringLiteral(WAYMARK_SAMPLE_JSON), &error);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            const QString page = QString::number(pages(with) - 1); // just before the map
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), page, QStringLiteral("-l"), page, cards, QStringLiteral("-")});
            text.waitForFinished(60000);
            const QString flat = QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
            for (const Persona &persona : sample.personas)
                QVERIFY2(flat.contains(QString(persona.goals.left(30)).remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(persona.goals));
        }
        // Personas that are only names: no page, and the command says why.
        Journey names = sample;
        for (Persona &persona : names.personas)
            persona.description = persona.goals = persona.frustrations = QString();
        const QString input = dir.filePath(QStringLiteral("names.waymark.json"));
        QVERIFY(writeJourneyFile(names, input, &error));
        const Run bare = runWaymark({QStringLiteral("export"), input, QStringLiteral("--pdf"), cards, QStringLiteral("--personas")});
        QCOMPARE(bare.exitCode, 0);
        QCOMPARE(pages(bare), pages(without));
        QVERIFY2(bare.err.contains(QStringLiteral("--personas")), qPrintable(bare.err));
    }

    void exportPagesSizesAndFormats()
    {
        QTemporaryDir dir;
        // Tiles of the sample on A4 portrait: several pages; fit: one.
        const QString tiles = dir.filePath(QStringLiteral("tiles.pdf"));
        Run run = runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), tiles, QStringLiteral("--page"),
                              QStringLiteral("a4"), QStringLiteral("--portrait"), QStringLiteral("--tile")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("A4 portrait")), qPrintable(run.out));
        const int tilePages = run.out.section(QStringLiteral(": "), 1).section(u' ', 0, 0).toInt();
        QVERIFY2(tilePages >= 4, qPrintable(run.out));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            // Assembly marks say where each page goes and where to glue.
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), tiles, QStringLiteral("-")});
            text.waitForFinished(60000);
            const QString page2 = QString::fromUtf8(text.readAllStandardOutput());
            QVERIFY2(page2.contains(QStringLiteral("row 1, column 2")), qPrintable(page2.left(300)));
            QVERIFY2(QString(page2).remove(QRegularExpression(QStringLiteral("\\s"))).contains(QStringLiteral("gluecolumn1here")), qPrintable(page2.left(300))); // wraps in the narrow overlap
        }
        run = runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), dir.filePath(QStringLiteral("fit.pdf")),
                          QStringLiteral("--page"), QStringLiteral("Letter")});
        QVERIFY2(run.out.contains(QStringLiteral("1 page, Letter landscape")), qPrintable(run.out));

        // PNG at twice the size, and SVG with the title inside.
        const QString png = dir.filePath(QStringLiteral("map.png"));
        QCOMPARE(runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--png"), png, QStringLiteral("--scale"),
                             QStringLiteral("1.5")}).exitCode, 0);
        const QImage image(png);
        QVERIFY(image.width() > 1500);
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(96 * 1.5 / 0.0254)));
        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        QCOMPARE(runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--svg"), svg,
                             QStringLiteral("--layers"), QStringLiteral("effort,heatmap")}).exitCode, 0);
        QVERIFY(fileBytes(svg).startsWith("<?xml"));
        QVERIFY(fileBytes(svg).contains("Open a current account"));

        // Bad input and unwritable output: a message, exit 1, and no file left behind.
        run = runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), QStringLiteral("/nonexistent-dir/map.pdf")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("map.pdf")), qPrintable(run.err));
        const QString broken = dir.filePath(QStringLiteral("broken.waymark.json"));
        writeText(broken, "{ \"format\": ");
        const QString out = dir.filePath(QStringLiteral("never.pdf"));
        QCOMPARE(runWaymark({QStringLiteral("export"), broken, QStringLiteral("--pdf"), out}).exitCode, 1);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), out, QStringLiteral("--page"),
                             QStringLiteral("B5")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), out, QStringLiteral("--department"),
                             QStringLiteral("Marketing")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("export"), QStringLiteral(WAYMARK_SAMPLE_JSON), QStringLiteral("--pdf"), out, QStringLiteral("--layers"),
                             QStringLiteral("effort,colour")}).exitCode, 2);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("never")).size(), 0);
    }

    void versionAndHelp()
    {
        const Run version = runWaymark({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("Waymark " WAYMARK_VERSION));
        const Run help = runWaymark({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("waymark convert IN OUT")));
        QVERIFY(help.out.contains(QStringLiteral("waymark validate FILE")));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runWaymark({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(runWaymark({QStringLiteral("convert"), QStringLiteral("a.waymark")}).exitCode, 2);
        const Run same = runWaymark({QStringLiteral("convert"), QStringLiteral("a.waymark"), QStringLiteral("a.waymark")});
        QCOMPARE(same.exitCode, 2);
        QVERIFY(same.err.contains(QStringLiteral("same file")));
    }

    void unknownCommandsPrintUsageInsteadOfOpeningTheWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate"), QStringLiteral("bank.waymark")}
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.waymark"), QStringLiteral("b.waymark")}
                                   << QStringLiteral("unknown command \"a.waymark\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("unknown option \"--frobnicate\"");
        QTest::newRow("review without a file") << QStringList{QStringLiteral("--review")} << QStringLiteral("--review takes one file");
        QTest::newRow("review with two files") << QStringList{QStringLiteral("--review"), QStringLiteral("a.waymark"), QStringLiteral("b.waymark")}
                                               << QStringLiteral("--review takes one file");
    }

    void unknownCommandsPrintUsageInsteadOfOpeningTheWindow()
    {
        // No display here: a window would fail to start instead of printing the usage.
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = runWaymark(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("waymark validate FILE")), qPrintable(run.err)); // the usage
    }

    void validateTheSampleWorkshop()
    {
        const Run run = runWaymark({QStringLiteral("validate"), QStringLiteral(WAYMARK_SAMPLE_JSON)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("retail-bank-account.waymark.json: OK")), qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(run.err.isEmpty());
    }

    void validateSummaryCountsAndTotals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("small.waymark"));
        const Journey journey = test::smallJourney();
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, path, &error), qPrintable(error.toString()));
        const Run run = runWaymark({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("%1 stages, %2 lanes, %3 touchpoints")
                                      .arg(journey.stages.size())
                                      .arg(journey.lanes.size())
                                      .arg(journey.touchpoints.size())),
                 qPrintable(run.out));
    }

    void validateRejectsBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a database") << QStringLiteral("x.waymark") << QByteArray("hello, I am text\n")
                                        << QStringLiteral("x.waymark");
        QTest::newRow("empty") << QStringLiteral("empty.waymark") << QByteArray() << QStringLiteral("empty.waymark");
        QTest::newRow("broken json") << QStringLiteral("b.waymark.json") << QByteArray("{\n  \"format\": \"waymark-journey\",\n  oops\n}")
                                     << QStringLiteral("b.waymark.json:3:");
        QTest::newRow("emotion 14") << QStringLiteral("e.waymark.json") << QByteArray() << QStringLiteral("/effort/emotion");
    }

    void validateRejectsBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (QByteArray(QTest::currentDataTag()) == "emotion 14") {
            Journey journey = test::smallJourney();
            FormatError error;
            QVERIFY(writeJourneyFile(journey, path, &error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray json = file.readAll();
            file.close();
            const int at = int(json.indexOf("\"emotion\": "));
            QVERIFY(at > 0);
            const int end = int(json.indexOf('\n', at));
            json.replace(at, end - at, "\"emotion\": 14");
            writeText(path, json);
        } else {
            writeText(path, content);
        }
        const Run run = runWaymark({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void validateMissingFile()
    {
        const Run run = runWaymark({QStringLiteral("validate"), QStringLiteral("/nonexistent/нет.waymark")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("нет.waymark")), qPrintable(run.err));
    }

    // Messages speak the system's language, Serbian Latin included (Qt alone reads
    // sr_RS.UTF-8@latin as Cyrillic).
    void messagesFollowTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("message");
        QTest::newRow("en") << "en_GB.UTF-8" << "File not found.";
        QTest::newRow("ru") << "ru_RU.UTF-8" << "Файл не найден.";
        QTest::newRow("uk") << "uk_UA.UTF-8" << "Файл не знайдено.";
        QTest::newRow("sr") << "sr_RS.UTF-8" << "Датотека није пронађена.";
        QTest::newRow("sr@latin") << "sr_RS.UTF-8@latin" << "Datoteka nije pronađena.";
        QTest::newRow("ko") << "ko_KR.UTF-8" << "파일을 찾을 수 없습니다.";
    }
    void messagesFollowTheSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, message);
        const QMap<QString, QString> environment{{QStringLiteral("LANGUAGE"), QString()}, {QStringLiteral("LC_ALL"), QString()},
                                                 {QStringLiteral("LC_MESSAGES"), QString()}, {QStringLiteral("LANG"), lang}};
        const Run run = runWaymark({QStringLiteral("validate"), QStringLiteral("/nonexistent/missing.waymark")}, 0, environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void convertRoundTrip()
    {
        QTemporaryDir dir;
        const QString native = dir.filePath(QStringLiteral("sample.waymark"));
        const QString json = dir.filePath(QStringLiteral("again.waymark.json"));
        Run run = runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SAMPLE_JSON), native});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runWaymark({QStringLiteral("convert"), native, json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        FormatError error;
        const auto original = readJourneyFile(QStringLiteral(WAYMARK_SAMPLE_JSON), &error);
        QVERIFY2(original, qPrintable(error.toString()));
        const auto viaNative = readJourneyFile(native, &error);
        const auto viaJson = readJourneyFile(json, &error);
        QVERIFY(viaNative && viaJson);
        QVERIFY(original->sameContent(*viaNative));
        QVERIFY(original->sameContent(*viaJson));
    }

    void convertNeverLeavesAHalfWrittenOutput()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.waymark.json"));
        writeText(bad, "{ \"format\": ");
        const QString out = dir.filePath(QStringLiteral("out.waymark"));
        Run run = runWaymark({QStringLiteral("convert"), bad, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!QFile::exists(out));

        run = runWaymark({QStringLiteral("convert"), QStringLiteral(WAYMARK_SAMPLE_JSON),
                       QStringLiteral("/nonexistent-dir/out.waymark")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("out.waymark")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
