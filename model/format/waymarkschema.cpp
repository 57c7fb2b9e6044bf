#include "format/waymarkschema.h"

#include "format/sqlitedb.h"
#include "format/waymarkfile.h"

#include <QByteArray>

#include <array>

namespace waymark::WaymarkSchema {

namespace {

// No CHECK or foreign-key constraints on purpose: a file may come from anywhere, and the
// reader checks every invariant with Journey::problems(), which says what is wrong in
// words a person understands instead of "constraint failed".
// Never edit this script: version-1 files exist. Changes go into a new upgrade step.
// tst_waymarkfile compares it with the frozen copy in tests/data/waymark-v1.sql.
constexpr const char *schemaV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE journey (id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, currency TEXT NOT NULL);
CREATE TABLE personas (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                       description TEXT NOT NULL, goals TEXT NOT NULL);
CREATE TABLE departments (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                          colour TEXT NOT NULL);
CREATE TABLE stages (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                     description TEXT NOT NULL);
CREATE TABLE lanes (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                    zone TEXT NOT NULL, department_id TEXT);
CREATE TABLE touchpoints (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, stage_id TEXT NOT NULL,
                          lane_id TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL,
                          channel TEXT NOT NULL, department_id TEXT, minutes REAL NOT NULL,
                          money_hundredths INTEGER NOT NULL, money_currency TEXT NOT NULL,
                          emotion INTEGER NOT NULL, pain_point INTEGER NOT NULL,
                          moment_of_truth INTEGER NOT NULL, data_key TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE connections (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, from_id TEXT NOT NULL,
                          to_id TEXT NOT NULL, label TEXT NOT NULL);
)sql";

// Upgrade steps: steps[n - 1] takes a file from version n to n + 1.
constexpr std::array<const char *, 11> steps{
    // 1 -> 2: per-journey settings (view options such as heatmap weights) travel with the file.
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 2 -> 3: imported NPS and CLV datasets with their provenance. Rows refer to a dataset by
    // position and to text by index into the dataset's string table, so a million rows that
    // repeat a few segments and touchpoint keys stay small and fast to write.
    R"sql(
CREATE TABLE datasets (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
                       currency TEXT NOT NULL, source_name TEXT NOT NULL, source_sha256 TEXT NOT NULL,
                       imported_at TEXT NOT NULL, mapping TEXT NOT NULL, encoding TEXT NOT NULL,
                       rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL, rows_rejected INTEGER NOT NULL);
CREATE TABLE dataset_strings (dataset INTEGER NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
                              PRIMARY KEY (dataset, idx)) WITHOUT ROWID;
CREATE TABLE nps_rows (dataset INTEGER NOT NULL, score INTEGER NOT NULL, day INTEGER NOT NULL,
                       respondent INTEGER NOT NULL, customer INTEGER NOT NULL, segment INTEGER NOT NULL,
                       touchpoint INTEGER NOT NULL, stage INTEGER NOT NULL, channel INTEGER NOT NULL,
                       comment INTEGER NOT NULL);
CREATE TABLE clv_rows (dataset INTEGER NOT NULL, customer INTEGER NOT NULL, value REAL NOT NULL,
                       currency INTEGER NOT NULL, segment INTEGER NOT NULL, acquired INTEGER NOT NULL);
)sql",
    // 3 -> 4: dataset columns as blobs (format/columnblobs.h): a million responses were a
    // million SQL rows, seconds to write and read; as ten blobs they take milliseconds. The
    // format-3 tables stay, so files saved in format 3 still read.
    R"sql(
CREATE TABLE dataset_columns (dataset INTEGER NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL,
                              PRIMARY KEY (dataset, name)) WITHOUT ROWID;
)sql",
    // 4 -> 5: the workshop around the map: participants (and who wrote each card), dot votes,
    // the agenda and review comments.
    R"sql(
ALTER TABLE touchpoints ADD COLUMN author_id TEXT;
CREATE TABLE participants (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                           department_id TEXT, colour TEXT NOT NULL);
CREATE TABLE votes (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, scope TEXT NOT NULL,
                    budget INTEGER NOT NULL, minutes INTEGER NOT NULL, hidden INTEGER NOT NULL, closed INTEGER NOT NULL,
                    started_at TEXT);
CREATE TABLE vote_dots (vote INTEGER NOT NULL, position INTEGER NOT NULL, participant_id TEXT NOT NULL,
                        touchpoint_id TEXT NOT NULL, PRIMARY KEY (vote, position)) WITHOUT ROWID;
CREATE TABLE agenda (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, done INTEGER NOT NULL);
CREATE TABLE comments (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, reply_to TEXT, target_kind TEXT NOT NULL,
                       target_id TEXT, author TEXT NOT NULL, department_id TEXT, time TEXT NOT NULL, text TEXT NOT NULL,
                       resolved INTEGER NOT NULL);
)sql",
    // 5 -> 6: datasets of any metric (data/metrics): `kind` names the metric ("csat", "ces", …),
    // answers are stored as doubles in an "answer" column, with department and location columns
    // and, for aggregated exports, count/low/middle/high/sd columns. The tables do not change;
    // the version does, so an older Waymark says the file is newer instead of failing on a
    // missing "score" column.
    "SELECT 1;",
    // 6 -> 7: the business case. What a card in a Systems lane says about its system (age,
    // limitations, the cards it supports); opportunities with the card changes they promise,
    // the cards they add and the systems they touch; scenarios as ordered lists of
    // opportunities. Child rows name their parent by its `position`, like vote_dots.
    R"sql(
