#pragma once

#include "data/answerstatistics.h"
#include "data/dataset.h"
#include "warehouse/postgresurl.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark {

// Survey answers that stay in PostgreSQL: a table or a query, one answer per row. The
// server groups and counts (one statement per view, see aggregatesql.h); Waymark receives
// answers per group and score and builds the same statistics from those counts as from a
// file (an aggregated AnswerTable, grouped by groupAnswers like any other).
struct PostgresAnswerSource {
    PostgresAddress address;
    QString table;                  // [schema.]table, read as SQL reads a name; or
    QString query;                  // a SELECT giving one answer per row
    QString metric = QStringLiteral("nps");
    // Column -> AnswerImportField chosen by the user; the other columns are guessed from
    // their names as a file's headers are.
    QHash<QString, int> mapping;
};

struct PostgresLimits {
    int timeoutSeconds = 300;       // the server's statement_timeout for the statement
    // More groups than this and the statement is refused: a grouping by a column of free
    // text or ids would bring the rows themselves across.
    long long maxGroups = 500'000;
    int connectTimeoutSeconds = 10;
};

struct PostgresAnswers {
    Dataset dataset;                // answers aggregated per group and score
    QStringList columns;            // the source's columns
    double answers = 0;             // rows counted into the statistics
    double nullScores = 0;          // rows without a score: left out, reported
    double invalidScores = 0;       // scores outside the metric's scale: left out, reported
    QStringList warnings;           // translated, one per kind of row left out
    QString sql;                    // the statement sent (for the curious, and tests)
};

// What a dimension of `by` that the source has no column for does: refuse the read (a view
// asked for it), or group without it (a journey's dataset takes what the source has).
enum class MissingDimension { Refuse, Skip };

// Connects, checks the source's columns and their types, sends the aggregate for `by` and
// builds the dataset; nullopt with `error` naming what and where (table, column, server).
// Needs a QCoreApplication (Qt loads its PostgreSQL driver as a plugin).
std::optional<PostgresAnswers> readPostgresAnswers(const PostgresAnswerSource &source, const std::vector<Dimension> &by,
                                                   const PostgresLimits &limits, QString *error,
                                                   MissingDimension missing = MissingDimension::Refuse);

} // namespace waymark
