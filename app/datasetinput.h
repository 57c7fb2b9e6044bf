#pragma once

#include "data/answercounting.h"
#include "data/importjob.h"
#include "journey.h"

#include <QStringList>

#include <optional>

namespace waymark {

class AnswerChunkSink;

// How the command line reads survey and CLV files: --map COLUMN=FIELD (repeatable),
// --encoding NAME, --delimiter C. Columns not given with --map are guessed from the header.
struct FileImportOptions {
    ImportChoices choices;
    QHash<QString, int> mapping;
};

// If args[i] is one of the options above, takes it (and its value, advancing i) and
// returns true; `error` is set when its value is wrong.
bool takeImportOption(const QStringList &args, qsizetype &i, const ImportTarget &kind, FileImportOptions &options, QString *error);

// Imports a responses or CLV file. Refused rows go to standard error as
// "FILE:LINE: COLUMN: reason (row skipped)"; nullopt with `error` when nothing is usable.
// With `chunks`, answers given one by one go there as they are checked (data/answerchunks.h)
// and the dataset returned holds none of them.
std::optional<Dataset> importDataFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options, QString *error,
                                      AnswerChunkSink *chunks = nullptr);

// A whole-answer metric per group straight from a CSV/TSV file, counted while it is read on
// every core and keeping no row (countAnswers()); refused rows go to standard error as with
// importDataFile(). nullopt when the file needs the whole import instead (importDataFile()
// then gives the same figures, and the messages only it can give).
std::optional<CountedAnswers> countDataFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options,
                                            const std::vector<Dimension> &by);

bool isJourneyFile(const QString &path);

// The data a command works on: a file of that kind, or the newest dataset of that kind in a
// journey file (then `journey` receives the journey, for stage names and data keys).
std::optional<DatasetRef> datasetFromFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options,
                                       std::optional<Journey> *journey, QString *error);

// Prints "waymark: MESSAGE" to standard error and returns `status`.
int commandProblem(const QString &message, int status);

} // namespace waymark
