// The business case in both file formats: opportunities (every field), their card changes,
// added cards and systems, scenarios in order, and what system cards say about their systems
// round-trip exactly; .waymark files of format 5 and 6 open (upgraded in memory), .waymark.json
// documents of version 1 are upgraded by the version ladder, newer ones are refused; bad values
// are reported with their table and row, or their JSON pointer.
#include "businessjourney.h"
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "rawsqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace waymark;
using nlohmann::json;
using test::RawSqlite;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

json treeOf(const Journey &journey)
{
    return json::parse(JourneyJson::toJson(journey).toStdString());
}

QByteArray bytesOf(const json &tree)
{
    const std::string text = tree.dump(2);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The journey as a format-6 file holds it: no business case, no system details, and nothing
// of format 8 and 9 (card links, evidence, personas on cards).
Journey withoutBusinessCase(Journey journey)
{
    journey.opportunities.clear();
    journey.scenarios.clear();
    for (Touchpoint &card : journey.touchpoints) {
        card.system = {};
        card.linkedJourney.clear();
        card.evidence = Evidence::Unstated;
        card.personaIds.clear();
        card.personaEmotions.clear();
    }
    for (Persona &persona : journey.personas)
        persona.frustrations.clear();
    return journey;
}

// The index of the first card of `stageId` in its stage's JSON list whose title is `title`.
int cardInStage(const Journey &journey, const QUuid &stageId, const QString &title)
{
    int n = 0;
    for (const Touchpoint &card : journey.canonical().touchpoints) {
        if (card.stageId != stageId)
            continue;
        if (card.title == title)
            return n;
        ++n;
    }
    return -1;
}

} // namespace