ALTER TABLE touchpoints ADD COLUMN system_age_years REAL NOT NULL DEFAULT 0;
ALTER TABLE touchpoints ADD COLUMN system_limitations TEXT NOT NULL DEFAULT '';
CREATE TABLE system_supports (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, supported_id TEXT NOT NULL,
                              PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
CREATE TABLE opportunities (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                            description TEXT NOT NULL, type TEXT NOT NULL, owner_department_id TEXT, status TEXT NOT NULL,
                            one_off_hundredths INTEGER NOT NULL, one_off_currency TEXT NOT NULL,
                            running_hundredths INTEGER NOT NULL, running_currency TEXT NOT NULL,
                            months_to_deliver INTEGER NOT NULL, confidence TEXT NOT NULL, evidence TEXT NOT NULL);
CREATE TABLE opportunity_changes (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, touchpoint_id TEXT NOT NULL,
                                  removes_card INTEGER NOT NULL, minutes_kind TEXT NOT NULL, minutes REAL NOT NULL,
                                  money_kind TEXT NOT NULL, money REAL NOT NULL, emotion_kind TEXT NOT NULL,
                                  emotion REAL NOT NULL, reach REAL NOT NULL, contacts_avoided REAL NOT NULL,
                                  detractors_to_passives REAL NOT NULL, detractors_to_promoters REAL NOT NULL,
                                  PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
CREATE TABLE opportunity_added_cards (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL,
                                      stage_id TEXT NOT NULL, lane_id TEXT NOT NULL, title TEXT NOT NULL,
                                      channel TEXT NOT NULL, minutes REAL NOT NULL, money_hundredths INTEGER NOT NULL,
                                      money_currency TEXT NOT NULL, emotion INTEGER NOT NULL,
                                      PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
CREATE TABLE opportunity_systems (opportunity INTEGER NOT NULL, position INTEGER NOT NULL, touchpoint_id TEXT NOT NULL,
                                  PRIMARY KEY (opportunity, position)) WITHOUT ROWID;
CREATE TABLE scenarios (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE scenario_opportunities (scenario INTEGER NOT NULL, position INTEGER NOT NULL, opportunity_id TEXT NOT NULL,
                                     PRIMARY KEY (scenario, position)) WITHOUT ROWID;
)sql",
    // 7 -> 8: purchase datasets (kind "transactions": customer, day, amount, count columns in
    // dataset_columns) for the lifetime value models, and a card's link to another journey file
    // (a sub-journey, relative to the journey's folder) in a table of its own: most cards have
    // none, and the touchpoints table keeps its columns.
    "CREATE TABLE IF NOT EXISTS touchpoint_links (touchpoint INTEGER PRIMARY KEY, path TEXT NOT NULL);",
    // 8 -> 9: what a card rests on (enums.h Evidence: "unstated", "assumption", "workshop",
    // "research", "measured"; older cards state nothing), a persona's frustrations, the personas
    // a card happens to (no rows: every persona) and how a persona feels a step where it differs
    // from the card's emotion. Child rows name their card by its `position`, like system_supports.
    R"sql(
ALTER TABLE touchpoints ADD COLUMN evidence TEXT NOT NULL DEFAULT 'unstated';
ALTER TABLE personas ADD COLUMN frustrations TEXT NOT NULL DEFAULT '';
CREATE TABLE touchpoint_personas (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, persona_id TEXT NOT NULL,
                                  PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
CREATE TABLE touchpoint_persona_emotions (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, persona_id TEXT NOT NULL,
                                          emotion INTEGER NOT NULL, PRIMARY KEY (touchpoint, position)) WITHOUT ROWID;
)sql",
    // 9 -> 10: pictures on cards and the personas' photos (media/cardimage.h): the encoded
    // picture and its thumbnail (NULL when the picture is no larger) as blobs. Rowid tables,
    // unlike the small child tables above: a picture is too large for a WITHOUT ROWID row.
    R"sql(
CREATE TABLE card_images (touchpoint INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, format TEXT NOT NULL,
                          width INTEGER NOT NULL, height INTEGER NOT NULL, caption TEXT NOT NULL,
                          original_name TEXT NOT NULL, data BLOB NOT NULL, thumbnail BLOB,
                          PRIMARY KEY (touchpoint, position));
CREATE TABLE persona_photos (persona INTEGER PRIMARY KEY, id TEXT NOT NULL, format TEXT NOT NULL, width INTEGER NOT NULL,
                             height INTEGER NOT NULL, caption TEXT NOT NULL, original_name TEXT NOT NULL,
                             data BLOB NOT NULL, thumbnail BLOB);
)sql",
    // 10 -> 11: no new tables; a dataset's columns may be written in chunks ("day", "day#1",
    // …; format/waymarkdatasets.h) by an import that streams. The step exists so that older
    // Waymarks, which would read only the first chunk, refuse such a file as a newer one.
    "SELECT 1;",
    // 11 -> 12: the same columns, kept in a rowid table. WITHOUT ROWID put each blob (a chunk of
    // up to a few MiB) in the key's b-tree, so every insert and lookup compared its key with
    // whole neighbouring blobs, read in full from their overflow pages (a fifth of an import's
    // writing, docs/benchmarks.md). The key stays unique through the primary key's index.
    // Format 11 files are read as they are (WaymarkFile::readInPlaceSince): the tables and
    // columns are the same.
    R"sql(
CREATE TABLE dataset_columns_12 (dataset INTEGER NOT NULL, name TEXT NOT NULL, data BLOB NOT NULL,
                                 PRIMARY KEY (dataset, name));
INSERT INTO dataset_columns_12 (dataset, name, data) SELECT dataset, name, data FROM dataset_columns ORDER BY dataset, name;
DROP TABLE dataset_columns;
ALTER TABLE dataset_columns_12 RENAME TO dataset_columns;
)sql",
};
static_assert(steps.size() + 1 == WaymarkFile::schemaVersion, "one upgrade step per schema version");

