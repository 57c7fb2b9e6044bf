#pragma once

#include "journey.h"
#include "server/journeyparts.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include <map>
#include <optional>
#include <vector>

namespace waymark {

// What File → Open from Server… lists.
struct ServerJourneyInfo {
    QUuid id;
    QString title;
    QDateTime created;     // UTC
    QString createdBy;     // the database user who published it
    QDateTime lastChanged; // UTC: the newest change, or the publication
    qint64 changes = 0;    // the newest change's id; 0 when none since publishing
};

// Where a dataset is in the table `datasets` (server schema 8): its place in the journey's
// order and the change that wrote the version read (0: published with the journey).
struct ServerDatasetRow {
    qint64 seq = 0;
    qint64 change = 0;
};

// A journey's parts as the server holds them, and the newest change they include. The
// datasets (rows of their own on the server) are in the base's "datasets", in order, as in a
// .waymark.json document.
struct ServerSnapshot {
    JourneyParts parts;
    qint64 lastChange = 0;
    std::map<QUuid, ServerDatasetRow> datasets;
};

// Journeys shared through a PostgreSQL database (docs/server.md). `db` is an open QPSQL
// connection (warehouse/postgresconnection.h). Every function returns nullopt with `error`
// naming what went wrong and where (database, table, row).
namespace ServerJourneys {

// Sets up the server schema when needed and stores the journey under its own id, in one
// transaction. Refuses a journey whose id is already there (open that one instead).
std::optional<QUuid> publish(QSqlDatabase &db, const Journey &journey, QString *error);

// The journey as it is now, checked like a file.
std::optional<Journey> open(QSqlDatabase &db, const QUuid &id, QString *error);

// Newest change first.
std::optional<std::vector<ServerJourneyInfo>> list(QSqlDatabase &db, QString *error);

// The parts and the newest change id, read from one consistent snapshot (a live session
// starts from here and then reads the changes after `lastChange`).
std::optional<ServerSnapshot> readSnapshot(QSqlDatabase &db, const QUuid &id, QString *error);

} // namespace ServerJourneys

} // namespace waymark
