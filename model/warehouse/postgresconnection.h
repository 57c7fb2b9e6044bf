#pragma once

#include "warehouse/postgresurl.h"

#include <QSqlDatabase>
#include <QString>

namespace waymark {

// Adds a Qt SQL connection named `name` with the QPSQL driver for `address` and opens it.
// No password, ever: libpq reads ~/.pgpass (or PGPASSWORD) itself. The URL's own options
// (sslmode, …) are passed on; `applicationName` shows in pg_stat_activity, so an operator
// (or a test) can tell Waymark's connections apart. Check isOpen() and lastError().
// Needs a QCoreApplication (Qt loads the driver as a plugin).
QSqlDatabase openPostgres(const PostgresAddress &address, const QString &name, int connectTimeoutSeconds,
                          const QString &applicationName = QStringLiteral("waymark"));

} // namespace waymark
