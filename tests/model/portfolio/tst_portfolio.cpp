// A folder of journeys at a glance: each .waymark saved keeps its headline (read back without
// reading the journey), older and JSON files are read whole, broken ones are named, a hostile
// summary is ignored, and CLV at risk counts each detractor once.

#include "data/statisticscache.h"
#include "format/journeyfiles.h"
#include "format/waymarkfile.h"
#include "format/journeyjson.h"
#include "portfolio/journeylink.h"
#include "portfolio/portfolio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

using namespace waymark;

namespace {

Journey sample()
{
    FormatError error;
    auto journey = readJourneyFile(QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json"), &error);
    if (!journey)
        qFatal("cannot read the sample: %s", qPrintable(error.toString()));
    return *journey;
}

void setMeta(const QString &path, const QString &key, const QByteArray &value)
{
    sqlite3 *db = nullptr;
    QVERIFY(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QVERIFY(sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", -1, &statement, nullptr) == SQLITE_OK);
    const QByteArray keyUtf8 = key.toUtf8();
    sqlite3_bind_text(statement, 1, keyUtf8.constData(), int(keyUtf8.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    QCOMPARE(sqlite3_step(statement), SQLITE_DONE);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

} // namespace

class TestPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void headlineRoundTripsAndRefusesStrangers()
    {
        Journey journey = sample();
        journey.settings.insert(QStringLiteral("journey/owner"), journey.departments.front().id.toString(QUuid::WithoutBraces));
        StatisticsCache cache;
        const JourneyHeadline h = journeyHeadline(journey, cache);
        QCOMPARE(h.title, journey.title);
        QCOMPARE(h.owner, journey.departments.front().name);
        QCOMPARE(h.stages, int(journey.stages.size()));
        QCOMPARE(h.cards, int(journey.touchpoints.size()));
        QCOMPARE(h.opportunities, int(journey.opportunities.size()));
        int byStatus = 0;
        for (int n : h.opportunitiesByStatus)
            byStatus += n;
        QCOMPARE(byStatus, h.opportunities);
        const auto back = JourneyHeadline::fromJson(h.toJson());
        QVERIFY(back);
        QCOMPARE(back->title, h.title);
        QCOMPARE(back->effortMinutes, h.effortMinutes);
        QCOMPARE(back->savedAt.toSecsSinceEpoch(), h.savedAt.toSecsSinceEpoch());

        QVERIFY(!JourneyHeadline::fromJson("not json"));
        QVERIFY(!JourneyHeadline::fromJson(R"({"title": 3, "currency": "EUR"})"));
        QVERIFY(!JourneyHeadline::fromJson(R"({"title": "t", "currency": "EUR", "stages": -1, "cards": 1, "effortMinutes": 1,
                                              "clvAtRisk": 0, "openComments": 0, "opportunities": 0})"));
        const QByteArray huge = "{\"title\": \"" + QByteArray(70 * 1024, 'x') + "\", \"currency\": \"EUR\"}";
        QVERIFY(!JourneyHeadline::fromJson(huge));
    }

    void savedFilesKeepTheirHeadline()
    {
        QTemporaryDir dir;
        const Journey journey = sample();
        const QString path = dir.filePath(QStringLiteral("a.waymark"));
        FormatError error;
        QVERIFY2(writeJourneyFile(journey, path, &error), qPrintable(error.toString()));
        QVERIFY(WaymarkFile::readMeta(path).contains(QStringLiteral("summary")));
        const PortfolioEntry kept = readPortfolioEntry(path);
        QVERIFY(kept.fromSummary);
        QVERIFY(kept.headline);
        QCOMPARE(kept.headline->cards, int(journey.touchpoints.size()));

        // A summary that is not one (a file from anywhere): the journey is read instead.
        setMeta(path, QStringLiteral("summary"), R"({"title": ["x"]})");
        const PortfolioEntry read = readPortfolioEntry(path);
        QVERIFY(!read.fromSummary);
        QVERIFY(read.headline);
        QCOMPARE(read.headline->cards, int(journey.touchpoints.size()));
    }

    // A folder of 200 journeys, one broken, one JSON: all listed from their summaries but
    // those two, the broken one named.
    void folderOfTwoHundred()
    {
        QTemporaryDir dir;
        Journey journey = sample();
        FormatError error;
        for (int i = 0; i < 200; ++i) {
            journey.title = QStringLiteral("Journey %1").arg(i, 3, 10, QLatin1Char('0'));
            journey.id = QUuid::createUuid();
            QVERIFY2(writeJourneyFile(journey, dir.filePath(QStringLiteral("j%1.waymark").arg(i, 3, 10, QLatin1Char('0'))), &error),
                     qPrintable(error.toString()));
        }
        QFile broken(dir.filePath(QStringLiteral("broken.waymark")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a database at all");
        broken.close();
        journey.title = QStringLiteral("As JSON");
        QVERIFY(writeJourneyFile(journey, dir.filePath(QStringLiteral("json.waymark.json")), &error));
        QFile(dir.filePath(QStringLiteral("notes.txt"))).open(QIODevice::WriteOnly); // not a journey: not listed

        QString problem;
        const std::vector<PortfolioEntry> entries = readPortfolio(dir.path(), &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(entries.size(), std::size_t(202));
        int fromSummary = 0;
        for (const PortfolioEntry &entry : entries)
            fromSummary += entry.fromSummary ? 1 : 0;
        QCOMPARE(fromSummary, 200);
        const auto brokenEntry = std::find_if(entries.begin(), entries.end(), [](const PortfolioEntry &e) { return e.path.endsWith(QLatin1String("broken.waymark")); });
        QVERIFY(brokenEntry != entries.end());
        QVERIFY(!brokenEntry->headline);
        QVERIFY(!brokenEntry->problem.isEmpty());
        QCOMPARE(entries.back().headline->title, QStringLiteral("As JSON")); // by name: broken, j000 … j199, json
        QVERIFY(!readPortfolio(dir.filePath(QStringLiteral("missing")), &problem).size());
        QVERIFY(!problem.isEmpty());
    }

    // A card's sub-journey: stored relative, survives moving the folder, named when missing,
    // never followed through an absolute path, kept by both file formats.
    void linkedJourneys()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("bank/details")));
        Journey detail = sample();
        detail.title = QStringLiteral("Verify identity in detail");
        FormatError error;
        const QString detailPath = dir.filePath(QStringLiteral("bank/details/verify.waymark"));
        QVERIFY(writeJourneyFile(detail, detailPath, &error));
        const QString mainPath = dir.filePath(QStringLiteral("bank/main.waymark"));
        const QString link = journeyLinkFor(mainPath, detailPath);
        QCOMPARE(link, QStringLiteral("details/verify.waymark"));

        Journey main = sample();
        main.touchpoints.front().linkedJourney = link;
        QVERIFY(writeJourneyFile(main, mainPath, &error));
        const auto read = readJourneyFile(mainPath, &error);
        QVERIFY(read);
        QCOMPARE(read->touchpoints.front().linkedJourney, link);
        const auto fromJson = JourneyJson::fromJson(JourneyJson::toJson(main), &error);
        QVERIFY(fromJson);
        QCOMPARE(fromJson->touchpoints.front().linkedJourney, link);

        LinkedJourney linked = resolveJourneyLink(mainPath, link);
        QVERIFY2(linked.headline, qPrintable(linked.problem));
        QCOMPARE(linked.headline->title, detail.title);

        // The whole folder moves: the link still holds.
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("bank"), QStringLiteral("moved")));
        linked = resolveJourneyLink(dir.filePath(QStringLiteral("moved/main.waymark")), link);
        QVERIFY2(linked.headline, qPrintable(linked.problem));
        QCOMPARE(linked.path, QDir::cleanPath(dir.filePath(QStringLiteral("moved/details/verify.waymark"))));

        // The linked file is gone: named, not fatal.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("moved/details/verify.waymark"))));
        linked = resolveJourneyLink(dir.filePath(QStringLiteral("moved/main.waymark")), link);
        QVERIFY(!linked.headline);
        QVERIFY2(linked.problem.contains(QStringLiteral("missing")), qPrintable(linked.problem));
        // An absolute path from a file made elsewhere is not followed; neither is a non-journey.
        QVERIFY(resolveJourneyLink(mainPath, QStringLiteral("/etc/passwd")).path.isEmpty());
        QVERIFY(resolveJourneyLink(mainPath, QStringLiteral("../secrets.txt")).path.isEmpty());
        QVERIFY(!resolveJourneyLink(QString(), link).problem.isEmpty()); // an unsaved journey
    }

    // One detractor unhappy at two touchpoints carries their lifetime value once.
    void clvAtRiskCountsEachDetractorOnce()
    {
        Journey journey = sample();
        Dataset answers;
        answers.id = QUuid::createUuid();
        AnswerTable &a = answers.answers.edit();
        for (const QString &touchpoint : {QStringLiteral("web"), QStringLiteral("call")}) {
            a.score.push_back(2);
            a.day.push_back(QDate(2024, 1, 1).toJulianDay());
            for (auto *column : {&a.respondent, &a.segment, &a.stage, &a.channel, &a.department, &a.location, &a.comment})
                column->push_back(0);
            a.customer.push_back(a.strings.add(QStringLiteral("c1")));
            a.touchpoint.push_back(a.strings.add(touchpoint));
        }
        Dataset values;
        values.id = QUuid::createUuid();
        values.kind = DatasetKind::Clv;
        ClvTable &c = values.clv.edit();
        c.customer.push_back(c.strings.add(QStringLiteral("c1")));
        c.value.push_back(100);
        c.currency.push_back(0);
        c.segment.push_back(0);
        c.acquired.push_back(noDate);
        journey.datasets = {DatasetRef(answers), DatasetRef(values)};
        StatisticsCache cache;
        const JourneyHeadline h = journeyHeadline(journey, cache);
        QCOMPARE(h.clvAtRisk, 100.0);
        QVERIFY(h.hasNps);
        QCOMPARE(h.nps, -100.0);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
