// Reading .waymark files. Writing is in waymarkfilewriter.cpp.
#include "format/waymarkfile.h"

#include "format/sqlitedb.h"
#include "format/waymarkbusiness.h"
#include "format/waymarkdatasets.h"
#include "format/waymarkpictures.h"
#include "format/waymarkworkshop.h"
#include "format/waymarkreading.h"
#include "format/waymarkschema.h"
#include "format/waymarkschemacheck.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <limits>

namespace waymark {

namespace {

Journey readJourney(SqliteDatabase &db, const RowsBehind *behind)
{
    Journey journey;
    int journeyRows = 0;
    forEachRow(db, "SELECT id, title, description, currency FROM journey", [&](const SqliteStatement &row, int) {
        journey.id = uuidOf(row, 0, WaymarkText::tr("The journey"));
        journey.title = row.text(1);
        journey.description = row.text(2);
        journey.currency = row.text(3);
        ++journeyRows;
    });
    if (journeyRows != 1)
        throw ReadFailure{WaymarkText::tr("The file should hold one journey but holds %1.").arg(journeyRows)};

    forEachRow(db, "SELECT id, name, description, goals, frustrations FROM personas ORDER BY position", [&](const SqliteStatement &row, int n) {
        journey.personas.push_back({uuidOf(row, 0, WaymarkText::tr("Persona %1").arg(n + 1)), row.text(1), row.text(2), row.text(3), row.text(4)});
    });
    forEachRow(db, "SELECT id, name, colour FROM departments ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Department %1 (\"%2\")").arg(n + 1).arg(row.text(1));
        const QColor colour = QColor::fromString(row.text(2));
        if (!colour.isValid())
            throw ReadFailure{WaymarkText::tr("%1 has an invalid colour \"%2\"").arg(what, row.text(2))};
        journey.departments.push_back({uuidOf(row, 0, what), row.text(1), colour});
    });
    forEachRow(db, "SELECT id, name, description FROM stages ORDER BY position", [&](const SqliteStatement &row, int n) {
        journey.stages.push_back({uuidOf(row, 0, WaymarkText::tr("Stage %1").arg(n + 1)), row.text(1), row.text(2)});
    });
    forEachRow(db, "SELECT id, name, kind, zone, department_id FROM lanes ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Lane %1 (\"%2\")").arg(n + 1).arg(row.text(1));
        Lane lane;
        lane.id = uuidOf(row, 0, what);
        lane.name = row.text(1);
        lane.kind = enumOf(laneKindFromKey(row.text(2)), what, WaymarkText::tr("kind"), row.text(2));
        lane.zone = enumOf(officeZoneFromKey(row.text(3)), what, WaymarkText::tr("office zone"), row.text(3));
        lane.departmentId = uuidOf(row, 4, what, true);
        journey.lanes.push_back(lane);
    });
    forEachRow(db,
               "SELECT id, stage_id, lane_id, title, description, channel, department_id, minutes, money_hundredths,"
               " money_currency, emotion, pain_point, moment_of_truth, data_key, notes, author_id, system_age_years,"
               " system_limitations, evidence FROM touchpoints ORDER BY position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Card %1 (\"%2\")").arg(n + 1).arg(row.text(3));
                   Touchpoint card;
                   card.id = uuidOf(row, 0, what);
                   card.stageId = uuidOf(row, 1, what);
                   card.laneId = uuidOf(row, 2, what);
                   card.title = row.text(3);
                   card.description = row.text(4);
                   card.channel = enumOf(channelFromKey(row.text(5)), what, WaymarkText::tr("channel"), row.text(5));
                   card.departmentId = uuidOf(row, 6, what, true);
                   card.effort.minutes = numberOf(row, 7, what, WaymarkText::tr("time"));
                   card.effort.money = {integerOf(row, 8, what, WaymarkText::tr("money amount")), row.text(9)};
                   const qint64 emotion = integerOf(row, 10, what, WaymarkText::tr("negative emotion"));
                   // Checked here, before the narrowing to int could wrap a wild value into range.
                   if (emotion < minEmotion || emotion > maxEmotion)
                       throw ReadFailure{WaymarkText::tr("%1: negative emotion must be from 0 to 10, got %2").arg(what, QString::number(emotion))};
                   card.effort.emotion = int(emotion);
                   card.painPoint = integerOf(row, 11, what, WaymarkText::tr("pain point flag")) != 0;
                   card.momentOfTruth = integerOf(row, 12, what, WaymarkText::tr("moment of truth flag")) != 0;
                   card.dataKey = row.text(13);
                   card.notes = row.text(14);
                   card.authorId = uuidOf(row, 15, what, true);
                   card.system.ageYears = numberOf(row, 16, what, WaymarkText::tr("system age"));
                   card.system.limitations = row.text(17);
                   card.evidence = enumOf(evidenceFromKey(row.text(18)), what, WaymarkText::tr("evidence"), row.text(18));
                   journey.touchpoints.push_back(card);
               });
    forEachRow(db, "SELECT touchpoint, path FROM touchpoint_links ORDER BY touchpoint", [&](const SqliteStatement &row, int) {
        const qint64 card = integerOf(row, 0, WaymarkText::tr("Card link"), WaymarkText::tr("card"));
        if (card < 0 || card >= qint64(journey.touchpoints.size()))
            throw ReadFailure{WaymarkText::tr("A linked journey names card %1, but the journey has %2 cards").arg(card + 1).arg(journey.touchpoints.size())};
        journey.touchpoints[std::size_t(card)].linkedJourney = row.text(1);
    });
    // A card's personas and their own emotions; the values are checked with the journey's rules.
    const auto cardAt = [&](const SqliteStatement &row, const QString &what) -> Touchpoint & {
        const qint64 card = integerOf(row, 0, what, WaymarkText::tr("card"));
        if (card < 0 || card >= qint64(journey.touchpoints.size()))
            throw ReadFailure{WaymarkText::tr("%1 names card %2, but the journey has %3 cards").arg(what).arg(card + 1).arg(journey.touchpoints.size())};
        return journey.touchpoints[std::size_t(card)];
    };
    forEachRow(db, "SELECT touchpoint, persona_id FROM touchpoint_personas ORDER BY touchpoint, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Card persona %1").arg(n + 1);
                   cardAt(row, what).personaIds.push_back(uuidOf(row, 1, what));
               });
    forEachRow(db, "SELECT touchpoint, persona_id, emotion FROM touchpoint_persona_emotions ORDER BY touchpoint, position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Persona emotion %1").arg(n + 1);
                   const qint64 emotion = integerOf(row, 2, what, WaymarkText::tr("negative emotion"));
                   // Checked here, before the narrowing to int could wrap a wild value into range.
                   if (emotion < minEmotion || emotion > maxEmotion)
                       throw ReadFailure{WaymarkText::tr("%1: negative emotion must be from 0 to 10, got %2").arg(what, QString::number(emotion))};
                   cardAt(row, what).personaEmotions.push_back({uuidOf(row, 1, what), int(emotion)});
               });
    forEachRow(db, "SELECT id, from_id, to_id, label FROM connections ORDER BY position", [&](const SqliteStatement &row, int n) {
        const QString what = WaymarkText::tr("Connection %1").arg(n + 1);
        journey.connections.push_back({uuidOf(row, 0, what), uuidOf(row, 1, what), uuidOf(row, 2, what), row.text(3)});
    });
    // Text must be stored as text. TEXT affinity turns numbers into text on insert, but a blob
    // (or a NULL key, which a non-integer PRIMARY KEY admits) would come back as something the
    // file never said.
    forEachRow(db, "SELECT key, value, typeof(key), typeof(value) FROM settings ORDER BY key", [&](const SqliteStatement &row, int) {
        const QString what = WaymarkText::tr("Setting \"%1\"").arg(row.text(0));
        if (row.text(2) != QLatin1String("text"))
            throw ReadFailure{WaymarkText::tr("%1 has a name that is not text").arg(what)};
        if (row.text(3) != QLatin1String("text"))
            throw ReadFailure{WaymarkText::tr("%1 has a value that is not text (\"%2\")").arg(what, row.text(1))};
        journey.settings.insert(row.text(0), row.text(1));
    });
    readPictures(db, journey);
    readDatasets(db, journey, behind);
    readWorkshop(db, journey);
    readBusinessCase(db, journey);
    return journey;
}

