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

RespondentRepeats::RespondentRepeats(const QString &column, const QString &repeated, std::size_t expected)
    : mColumn(column)
    , mRepeated(repeated)
    , mSeen(nullptr, {}, expected, true)
{
}

void RespondentRepeats::appendUtf8(const QString &text)
{
    // Ids are nearly always ASCII: copied byte by byte, no allocation per id.
    const std::size_t start = mBuffer.size();
    mBuffer.resize(start + std::size_t(text.size()));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            const QByteArray utf8 = text.toUtf8();
            mBuffer.resize(start);
            mBuffer.append(utf8.constData(), std::size_t(utf8.size()));
            break;
        }
        mBuffer[start + std::size_t(i)] = char(c);
    }
    mEnds.push_back(mBuffer.size());
}

void RespondentRepeats::refuse(AnswerTable &chunk, const std::vector<quint32> &lines)
{
    // The chunk's ids as UTF-8, one after another, so that each lookup's table slot can be
    // asked for some ids ahead (Utf8Interner::prefetch).
    mBuffer.clear();
    mEnds.assign(1, 0);
    mRows.clear();
    for (std::size_t row = 0; row < chunk.size(); ++row) {
        if (chunk.respondent[row] != 0) {
            appendUtf8(chunk.strings.at(chunk.respondent[row]));
            mRows.push_back(row);
        }
    }
    const auto id = [this](std::size_t i) { return QByteArrayView(mBuffer.data() + mEnds[i], qsizetype(mEnds[i + 1] - mEnds[i])); };
    constexpr std::size_t ahead = 16;
    for (std::size_t i = 0; i < std::min(ahead, mRows.size()); ++i)
        mSeen.prefetch(id(i));
    std::vector<std::size_t> gone;
    for (std::size_t i = 0; i < mRows.size(); ++i) {
        if (i + ahead < mRows.size())
            mSeen.prefetch(id(i + ahead));
        const std::size_t row = mRows[i];
        const quint32 line = std::max<quint32>(1, lines[row]);
        if (const quint32 first = mSeen.remember(0, id(i), line); first != 0) {
            mIssues.push_back({qint64(line), mColumn, chunk.strings.at(chunk.respondent[row]).left(200), mRepeated.arg(first)});
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
