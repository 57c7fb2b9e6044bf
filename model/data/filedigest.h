#pragma once

#include <QByteArray>

#include <atomic>
#include <future>

namespace waymark {

// An imported file's SHA-256, taken on a thread of its own while the import parses, and, when
// toUtf8() left it (Utf8Text::unchecked), the check that the file is UTF-8 made on the same
// pass. For a file's memory mapping whose pages the parse gives back behind it
// (data/mappedpages.h), the digest keeps at most a stretch or two ahead of the parse: each page
// is then brought in once, for both, instead of once for the check, once for the digest and
// once more for the parse (a third of the reading thread's kernel time at a million answers).
class FileDigest
{
public:
    // `bytes` must outlive this. `checkUtf8`: look for the first byte that is not UTF-8.
    // `followParse`: stay near the position parsedUpTo() gives.
    FileDigest(const QByteArray &bytes, bool checkUtf8, bool followParse);
    // Lets the thread finish: the parse is done (or stopped), waited for no more.
    ~FileDigest();
    FileDigest(const FileDigest &) = delete;
    FileDigest &operator=(const FileDigest &) = delete;

    // The parse no longer needs the text before `position`.
    void parsedUpTo(qsizetype position);
    // The first byte that is not UTF-8 found so far, or -1.
    qsizetype invalidAt() const { return mInvalidAt.load(std::memory_order_relaxed); }
    // Waits for the whole file: its digest as hex (invalidAt() is then final).
    QByteArray finish();

    // How far apart the digest and the parse may be, and how much is hashed at once.
    static constexpr qsizetype stretch = 16 << 20;

private:
    QByteArray run(bool checkUtf8, bool followParse);

    const QByteArray &mBytes;
    std::atomic<qsizetype> mParsedTo{0};
    std::atomic<qsizetype> mInvalidAt{-1};
    std::future<QByteArray> mDone;
};

} // namespace waymark
