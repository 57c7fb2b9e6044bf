// Reading the native .waymark file: exact round trips, the marks that identify it, refusing
// every kind of wrong or damaged file with a clear message, and upgrading old files without
// touching them. Saving (failures, meta, permissions) is tested in tst_waymarksave.
#include "format/waymarkfile.h"
#include "format/waymarkschema.h"
#include "rawsqlite.h"
#include "testjourneys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

using namespace waymark;
using test::RawSqlite;

namespace {

QString describeDifference(const Journey &a, const Journey &b)
{
    const auto sizes = [](const Journey &j) {
        return QStringLiteral("%1/%2/%3/%4/%5/%6")
            .arg(j.personas.size())
            .arg(j.departments.size())
            .arg(j.stages.size())
            .arg(j.lanes.size())
            .arg(j.touchpoints.size())
            .arg(j.connections.size());
    };
    if (sizes(a) != sizes(b))
        return QStringLiteral("sizes differ: %1 vs %2").arg(sizes(a), sizes(b));
    for (size_t i = 0; i < a.touchpoints.size(); ++i) {
        if (!(a.touchpoints[i] == b.touchpoints[i]))
            return QStringLiteral("card %1 differs: \"%2\" vs \"%3\"").arg(QString::number(i), a.touchpoints[i].title, b.touchpoints[i].title);
    }
    return QStringLiteral("journeys differ outside the cards");
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWaymarkFile : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mGood; // the small journey, saved once

    QString path(const QString &name) const { return mDir.filePath(name); }

    // A copy of the good file, broken with `sql`.
    QString brokenCopy(const QString &name, const QByteArray &sql) { return test::brokenCopy(mGood, path(name), sql); }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mGood = path(QStringLiteral("good.waymark"));
        FormatError error;
        QVERIFY2(WaymarkFile::write(test::smallJourney(), mGood, &error), qPrintable(error.toString()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Journey>("journey");
        QTest::newRow("small") << test::smallJourney();
        QTest::newRow("generated 2,000 cards") << test::generateJourney();
        QTest::newRow("generated, other seed") << test::generateJourney({7, 5, 300, 40, 99});

        // Read back in exactly the order written, not in canonical order.
        Journey shuffled = test::generateJourney({6, 6, 200, 20, 3});
        std::shuffle(shuffled.touchpoints.begin(), shuffled.touchpoints.end(), QRandomGenerator(11));
        QTest::newRow("cards in non-canonical order") << shuffled;
        Journey reversed = test::smallJourney();
        std::reverse(reversed.touchpoints.begin(), reversed.touchpoints.end());
        QTest::newRow("small, cards reversed") << reversed;

        Journey empty;
        empty.id = QUuid::fromString(QStringLiteral("0e0e0e0e-0000-4000-8000-000000000001"));
        QTest::newRow("empty") << empty;

        Journey translucent = test::smallJourney();
        translucent.departments[0].colour = QColor(0x12, 0x34, 0x56, 0x80);
        QTest::newRow("colour with alpha") << translucent;
    }

    void roundTrip()
    {
        QFETCH(Journey, journey);
        QVERIFY(journey.problems().empty());
        const QString file = path(QStringLiteral("round-trip.waymark"));
        FormatError error;
        // Twice: the second save replaces the first file.
        for (int i = 0; i < 2; ++i) {
            QVERIFY2(WaymarkFile::write(journey, file, &error), qPrintable(error.toString()));
            const auto back = WaymarkFile::read(file, &error);
            QVERIFY2(back, qPrintable(error.toString()));
            QVERIFY2(*back == journey, qPrintable(describeDifference(*back, journey)));
        }
    }

    void unicodeRoundTrip()
    {
        const QStringList texts{
            QStringLiteral("Съешь же ещё этих мягких французских булок, да выпей чаю"),
            QStringLiteral("다람쥐 헌 쳇바퀴에 타고파"),
            QStringLiteral("Ćevapčići, đak, šećer, žaba, Džep, LJUBAV, Njegoš"),
            QStringLiteral("👩‍👩‍👧‍👦 🇷🇸 👍🏽 🏳️‍🌈 🧑🏿‍🚀"),
            QStringLiteral("مرحبا بالعالم — שלום עולם — abc עברית 123"),
            // Precomposed and decomposed é must both stay as written: no normalisation.
            QStringLiteral("Caf\u00e9 / Cafe\u0301"),
            QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0001F600 tab\there\r\nnew line \uFEFF BOM"),
            QStringLiteral("%1 %2 ' \" ; -- DROP TABLE stages; \\ "),
        };
        Journey journey = test::smallJourney();
        for (int i = 0; i < texts.size(); ++i) {
            const QString &text = texts[i];
            Touchpoint &card = journey.touchpoints[size_t(i) % journey.touchpoints.size()];
            card.title = text;
            card.notes = text + text;
            card.dataKey = text;
            journey.stages[size_t(i) % journey.stages.size()].description = text;
            journey.lanes[size_t(i) % journey.lanes.size()].name = text;
        }
        journey.title = texts.join(QLatin1Char('|'));
        journey.personas[0].goals = texts.join(QLatin1Char('\n'));
        journey.departments[1].name = texts[4];
        journey.connections[1].label = texts[3];

        const QString file = path(QStringLiteral("уникод 유니코드 ✓.waymark"));
        FormatError error;
        QHash<QString, QString> meta{{texts[0], texts[3]}};
        QVERIFY2(WaymarkFile::write(journey, file, &error, meta), qPrintable(error.toString()));
        const auto back = WaymarkFile::read(file, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY2(*back == journey, qPrintable(describeDifference(*back, journey)));
        QCOMPARE(back->title, journey.title);
        QCOMPARE(WaymarkFile::readMeta(file).value(texts[0]), texts[3]);
    }

    void fileIsMarked()
    {
        RawSqlite db(mGood, SQLITE_OPEN_READONLY);
        QCOMPARE(quint32(db.integer("PRAGMA application_id")), WaymarkFile::applicationId);
        QCOMPARE(db.integer("PRAGMA user_version"), qint64(WaymarkFile::schemaVersion));
        QCOMPARE(db.text("SELECT value FROM meta WHERE key = 'app_version'"), QStringLiteral(WAYMARK_VERSION));
        QVERIFY(QDateTime::fromString(db.text("SELECT value FROM meta WHERE key = 'created_at'"), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(db.text("SELECT value FROM meta WHERE key = 'saved_at'"), Qt::ISODate).isValid());
        QCOMPARE(db.integer("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'settings'"), 1);
        // Ids without braces; numbers stored as numbers.
        QCOMPARE(db.text("SELECT id FROM journey"), test::smallJourney().id.toString(QUuid::WithoutBraces));
        QCOMPARE(db.text("SELECT colour FROM departments WHERE position = 0"), QStringLiteral("#1f77b4"));
        QCOMPARE(db.integer("SELECT count(*) FROM touchpoints WHERE typeof(money_hundredths) <> 'integer'"
                            " OR typeof(emotion) <> 'integer' OR typeof(minutes) <> 'real'"), 0);
        QCOMPARE(db.integer("SELECT money_hundredths FROM touchpoints WHERE money_currency = 'RSD'"), 150000);
        QCOMPARE(db.integer("SELECT max(position) - min(position) + 1 = count(*) FROM touchpoints"), 1);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const auto add = [&](const char *name, const QString &file, const char *expected) {
            QTest::newRow(name) << file << QString::fromUtf8(expected);
        };
        add("missing", path(QStringLiteral("nowhere.waymark")), "not found");
        add("folder", mDir.path(), "folder");
        const QString empty = path(QStringLiteral("empty.waymark"));
        writeBytes(empty, {});
        add("empty", empty, "empty");
        const QString text = path(QStringLiteral("notes.waymark"));
        writeBytes(text, "Workshop notes, Tuesday\nСтикеры: 42\n");
        add("text file", text, "notes.waymark is not a Waymark file: it is not a database");
        QByteArray noise(64 * 1024, Qt::Uninitialized);
        QRandomGenerator random(7);
        random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QString bytes = path(QStringLiteral("noise.waymark"));
        writeBytes(bytes, noise);
        add("random bytes", bytes, "is not a Waymark file: it is not a database");
        const QString header = path(QStringLiteral("header-only.waymark"));
        writeBytes(header, QByteArray("SQLite format 3\0", 16) + noise.left(8192));
        add("SQLite header, noise after", header, "damaged");

        const QString other = path(QStringLiteral("other.waymark"));
        // A GeoPackage (application id "GPKG").
        RawSqlite(other).exec("PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT);");
        add("another program's database", other, "was made by another program, not Waymark (SQLite application id 0x47504b47)");
        const QString plain = path(QStringLiteral("plain.waymark"));
        RawSqlite(plain).exec("CREATE TABLE t (x);");
        add("plain SQLite database", plain, "another program, not Waymark (SQLite application id 0x00000000)");
        const QString unversioned = path(QStringLiteral("unversioned.waymark"));
        RawSqlite(unversioned).exec("PRAGMA application_id = 1465470283; CREATE TABLE t (x);");
        add("ours, without a version", unversioned, "no file format version");
        const QString bare = path(QStringLiteral("bare.waymark"));
        RawSqlite(bare).exec("PRAGMA application_id = 1465470283; PRAGMA user_version = 2; CREATE TABLE t (x);");
        add("ours, without tables", bare, "has no table “connections”");
    }

    void refuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        QCOMPARE(error.file, file);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QVERIFY(WaymarkFile::readMeta(file).isEmpty());
    }

    void refusesUnreadableFile()
    {
        if (::geteuid() == 0)
            QSKIP("root reads any file regardless of its permissions");
        const QString file = path(QStringLiteral("locked.waymark"));
        QVERIFY(QFile::copy(mGood, file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::WriteOwner));
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        QVERIFY2(error.message.contains(QStringLiteral("Could not open the file")), qPrintable(error.message));
    }

    // Cut-off copies (a full disk, an interrupted download): every length gives an error,
    // never a crash and never a journey.
    void refusesTruncatedFiles()
    {
        FormatError error;
        const QString whole = path(QStringLiteral("whole.waymark"));
        QVERIFY(WaymarkFile::write(test::generateJourney({8, 6, 300, 50, 5}), whole, &error));
        const QByteArray bytes = readBytes(whole);
        const int pageSize = int(RawSqlite(whole, SQLITE_OPEN_READONLY).integer("PRAGMA page_size"));
        QVERIFY(pageSize >= 512 && bytes.size() % pageSize == 0);

        QList<int> sizes{1, 15, 16, 17, 50, 99, 100, 101, 511, 512, 513, int(bytes.size()) / 2};
        for (int page = pageSize; page < bytes.size(); page += pageSize)
            sizes << page - 1 << page << page + 1 << page + pageSize / 2;
        for (int size = 0; size < bytes.size(); size += 397)
            sizes << size;
        sizes << int(bytes.size()) - 1;
        const QString cut = path(QStringLiteral("cut.waymark"));
        int refused = 0;
        for (const int size : std::as_const(sizes)) {
            QVERIFY(size < bytes.size());
            QVERIFY(writeBytes(cut, bytes.left(size)));
            const auto journey = WaymarkFile::read(cut, &error);
            QVERIFY2(!journey, qPrintable(QStringLiteral("a copy cut at %1 of %2 bytes opened").arg(size).arg(bytes.size())));
            QVERIFY2(!error.message.isEmpty(), qPrintable(QString::number(size)));
            ++refused;
        }
        qInfo("refused %d truncated copies", refused);
    }

    void refusesNewerFormat()
    {
        const QString file = brokenCopy(QStringLiteral("newer.waymark"),
                                        "PRAGMA user_version = " + QByteArray::number(WaymarkFile::schemaVersion + 1)
                                            + "; UPDATE meta SET value = '0.3.0' WHERE key = 'app_version'; CREATE TABLE future (x);");
        QVERIFY(!file.isEmpty());
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        const QString expected = QStringLiteral("This file was made by a newer Waymark: 0.3.0 (file format %3). "
                                                "This Waymark (%1) reads file format %2 and older")
                                     .arg(QStringLiteral(WAYMARK_VERSION))
                                     .arg(WaymarkFile::schemaVersion)
                                     .arg(WaymarkFile::schemaVersion + 1);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));

        // Even without the version in meta the file is refused, not misread.
        const QByteArray newer = "PRAGMA user_version = " + QByteArray::number(WaymarkFile::schemaVersion + 1) + "; DROP TABLE meta;";
        const QString anonymous = brokenCopy(QStringLiteral("newer-anonymous.waymark"), newer.constData());
        QVERIFY(!WaymarkFile::read(anonymous, &error));
        QVERIFY2(error.message.contains(QStringLiteral("unknown version (file format %1)").arg(WaymarkFile::schemaVersion + 1)),
                 qPrintable(error.message));
    }

    void refusesRowsThatBreakRules_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        const auto add = [](const char *name, const char *sql, const char *expected) {
            QTest::newRow(name) << QByteArray(sql) << QString::fromUtf8(expected);
        };
        // A copy of card 0 under a new id, in a stage that does not exist.
        add("card in an unknown stage",
            "INSERT INTO touchpoints SELECT 100, '0bad0000-0000-4000-8000-000000000001',"
            " '0bad0000-0000-4000-8000-00000000005a', lane_id, 'Lost card', description, channel, department_id,"
            " minutes, money_hundredths, money_currency, emotion, pain_point, moment_of_truth, data_key, notes, author_id,"
            " system_age_years, system_limitations, evidence FROM touchpoints WHERE position = 0",
            "card \"Lost card\" is in a stage that does not exist (0bad0000-0000-4000-8000-00000000005a)");
        add("card in an unknown lane", "UPDATE touchpoints SET lane_id = '0bad0000-0000-4000-8000-000000000002' WHERE position = 1",
            "is in a lane that does not exist (0bad0000-0000-4000-8000-000000000002)");
        add("negative time", "UPDATE touchpoints SET minutes = -5 WHERE position = 1",
            "time of card \"Сайт банку\" must be 0 minutes or more, got -5");
        add("infinite time", "UPDATE touchpoints SET minutes = 9e999 WHERE position = 1", "must be 0 minutes or more, got inf");
        add("emotion 14", "UPDATE touchpoints SET emotion = 14 WHERE position = 2", "negative emotion must be from 0 to 10, got 14");
        add("emotion beyond int", "UPDATE touchpoints SET emotion = 8589934597 WHERE position = 2", "got 8589934597");
        add("emotion as text", "UPDATE touchpoints SET emotion = 'sad' WHERE position = 2", "column “emotion” holds text where a whole number belongs");
        add("time as text", "UPDATE touchpoints SET minutes = 'ten' WHERE position = 2", "column “minutes” holds text where a number belongs");
        add("fractional money", "UPDATE touchpoints SET money_hundredths = 12.5 WHERE position = 2", "column “money_hundredths” holds a number where a whole number belongs");
        add("negative money", "UPDATE touchpoints SET money_hundredths = -100 WHERE position = 2", "must be 0 or more");
        add("bad currency", "UPDATE touchpoints SET money_currency = 'euro' WHERE position = 3", "\"euro\" is not an ISO 4217 currency code");
        add("unknown channel", "UPDATE touchpoints SET channel = 'telepathy' WHERE position = 0", "has an unknown channel \"telepathy\"");
        add("unknown evidence", "UPDATE touchpoints SET evidence = 'hearsay' WHERE position = 0", "has an unknown evidence \"hearsay\"");
        add("unknown lane kind", "UPDATE lanes SET kind = 'swimming' WHERE position = 0", "has an unknown kind \"swimming\"");
        add("unknown department", "UPDATE touchpoints SET department_id = '0bad0000-0000-4000-8000-000000000003' WHERE position = 0",
            "names an unknown department");
        add("invalid id", "UPDATE stages SET id = 'stage-one' WHERE position = 0", "Stage 1 has an invalid id \"stage-one\"");
        add("invalid colour", "UPDATE departments SET colour = 'blue-ish' WHERE position = 1", "has an invalid colour \"blue-ish\"");
        add("dangling connection", "UPDATE connections SET to_id = '0bad0000-0000-4000-8000-000000000004' WHERE position = 0",
            "connection ends at a card that does not exist");
        add("no journey row", "DELETE FROM journey", "should hold one journey but holds 0");
        add("two journey rows", "INSERT INTO journey SELECT * FROM journey", "should hold one journey but holds 2");
        add("missing table", "DROP TABLE lanes", "The file has no table “lanes”");
        add("two problems", "UPDATE touchpoints SET minutes = -1 WHERE position IN (0, 1)", "(and 1 more problem");
    }

