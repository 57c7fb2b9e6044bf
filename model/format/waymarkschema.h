#pragma once

#include <QString>

namespace waymark {

class SqliteDatabase;

// The tables of a .waymark file and the steps that upgrade an older file. A new file is
// made by running the version-1 script and then every upgrade step, so the upgrade path is
// exercised on every save, not only when an old file turns up.
namespace WaymarkSchema {

// Creates the newest schema in an empty database and sets application_id and user_version.
bool create(SqliteDatabase &db, QString *error);

// Creates the schema exactly as file format `version` had it (the reference a file of that
// version is checked against before it is read).
bool createVersion(SqliteDatabase &db, int version, QString *error);

// Upgrades a database of `fromVersion` to the newest schema, one step at a time.
bool upgrade(SqliteDatabase &db, int fromVersion, QString *error);

// The schema as version 1 shipped it (tests build old files from it).
const char *versionOneSql();

} // namespace WaymarkSchema
} // namespace waymark