class TestBusinessFormats : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mFile; // the business journey, saved once

    QString path(const QString &name) const { return mDir.filePath(name); }

    QString brokenCopy(const QByteArray &sql)
    {
        const QString copy = path(QStringLiteral("broken.waymark"));
        QFile::remove(copy);
        if (!QFile::copy(mFile, copy))
            return {};
        RawSqlite db(copy);
        return db.exec(sql) ? copy : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        const Journey journey = test::businessJourney();
        const auto problems = journey.problems();
        QVERIFY2(problems.empty(), qPrintable(problems.empty() ? QString() : problems.front().path + problems.front().message));
        mFile = path(QStringLiteral("business.waymark"));
        FormatError error;
        QVERIFY2(WaymarkFile::write(journey, mFile, &error), qPrintable(error.toString()));
    }

    void waymarkRoundTrip()
    {
        const Journey journey = test::businessJourney();
        FormatError error;
        const auto back = WaymarkFile::read(mFile, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->opportunities == journey.opportunities);
        QVERIFY(back->scenarios == journey.scenarios);
        QVERIFY(*back == journey);
        // One row per item, in the tables the documentation names.
        RawSqlite db(mFile, SQLITE_OPEN_READONLY);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64(WaymarkFile::schemaVersion));
        QCOMPARE(db.integer("SELECT count(*) FROM opportunities"), 3);
        QCOMPARE(db.integer("SELECT count(*) FROM opportunity_changes"), 5);
        QCOMPARE(db.integer("SELECT count(*) FROM opportunity_added_cards"), 2);
        QCOMPARE(db.integer("SELECT count(*) FROM opportunity_systems"), 2);
        QCOMPARE(db.integer("SELECT count(*) FROM scenarios"), 2);
        QCOMPARE(db.integer("SELECT count(*) FROM scenario_opportunities"), 5);
        QCOMPARE(db.integer("SELECT count(*) FROM system_supports"), 3);
        QCOMPARE(db.text("SELECT title FROM opportunities WHERE position = 0"), journey.opportunities[0].title);
        QCOMPARE(db.text("SELECT minutes_kind FROM opportunity_changes WHERE opportunity = 0 AND position = 0"), QStringLiteral("percent"));
        QCOMPARE(db.text("SELECT running_currency FROM opportunities WHERE position = 0"), QString());
        // Saving what was read writes the same rows.
        const QString again = path(QStringLiteral("again.waymark"));
        QVERIFY2(WaymarkFile::write(*back, again, &error), qPrintable(error.toString()));
        QVERIFY(*WaymarkFile::read(again, &error) == journey);
    }

    void jsonRoundTrip()
    {
        const Journey journey = test::businessJourney();
        const QByteArray bytes = JourneyJson::toJson(journey);
        FormatError error;
        const auto back = JourneyJson::fromJson(bytes, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(back->opportunities == journey.opportunities);
        QVERIFY(back->scenarios == journey.scenarios);
        QVERIFY(*back == journey);
        QCOMPARE(JourneyJson::toJson(*back), bytes);
        for (const QString &text : {journey.opportunities[0].title, journey.opportunities[1].addedCards[0].title,
                                    journey.scenarios[1].name, journey.touchpoints[0].system.limitations})
            QVERIFY2(bytes.contains(text.toUtf8()), qPrintable(text));

        const json tree = treeOf(journey);
        const json &kyc = tree["opportunities"][0];
        std::vector<std::string> keys;
        const auto ordered = nlohmann::ordered_json::parse(JourneyJson::toJson(journey).toStdString());
        for (const auto &item : ordered["opportunities"][0].items())
            keys.push_back(item.key());
        const std::vector<std::string> documented{"id", "title", "description", "type", "owner", "status", "oneOffCost",
                                                  "runningCostPerYear", "monthsToDeliver", "confidence", "evidence",
                                                  "changes", "addedCards", "systems"};
        QVERIFY(keys == documented);
        QCOMPARE(kyc["type"].get<std::string>(), std::string("technology"));
        QCOMPARE(kyc["oneOffCost"].dump(), std::string(R"({"amount":250000.5,"currency":"EUR"})"));
        QCOMPARE(kyc["runningCostPerYear"].dump(), std::string(R"({"amount":30000,"currency":""})"));
        QCOMPARE(kyc["changes"][0]["minutes"].dump(), std::string(R"({"amount":60,"kind":"percent"})"));
        QCOMPARE(kyc["changes"][0]["reach"].dump(), std::string("0.85"));
        QCOMPARE(tree["opportunities"][2]["owner"].dump(), std::string("null"));
        QCOMPARE(tree["scenarios"][0]["opportunities"].size(), std::size_t(2));
        // Only system cards carry "system".
        int systems = 0;
        for (const json &stage : tree["stages"])
            for (const json &card : stage["touchpoints"])
                systems += card.contains("system") ? 1 : 0;
        QCOMPARE(systems, 2);
    }

    // JSON -> .waymark -> JSON gives the same bytes.
    void formatsAgree()
    {
        const Journey journey = test::businessJourney();
        const auto native = WaymarkFile::read(mFile, nullptr);
        QVERIFY(native);
        QCOMPARE(JourneyJson::toJson(*native), JourneyJson::toJson(journey));
    }

    // Files written before format 7 (format 5 and 6 have the same tables) open as the journey
    // they hold, without a business case, and the file on disk is not changed.
    void opensOlderWaymarkFiles_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("format 6") << 6;
        QTest::newRow("format 5") << 5;
    }

    void opensOlderWaymarkFiles()
    {
        QFETCH(int, version);
        const QString file = path(QStringLiteral("old.waymark"));
        QFile::remove(file);
        QVERIFY(QFile::copy(mFile, file));
        {
            RawSqlite db(file);
            QVERIFY2(db.exec(test::dropFormatSeven), qPrintable(db.error()));
            QVERIFY(db.exec("PRAGMA user_version = " + QByteArray::number(version)));
            QCOMPARE(db.integer("SELECT count(*) FROM sqlite_master WHERE name LIKE '%opportunit%'"), 0);
        }
        const QByteArray before = fileHash(file);
        FormatError error;
        const auto journey = WaymarkFile::read(file, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        QVERIFY(*journey == withoutBusinessCase(test::businessJourney()));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(RawSqlite(file, SQLITE_OPEN_READONLY).integer("PRAGMA user_version"), qint64(version));

        // Adding a business case and saving writes the newest format.
        Journey upgraded = *journey;
        upgraded.opportunities = test::businessJourney().opportunities;
        QVERIFY2(WaymarkFile::write(upgraded, file, &error), qPrintable(error.toString()));
        QCOMPARE(RawSqlite(file, SQLITE_OPEN_READONLY).integer("PRAGMA user_version"), qint64(WaymarkFile::schemaVersion));
        QVERIFY(*WaymarkFile::read(file, &error) == upgraded);
    }

    void refusesBadRows_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        const auto add = [](const char *name, const char *sql, const char *expected) {
            QTest::newRow(name) << QByteArray(sql) << QString::fromUtf8(expected);
        };
        // Storage and keys: the table and row are named.
        add("unknown type", "UPDATE opportunities SET type = 'magic' WHERE position = 1",
            "opportunities, row 2 (\"Application status tracker\") has an unknown type \"magic\"");
        add("unknown status", "UPDATE opportunities SET status = 'someday' WHERE position = 1", "has an unknown status \"someday\"");
        add("unknown confidence", "UPDATE opportunities SET confidence = 'total' WHERE position = 1", "has an unknown confidence \"total\"");
        add("invalid id", "UPDATE opportunities SET id = 'kyc' WHERE position = 0", "opportunities, row 1");
        add("cost as text", "UPDATE opportunities SET one_off_hundredths = 'lots' WHERE position = 1",
            "Table “opportunities”, row 2, column “one_off_hundredths” holds text where a whole number belongs");
        add("months as real", "UPDATE opportunities SET months_to_deliver = 2.5 WHERE position = 1", "Table “opportunities”, row 2, column “months_to_deliver” holds a number where a whole number belongs");
        add("reach as text", "UPDATE opportunity_changes SET reach = 'all' WHERE opportunity = 0 AND position = 1",
            "Table “opportunity_changes”, row 2, column “reach” holds text where a number belongs");
        add("unknown target kind", "UPDATE opportunity_changes SET money_kind = 'half' WHERE opportunity = 0 AND position = 0",
            "opportunity_changes, row 1 has an unknown kind of money after \"half\"");
        add("change of no opportunity", "UPDATE opportunity_changes SET opportunity = 42 WHERE opportunity = 2 AND position = 0",
            "belongs to opportunity 42, which does not exist");
        add("added card emotion", "UPDATE opportunity_added_cards SET emotion = 11 WHERE opportunity = 0",
            "negative emotion must be from 0 to 10, got 11");
        add("added card channel", "UPDATE opportunity_added_cards SET channel = 'pigeon' WHERE opportunity = 1",
            "opportunity_added_cards, row 2 (\"Push: «Документы проверены»\") has an unknown channel \"pigeon\"");
        add("scenario member", "UPDATE scenario_opportunities SET opportunity_id = 'x' WHERE scenario = 1 AND position = 0",
            "scenario_opportunities, row 3 has an invalid id \"x\"");
        add("member of no scenario", "UPDATE scenario_opportunities SET scenario = 7 WHERE scenario = 1 AND position = 2",
            "belongs to scenario 7, which does not exist");
        add("support of no card", "UPDATE system_supports SET touchpoint = 99 WHERE position = 0 AND touchpoint = (SELECT min(touchpoint) FROM system_supports)",
            "system_supports, row 3 belongs to card 99, which does not exist");
        add("system age as text", "UPDATE touchpoints SET system_age_years = 'old' WHERE title = 'CRM'",
            "column “system_age_years” holds text where a number belongs");
        add("missing table", "DROP TABLE scenarios", "has no table “scenarios”");
        // Values: the journey's rules (Journey::problems()).
        add("reach above 1", "UPDATE opportunity_changes SET reach = 1.5 WHERE opportunity = 0 AND position = 0",
            "the reach must be a share from 0 to 1, got 1.5");
        add("infinite share", "UPDATE opportunity_changes SET contacts_avoided = 9e999 WHERE opportunity = 0 AND position = 0",
            "share of contacts avoided must be a share from 0 to 1, got inf");
        add("detractors add up to more than all", "UPDATE opportunity_changes SET detractors_to_passives = 0.9 WHERE opportunity = 0 AND position = 0",
            "more detractors move");
        add("percent above 100", "UPDATE opportunity_changes SET minutes = 120 WHERE opportunity = 0 AND position = 0",
            "the time can only be reduced by 0 to 100 %, got 120 %");
        add("negative value", "UPDATE opportunity_changes SET minutes = -3 WHERE opportunity = 0 AND position = 1",
            "the time after the change cannot be negative, got -3");
        add("emotion above 10", "UPDATE opportunity_changes SET emotion = 11 WHERE opportunity = 0 AND position = 0",
            "the negative emotion after the change must be at most 10, got 11");
        add("negative cost", "UPDATE opportunities SET one_off_hundredths = -100 WHERE position = 0", "the one-off cost cannot be negative, got -1");
        add("bad cost currency", "UPDATE opportunities SET running_currency = 'euro' WHERE position = 0", "\"euro\" is not an ISO 4217 currency code");
        add("negative months", "UPDATE opportunities SET months_to_deliver = -2 WHERE position = 0", "the time to deliver cannot be negative, got -2 months");
        // The table keeps ids unique within itself; across tables only problems() can tell.
        add("opportunity with a card's id", "UPDATE opportunities SET id = '9a1e0005-0000-4000-8000-000000000001' WHERE position = 1",
            "duplicate id 9a1e0005-0000-4000-8000-000000000001");
        add("duplicate scenario id", "UPDATE scenarios SET id = '0bb50003-0000-4000-8000-000000000002' WHERE position = 1", "duplicate id");
        add("negative system age", "UPDATE touchpoints SET system_age_years = -1 WHERE title = 'CRM'",
            "the system of card \"CRM\" cannot be -1 years old");
    }

    void refusesBadRows()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = brokenCopy(sql);
        QVERIFY(!file.isEmpty());
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    // A version-1 document (no business case) is upgraded by the ladder and reads as the
    // journey it holds; a version-2 document must list both.
    void jsonVersionOneIsUpgraded()
    {
        const Journey journey = test::smallJourney();
        json tree = treeOf(journey);
        tree["version"] = 1;
        tree.erase("opportunities");
        tree.erase("scenarios");
        FormatError error;
        const auto back = JourneyJson::fromJson(bytesOf(tree), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == journey);
        QVERIFY(back->opportunities.empty());
        // Written back, it is a current document.
        const json again = treeOf(*back);
        QCOMPARE(again["version"].get<int>(), JourneyJson::formatVersion);
        QVERIFY(again["opportunities"].is_array() && again["scenarios"].is_array());

        // The same document claiming the current version is missing what that version requires.
        tree["version"] = JourneyJson::formatVersion;
        QVERIFY(!JourneyJson::fromJson(bytesOf(tree), &error));
        QCOMPARE(error.path, QString());
        QVERIFY2(error.message.contains(QStringLiteral("missing required key \"opportunities\"")), qPrintable(error.message));
    }

    void jsonNewerVersionIsRefused()
    {
        json tree = treeOf(test::businessJourney());
        tree["version"] = JourneyJson::formatVersion + 1;
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(bytesOf(tree), &error));
        QCOMPARE(error.path, QStringLiteral("/version"));
        QVERIFY2(error.message.contains(QStringLiteral("made by a newer Waymark (format version %1); this Waymark reads version %2 and older")
                                            .arg(JourneyJson::formatVersion + 1)
                                            .arg(JourneyJson::formatVersion)),
                 qPrintable(error.message));
    }

    void jsonBadValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const Journey journey = test::businessJourney();
        const QString crmPath = QStringLiteral("/stages/0/touchpoints/%1/system")
                                    .arg(cardInStage(journey, journey.stages[0].id, QStringLiteral("CRM")));
        const auto add = [](const char *name, const QString &path, const char *fragment) {
            QTest::newRow(name) << QString::fromUtf8(name) << path << QString::fromUtf8(fragment);
        };
        add("opportunities not a list", QStringLiteral("/opportunities"), "expected a list, got an object");
        add("unknown type", QStringLiteral("/opportunities/0/type"), "unknown opportunity type \"magic\"; expected one of: process, technology");
        add("owner not an id", QStringLiteral("/opportunities/0/owner"), "\"sales\" is not a valid id");
        add("cost with three decimals", QStringLiteral("/opportunities/0/oneOffCost/amount"), "money can have at most two decimals, got 1.005");
        add("cost currency", QStringLiteral("/opportunities/0/oneOffCost/currency"), "\"eur\" is not an ISO 4217 currency code");
        add("negative cost", QStringLiteral("/opportunities/1/runningCostPerYear/amount"), "the running cost per year cannot be negative, got -5");
        add("months 2.5", QStringLiteral("/opportunities/0/monthsToDeliver"), "expected a whole number, got 2.5");
        add("negative months", QStringLiteral("/opportunities/0/monthsToDeliver"), "cannot be negative, got -1 months");
        add("reach 1.5", QStringLiteral("/opportunities/0/changes/0/reach"), "the reach must be a share from 0 to 1, got 1.5");
        add("too many detractors move", QStringLiteral("/opportunities/1/changes/0/detractorsToPromoters"), "more detractors move (0.7 to passives, 0.5 to promoters)");
        add("percent 120", QStringLiteral("/opportunities/0/changes/0/minutes/amount"), "can only be reduced by 0 to 100 %, got 120 %");
        add("emotion value 12", QStringLiteral("/opportunities/0/changes/0/emotion/amount"), "must be at most 10, got 12");
        add("negative value", QStringLiteral("/opportunities/0/changes/1/money/amount"), "the money after the change cannot be negative, got -1");
        add("unknown target kind", QStringLiteral("/opportunities/0/changes/0/money/kind"), "unknown kind of change \"half\"");
        add("removesCard not a flag", QStringLiteral("/opportunities/0/changes/0/removesCard"), "expected true or false, got a string");
        add("added card emotion", QStringLiteral("/opportunities/0/addedCards/0/effort/emotion"), "emotion must be an integer from 0 to 10, got 11");
        add("duplicate opportunity id", QStringLiteral("/opportunities/1/id"), "duplicate id");
        add("scenario without name", QStringLiteral("/scenarios/0"), "missing required key \"name\"");
        add("scenario member not an id", QStringLiteral("/scenarios/1/opportunities/0"), "expected an id or null, got a number");
        add("system age negative", crmPath + QStringLiteral("/ageYears"), "cannot be -4 years old");
        add("system without supports", crmPath, "missing required key \"supports\"");
    }

    void jsonBadValues()
    {
        QFETCH(QString, name);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        json tree = treeOf(test::businessJourney());
        json &kyc = tree["opportunities"][0];
        json &system = tree["stages"][0]["touchpoints"][cardInStage(test::businessJourney(), test::businessJourney().stages[0].id,
                                                                   QStringLiteral("CRM"))]["system"];
        const std::string n = name.toStdString();
        if (n == "opportunities not a list") tree["opportunities"] = json::object();
        else if (n == "unknown type") kyc["type"] = "magic";
        else if (n == "owner not an id") kyc["owner"] = "sales";
        else if (n == "cost with three decimals") kyc["oneOffCost"]["amount"] = 1.005;
        else if (n == "cost currency") kyc["oneOffCost"]["currency"] = "eur";
        else if (n == "negative cost") tree["opportunities"][1]["runningCostPerYear"]["amount"] = -5;
        else if (n == "months 2.5") kyc["monthsToDeliver"] = 2.5;
        else if (n == "negative months") kyc["monthsToDeliver"] = -1;
        else if (n == "reach 1.5") kyc["changes"][0]["reach"] = 1.5;
        else if (n == "too many detractors move") tree["opportunities"][1]["changes"][0]["detractorsToPromoters"] = 0.5;
        else if (n == "percent 120") kyc["changes"][0]["minutes"]["amount"] = 120;
        else if (n == "emotion value 12") kyc["changes"][0]["emotion"]["amount"] = 12;
        else if (n == "negative value") kyc["changes"][1]["money"]["amount"] = -1;
        else if (n == "unknown target kind") kyc["changes"][0]["money"]["kind"] = "half";
        else if (n == "removesCard not a flag") kyc["changes"][0]["removesCard"] = "no";
        else if (n == "added card emotion") kyc["addedCards"][0]["effort"]["emotion"] = 11;
        else if (n == "duplicate opportunity id") tree["opportunities"][1]["id"] = kyc["id"];
        else if (n == "scenario without name") tree["scenarios"][0].erase("name");
        else if (n == "scenario member not an id") tree["scenarios"][1]["opportunities"][0] = 7;
        else if (n == "system age negative") system["ageYears"] = -4;
        else if (n == "system without supports") system.erase("supports");
        else QFAIL("no such case");
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(bytesOf(tree), &error));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    }

    // Files write and read through the same entry points as any journey.
    void jsonFileRoundTrip()
    {
        const Journey journey = test::businessJourney();
        const QString file = path(QStringLiteral("business.waymark.json"));
        FormatError error;
        QVERIFY2(JourneyJson::write(journey, file, &error), qPrintable(error.toString()));
        const auto back = JourneyJson::read(file, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back == journey);
    }
};

QTEST_GUILESS_MAIN(TestBusinessFormats)
#include "tst_businessformats.moc"
