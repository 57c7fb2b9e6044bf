#pragma once

#include "data/answerstatistics.h"
#include "data/importjob.h"

#include <QByteArray>
#include <QHash>

#include <optional>
#include <vector>

namespace waymark {

struct CountingOptions {
    int threads = 0;                 // 0: one per core
    // Where parts start (byte offsets into the UTF-8 text), instead of looking for record
    // starts: tests put them inside quoted fields to see the result stay the same.
    std::vector<qsizetype> splitAt;
    // The bytes are a read-only file mapping: pages already read are given back to the kernel
    // as the parts move on, so ten million answers cost no more memory than one.
    bool dropPagesBehind = false;
};

struct CountedAnswers {
    std::vector<MetricGroup> groups;  // as groupAnswers() gives them
    std::vector<bool> carries;        // per --by dimension: any answer had a value (tableCarries())
    std::vector<ImportIssue> issues;  // rows refused, in file order, as runImport() lists them
    qint64 rowsRead = 0;
    qint64 answers = 0;
    int parts = 0;                    // parts counted, each on its own thread
    int partsRecounted = 0;           // parts whose start was not a record start (counted again)
};

// A whole-answer metric (NPS, CSAT, CES, eNPS) per group straight from a CSV or TSV file's
// bytes, keeping no row: the text is cut into parts at record starts, each part is checked
// row by row exactly as runImport() checks it and counted per group on its own core, and the
// counts are merged. A part's start is only a guess (a line break whose next lines have the
// header's width); it is confirmed when the part before ends exactly there, and otherwise that
// stretch is counted again from where the part before really ended, so quoted fields with line
// breaks never change the result.
//
// nullopt when only the exact path (runImport() + groupAnswers()) can answer: not a CSV/TSV
// file, aggregated counts, answers with fractions, a respondent id that may repeat (its message
// names the first line), text that is not valid UTF-8, no valid row.
std::optional<CountedAnswers> countAnswers(const QByteArray &bytes, const QString &fileName, const ImportTarget &target,
                                           const ImportChoices &choices, const QHash<QString, int> &mapping,
                                           const std::vector<Dimension> &by, const CountingOptions &options = {});

} // namespace waymark
