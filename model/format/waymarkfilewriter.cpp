// Writing .waymark files atomically: a complete new database is built next to the target,
// flushed to disk, and renamed over the target. rename() replaces a file atomically on
// POSIX file systems, so a crash at any moment leaves the old file or the new one.
#include "format/waymarkfile.h"

#include "format/sqlitedb.h"
#include "format/waymarkids.h"
#include "format/waymarkbusiness.h"
#include "format/waymarkdatasets.h"
#include "format/waymarkpictures.h"
#include "format/waymarkworkshop.h"
#include "format/waymarkschema.h"
#include "format/savetemporaries.h"
#include "format/waymarktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>


namespace waymark {

namespace {

using WaymarkIds::nullableIdText;

QString colourText(const QColor &colour)
{
    return colour.name(colour.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

bool insertAll(SqliteDatabase &db, const Journey &journey, const QString &createdAt,
               const QHash<QString, QString> &extraMeta)
{
    SqliteStatement meta = db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    const auto putMeta = [&](const QString &key, const QString &value) {
        meta.bind(1, key);
        meta.bind(2, value);
        return meta.exec();
    };
    bool ok = meta.isValid() && putMeta(QStringLiteral("app_version"), QStringLiteral(WAYMARK_VERSION))
        && putMeta(QStringLiteral("created_at"), createdAt)
        && putMeta(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    for (auto it = extraMeta.cbegin(); ok && it != extraMeta.cend(); ++it)
        ok = putMeta(it.key(), it.value());

    SqliteStatement info = db.prepare("INSERT INTO journey (id, title, description, currency) VALUES (?1, ?2, ?3, ?4)");
    info.bind(1, nullableIdText(journey.id));
    info.bind(2, journey.title);
    info.bind(3, journey.description);
    info.bind(4, journey.currency);
    ok = ok && info.exec();

    SqliteStatement persona = db.prepare("INSERT INTO personas VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t i = 0; ok && i < journey.personas.size(); ++i) {
        const Persona &p = journey.personas[i];
        persona.bind(1, qint64(i));
        persona.bind(2, nullableIdText(p.id));
        persona.bind(3, p.name);
        persona.bind(4, p.description);
        persona.bind(5, p.goals);
        persona.bind(6, p.frustrations);
        ok = persona.exec();
    }
    SqliteStatement department = db.prepare("INSERT INTO departments VALUES (?1, ?2, ?3, ?4)");
    for (size_t i = 0; ok && i < journey.departments.size(); ++i) {
        const Department &d = journey.departments[i];
        department.bind(1, qint64(i));
        department.bind(2, nullableIdText(d.id));
        department.bind(3, d.name);
        department.bind(4, colourText(d.colour));
        ok = department.exec();
    }
    SqliteStatement stage = db.prepare("INSERT INTO stages VALUES (?1, ?2, ?3, ?4)");
    for (size_t i = 0; ok && i < journey.stages.size(); ++i) {
        const Stage &s = journey.stages[i];
        stage.bind(1, qint64(i));
        stage.bind(2, nullableIdText(s.id));
        stage.bind(3, s.name);
        stage.bind(4, s.description);
        ok = stage.exec();
    }
    SqliteStatement lane = db.prepare("INSERT INTO lanes VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t i = 0; ok && i < journey.lanes.size(); ++i) {
        const Lane &l = journey.lanes[i];
        lane.bind(1, qint64(i));
        lane.bind(2, nullableIdText(l.id));
        lane.bind(3, l.name);
        lane.bind(4, toKey(l.kind));
        lane.bind(5, toKey(l.zone));
        lane.bind(6, nullableIdText(l.departmentId));
        ok = lane.exec();
    }
    SqliteStatement card = db.prepare("INSERT INTO touchpoints VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)");
    for (size_t i = 0; ok && i < journey.touchpoints.size(); ++i) {
        const Touchpoint &t = journey.touchpoints[i];
        card.bind(1, qint64(i));
        card.bind(2, nullableIdText(t.id));
        card.bind(3, nullableIdText(t.stageId));
        card.bind(4, nullableIdText(t.laneId));
        card.bind(5, t.title);
        card.bind(6, t.description);
        card.bind(7, toKey(t.channel));
        card.bind(8, nullableIdText(t.departmentId));
        card.bind(9, t.effort.minutes);
        card.bind(10, t.effort.money.hundredths);
        card.bind(11, t.effort.money.currency);
        card.bind(12, t.effort.emotion);
        card.bind(13, t.painPoint);
        card.bind(14, t.momentOfTruth);
        card.bind(15, t.dataKey);
        card.bind(16, t.notes);
        card.bind(17, nullableIdText(t.authorId));
        card.bind(18, t.system.ageYears);
        card.bind(19, t.system.limitations);
        card.bind(20, toKey(t.evidence));
        ok = card.exec();
    }
    SqliteStatement link = db.prepare("INSERT INTO touchpoint_links VALUES (?1, ?2)");
    for (size_t i = 0; ok && i < journey.touchpoints.size(); ++i) {
        if (journey.touchpoints[i].linkedJourney.isEmpty())
            continue;
        link.bind(1, qint64(i));
        link.bind(2, journey.touchpoints[i].linkedJourney);
        ok = link.exec();
    }
    SqliteStatement cardPersona = db.prepare("INSERT INTO touchpoint_personas VALUES (?1, ?2, ?3)");
    SqliteStatement personaEmotion = db.prepare("INSERT INTO touchpoint_persona_emotions VALUES (?1, ?2, ?3, ?4)");
    for (size_t i = 0; ok && i < journey.touchpoints.size(); ++i) {
        const Touchpoint &t = journey.touchpoints[i];
        for (size_t n = 0; ok && n < t.personaIds.size(); ++n) {
            cardPersona.bind(1, qint64(i));
            cardPersona.bind(2, qint64(n));
            cardPersona.bind(3, nullableIdText(t.personaIds[n]));
            ok = cardPersona.exec();
        }
        for (size_t n = 0; ok && n < t.personaEmotions.size(); ++n) {
            personaEmotion.bind(1, qint64(i));
            personaEmotion.bind(2, qint64(n));
            personaEmotion.bind(3, nullableIdText(t.personaEmotions[n].personaId));
            personaEmotion.bind(4, qint64(t.personaEmotions[n].emotion));
            ok = personaEmotion.exec();
        }
    }
    SqliteStatement connection = db.prepare("INSERT INTO connections VALUES (?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; ok && i < journey.connections.size(); ++i) {
        const Connection &c = journey.connections[i];
        connection.bind(1, qint64(i));
        connection.bind(2, nullableIdText(c.id));
        connection.bind(3, nullableIdText(c.fromId));
        connection.bind(4, nullableIdText(c.toId));
        connection.bind(5, c.label);
        ok = connection.exec();
    }
    SqliteStatement setting = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2)");
    for (auto it = journey.settings.cbegin(); ok && it != journey.settings.cend(); ++it) {
        setting.bind(1, it.key());
        setting.bind(2, it.value());
        ok = setting.exec();
    }
    return ok && writePictures(db, journey) && writeDatasets(db, journey) && writeWorkshop(db, journey) && writeBusinessCase(db, journey);
}

// Every save makes a new database, so the first save's time is carried over from the file
// being replaced.
QString createdAtOf(const QString &target, const QString &now)
{
    const QString created = QFileInfo(target).isFile() ? WaymarkFile::readMeta(target).value(QStringLiteral("created_at"))
                                                       : QString();
    return created.isEmpty() ? now : created;
}

} // namespace

bool WaymarkFile::write(const Journey &journey, const QString &path, FormatError *error,
                        const QHash<QString, QString> &extraMeta)
{
    FormatError ignored;
    FormatError &err = error ? *error : ignored;
    // Saving through a symbolic link replaces the file it points at, not the link.
    // symLinkTarget() goes one link deep, so a chain of links is followed to its end;
    // otherwise the save would replace a link in the middle and leave the real file stale.
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) // 40 like Linux's MAXSYMLINKS
        info.setFile(info.symLinkTarget());
    const QString target = info.absoluteFilePath();
    const QDir folder = QFileInfo(target).absoluteDir();
    const auto fail = [&](const QString &message) {
        err = {path, 0, 0, {}, message};
        return false;
    };
    if (!folder.exists())
        return fail(WaymarkText::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.path())));
    for (const DatasetRef &dataset : journey.datasets)
        if (const QString why = dataset->rowsError(); !why.isEmpty())
            return fail(WaymarkText::tr("Could not save: %1. Remove that dataset (Data dock) or import its file again, then save.").arg(why));

