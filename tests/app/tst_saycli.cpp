// `waymark say` (issue 16) through the real binary: the JSON shape, terms ranked by z with
// masked whole-sentence quotes, a journey file's dataset, and clear refusals of bad options.
#include "commandrun.h"
#include "format/journeyfiles.h"
#include "testjourneys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

using Run = waymark::test::CommandRun;

Run runWaymark(const QStringList &arguments)
{
    return waymark::test::runCommand(QStringLiteral(WAYMARK_BINARY), arguments);
}

// Branch detractors write about the queue; everyone else about friendly, quick service.
const char *const answersCsv =
    "respondent,date,touchpoint,score,comment\n"
    "r1,2025-03-01,branch,2,The queue was long again.\n"
    "r2,2025-03-02,branch,1,\"Long queue, nobody helped.\"\n"
    "r3,2025-03-03,branch,3,The app is fine. But the queue at the branch was endless! Staff were kind.\n"
    "r4,2025-03-04,branch,0,\"Queue again, call me at +7 912 555 12 34.\"\n"
    "r5,2025-03-05,branch,4,Such a queue. I left.\n"
    "r6,2025-03-06,branch,2,\"Queue and queue management are terrible in this branch, really terrible today.\"\n"
    "r7,2025-03-07,branch,6,Dugo čekanje na šalteru.\n"
    "r8,2025-03-08,branch,9,\"Friendly staff, quick service.\"\n"
    "r9,2025-03-09,branch,10,Friendly staff.\n"
    "r10,2025-03-10,app,10,\"Quick app, friendly support.\"\n"
    "r11,2025-03-11,app,9,The app is quick and friendly.\n"
    "r12,2025-03-12,app,10,\"Friendly staff in the chat, quick answers.\"\n"
    "r13,2025-03-13,app,9,\"Quick login, friendly design.\"\n"
    "r14,2025-03-14,app,10,Friendly and quick.\n"
    "r15,2025-03-15,app,8,A queue in the chat sometimes.\n"
    "r16,2025-03-16,app,10,\"Чекање је кратко, friendly app.\"\n"
    "r17,2025-03-17,app,9,Quick transfers.\n"
    "r18,2025-03-18,app,10,\"Very quick, very friendly.\"\n"
    "r19,2025-03-19,app,3,Login failed twice.\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class TestSayCli : public QObject
{
    Q_OBJECT
private slots:
    void jsonShapeAndRanking();
    void tableNamesTermsAndQuotes();
    void readsAJourneysDataset();
    void refusesBadOptions();
};

void TestSayCli::jsonShapeAndRanking()
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("answers.csv"), QByteArray(answersCsv));
    const Run run = runWaymark({QStringLiteral("say"), csv, QStringLiteral("--by"), QStringLiteral("touchpoint"),
                                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--top"), QStringLiteral("3")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonArray groups = QJsonDocument::fromJson(run.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(groups.size(), 2); // app and branch have detractor comments
    const QJsonObject branch = groups[1].toObject();
    QCOMPARE(branch.value(QStringLiteral("group")).toObject(), (QJsonObject{{QStringLiteral("touchpoint"), QStringLiteral("branch")}}));
    QCOMPARE(branch.value(QStringLiteral("category")).toString(), QStringLiteral("detractors"));
    QCOMPARE(branch.value(QStringLiteral("comments")).toInt(), 7);
    const QJsonArray terms = branch.value(QStringLiteral("terms")).toArray();
    QVERIFY(!terms.isEmpty() && terms.size() <= 3);
    double previousZ = 1e9;
    for (const QJsonValue &value : terms) {
        const QJsonObject term = value.toObject();
        for (const char *key : {"term", "count", "logOdds", "z", "quotes"})
            QVERIFY2(term.contains(QLatin1String(key)), key);
        const double z = term.value(QStringLiteral("z")).toDouble();
        QVERIFY(z <= previousZ);
        QVERIFY(std::abs(z) >= 1.96);
        previousZ = z;
    }
    const QJsonObject first = terms[0].toObject();
    QCOMPARE(first.value(QStringLiteral("term")).toString(), QStringLiteral("queue"));
    QCOMPARE(first.value(QStringLiteral("count")).toInt(), 7);
    const QJsonArray quotes = first.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 3);
    QCOMPARE(quotes[0].toString(), QStringLiteral("Such a queue."));
    for (const QJsonValue &quote : quotes)
        QVERIFY(!quote.toString().contains(QStringLiteral("912")));
    const QJsonObject answer = first.value(QStringLiteral("quoteAnswers")).toArray()[0].toObject();
    QCOMPARE(answer.value(QStringLiteral("score")).toDouble(), 4.0);
    QCOMPARE(answer.value(QStringLiteral("date")).toString(), QStringLiteral("2025-03-05"));
}

