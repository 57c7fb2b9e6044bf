#pragma once

#include "data/answerstatistics.h"
#include "datasetinput.h"

#include <QStringList>

#include <optional>

namespace waymark {

// What `waymark stats` and `waymark nps` are asked: a file, a metric, the groups, a format.
struct StatsRequest {
    QString file;
    QString format = QStringLiteral("table");
    std::vector<Dimension> by{Dimension::Journey};
    FileImportOptions options;
    ImportTarget target;
    // A PostgreSQL URL as `file`: the table or query to read, and the server's time limit.
    QString table;
    QString query;
    int timeoutSeconds = 300;
};

// Reads the arguments; `metricOption` allows --metric and --value (stats) where nps has NPS
// fixed. Returns an exit status when the arguments are wrong (the message is printed).
std::optional<int> parseStatsRequest(const QStringList &args, bool metricOption, StatsRequest &request);

struct StatsInput {
    DatasetRef dataset;
    std::optional<Journey> journey;
    // A CSV file counted as it was read: the groups are here and `dataset` holds no rows.
    std::optional<CountedAnswers> counted;
    // The groups asked for: counted, or grouped from the dataset's rows.
    std::vector<MetricGroup> groups(const Metric &metric, const std::vector<Dimension> &by) const;
};
// Loads the answers and checks that every --by dimension has values in them: a dimension no
// column carries is refused with the columns found and the --map to use, rather than putting
// every answer in "(none)". Returns an exit status on failure (the message is printed).
std::optional<int> loadStatsInput(const StatsRequest &request, StatsInput &input);

} // namespace waymark
