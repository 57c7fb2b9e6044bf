#pragma once

// The server schema's migrations that live outside serverschema.cpp (which runs them in
// order; see serverschema.h). Private to model/server.
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace waymark::ServerSchema {

// Runs the statements in order; false with `error` naming the statement that failed.
bool runMigrationStatements(QSqlDatabase &db, const QStringList &statements, QString *error);

// Version 5 (serverschemalive.cpp): votes, dots taken back, comments changed and deleted.
bool migration5(QSqlDatabase &db, QString *error);
// Version 6 (serverschemalive.cpp): arrows between cards, personas and participants.
bool migration6(QSqlDatabase &db, QString *error);
// Version 7 (serverschemajourney.cpp): the journey's title, description, currency and
// settings, the agenda and the business case live; votes deleted with their dots; a vote's
// time limit enforced on the server's clock.
bool migration7(QSqlDatabase &db, QString *error);
// Version 8 (serverschemadatasets.cpp): imported survey and purchase data live, one row per
// dataset in `datasets`, facilitators only.
bool migration8(QSqlDatabase &db, QString *error);

} // namespace waymark::ServerSchema