    void refusesRowsThatBreakRules()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = brokenCopy(QStringLiteral("broken.waymark"), sql);
        QVERIFY(!file.isEmpty());
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        QCOMPARE(error.file, file);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    void openingNeverChangesTheFile()
    {
        const QByteArray before = fileHash(mGood);
        const QDateTime modified = QFileInfo(mGood).lastModified();
        QVERIFY(WaymarkFile::read(mGood, nullptr));
        QVERIFY(!WaymarkFile::readMeta(mGood).isEmpty());
        QCOMPARE(fileHash(mGood), before);
        QCOMPARE(QFileInfo(mGood).lastModified(), modified);
        QVERIFY(!QFile::exists(mGood + QStringLiteral("-journal")));
    }

    // A hand-written version-1 file (tests/data/waymark-v1.sql, frozen) opens as the
    // journey it holds, and the file stays version 1.
    void readsVersionOneFile()
    {
        const QString file = path(QStringLiteral("v1.waymark"));
        {
            const QByteArray script = readBytes(QStringLiteral(WAYMARK_TEST_DATA_DIR "/waymark-v1.sql"));
            QVERIFY(!script.isEmpty());
            RawSqlite db(file);
            QVERIFY2(db.exec(script), qPrintable(db.error()));
        }
        const QByteArray before = fileHash(file);
        FormatError error;
        const auto journey = WaymarkFile::read(file, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        QCOMPARE(fileHash(file), before);
        QCOMPARE(RawSqlite(file, SQLITE_OPEN_READONLY).integer("PRAGMA user_version"), 1);

        const auto id = [](int kind, int n) {
            return QUuid::fromString(QStringLiteral("0a1d%1-0000-4000-8000-%2").arg(kind, 4, 10, QLatin1Char('0')).arg(n, 12, 10, QLatin1Char('0')));
        };
        Journey expected;
        expected.id = id(0, 1);
        expected.title = QStringLiteral("Пријава штете — 보험 청구");
        expected.description = QStringLiteral("Claim a car insurance payout. Radionica u Nišu 🚗");
        expected.currency = QStringLiteral("RSD");
        expected.personas = {{id(1, 1), QStringLiteral("Марко"), QStringLiteral("Vozač, 34 godine"), QStringLiteral("Brza isplata"), {}}};
        expected.departments = {{id(2, 1), QStringLiteral("Процена штете"), QColor(0x2c, 0xa0, 0x2c)},
                                {id(2, 2), QStringLiteral("Isplate"), QColor(0xd6, 0x27, 0x28, 0x80)}};
        expected.stages = {{id(3, 1), QStringLiteral("Nezgoda"), {}}, {id(3, 2), QStringLiteral("접수"), QStringLiteral("Prijava preko aplikacije")}};
        expected.lanes = {{id(4, 1), QStringLiteral("Kupac"), LaneKind::CustomerActions, OfficeZone::Customer, {}},
                          {id(4, 2), QStringLiteral("Процена"), LaneKind::Department, OfficeZone::Middle, id(2, 1)}};
        Touchpoint assess{id(5, 2), id(3, 2), id(4, 2), QStringLiteral("Procenjuje štetu"), QStringLiteral("Фотографије из апликације"),
                          Channel::MobileApp, id(2, 1), {1440.25, {0, QStringLiteral("RSD")}, 7}, true, false, QStringLiteral("assess"), {}, {}, {}, {}};
        Touchpoint call{id(5, 1), id(3, 1), id(4, 1), QStringLiteral("Зове асистенцију 📞"), {}, Channel::Phone, {},
                        {12.5, {350000, QStringLiteral("RSD")}, 9}, false, true, QStringLiteral("call"), QStringLiteral("Čekao 40 minuta"), {}, {}, {}};
        Touchpoint upload{id(5, 3), id(3, 2), id(4, 1), QStringLiteral("사진 업로드"), {}, Channel::Web, {},
                          {0, {1999, QStringLiteral("EUR")}, 0}, false, false, {}, {}, {}, {}, {}};
        expected.touchpoints = {assess, call, upload};
        expected.connections = {{id(6, 1), id(5, 1), id(5, 2), QStringLiteral("затим")}};
        QVERIFY2(*journey == expected, qPrintable(describeDifference(*journey, expected)));
        QCOMPARE(WaymarkFile::readMeta(file).value(QStringLiteral("app_version")), QStringLiteral("0.1.0"));
    }

    // The frozen fixture and WaymarkSchema::versionOneSql() describe the same tables, and a
    // file built from versionOneSql() with the small journey's rows opens as that journey.
    void upgradesVersionOneSchema()
    {
        const QString frozen = path(QStringLiteral("v1-frozen.waymark"));
        const QString current = path(QStringLiteral("v1-current.waymark"));
        QVERIFY(RawSqlite(frozen).exec(readBytes(QStringLiteral(WAYMARK_TEST_DATA_DIR "/waymark-v1.sql"))));
        {
            RawSqlite db(current);
            QVERIFY(db.exec(QByteArray("PRAGMA application_id = 1465470283; PRAGMA user_version = 1;")
                            + WaymarkSchema::versionOneSql()));
            // Rows copied from a current file: every v1 table still exists in v2 unchanged.
            const QByteArray attach = "ATTACH DATABASE '" + mGood.toUtf8().replace('\'', "''") + "' AS good;";
            QVERIFY2(db.exec(attach + "INSERT INTO meta SELECT * FROM good.meta; INSERT INTO journey SELECT * FROM good.journey;"
                                      "INSERT INTO personas SELECT position, id, name, description, goals FROM good.personas;"
                                      "INSERT INTO departments SELECT * FROM good.departments;"
                                      "INSERT INTO stages SELECT * FROM good.stages; INSERT INTO lanes SELECT * FROM good.lanes;"
                                      "INSERT INTO touchpoints SELECT position, id, stage_id, lane_id, title, description,"
                                      " channel, department_id, minutes, money_hundredths, money_currency, emotion, pain_point,"
                                      " moment_of_truth, data_key, notes FROM good.touchpoints;"
                                      "INSERT INTO connections SELECT * FROM good.connections; DETACH DATABASE good;"),
                     qPrintable(db.error()));
        }
        const QByteArray schemaQuery = "SELECT group_concat(name || ':' || replace(replace(sql, ' ', ''), char(10), ''), '|')"
                                       " FROM (SELECT name, sql FROM sqlite_master ORDER BY name)";
        QCOMPARE(RawSqlite(current).text(schemaQuery), RawSqlite(frozen).text(schemaQuery));

        const QByteArray before = fileHash(current);
        FormatError error;
        const auto journey = WaymarkFile::read(current, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        Journey expected = test::smallJourney();
        for (Touchpoint &card : expected.touchpoints) { // a version-1 card states nothing it rests on, nor personas
            card.evidence = Evidence::Unstated;
            card.personaIds.clear();
            card.personaEmotions.clear();
        }
        for (Persona &persona : expected.personas)
            persona.frustrations.clear();
        QVERIFY(*journey == expected);
        QCOMPARE(fileHash(current), before);

        // Saving an upgraded journey writes the newest format.
        QVERIFY(WaymarkFile::write(*journey, current, &error));
        QCOMPARE(RawSqlite(current).integer("PRAGMA user_version"), qint64(WaymarkFile::schemaVersion));
    }

    // Per-journey settings live in the settings table and come back exactly, any script.
    void settingsRoundTrip()
    {
        Journey journey = test::smallJourney();
        journey.settings = {{QStringLiteral("heatmap/hourValue"), QStringLiteral("25.5")},
                            {QStringLiteral("heatmap/weightEmotion"), QStringLiteral("2")},
                            {QStringLiteral("заметки/цвет 🎨"), QStringLiteral("다홍색\nline two")}};
        const QString file = path(QStringLiteral("settings.waymark"));
        FormatError error;
        QVERIFY2(WaymarkFile::write(journey, file, &error), qPrintable(error.toString()));
        {
            RawSqlite db(file, SQLITE_OPEN_READONLY);
            QCOMPARE(db.integer("SELECT count(*) FROM settings"), 3);
            QCOMPARE(db.text("SELECT value FROM settings WHERE key = 'heatmap/hourValue'"), QStringLiteral("25.5"));
            QCOMPARE(db.integer("SELECT count(*) FROM settings WHERE typeof(value) <> 'text'"), 0);
        }
        const auto back = WaymarkFile::read(file, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->settings, journey.settings);
        QVERIFY(*back == journey);

        // The settings are replaced, not merged, when the file is saved again.
        journey.settings.remove(QStringLiteral("heatmap/weightEmotion"));
        QVERIFY2(WaymarkFile::write(journey, file, &error), qPrintable(error.toString()));
        QCOMPARE(WaymarkFile::read(file, &error)->settings, journey.settings);
        // A journey without settings leaves the table empty.
        QCOMPARE(RawSqlite(mGood, SQLITE_OPEN_READONLY).integer("SELECT count(*) FROM settings"), 0);
        QVERIFY(WaymarkFile::read(mGood, &error)->settings.isEmpty());
    }

    // Settings are text (TEXT affinity stores numbers as text); a file from elsewhere holding
    // blobs or a NULL key there is refused.
    void refusesSettingsThatAreNotText_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blob value") << QByteArray("INSERT INTO settings VALUES ('heatmap/weightTime', x'00ff')")
                                    << QStringLiteral("column “value” holds binary data where text belongs");
        // A non-integer PRIMARY KEY column admits NULL in SQLite.
        QTest::newRow("null key") << QByteArray("INSERT INTO settings VALUES (NULL, 'x')")
                                  << QStringLiteral("Setting \"\" has a name that is not text");
        QTest::newRow("blob key") << QByteArray("INSERT INTO settings VALUES (x'41', 'x')")
                                  << QStringLiteral("column “key” holds binary data where text belongs");
        QTest::newRow("table missing") << QByteArray("DROP TABLE settings") << QStringLiteral("has no table “settings”");
    }

    void refusesSettingsThatAreNotText()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = brokenCopy(QStringLiteral("broken-settings.waymark"), sql);
        QVERIFY(!file.isEmpty());
        FormatError error;
        QVERIFY(!WaymarkFile::read(file, &error));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    }

    // A version-1 file gains an empty settings table in its in-memory upgrade.
    void versionOneFileHasNoSettings()
    {
        const QString file = path(QStringLiteral("v1-settings.waymark"));
        QVERIFY(RawSqlite(file).exec(readBytes(QStringLiteral(WAYMARK_TEST_DATA_DIR "/waymark-v1.sql"))));
        FormatError error;
        const auto journey = WaymarkFile::read(file, &error);
        QVERIFY2(journey, qPrintable(error.toString()));
        QVERIFY(journey->settings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWaymarkFile)
#include "tst_waymarkfile.moc"
