#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

QString serverCommandUsage();
// `waymark server publish|list|export URL …`: journeys shared through a PostgreSQL database
// (docs/server.md) from the command line — publish a file, list what is there, save one
// back to a file.
int runServerCommand(const QStringList &args);

} // namespace waymark
