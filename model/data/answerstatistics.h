#pragma once

#include "data/datatables.h"
#include "data/metrics/metric.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

class Journey;

// What answers can be grouped by: the map (stage, touchpoint), who and where (segment,
// channel, department, location) and when.
enum class Dimension { Journey, Stage, Touchpoint, Segment, Channel, Department, Location, Month, Quarter, Year };
QString dimensionKey(Dimension dimension);          // "stage", "quarter", … (command line, JSON)
std::optional<Dimension> dimensionFromKey(const QString &key);
const std::vector<Dimension> &allDimensions();
QString noValueLabel();                             // "(none)": rows without the value

// Whether the table has values for a dimension at all (a `--by location` on a file without a
// location column is refused rather than answered with one "(none)" group).
bool tableCarries(const AnswerTable &table, Dimension dimension, const Journey *journey = nullptr);

struct MetricGroup {
    QList<QPair<Dimension, QString>> key;
    MetricTally tally;
    MetricSummary summary;
};

// A metric per group of one or more dimensions (touchpoint × quarter, …) in one pass over the
// rows, answers given one by one or aggregated alike. A row's stage is the stage of the card
// whose data key is the row's touchpoint (needs `journey`), else its own stage column. Rows
// without a value for a dimension form a "(none)" group instead of vanishing. Groups come
// sorted by key.
std::vector<MetricGroup> groupAnswers(const AnswerTable &table, const Metric &metric, const std::vector<Dimension> &by,
                                      const Journey *journey = nullptr);

// Answers per touchpoint key, in the table's order of keys (answers without a key left out).
std::vector<QPair<QString, qint64>> touchpointRowCounts(const AnswerTable &table);
// Touchpoint keys of the rows that match no card's data key, with their row counts, most first.
std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const std::vector<QPair<QString, qint64>> &rowCounts, const Journey &journey);
std::vector<QPair<QString, qint64>> unmatchedTouchpointKeys(const AnswerTable &table, const Journey &journey);

} // namespace waymark
