#include "data/respondentrepeats.h"

#include <algorithm>
#include <limits>

namespace waymark {

namespace {

template<typename T>
void eraseRows(std::vector<T> &column, const std::vector<std::size_t> &gone)
{
    if (column.empty())
        return;
    std::size_t kept = 0;
    auto next = gone.begin();
    for (std::size_t row = 0; row < column.size(); ++row) {
        if (next != gone.end() && *next == row) {
            ++next;
            continue;
        }
        column[kept++] = column[row];
    }
    column.resize(kept);
}

} // namespace

void ChunkRespondents::add(QByteArrayView id, qint64 line, QByteArrayView file)
{
    const bool there = !id.isEmpty() && Utf8Interner::liesWithin(id, file);
    bytes.append(id.data(), std::size_t(id.size()));
    ends.push_back(quint32(bytes.size()));
    inFile.push_back(there ? id.data() : nullptr);
    lines.push_back(quint32(std::clamp<qint64>(line, 1, std::numeric_limits<quint32>::max())));
}

void ChunkRespondents::reserve(std::size_t rows)
{
    ends.reserve(rows);
    inFile.reserve(rows);
    lines.reserve(rows);
}

void ChunkRespondents::decodeInto(AnswerTable &chunk) const
{
    Q_ASSERT(chunk.respondent.size() == ends.size());
    for (std::size_t row = 0; row < chunk.respondent.size(); ++row)
        if (const quint32 index = chunk.respondent[row]; index != 0)
            chunk.strings.fill(index, QString::fromUtf8(id(row)));
}

RespondentRepeats::RespondentRepeats(QByteArrayView file, const QString &column, const QString &repeated, std::size_t expected)
    : mColumn(column)
    , mRepeated(repeated)
    , mFile(file)
    , mExpected(expected)
{
}

void RespondentRepeats::refuse(AnswerTable &chunk, const ChunkRespondents &respondents)
{
    const std::size_t rows = respondents.ends.size();
    if (!mSeen)
        mSeen.emplace(nullptr, mFile, mExpected);
    // Each lookup's table slot is asked for some ids ahead (Utf8Interner::prefetch).
    constexpr std::size_t ahead = 16;
    for (std::size_t row = 0; row < std::min(ahead, rows); ++row)
        mSeen->prefetch(respondents.id(row));
    std::vector<std::size_t> gone;
    for (std::size_t row = 0; row < rows; ++row) {
        if (row + ahead < rows)
            mSeen->prefetch(respondents.id(row + ahead));
        const QByteArrayView id = respondents.id(row);
        if (id.isEmpty())
            continue;
        const quint32 line = respondents.lines[row];
        if (const quint32 first = mSeen->rememberCopy(id, respondents.inFile[row], line); first != 0) {
            mIssues.push_back({qint64(line), mColumn, QString::fromUtf8(id.first(std::min<qsizetype>(id.size(), 200))), mRepeated.arg(first)});
            gone.push_back(row);
        }
    }
    if (gone.empty())
        return;
    for (auto *column : {&chunk.respondent, &chunk.customer, &chunk.segment, &chunk.touchpoint, &chunk.stage, &chunk.channel,
                         &chunk.department, &chunk.location, &chunk.comment})
        eraseRows(*column, gone);
    eraseRows(chunk.score, gone);
    eraseRows(chunk.day, gone);
    mRefused += gone.size();
}

} // namespace waymark
