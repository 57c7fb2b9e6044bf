#pragma once

#include "data/answerstatistics.h"

#include <QString>

#include <vector>

namespace waymark {

// How groups of answers are named and ordered: shared by groupAnswers() (rows in memory) and
// countedGroups() (counted while a file is read), so both print the same groups alike.

// A Julian day's month (yyyymm), quarter (yyyyq) or year as one number (> 0).
qint64 periodOf(Dimension dimension, qint64 day);
// "2024-03", "2024-Q1", "2024"; "(none)" for -1.
QString periodLabel(Dimension dimension, qint64 value);
// The one group of Dimension::Journey: "All responses".
QString allResponsesLabel();
// Fills each group's summary from its tally and sorts the groups by their labels.
void finishGroups(std::vector<MetricGroup> &groups, const Metric &metric);

} // namespace waymark