    QTemporaryFile temporary(SaveTemporaries::nameTemplate(target));
    temporary.setAutoRemove(true); // removed on every failure path; released after the rename
    if (!temporary.open())
        return fail(WaymarkText::tr("Could not write in the folder %1: %2")
                        .arg(QDir::toNativeSeparators(folder.path()), temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    {
        SqliteDatabase db;
        // The temporary file is private until the rename, so SQLite's own journal and syncs
        // would only cost time: one fsync after closing covers it. MEMORY rather than OFF:
        // SQLite's defensive mode (on for every connection, files come from strangers)
        // refuses OFF and would quietly keep a "-journal" file beside the temporary one.
        const bool built = db.open(temporaryPath, SqliteDatabase::Mode::ReadWriteCreate)
            && db.exec("PRAGMA journal_mode = MEMORY") && db.exec("PRAGMA synchronous = OFF") && db.exec("BEGIN");
        const QString createdAt = createdAtOf(target, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        QString why;
        if (!built || !WaymarkSchema::create(db, &why) || !insertAll(db, journey, createdAt, extraMeta)
            || !db.exec("COMMIT"))
            return fail(WaymarkText::tr("Could not save: %1").arg(why.isEmpty() ? db.lastError() : why));
    }
    if (QString why; !SaveTemporaries::replaceTarget(temporaryPath, target, &why))
        return fail(why);
    temporary.setAutoRemove(false); // it is the target now
    // A save killed between creating its temporary file and the rename leaves that file
    // behind. This save may not hold the journey's lock (a recovery copy), so only ones
    // older than a minute, which cannot belong to a save still running, go here; the next
    // open removes the rest with the lock held.
    SaveTemporaries::removeLeftovers(target, QDateTime::currentDateTimeUtc().addSecs(-60));
    return true;
}

} // namespace waymark
