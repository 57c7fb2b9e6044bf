#pragma once

#include <QString>

#include <vector>

namespace waymark {

// The one statement a view sends to the server: answers counted per group and score, so
// only aggregates cross the connection, never an answer row.
//   SELECT <text keys>, <period start>, <score>, count(*) FROM <source> GROUP BY … LIMIT n
// Text keys are trimmed of spaces and tabs and empty ones become NULL, as the file reader
// trims cells and reads empty ones as no value; NULL scores form their own groups so they
// are counted, not lost.
struct AggregatePlan {
    QString from;                       // a table's quoted name, or "(SELECT …) AS source"
    QString scoreColumn;
    std::vector<QString> textColumns;   // one output column each, in this order
    QString dateColumn;                 // empty: no period
    QString period;                     // "month", "quarter" or "year": the finest one asked
    long long limit = 0;                // at most this many groups come back
};
QString aggregateSql(const AggregatePlan &plan);

// "name" with inner quotes doubled: a column name as SQL text, whatever it holds.
QString quotedIdentifier(const QString &name);

} // namespace waymark
