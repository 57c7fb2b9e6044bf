#pragma once

#include "data/datatables.h"
#include "data/importjob.h"
#include "data/utf8interner.h"

#include <QString>

#include <string>
#include <vector>

namespace waymark {

// A streaming import's check that no respondent answered twice, made on the chunk's way out
// (data/answerchunks.h: the sink runs it on its writing thread, chunk after chunk in the
// file's order) rather than in the importer's loop: a million distinct ids each cost a trip to
// memory, which was the largest part of the reading thread's time (docs/benchmarks.md,
// "Looking ahead"). A row whose id came before is taken out of the chunk and reported with
// the same message the importer gives; its id's text stays in the chunk's pool, unused.
class RespondentRepeats
{
public:
    // `column`: the file's column name; `repeated`: the message with %1 for the first line.
    RespondentRepeats(const QString &column, const QString &repeated, std::size_t expected);

    // `lines`: each row's line in the file. Drops the rows whose respondent came before.
    void refuse(AnswerTable &chunk, const std::vector<quint32> &lines);
    std::size_t refused() const { return mRefused; }
    // The refusals so far, in the file's order.
    std::vector<ImportIssue> takeIssues() { return std::move(mIssues); }

private:
    void appendUtf8(const QString &text); // to mBuffer, its end to mEnds

    QString mColumn;
    QString mRepeated;
    Utf8Interner mSeen; // numbers only: the line each id was first on
    std::vector<ImportIssue> mIssues;
    std::size_t mRefused = 0;
    std::string mBuffer;             // the chunk's ids as UTF-8
    std::vector<std::size_t> mEnds;  // where each ends (after a leading 0)
    std::vector<std::size_t> mRows;  // the row each belongs to
};

} // namespace waymark