void TestSayCli::tableNamesTermsAndQuotes()
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("answers.csv"), QByteArray(answersCsv));
    const Run run = runWaymark({QStringLiteral("say"), csv, QStringLiteral("--group"), QStringLiteral("branch")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(QStringLiteral("touchpoint branch:")), qPrintable(out));
    // Each quote with its answer's score and date.
    QVERIFY2(out.contains(QStringLiteral("“Such a queue.” (4, 2025-03-05)")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("queue")) && out.contains(QStringLiteral("friendly")));
    QVERIFY(!out.contains(QStringLiteral("touchpoint app")));
}

void TestSayCli::readsAJourneysDataset()
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("answers.csv"), QByteArray(answersCsv));
    const QString journeyPath = dir.filePath(QStringLiteral("bank.waymark"));
    FormatError error;
    QCOMPARE(saveJourneyFile(test::sampleJourney(), journeyPath, nullptr, nullptr, &error), SaveResult::Saved);
    QCOMPARE(runWaymark({QStringLiteral("import"), journeyPath, QStringLiteral("--nps"), csv}).exitCode, 0);
    const Run fromJourney = runWaymark({QStringLiteral("say"), journeyPath, QStringLiteral("--format"), QStringLiteral("json")});
    const Run fromCsv = runWaymark({QStringLiteral("say"), csv, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(fromJourney.exitCode, 0);
    // The newest NPS dataset of the journey is the imported file: the same answer.
    QCOMPARE(fromJourney.out, fromCsv.out);
}

void TestSayCli::refusesBadOptions()
{
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("answers.csv"), QByteArray(answersCsv));
    const struct {
        QStringList arguments;
        int exitCode;
        const char *message;
    } cases[] = {
        {{QStringLiteral("say")}, 2, "a file is needed"},
        {{QStringLiteral("say"), csv, QStringLiteral("--category"), QStringLiteral("angry")}, 2, "--category takes detractors, passives, promoters or all"},
        {{QStringLiteral("say"), csv, QStringLiteral("--top"), QStringLiteral("0")}, 2, "--top takes a number"},
        {{QStringLiteral("say"), csv, QStringLiteral("--by"), QStringLiteral("weather")}, 2, "--by takes one of"},
        {{QStringLiteral("say"), csv, QStringLiteral("--format"), QStringLiteral("xml")}, 2, "--format takes table or json"},
        {{QStringLiteral("say"), csv, QStringLiteral("--metric"), QStringLiteral("mean")}, 2, "--metric takes a metric with answer categories"},
        {{QStringLiteral("say"), csv, QStringLiteral("--by"), QStringLiteral("segment")}, 1, "no “segment” values to group by (--by); name the column with --map COLUMN=segment"},
        {{QStringLiteral("say"), csv, QStringLiteral("--group"), QStringLiteral("atm")}, 1, "no touchpoint “atm” with comments"},
        {{QStringLiteral("say"), dir.filePath(QStringLiteral("missing.csv"))}, 1, "missing.csv"},
    };
    for (const auto &c : cases) {
        const Run run = runWaymark(c.arguments);
        QVERIFY2(run.exitCode == c.exitCode, qPrintable(c.arguments.join(u' ') + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(QString::fromUtf8(c.message)), qPrintable(run.err));
    }
    const QString noComments = writeFile(dir, QStringLiteral("plain.csv"), QByteArrayLiteral("touchpoint,score\nbranch,3\napp,9\n"));
    const Run run = runWaymark({QStringLiteral("say"), noComments});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("has no comments")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestSayCli)
#include "tst_saycli.moc"
