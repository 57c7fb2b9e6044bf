#pragma once

#include "data/datatables.h"

#include <memory>

namespace waymark {

class Metric;

// A table of answers given one by one, summarised as an aggregated table: one row per group
// of touchpoint, stage, segment, channel, department, location, month and score, with the
// group's count (and its band counts; sd 0, as one score's answers have). It gives every
// statistic a view groups by (answerstatistics.h: the map, who, where, month, quarter, year)
// exactly as the rows do — scores add up in the same ascending order within a group — from a
// table thousands of times smaller: a ten-million-answer file opens showing its badges from
// it while the rows are read behind (format/waymarkdatasets.h). Respondents, customers and
// comments are left out: views that need them read the rows.
//
// Deterministic: equal rows give an equal summary (rows sorted by their texts, then month
// and score; texts numbered in the order they first appear), so a summary read from a file
// can be checked against the one its rows give.
AnswerTable summarizeAnswers(const AnswerTable &rows, const Metric &metric);

// The same, fed a table in parts (a streaming import's chunks, data/answerchunks.h) whose
// texts are numbered across the parts: a part's pool holds the texts it added, and the texts
// an earlier part added are remembered here when first seen.
class AnswerSummarizer
{
public:
    explicit AnswerSummarizer(const Metric &metric);
    ~AnswerSummarizer();
    void add(const AnswerTable &part);
    AnswerTable summary() const;

private:
    struct Groups;
    const Metric &mMetric;
    std::unique_ptr<Groups> mGroups;
};

// The first day of the month of a day number (noDate stays noDate).
qint64 monthStart(qint64 day);

} // namespace waymark
