// Imported NPS and CLV datasets travel in both file formats, unchanged and checked.
#include "format/journeyjson.h"
#include "format/waymarkfile.h"
#include "rawsqlite.h"
#include "testjourneys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

Dataset npsDataset()
{
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("Опрос Q1 — 설문");
    data.kind = DatasetKind::Answers;
    data.source = {QStringLiteral("ответы.csv"), QStringLiteral("ab12"), QDateTime(QDate(2026, 11, 23), QTime(5, 6, 7, 89), Qt::UTC),
                   QStringLiteral("Оценка=score\nТочка=touchpoint"), QStringLiteral("windows-1251"), 5, 4, 1};
    AnswerTable &t = data.answers.edit();
    const quint32 segment = t.strings.add(QStringLiteral("Премиум"));
    const quint32 key = t.strings.add(QStringLiteral("kyc-wait"));
    const quint32 comment = t.strings.add(QStringLiteral("Čekao sam \"dva\" dana\n😤"));
    const int scores[] = {10, 0, 7, 9};
    for (int i = 0; i < 4; ++i) {
        t.score.push_back(quint8(scores[i]));
        t.day.push_back(i == 2 ? noDate : dayNumber(QDate(2024, 3 + i, 31 - i)));
        t.respondent.push_back(t.strings.add(QStringLiteral("R-%1").arg(i)));
        t.customer.push_back(t.strings.add(QStringLiteral("C-%1").arg(i % 2)));
        t.segment.push_back(i % 2 ? segment : 0);
        t.touchpoint.push_back(key);
        t.stage.push_back(0);
        t.channel.push_back(0);
        t.department.push_back(0);
        t.location.push_back(i == 3 ? segment : 0);
        t.comment.push_back(i == 1 ? comment : 0);
    }
    return data;
}

Dataset clvDataset()
{
    Dataset data;
    data.id = QUuid::createUuid();
    data.name = QStringLiteral("CLV");
    data.kind = DatasetKind::Clv;
    data.currency = QStringLiteral("EUR");
    data.source.fileName = QStringLiteral("clv.json");
    ClvTable &t = data.clv.edit();
    t.customer = {t.strings.add(QStringLiteral("C-0")), t.strings.add(QStringLiteral("C-1"))};
    t.value = {1234.5, 0.1};
    t.currency = {0, t.strings.add(QStringLiteral("RSD"))};
    t.segment = {0, 0};
    t.acquired = {dayNumber(QDate(2019, 2, 28)), noDate};
    return data;
}

