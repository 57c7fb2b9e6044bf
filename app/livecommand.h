#pragma once

#include "data/importmapping.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace waymark {

// Datasets whose answers stay in PostgreSQL (issue 20, warehouse/livedataset.h) from the
// command line: `waymark import … postgresql://…` adds one, `waymark refresh` reads them anew.
int importLiveData(const QString &journeyPath, const QString &url, const ImportTarget &target, const QString &table,
                   const QString &query, const QHash<QString, int> &mapping, const QString &name);

QString refreshCommandUsage();
int runRefreshCommand(const QStringList &args);

} // namespace waymark
