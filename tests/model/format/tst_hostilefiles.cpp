// Journey files from strangers (issue 17): a .waymark whose tables are views or carry
// triggers, values stored with the wrong type, lists past the limits, a .waymark.json past
// its size limits, and ids crafted to collide in a hash table. Each is refused quickly with a
// message naming what and where; nothing hangs or runs out of memory.
#include "format/journeyjson.h"
#include "format/sqlitedb.h"
#include "format/waymarkfile.h"
#include "inputlimits.h"
#include "rawsqlite.h"
#include "testjourneys.h"
#include "uuidhash.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using test::RawSqlite;

class TestHostileFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir mDir;
    QString mGood;

    QString path(const QString &name) const { return mDir.filePath(name); }

    QString brokenCopy(const QString &name, const QByteArray &sql) { return test::brokenCopy(mGood, path(name), sql); }

    static QString refusal(const QString &file)
    {
        FormatError error;
        const auto journey = WaymarkFile::read(file, &error);
        return journey ? QString() : error.message;
    }

    static QString jsonRefusal(const QByteArray &json, QString *pointer = nullptr)
    {
        FormatError error;
        const auto journey = JourneyJson::fromJson(json, &error);
        if (pointer)
            *pointer = error.path;
        return journey ? QString() : error.message;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mGood = path(QStringLiteral("good.waymark"));
        FormatError error;
        QVERIFY2(WaymarkFile::write(test::smallJourney(), mGood, &error), qPrintable(error.toString()));
    }

    // ---- .waymark: the schema is checked before anything is read ----

    void refusesObjectsWaymarkNeverWrites_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        // Before: reading this view never finished (validate, convert, nps and import hung).
        QTest::newRow("cards as an endless view")
            << QByteArray("ALTER TABLE touchpoints RENAME TO cards;"
                          "CREATE VIEW touchpoints AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)"
                          " SELECT cards.* FROM cards, n;")
            << QStringLiteral("holds a view “touchpoints”");
        // Before: a view of 900 MB values aborted the reader with std::bad_alloc.
        QTest::newRow("huge values")
            << QByteArray("ALTER TABLE touchpoints RENAME TO cards;"
                          "CREATE VIEW touchpoints AS SELECT position, id, stage_id, lane_id, zeroblob(900000000) AS title,"
                          " description, channel, department_id, minutes, money_hundredths, money_currency, emotion, pain_point,"
                          " moment_of_truth, data_key, notes, author_id, system_age_years, system_limitations FROM cards;")
            << QStringLiteral("holds a view “touchpoints”");
        // Before: accepted, showing a title the file's table does not hold.
        QTest::newRow("journey as a view")
            << QByteArray("ALTER TABLE journey RENAME TO real_journey;"
                          "CREATE VIEW journey AS SELECT id, 'Another title' AS title, description, currency FROM real_journey;")
            << QStringLiteral("holds a view “journey”");
        QTest::newRow("trigger")
            << QByteArray("CREATE TRIGGER spy AFTER INSERT ON settings BEGIN DELETE FROM touchpoints; END;")
            << QStringLiteral("holds a trigger “spy”");
        // Before: a file without its meta table was accepted.
        QTest::newRow("no meta table") << QByteArray("DROP TABLE meta;") << QStringLiteral("has no table “meta”");
        QTest::newRow("missing column")
            << QByteArray("ALTER TABLE stages DROP COLUMN description;") << QStringLiteral("Table “stages” has no column “description”");
    }

    void refusesObjectsWaymarkNeverWrites()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = brokenCopy(QStringLiteral("objects.waymark"), sql);
        QVERIFY(!file.isEmpty());
        const QString message = refusal(file);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    // Before: NULL in a text column was read as "", a blob as U+FFFD.
    void refusesValuesOfTheWrongType_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("expected");
        // Waymark declares title NOT NULL; a file made elsewhere need not.
        QTest::newRow("null title") << QByteArray("CREATE TABLE copy AS SELECT * FROM touchpoints; DROP TABLE touchpoints;"
                                                  " ALTER TABLE copy RENAME TO touchpoints;"
                                                  " UPDATE touchpoints SET title = NULL WHERE position = 2")
                                    << QStringLiteral("Table “touchpoints”, row 3, column “title” holds nothing (NULL) where text belongs");
        QTest::newRow("blob title") << QByteArray("UPDATE touchpoints SET title = x'ff00' WHERE position = 0")
                                    << QStringLiteral("Table “touchpoints”, row 1, column “title” holds binary data where text belongs");
        QTest::newRow("blob stage name") << QByteArray("UPDATE stages SET name = x'41' WHERE position = 1")
                                         << QStringLiteral("Table “stages”, row 2, column “name” holds binary data");
        QTest::newRow("number as journey title") << QByteArray("UPDATE journey SET title = CAST(x'31' AS BLOB)")
                                                 << QStringLiteral("Table “journey”, row 1, column “title”");
        QTest::newRow("text where a number belongs") << QByteArray("UPDATE touchpoints SET emotion = 'sad' WHERE position = 1")
                                                     << QStringLiteral("column “emotion” holds text where a whole number belongs");
    }

    void refusesValuesOfTheWrongType()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, expected);
        const QString file = brokenCopy(QStringLiteral("types.waymark"), sql);
        QVERIFY(!file.isEmpty());
        const QString message = refusal(file);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    // Before: 1e308 minutes validated and printed as "inf min".
    void refusesAnAbsurdEffort()
    {
        const QString file = brokenCopy(QStringLiteral("effort.waymark"), "UPDATE touchpoints SET minutes = 1e308 WHERE position = 1");
        QVERIFY(!file.isEmpty());
        const QString message = refusal(file);
        QVERIFY2(message.contains(QStringLiteral("must be at most 10000000 minutes")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/stages/")), qPrintable(message)); // where: the card's place
    }

    void refusesMoreCardsThanTheLimit()
    {
        // 100,001 copies of card 0 with fresh ids, made in one statement.
        const QByteArray sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                               + QByteArray::number(InputLimits::maxCards + 1)
                               + ") INSERT INTO touchpoints SELECT 1000 + i, printf('0bad0000-0000-4000-8000-%012d', i), stage_id,"
                                 " lane_id, title, description, channel, department_id, minutes, money_hundredths, money_currency,"
                                 " emotion, pain_point, moment_of_truth, data_key, notes, author_id, system_age_years,"
                                 " system_limitations, evidence FROM touchpoints, n WHERE position = 0;";
        const QString file = brokenCopy(QStringLiteral("cards.waymark"), sql);
        QVERIFY(!file.isEmpty());
        const QString message = refusal(file);
        QVERIFY2(message.contains(QStringLiteral("Table “touchpoints” has %1 rows; Waymark reads at most %2")
                                      .arg(InputLimits::maxCards + 9)
                                      .arg(InputLimits::maxCards)),
                 qPrintable(message));
    }

    // The time limit itself, on a query that would run for hours.
    void stopsEndlessQueries()
    {
        SqliteDatabase db;
        QVERIFY(db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate));
        db.setTimeLimit(std::chrono::milliseconds(200));
        QElapsedTimer timer;
        timer.start();
        const qint64 value = db.queryInt("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000000)"
                                         " SELECT count(*) FROM n",
                                         -7);
        QCOMPARE(value, qint64(-7));
        QVERIFY(db.timedOut());
        QVERIFY2(db.lastError().contains(QStringLiteral("took longer than")), qPrintable(db.lastError()));
        QVERIFY2(timer.elapsed() < 60'000, "the limit must stop the query, not let it finish");
    }

    // The defensive settings hold for every connection: no views, no triggers.
    void connectionsRefuseViews()
    {
        SqliteDatabase db;
        QVERIFY(db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate));
        QVERIFY(db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1); CREATE VIEW v AS SELECT x FROM t;"));
        QCOMPARE(db.queryInt("SELECT x FROM v", -1), qint64(-1));
        QVERIFY2(db.lastError().contains(QStringLiteral("view")), qPrintable(db.lastError()));
    }

    // Found by fuzz_waymarkfile: a CLV date in the year 4 million was read from a .waymark but
    // could not be exported to .waymark.json and read back. Both readers now refuse it.
    void refusesDatesJsonCannotHold()
    {
        QFile sql(QStringLiteral(WAYMARK_TEST_DATA_DIR "/fuzz/clv-acquired-day-beyond-year-9999.sql"));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        const QString file = path(QStringLiteral("far-future.waymark"));
        QFile::remove(file);
        {
            RawSqlite db(file);
            QVERIFY2(db.exec(sql.readAll()), qPrintable(db.error()));
        }
        const QString message = refusal(file);
        QVERIFY2(message.contains(QStringLiteral("holds a date outside the years 1–9999")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("/datasets/1/rows/12/acquired")), qPrintable(message));
    }

    // ---- .waymark.json: limits refused while parsing, with the JSON pointer ----

    void refusesAHugeJsonText()
    {
        QByteArray json = JourneyJson::toJson(test::smallJourney());
        const QByteArray title = "\"title\": \"";
        const qsizetype at = json.indexOf(title);
        QVERIFY(at > 0);
        json.insert(at + title.size(), QByteArray(InputLimits::maxTextBytes + 1, 'x'));
        QString pointer;
        const QString message = jsonRefusal(json, &pointer);
        QVERIFY2(message.contains(QStringLiteral("one text may be at most 4 MiB")), qPrintable(message));
        QCOMPARE(pointer, QStringLiteral("/title"));
    }

    void refusesDeepNesting()
    {
        QByteArray json = "{\"format\": \"waymark-journey\", \"settings\": ";
        json += QByteArray(InputLimits::maxJsonDepth + 5, '[') + QByteArray(InputLimits::maxJsonDepth + 5, ']') + "}";
        QString pointer;
        const QString message = jsonRefusal(json, &pointer);
        QVERIFY2(message.contains(QStringLiteral("nested more than 64 deep")), qPrintable(message));
        QVERIFY2(pointer.startsWith(QStringLiteral("/settings/0/0/0")), qPrintable(pointer));
    }

    void refusesAListPastTheLimit()
    {
        QByteArray json = JourneyJson::toJson(test::smallJourney());
        const QByteArray personas = "\"personas\": [";
        const qsizetype at = json.indexOf(personas);
        QVERIFY(at > 0);
        QByteArray many;
        for (qint64 i = 0; i <= InputLimits::maxListItems; ++i)
            many += "0,";
        json.insert(at + personas.size(), many);
        QString pointer;
        const QString message = jsonRefusal(json, &pointer);
        QVERIFY2(message.contains(QStringLiteral("Waymark reads at most %1").arg(InputLimits::maxListItems)), qPrintable(message));
        QCOMPARE(pointer, QStringLiteral("/personas"));
    }

    // Before: a 500 MiB file was read whole and aborted with bad_alloc under a 2 GB cap. Now it
    // is refused from its size (a sparse file: no disk space used).
    void refusesAJsonFilePastTheSizeLimit()
    {
        const QString file = path(QStringLiteral("huge.waymark.json"));
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(InputLimits::maxJsonFileBytes + 1));
        huge.close();
        FormatError error;
        QVERIFY(!JourneyJson::read(file, &error));
        QVERIFY2(error.message.contains(QStringLiteral("may be at most 256 MiB")), qPrintable(error.message));
    }

    // ---- ids: a hash a file cannot aim at ----

    // Qt 6.4 hashes a QUuid by XOR-ing its words, so ids whose words cancel out all share one
    // hash: 100,000 such cards took 46 s to read. UuidHash/UuidSet hash all 16 bytes, seeded.
    void craftedIdsDoNotCollide()
    {
        QSet<size_t> seeded;
        QSet<size_t> plain;
        for (uint i = 0; i < 2000; ++i) {
            // data1 ^ data2 ^ (data3 << 16) ^ … stays 0x12345678 for every i.
            const QUuid crafted(0x12345678u ^ i, ushort(i & 0xffff), ushort(i >> 16), 0, 0, 0, 0, 0, 0, 0, 0);
            const HashedUuid id(crafted);
            seeded.insert(qHash(id, size_t(0x5eed)));
            plain.insert(qHash(crafted, size_t(0x5eed)));
        }
        QVERIFY2(seeded.size() >= 1990, qPrintable(QString::number(seeded.size())));
        // The weakness this guards against, as Qt 6.4 has it (a later Qt may hash better).
        if (plain.size() != 1)
            qInfo("this Qt hashes QUuid well already (%lld distinct hashes)", qlonglong(plain.size()));
        UuidHash<int> byId;
        byId.insert(QUuid(0x1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 7);
        QCOMPARE(byId.value(QUuid(0x1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)), 7); // plain ids look up as before
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