Journey journeyWithData()
{
    Journey journey = test::smallJourney();
    journey.datasets.emplace_back(npsDataset());
    journey.datasets.emplace_back(clvDataset());
    return journey;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDatasetStorage : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughTheWaymarkFile()
    {
        const Journey journey = journeyWithData();
        QVERIFY(journey.problems().empty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.waymark"));
        FormatError error;
        QVERIFY2(WaymarkFile::write(journey, path, &error), qPrintable(error.toString()));
        const auto back = WaymarkFile::read(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->datasets.size(), std::size_t(2));
        QVERIFY(*back->datasets[0] == *journey.datasets[0]);
        QVERIFY(*back->datasets[1] == *journey.datasets[1]);
        QVERIFY(back->sameContent(journey));
    }

    void roundTripsThroughJson()
    {
        const Journey journey = journeyWithData();
        FormatError error;
        const QByteArray json = JourneyJson::toJson(journey);
        QVERIFY(json.contains("\"datasets\""));
        const auto back = JourneyJson::fromJson(json, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QVERIFY(*back->datasets[0] == *journey.datasets[0]);
        QVERIFY(*back->datasets[1] == *journey.datasets[1]);
        QVERIFY(back->sameContent(journey));
        // Without datasets nothing is written, so older exports stay byte-identical.
        QVERIFY(!JourneyJson::toJson(test::smallJourney()).contains("\"datasets\""));
    }

    void badDatasetJsonSaysWhere()
    {
        const Journey journey = journeyWithData();
        QByteArray json = JourneyJson::toJson(journey);
        // The third score (7) becomes 11.
        const qsizetype scores = json.indexOf("\"score\"");
        QVERIFY(scores > 0);
        const qsizetype seven = json.indexOf("7", scores);
        json.replace(seven, 1, "11");
        FormatError error;
        QVERIFY(!JourneyJson::fromJson(json, &error));
        QCOMPARE(error.path, QStringLiteral("/datasets/0/columns/score/2"));
    }

    void problemsFindBrokenTables()
    {
        Journey journey = journeyWithData();
        Dataset broken = *journey.datasets[0];
        broken.answers.edit().segment.back() = 999; // no such text
        journey.datasets[0] = DatasetRef(broken);
        const auto problems = journey.problems();
        QCOMPARE(problems.size(), std::size_t(1));
        QVERIFY(problems[0].path.startsWith(QStringLiteral("/datasets/0/rows")));
    }

    void formatThreeRowsStillRead()
    {
        // Format 3 kept one SQL row per text and per response; make such a file from a saved one.
        const Journey journey = journeyWithData();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(journey, path, &error));
        {
            test::RawSqlite db(path);
            // Back to the format-3 layout: nothing of format 7 (business case), no column blobs, and
            // nothing of format 5 (workshop).
            QVERIFY(db.exec(test::dropFormatSeven));
            QVERIFY(db.exec("DROP TABLE dataset_columns; ALTER TABLE touchpoints DROP COLUMN author_id;"
                            "DROP TABLE participants; DROP TABLE votes; DROP TABLE vote_dots; DROP TABLE agenda;"
                            "DROP TABLE comments; PRAGMA user_version = 3;"));
            const Dataset &nps = *journey.datasets[0];
            for (std::size_t i = 0; i < nps.answers->strings.size(); ++i)
                QVERIFY(db.exec(QStringLiteral("INSERT INTO dataset_strings VALUES (0, %1, '%2')")
                                    .arg(i).arg(QString(nps.answers->strings.at(quint32(i))).replace(u'\'', QStringLiteral("''"))).toUtf8()));
            const AnswerTable &t = nps.answers;
            for (std::size_t r = 0; r < t.size(); ++r)
                QVERIFY(db.exec(QStringLiteral("INSERT INTO nps_rows VALUES (0, %1, %2, %3, %4, %5, %6, %7, %8, %9)")
                                    .arg(t.score[r]).arg(t.day[r]).arg(t.respondent[r]).arg(t.customer[r]).arg(t.segment[r])
                                    .arg(t.touchpoint[r]).arg(t.stage[r]).arg(t.channel[r]).arg(t.comment[r]).toUtf8()));
            const Dataset &clv = *journey.datasets[1];
            for (std::size_t i = 0; i < clv.clv->strings.size(); ++i)
                QVERIFY(db.exec(QStringLiteral("INSERT INTO dataset_strings VALUES (1, %1, '%2')").arg(i).arg(clv.clv->strings.at(quint32(i))).toUtf8()));
            for (std::size_t r = 0; r < clv.clv->size(); ++r)
                QVERIFY(db.exec(QStringLiteral("INSERT INTO clv_rows VALUES (1, %1, %2, %3, %4, %5)")
                                    .arg(clv.clv->customer[r]).arg(clv.clv->value[r], 0, 'g', 17).arg(clv.clv->currency[r])
                                    .arg(clv.clv->segment[r]).arg(clv.clv->acquired[r]).toUtf8()));
        }
        const QByteArray before = readAll(path);
        const auto back = WaymarkFile::read(path, &error);
        QVERIFY2(back, qPrintable(error.toString()));
        Dataset withoutLocations = *journey.datasets[0]; // format 3 had no locations (format 6 added them)
        withoutLocations.answers.edit().location.assign(withoutLocations.rows(), 0);
        QVERIFY(*back->datasets[0] == withoutLocations);
        QVERIFY(*back->datasets[1] == *journey.datasets[1]);
        QCOMPARE(readAll(path), before); // upgraded in memory, the file untouched
    }

    void damagedColumnSaysWhich()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.waymark"));
        FormatError error;
        QVERIFY(WaymarkFile::write(journeyWithData(), path, &error));
        {
            test::RawSqlite db(path);
            QVERIFY(db.exec("UPDATE dataset_columns SET data = substr(data, 1, 12) WHERE dataset = 0 AND name = 'day'"));
        }
        QVERIFY(!WaymarkFile::read(path, &error));
        QVERIFY2(error.message.contains(QStringLiteral("column “day” does not hold 4 values")), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestDatasetStorage)
#include "tst_datasetstorage.moc"