bool run(SqliteDatabase &db, const char *sql, QString *error)
{
    if (db.exec(sql))
        return true;
    *error = db.lastError();
    return false;
}

bool setVersion(SqliteDatabase &db, int version, QString *error)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return run(db, sql.constData(), error);
}

} // namespace

const char *versionOneSql()
{
    return schemaV1;
}

bool create(SqliteDatabase &db, QString *error)
{
    const QByteArray applicationId = "PRAGMA application_id = " + QByteArray::number(qint32(WaymarkFile::applicationId));
    return run(db, applicationId.constData(), error) && run(db, schemaV1, error) && setVersion(db, 1, error)
        && upgrade(db, 1, error);
}

bool createVersion(SqliteDatabase &db, int version, QString *error)
{
    if (!run(db, schemaV1, error))
        return false;
    for (int step = 1; step < version && step < WaymarkFile::schemaVersion; ++step) {
        if (!run(db, steps[size_t(step - 1)], error))
            return false;
    }
    return true;
}

bool upgrade(SqliteDatabase &db, int fromVersion, QString *error)
{
    for (int version = fromVersion; version < WaymarkFile::schemaVersion; ++version) {
        if (!run(db, steps[size_t(version - 1)], error) || !setVersion(db, version + 1, error))
            return false;
    }
    return true;
}

} // namespace waymark::WaymarkSchema