QString appVersionOf(SqliteDatabase &db)
{
    SqliteStatement statement = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!statement.isValid())
        return {};
    statement.bind(1, QStringLiteral("app_version"));
    return statement.next() ? statement.text(0) : QString();
}

// An older file is upgraded in a private in-memory copy: opening must never change the
// user's file (it may be read-only, shared, or about to be compared with a newer version).
bool upgradedCopy(SqliteDatabase &file, int version, SqliteDatabase &memory, QString *error)
{
    if (!memory.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::ReadWriteCreate)) {
        *error = memory.lastError();
        return false;
    }
    memory.setTimeLimit(InputLimits::maxReadTime);
    sqlite3_backup *backup = sqlite3_backup_init(memory.handle(), "main", file.handle(), "main");
    const bool copied = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
    sqlite3_backup_finish(backup);
    if (!copied) {
        *error = memory.lastError();
        return false;
    }
    return WaymarkSchema::upgrade(memory, version, error);
}

std::optional<Journey> readDatabase(const QString &path, FormatError *error, DatasetRows rows)
{
    const auto failWith = [&](const QString &message) -> std::optional<Journey> {
        *error = {path, 0, 0, {}, message};
        return std::nullopt;
    };
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return failWith(WaymarkText::tr("File not found."));
    if (info.isDir())
        return failWith(WaymarkText::tr("This is a folder, not a journey file."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(WaymarkText::tr("Could not open the file: %1").arg(file.errorString()));
    if (file.size() == 0)
        return failWith(WaymarkText::tr("The file is empty."));
    // Checked before SQLite sees the file, so a text or image file gets a plain answer.
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return failWith(WaymarkText::tr("%1 is not a Waymark file: it is not a database.").arg(name));
    file.close();

    SqliteDatabase db;
    if (!db.open(path, SqliteDatabase::Mode::ReadOnly))
        return failWith(WaymarkText::tr("Could not open the file: %1").arg(db.lastError()));
    db.setTimeLimit(InputLimits::maxReadTime);
    const qint64 applicationId = db.queryInt("PRAGMA application_id", -1);
    if (applicationId == -1)
        return failWith(WaymarkText::tr("The file is damaged (%1).").arg(db.lastError()));
    if (quint32(applicationId) != WaymarkFile::applicationId)
        return failWith(WaymarkText::tr("%1 was made by another program, not Waymark (SQLite application id 0x%2).")
                            .arg(name, QStringLiteral("%1").arg(quint32(applicationId), 8, 16, QLatin1Char('0'))));
    const qint64 version = db.queryInt("PRAGMA user_version", -1);
    if (version > WaymarkFile::schemaVersion) {
        const QString madeBy = appVersionOf(db);
        return failWith(WaymarkText::tr("This file was made by a newer Waymark: %1 (file format %2). This Waymark (%3) "
                                        "reads file format %4 and older; please update Waymark to open it.")
                            .arg(madeBy.isEmpty() ? WaymarkText::tr("unknown version") : madeBy,
                                 QString::number(version), QStringLiteral(WAYMARK_VERSION),
                                 QString::number(WaymarkFile::schemaVersion)));
    }
    if (version < 1)
        return failWith(WaymarkText::tr("The file is damaged: it has no file format version."));
    // SQLite reads a cut-off last page as zeros without complaint, and quick_check may find
    // nothing wrong with that; a file shorter than its header says is damaged.
    const qint64 pageSize = db.queryInt("PRAGMA page_size", 0);
    const qint64 pageCount = db.queryInt("PRAGMA page_count", -1);
    const qint64 size = QFileInfo(path).size();
    if (pageSize <= 0 || pageCount < 0 || size % pageSize != 0 || size < pageSize * pageCount)
        return failWith(WaymarkText::tr("The file is damaged: it is shorter than it should be (it may have been cut off "
                                        "while copying). If you have a backup, open that instead."));
    if (db.queryInt("SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'", 1) != 0)
        return failWith(db.timedOut() ? db.lastError()
                                      : WaymarkText::tr("The file is damaged (%1). If you have a backup, open that instead.")
                                            .arg(db.lastError().isEmpty() ? WaymarkText::tr("failed the integrity check") : db.lastError()));
    if (QString why; !checkWaymarkTables(db, int(version), &why))
        return failWith(why);

    SqliteDatabase upgraded;
    SqliteDatabase *source = &db;
    if (version < WaymarkFile::readInPlaceSince) {
        QString why;
        if (!upgradedCopy(db, int(version), upgraded, &why))
            return failWith(WaymarkText::tr("Could not upgrade the file from format %1: %2").arg(QString::number(version), why));
        source = &upgraded;
    }

    Journey journey;
    try {
        // An upgraded copy has no summaries yet: older files are read whole.
        const RowsBehind behind{path, RowsBehind{}.fromRows, rows == DatasetRows::Behind};
        journey = readJourney(*source, rows != DatasetRows::Now && source == &db ? &behind : nullptr);
    } catch (const ReadFailure &failure) {
        return failWith(failure.message);
    }
    const auto problems = journey.problems();
    if (!problems.empty()) {
        QString message = problems.front().path.isEmpty()
                              ? problems.front().message
                              : WaymarkText::tr("%1 (at %2)").arg(problems.front().message, problems.front().path);
        if (problems.size() > 1)
            message += QLatin1Char(' ') + WaymarkText::tr("(and %n more problem(s))", nullptr, int(problems.size() - 1));
        return failWith(WaymarkText::tr("The file breaks the journey's rules: %1").arg(message));
    }
    return journey;
}

} // namespace

std::optional<Journey> WaymarkFile::read(const QString &path, FormatError *error, DatasetRows rows)
{
    FormatError ignored;
    return readDatabase(path, error ? error : &ignored, rows);
}

QHash<QString, QString> WaymarkFile::readMeta(const QString &path)
{
    QHash<QString, QString> meta;
    SqliteDatabase db;
    if (!QFileInfo(path).isFile() || !db.open(path, SqliteDatabase::Mode::ReadOnly)
        || quint32(db.queryInt("PRAGMA application_id", 0)) != applicationId)
        return meta;
    SqliteStatement statement = db.prepare("SELECT key, value FROM meta");
    while (statement.isValid() && statement.next())
        meta.insert(statement.text(0), statement.text(1));
    return meta;
}

} // namespace waymark
