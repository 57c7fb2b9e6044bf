#pragma once

#include <QStringList>

namespace waymark {

// `waymark stats FILE --metric nps|csat|ces|audit|enps|mean [--value COLUMN] [--by DIM,…]
// [--sheet NAME|N] [--map COLUMN=FIELD …] [--format table|csv|json]`: a metric per group with
// its 95 % interval, from an answers file (CSV, TSV, JSON, xlsx; one answer per row or
// aggregated counts) or from a journey's newest dataset of that metric.
int runStatsCommand(const QStringList &args);
QString statsCommandUsage();

} // namespace waymark
