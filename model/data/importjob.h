#pragma once

#include "data/dataset.h"
#include "data/importmapping.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace waymark {

class AnswerChunkSink;

// One import as the import dialog and the command line run it: preview, guessed mapping,
// the import itself (with progress and cancel) and the provenance of the result.
struct ImportChoices {
    QString encoding;       // empty: detect
    QChar delimiter;        // null: detect
    int dateOrder = 0;      // 0 detect, 1 day first, 2 month first
    // A one-off statistic (`waymark nps FILE`) keeps only what grouping needs: rows are
    // checked exactly as for an import (duplicate respondents too), but respondent and
    // customer ids and comments are not kept, and no SHA-256 is taken.
    bool statisticsOnly = false;
    // An .xlsx workbook's sheet: its name or number ("2"); empty means the first.
    QString sheet;
    // The bytes are a file's memory mapping (the command line maps what it imports): pages
    // read are given back to the kernel as the import goes (data/mappedpages.h). Never for
    // bytes in ordinary memory, which giving back would erase.
    bool dropPagesBehind = false;
    // Answers given one by one go here a chunk at a time instead of into the outcome's dataset,
    // which then holds no rows (its source says how many were imported). Aggregated tables,
    // CLV and purchases are kept whole as before.
    AnswerChunkSink *chunks = nullptr;
};

struct ImportPreview {
    QStringList headers;
    QList<QStringList> rows;      // first rows, as text
    QString encoding;             // what was used
    QString encodingProblem;      // not valid UTF-8 and no encoding chosen: say where
    bool dateOrderAmbiguous = false;
    QString error;                // could not read at all
    QStringList sheets;           // an .xlsx workbook's sheets (empty for text files)
};

struct ImportIssue {
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};

struct ImportOutcome {
    std::optional<Dataset> dataset; // the valid rows, provenance filled
    std::vector<ImportIssue> issues;
    QString error;                  // nothing could be imported, and why
};

ImportPreview previewImport(const QByteArray &bytes, const QString &fileName, const ImportChoices &choices, int rows);
// Reads the whole file in one streaming pass over its UTF-8 bytes (a million rows: the
// file, the columns and the distinct values in memory, nothing per row besides).
ImportOutcome runImport(const QByteArray &bytes, const QString &fileName, const ImportTarget &target, const ImportChoices &choices,
                        const QHash<QString, int> &mapping, const std::function<void(double)> &progress,
                        const std::atomic_bool *cancel);

} // namespace waymark
