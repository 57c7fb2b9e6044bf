// The .waymark.json interchange format: round trips, the documented layout, and clear
// errors (line/column for bad JSON, a JSON pointer for bad content).
#include "format/journeyjson.h"
#include "jsonvariants.h"
#include "testjourneys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace waymark;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

QString describe(const FormatError &error)
{
    return error.toString();
}

// Reads back what was written and checks nothing was lost or reordered.
void checkRoundTrip(const Journey &journey)
{
    const QByteArray bytes = JourneyJson::toJson(journey);
    FormatError error;
    const auto back = JourneyJson::fromJson(bytes, &error);
    QVERIFY2(back, qPrintable(describe(error)));
    QVERIFY(back->sameContent(journey));
    QVERIFY(*back == journey.canonical());
    // Writing what was read gives the same bytes: the output is a pure function of content.
    QCOMPARE(JourneyJson::toJson(*back), bytes);
}

QByteArray writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return bytes;
}

} // namespace

class TestJourneyJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripSmall() { checkRoundTrip(test::smallJourney()); }

    void roundTripGenerated()
    {
        const Journey journey = test::generateJourney();
        QCOMPARE(int(journey.touchpoints.size()), 2000);
        checkRoundTrip(journey);
    }

    // Cards are written grouped by stage, then lane, keeping the order inside each cell,
    // whatever order the journey keeps them in.
    void writesCanonicalCardOrder()
    {
        const Journey journey = test::smallJourney();
        Journey shuffled = journey;
        UuidHash<int> laneRank;
        for (size_t i = 0; i < journey.lanes.size(); ++i)
            laneRank.insert(journey.lanes[i].id, int(i));
        // Reverse lane order and put the last stage first; stable, so cells keep their order.
        std::stable_sort(shuffled.touchpoints.begin(), shuffled.touchpoints.end(), [&](const Touchpoint &a, const Touchpoint &b) {
            return laneRank.value(a.laneId) > laneRank.value(b.laneId);
        });
        std::rotate(shuffled.touchpoints.begin(), shuffled.touchpoints.begin() + 3, shuffled.touchpoints.end());
        QVERIFY(!(shuffled == journey));
        QVERIFY(shuffled.sameContent(journey));
        QCOMPARE(JourneyJson::toJson(shuffled), JourneyJson::toJson(journey));
        checkRoundTrip(shuffled);

        const ordered_json tree = ordered_json::parse(JourneyJson::toJson(shuffled).toStdString());
        QStringList stageTwo;
        for (const auto &card : tree["stages"][1]["touchpoints"])
            stageTwo << QString::fromStdString(card["id"].get<std::string>()).right(2);
        // The three-card cell keeps its deliberate order 5, 3, 4; the front-office card follows.
        QCOMPARE(stageTwo, QStringList({QStringLiteral("05"), QStringLiteral("03"), QStringLiteral("04"), QStringLiteral("06")}));
    }

    void writesDocumentedLayout()
    {
        const QByteArray bytes = JourneyJson::toJson(test::smallJourney());
        QVERIFY(bytes.startsWith("{\n  \"format\": \"waymark-journey\",\n  \"version\": 5,\n"));
        QVERIFY(bytes.endsWith("}\n"));
        QVERIFY(bytes.contains("\n  \"generator\": \"Waymark " WAYMARK_VERSION "\",\n"));
        QVERIFY(!bytes.contains("\\u")); // UTF-8 as is, no escapes
        QVERIFY(bytes.contains(QStringLiteral("Đorđe").toUtf8()));

        const ordered_json tree = ordered_json::parse(bytes.toStdString());
        std::vector<std::string> keys;
        for (const auto &item : tree.items())
            keys.push_back(item.key());
        const std::vector<std::string> documented{"format", "version", "generator", "id", "title", "description",
                                                  "currency", "personas", "departments", "lanes", "stages", "connections",
                                                  "opportunities", "scenarios"};
        QVERIFY(keys == documented);
        QCOMPARE(tree["id"].get<std::string>(), std::string("9a1e0000-0000-4000-8000-000000000001"));
        QCOMPARE(tree["departments"][0]["colour"].get<std::string>(), std::string("#1f77b4"));
        QVERIFY(!tree["lanes"][0].contains("department"));
        QCOMPARE(tree["lanes"][3]["kind"].get<std::string>(), std::string("department"));
        QCOMPARE(tree["lanes"][3]["department"].get<std::string>(), std::string("9a1e0002-0000-4000-8000-000000000001"));
        const auto &ad = tree["stages"][0]["touchpoints"][0];
        QVERIFY(ad["department"].is_null());
        QCOMPARE(ad["channel"].get<std::string>(), std::string("social"));
        QCOMPARE(ad["effort"]["minutes"].dump(), std::string("2.5"));
        QCOMPARE(tree["stages"][0]["touchpoints"][1]["effort"]["minutes"].dump(), std::string("10")); // not 10.0
        std::vector<std::string> cardKeys;
        for (const auto &item : ad.items())
            cardKeys.push_back(item.key());
        const std::vector<std::string> documentedCard{"id", "lane", "title", "description", "channel", "department",
                                                      "effort", "painPoint", "momentOfTruth", "dataKey", "notes"};
        QVERIFY(cardKeys == documentedCard);
        // Money: whole amounts as integers, others with their two decimals.
        QCOMPARE(tree["stages"][1]["touchpoints"][3]["effort"]["money"].dump(), std::string(R"({"amount":5,"currency":"EUR"})"));
        QCOMPARE(tree["stages"][2]["touchpoints"][0]["effort"]["money"].dump(), std::string(R"({"amount":1500,"currency":"RSD"})"));
        QCOMPARE(tree["stages"][2]["touchpoints"][1]["effort"]["money"].dump(), std::string(R"({"amount":19.99,"currency":"EUR"})"));
    }

    // The shipped sample reads, and writing it back gives the same bytes (apart from the
    // generator line), so the writer's layout does not drift unnoticed.
    void sampleReadsAndWritesBackIdentically()
    {
        const QString path = QStringLiteral(WAYMARK_SOURCE_DIR "/resources/samples/retail-bank-account.waymark.json");
        FormatError error;
        const auto sample = JourneyJson::read(path, &error);
        QVERIFY2(sample, qPrintable(describe(error)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(file.readAll());
        const QRegularExpression generator(QStringLiteral("\"generator\": \"[^\"]*\""));
        QCOMPARE(QString::fromUtf8(JourneyJson::toJson(*sample)).replace(generator, QString()),
                 QString(original).replace(generator, QString()));
    }

    void unicodeRoundTrip()
    {
        Journey journey = test::smallJourney();
        journey.title = QStringLiteral("Путешествие клиента — 고객 여정 🧭👩‍💻🇷🇸");
        journey.description = QStringLiteral("Šđčćž ŠĐČĆŽ: Đurđevdan u Čačku, ćevapi i žito. Ђурђевдан.");
        journey.personas[0].goals = QStringLiteral("한국어 텍스트 with \"quotes\", \\backslash\\, tab\t, newline\n, NUL ") + QChar(0)
            + QStringLiteral(" and e\u0301 (combining)");
        journey.stages[2].name = QStringLiteral("😀 Emoji stage 🏦💳⏳");
        journey.touchpoints[0].notes = QStringLiteral("Ещё: ёжик; 한글; žaba; 🐸");
        checkRoundTrip(journey);

        const QByteArray bytes = JourneyJson::toJson(journey);
        for (const QString &text : {journey.title, journey.description, journey.stages[2].name, journey.touchpoints[0].notes})
            QVERIFY2(bytes.contains(text.toUtf8()), qPrintable(text));
        const auto back = JourneyJson::fromJson(bytes, nullptr);
        QVERIFY(back);
        QCOMPARE(back->personas[0].goals, journey.personas[0].goals);
        QCOMPARE(back->title, journey.title);
    }

    void moneyAmounts_data()
    {
        QTest::addColumn<qint64>("hundredths");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("zero") << qint64(0) << QByteArray("0");
        QTest::newRow("one cent") << qint64(1) << QByteArray("0.01");
        QTest::newRow("0.10") << qint64(10) << QByteArray("0.1");
        QTest::newRow("0.29 (0.29*100 != 29 in binary)") << qint64(29) << QByteArray("0.29");
        QTest::newRow("19.99") << qint64(1999) << QByteArray("19.99");
        QTest::newRow("1,005.57") << qint64(100557) << QByteArray("1005.57");
        QTest::newRow("1,234,567.89") << qint64(123456789) << QByteArray("1234567.89");
        QTest::newRow("whole") << qint64(150000) << QByteArray("1500");
        QTest::newRow("billions") << qint64(123456789012345) << QByteArray("1234567890123.45");
        QTest::newRow("largest allowed") << qint64(999999999999999) << QByteArray("9999999999999.99");
    }

    void moneyAmounts()
    {
        QFETCH(qint64, hundredths);
        QFETCH(QByteArray, written);
        Journey journey = test::smallJourney();
        journey.touchpoints[0].effort.money.hundredths = hundredths;
        const QByteArray bytes = JourneyJson::toJson(journey);
        QVERIFY2(bytes.contains("\"amount\": " + written + ",\n"), bytes.constData());
        FormatError error;
        const auto back = JourneyJson::fromJson(bytes, &error);
        QVERIFY2(back, qPrintable(describe(error)));
        QCOMPARE(back->touchpoints[0].effort.money.hundredths, hundredths);
    }

    // Every amount up to the largest allowed comes back to the cent, across magnitudes.
    void moneyRoundTripsExactly()
    {
        Journey journey = test::smallJourney();
        QRandomGenerator random(2024);
        for (int i = 0; i < 3000; ++i) {
            qint64 limit = 10;
            for (int digits = 1 + i % 15; digits > 1; --digits)
                limit *= 10;
            for (Touchpoint &card : journey.touchpoints)
                card.effort.money.hundredths = qint64(random.bounded(quint64(limit)));
            const auto back = JourneyJson::fromJson(JourneyJson::toJson(journey), nullptr);
            QVERIFY(back);
            for (size_t c = 0; c < journey.touchpoints.size(); ++c)
                QCOMPARE(back->touchpoints[c].effort.money.hundredths, journey.touchpoints[c].effort.money.hundredths);
        }
    }

    void colourWithAlpha()
    {
        Journey journey = test::smallJourney();
        journey.departments[1].colour = QColor(0x1f, 0x77, 0xb4, 0x80);
        const QByteArray bytes = JourneyJson::toJson(journey);
        QVERIFY(bytes.contains("\"colour\": \"#801f77b4\""));
        checkRoundTrip(journey);
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");

        const QByteArray full = JourneyJson::toJson(test::smallJourney());
        const QByteArray truncated = full.left(full.indexOf("\"connections\""));
        QTest::newRow("truncated JSON") << truncated << int(truncated.count('\n')) + 1 << 3
                                        << QStringLiteral("unexpected end of input");
        QTest::newRow("truncated inside Cyrillic text")
            << QStringLiteral("{\n  \"format\": \"waymark-journey\",\n  \"version\": 1,\n  \"title\": \"Ан").toUtf8() << 4 << 15
            << QStringLiteral("missing closing quote");
        QTest::newRow("single quotes on line 3")
            << QByteArray("{\n  \"format\": \"waymark-journey\",\n  \"version\": 'one',\n  \"id\": \"x\"\n}") << 3 << 14
            << QStringLiteral("invalid literal");
        QTest::newRow("trailing comma in an object") << QByteArray("{\n  \"format\": \"waymark-journey\",\n  \"version\": 1,\n}")
                                                     << 4 << 1 << QStringLiteral("unexpected '}'");
        // Column counts characters: the Hangul before the comma is 3 bytes per character.
        QTest::newRow("trailing comma after Hangul")
            << QStringLiteral("{\n  \"title\": \"계좌 개설\", \"tags\": [1, 2,]\n}").toUtf8() << 2 << 35
            << QStringLiteral("unexpected ']'");
        QTest::newRow("error after Cyrillic text")
            << QStringLiteral("{\n  \"title\": \"Открытие счёта\", \"x\": ]\n}").toUtf8() << 2 << 35
            << QStringLiteral("unexpected ']'");
        // Editors do not show a byte order mark, so it takes no column.
        QTest::newRow("after a byte order mark") << QByteArray("\xEF\xBB\xBF{\"title\": ]}") << 1 << 11
                                                 << QStringLiteral("unexpected ']'");
        // A comma after the last connection: the error is at the "]" on the next line.
        QByteArray trailing = full;
        const qsizetype lastConnection = trailing.lastIndexOf("}\n  ],\n  \"opportunities\"");
        trailing.replace(lastConnection, 1, "},");
        QTest::newRow("trailing comma in an exported journey")
            << trailing << int(trailing.left(lastConnection).count('\n')) + 2 << 3 << QStringLiteral("unexpected ']'");
        QTest::newRow("number too large") << QByteArray("{\"format\": \"waymark-journey\",\n \"x\": 1e400}") << 2 << 7
                                          << QStringLiteral("the number 1e400 is too large");
        QTest::newRow("invalid UTF-8") << QByteArray("{\"title\": \"\xff\"}") << 1 << 12 << QStringLiteral("ill-formed UTF-8");
        QTest::newRow("empty") << QByteArray() << 1 << 1 << QStringLiteral("unexpected end of input");
        QTest::newRow("text after the journey") << full + "x" << int(full.count('\n')) + 1 << 1
                                                << QStringLiteral("expected end of input");
        QTest::newRow("a zip file") << QByteArray("PK\x03\x04\x14\x00", 6) << 1 << 1 << QStringLiteral("invalid literal");
    }

    void syntaxErrors()
    {
        QFETCH(QByteArray, document);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(document, &error));
        QVERIFY2(error.message.contains(fragment), qPrintable(describe(error)));
        QVERIFY2(error.message.startsWith(QStringLiteral("not valid JSON: ")), qPrintable(describe(error)));
        QVERIFY2(!error.message.contains(QStringLiteral("json.exception")), qPrintable(describe(error)));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.path.isEmpty());
    }

    void contentErrors_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        const json base = test::exportedTree(test::variantBase());
        QVERIFY(base["stages"][2]["touchpoints"].size() > 5);
        QVERIFY(base["stages"][3]["touchpoints"].size() > 0);
        for (const test::JsonVariant &variant : test::badVariants()) {
            json document = base;
            variant.change(document);
            QTest::newRow(qPrintable(variant.name)) << test::toBytes(document) << variant.path << variant.fragment;
        }
        // Refused at the 65th level, before 100,000 levels are built (InputLimits::maxJsonDepth).
        QString deepest;
        for (int level = 0; level < 64; ++level)
            deepest += QStringLiteral("/0");
        QTest::newRow("hostile deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']') << deepest
                                              << QStringLiteral("nested more than 64 deep");
        QTest::newRow("unclosed deep nesting") << QByteArray(100000, '[') << deepest << QStringLiteral("nested more than 64 deep");
    }

    void contentErrors()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(document, &error));
        QVERIFY2(error.message.contains(fragment), qPrintable(describe(error)));
        QCOMPARE(error.path, path);
        QCOMPARE(error.line, 0);
    }

    void acceptedVariants_data()
    {
        QTest::addColumn<QByteArray>("document");
        const json base = test::exportedTree(test::variantBase());
        for (const test::JsonVariant &variant : test::goodVariants()) {
            json document = base;
            variant.change(document);
            QTest::newRow(qPrintable(variant.name)) << test::toBytes(document);
        }
    }

    void acceptedVariants()
    {
        QFETCH(QByteArray, document);
        FormatError error;
        const auto journey = JourneyJson::fromJson(document, &error);
        QVERIFY2(journey, qPrintable(describe(error)));
        const QString row = QString::fromUtf8(QTest::currentDataTag());
        if (row == QStringLiteral("float noise in money"))
            QCOMPARE(journey->touchpoints.at(0).effort.money.hundredths, qint64(30));
        if (row == QStringLiteral("emotion written as 5.0"))
            QCOMPARE(journey->touchpoints.at(0).effort.emotion, 5);
        if (row == QStringLiteral("empty lists"))
            QVERIFY(journey->touchpoints.empty() && journey->connections.empty() && !journey->stages.empty());
        if (row == QStringLiteral("colour with alpha"))
            QCOMPARE(journey->departments[0].colour, QColor(0x1f, 0x77, 0xb4, 0x80));
        if (row == QStringLiteral("department key on a customer lane"))
            QVERIFY(journey->lanes[0].departmentId.isNull());
        if (row == QStringLiteral("unchanged"))
            QVERIFY(*journey == test::variantBase());
    }

    void writeAndReadFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("Отварање рачуна.waymark.json"));
        const Journey journey = test::smallJourney();
        FormatError error;
        QVERIFY2(JourneyJson::write(journey, path, &error), qPrintable(describe(error)));
        // Overwrite in place with other content.
        Journey changed = journey;
        changed.title = QStringLiteral("Second save");
        QVERIFY2(JourneyJson::write(changed, path, &error), qPrintable(describe(error)));
        const auto back = JourneyJson::read(path, &error);
        QVERIFY2(back, qPrintable(describe(error)));
        QVERIFY(*back == changed.canonical());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
    }

    void readErrorsNameTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        FormatError error;
        const QString missing = dir.filePath(QStringLiteral("missing.waymark.json"));
        QVERIFY(!JourneyJson::read(missing, &error));
        QCOMPARE(error.file, missing);
        QCOMPARE(error.toString(), QStringLiteral("missing.waymark.json: File not found."));

        QVERIFY(!JourneyJson::read(dir.path(), &error));
        QVERIFY2(error.message.contains(QStringLiteral("folder")), qPrintable(describe(error)));

        const QString empty = dir.filePath(QStringLiteral("empty.waymark.json"));
        writeFile(empty, "  \n");
        QVERIFY(!JourneyJson::read(empty, &error));
        QCOMPARE(error.toString(), QStringLiteral("empty.waymark.json: The file is empty."));

        const QString bad = dir.filePath(QStringLiteral("bad.waymark.json"));
        writeFile(bad, "{\n  \"format\": \"waymark-journey\",\n  \"version\": 1,\n}");
        QVERIFY(!JourneyJson::read(bad, &error));
        QVERIFY2(error.toString().startsWith(QStringLiteral("bad.waymark.json:4:1: not valid JSON: ")), qPrintable(describe(error)));

        json tree = test::exportedTree(test::variantBase());
        tree["stages"][2]["touchpoints"][5]["effort"]["emotion"] = 14;
        const QString wrong = dir.filePath(QStringLiteral("wrong.waymark.json"));
        writeFile(wrong, test::toBytes(tree));
        QVERIFY(!JourneyJson::read(wrong, &error));
        QCOMPARE(error.toString(), QStringLiteral("wrong.waymark.json: /stages/2/touchpoints/5/effort/emotion: "
                                                  "emotion must be an integer from 0 to 10, got 14"));
    }

    void writeIntoMissingFolderFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("no such folder"));
        const QString path = folder + QStringLiteral("/journey.waymark.json");
        FormatError error;
        QVERIFY(!JourneyJson::write(test::smallJourney(), path, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.startsWith(QStringLiteral("Could not write the file: ")), qPrintable(describe(error)));
        QVERIFY2(error.message.size() > 26, qPrintable(describe(error))); // says why
        QVERIFY(!QFileInfo::exists(folder)); // the writer does not make folders
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
    }

    void writeToUnwritablePathFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A folder inside a regular file cannot exist, even for root (CI may run as root).
        const QString blocker = dir.filePath(QStringLiteral("plain-file"));
        writeFile(blocker, "x");
        const QString path = blocker + QStringLiteral("/journey.waymark.json");
        FormatError error;
        QVERIFY(!JourneyJson::write(test::smallJourney(), path, &error));
        QCOMPARE(error.file, path);
        QVERIFY2(error.message.startsWith(QStringLiteral("Could not write the file")), qPrintable(describe(error)));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plain-file")});
        // A null error pointer is fine too.
        QVERIFY(!JourneyJson::write(test::smallJourney(), path, nullptr));
    }

    // Settings: an optional object at the end, keys sorted, written only when there are any.
    void settingsRoundTrip()
    {
        Journey journey = test::smallJourney();
        QVERIFY(!JourneyJson::toJson(journey).contains("\"settings\""));
        journey.settings = {{QStringLiteral("heatmap/weightTime"), QStringLiteral("0.5")},
                            {QStringLiteral("heatmap/hourValue"), QStringLiteral("25")},
                            {QStringLiteral("Ünïcode/ключ 🔑"), QStringLiteral("значение\n\"quoted\"")},
                            {QStringLiteral("empty"), QString()}};
        checkRoundTrip(journey);
        const QByteArray bytes = JourneyJson::toJson(journey);
        const ordered_json tree = ordered_json::parse(bytes.toStdString());
        std::vector<std::string> keys;
        for (const auto &item : tree.items())
            keys.push_back(item.key());
        QCOMPARE(keys.back(), std::string("settings"));
        QCOMPARE(tree["settings"].dump(), std::string(R"({"empty":"","heatmap/hourValue":"25","heatmap/weightTime":"0.5",)")
                                              + QStringLiteral("\"Ünïcode/ключ 🔑\":\"значение\\n\\\"quoted\\\"\"}").toStdString());
        FormatError error;
        const auto back = JourneyJson::fromJson(bytes, &error);
        QVERIFY2(back, qPrintable(describe(error)));
        QCOMPARE(back->settings, journey.settings);

        // An empty object reads as no settings and is then not written.
        ordered_json withEmpty = ordered_json::parse(JourneyJson::toJson(test::smallJourney()).toStdString());
        withEmpty["settings"] = ordered_json::object();
        const auto empty = JourneyJson::fromJson(QByteArray::fromStdString(withEmpty.dump()), &error);
        QVERIFY2(empty, qPrintable(describe(error)));
        QVERIFY(empty->settings.isEmpty());
    }

    void settingsErrors_data()
    {
        QTest::addColumn<QByteArray>("settings");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not an object") << QByteArray(R"(["heatmap/hourValue", "25"])") << QStringLiteral("/settings")
                                       << QStringLiteral("expected an object, got a list");
        QTest::newRow("number value") << QByteArray(R"({"a": "1", "heatmap/hourValue": 25})")
                                      << QStringLiteral("/settings/heatmap~1hourValue")
                                      << QStringLiteral("the setting \"heatmap/hourValue\" must be text: expected a string, got a number");
        QTest::newRow("null value") << QByteArray(R"({"x~y": null})") << QStringLiteral("/settings/x~0y")
                                    << QStringLiteral("got null");
        QTest::newRow("object value") << QByteArray(R"({"nested": {"a": "b"}})") << QStringLiteral("/settings/nested")
                                      << QStringLiteral("got an object");
    }

    void settingsErrors()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, path);
        QFETCH(QString, fragment);
        json tree = json::parse(JourneyJson::toJson(test::smallJourney()).toStdString());
        tree["settings"] = json::parse(settings.toStdString());
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(QByteArray::fromStdString(tree.dump()), &error));
        QCOMPARE(error.path, path);
        QVERIFY2(error.message.contains(fragment), qPrintable(describe(error)));
    }
};

QTEST_GUILESS_MAIN(TestJourneyJson)
#include "tst_journeyjson.moc"
