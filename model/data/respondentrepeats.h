#pragma once

#include "data/datatables.h"
#include "data/importjob.h"
#include "data/utf8interner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace waymark {

// A chunk's respondent ids, copied one after another (the file's pages are given back behind
// the import, so the ids are not read there later), with where each lies in the file and each
// row's line: what RespondentRepeats needs of a chunk.
struct ChunkRespondents {
    std::string bytes;                // the ids, one after another
    std::vector<quint32> ends;        // by row: where its id ends in `bytes` (equal to the last: none)
    std::vector<const char *> inFile; // by row: where its id lies in the file; nullptr: elsewhere
    std::vector<quint32> lines;       // by row

    void add(QByteArrayView id, qint64 line, QByteArrayView file);
    void reserve(std::size_t rows);
    // Gives the chunk's respondent texts (numbered, left empty while reading) their ids.
    void decodeInto(AnswerTable &chunk) const;
    QByteArrayView id(std::size_t row) const
    {
        const quint32 start = row == 0 ? 0 : ends[row - 1];
        return QByteArrayView(bytes.data() + start, qsizetype(ends[row] - start));
    }
};

// A streaming import's check that no respondent answered twice, made on the chunk's way out
// (data/answerchunks.h: the sink runs it on its writing thread, chunk after chunk in the
// file's order) rather than in the importer's loop: a million distinct ids each cost a trip to
// memory, which was the largest part of the reading thread's time (docs/benchmarks.md,
// "Looking ahead"). A row whose id came before is taken out of the chunk and reported with
// the same message the importer gives; its id's text stays in the chunk's pool, unused.
class RespondentRepeats
{
public:
    // `file`: the text the ids lie in (a new id is remembered by its place there, not copied:
    // ten million ids); `column`: the file's column name; `repeated`: the message with %1 for the first line.
    RespondentRepeats(QByteArrayView file, const QString &column, const QString &repeated, std::size_t expected);

    // Drops the rows whose respondent came before.
    void refuse(AnswerTable &chunk, const ChunkRespondents &respondents);
    std::size_t refused() const { return mRefused; }
    // The refusals so far, in the file's order.
    std::vector<ImportIssue> takeIssues() { return std::move(mIssues); }

private:
    QString mColumn;
    QString mRepeated;
    // Numbers only: the line each id was first on. Made at the first chunk, on the writing
    // thread: zeroing its table (tens of MiB for a million ids) held up the reading thread's start.
    std::optional<Utf8Interner> mSeen;
    QByteArrayView mFile;
    std::size_t mExpected;
    std::vector<ImportIssue> mIssues;
    std::size_t mRefused = 0;
};

} // namespace waymark
