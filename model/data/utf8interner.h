#pragma once

#include "data/datatables.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstring>
#include <deque>
#include <memory>
#include <string_view>
#include <vector>

namespace waymark {

// Texts a pool numbers but holds empty for now, with where their bytes lie (memory that
// outlives the chunk they came with): a streaming import decodes them on the chunk's writing
// thread rather than in its reading loop (StringPool::fill()).
struct TextsToDecode {
    struct Text {
        quint32 index;
        quint32 size;
        const char *bytes;
    };
    std::vector<Text> texts;

    void add(quint32 index, QByteArrayView bytes) { texts.push_back({index, quint32(bytes.size()), bytes.data()}); }
    void decodeInto(StringPool &pool) const
    {
        for (const Text &text : texts)
            pool.fill(text.index, QString::fromUtf8(text.bytes, qsizetype(text.size)));
    }
};

// Interns UTF-8 cells into a dataset's string pool without a QString per cell: only a value
// seen for the first time is decoded. Cells that are slices of `stable` (the file's bytes,
// which outlive the import) are remembered by pointer; others are copied.
//
// Written by hand because it is the importer's inner loop (ten million cells for a million
// responses): Qt's seeded byte hash and std::unordered_map's node per entry measured at
// over a second for the two million distinct respondent and customer ids of the benchmark
// file. A direct-mapped cache per column catches the columns that repeat a few values
// (segment, channel, touchpoint), and an open-addressing table holds the rest.
class Utf8Interner
{
public:
    // Without a pool, values are only numbered (1, 2, …): enough to find repeats. With
    // `copyTexts`, every text kept is copied: a mapped file whose pages are given back as the
    // import goes (data/mappedpages.h) is then never read again behind it — comparing a
    // repeated customer id with its first appearance would otherwise bring that page back,
    // and at ten million answers most of the file with it.
    Utf8Interner(StringPool *pool, QByteArrayView stable, std::size_t expected = 1024, bool copyTexts = false);
    // With `copyTexts`: a new text gets its index in the pool but stays undecoded, its copy
    // listed in `later` (which the caller hands on and empties); the copy lives as long as
    // this interner.
    void decodeLater(TextsToDecode *later) { mLater = mCopyTexts ? later : nullptr; }
    // `column` picks the cache; any small number (< 16) per column of the file.
    quint32 add(int column, QByteArrayView text);
    // Without a pool: remembers `value` (not 0) with a text seen for the first time and gives
    // 0; for a text seen before, gives the value remembered with it (e.g. the line an id was
    // first on: no table beside this one).
    quint32 remember(int column, QByteArrayView text, quint32 value);
    // remember() of a copy of text that lies in `stable` at `inStable` (nullptr: nowhere): a
    // new text is kept as that place in the file, not copied.
    quint32 rememberCopy(QByteArrayView text, const char *inStable, quint32 value);
    // Asks the processor for the table slot `text` hashes to, some rows before add() or
    // remember() looks it up: a million distinct ids make each lookup a trip to memory,
    // which was most of the importer's time (docs/benchmarks.md, "Looking ahead").
    void prefetch(QByteArrayView text) const;
    // Later, once that slot is in the cache: asks for the text a repeated value is compared
    // with (its first appearance, elsewhere in memory).
    void prefetchStored(QByteArrayView text) const;

    // Whether `text` lies within `whole` (a slice of a file's bytes rather than scratch space or
    // a copy); compared as numbers, since the two may be unrelated objects.
    static bool liesWithin(QByteArrayView text, QByteArrayView whole)
    {
        const auto at = quintptr(text.data());
        const auto start = quintptr(whole.data());
        return at >= start && at - start <= quintptr(whole.size()) && quintptr(text.size()) <= quintptr(whole.size()) - (at - start);
    }

    // Equal bytes; cells are short (ids, dates, labels), and for up to 16 bytes two
    // overlapping fixed-size loads compare them without a call into the C library.
    static bool sameBytes(const char *a, const char *b, std::size_t size)
    {
        const auto equalAt = [a, b]<typename Word>(std::size_t at, Word) {
            Word x, y;
            std::memcpy(&x, a + at, sizeof x);
            std::memcpy(&y, b + at, sizeof y);
            return x == y;
        };
        if (size >= 8)
            return size > 16 ? std::memcmp(a, b, size) == 0 : equalAt(0, quint64()) && equalAt(size - 8, quint64());
        if (size >= 4)
            return equalAt(0, quint32()) && equalAt(size - 4, quint32());
        for (std::size_t i = 0; i < size; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

private:
    // 16 bytes: the table of a million distinct ids is memory that counts (peak < 300 MB).
    struct Entry {
        quint32 where = 0; // offset into `stable`, or ownedBit | offset in mOwned; 0 with index 0 = empty
        // The text's length (low bits) and twelve more bits of its hash. Entries near one slot
        // share the hash's low bits, so 32 stored bits told apart only one in 256 of them: the
        // rest were compared byte by byte with their first appearance, bringing that page of a
        // mapped file back into memory — at ten million respondent ids, most of the file.
        quint32 sizeAndTag = 0;
        quint32 index = 0; // 0: empty slot (the empty text never enters the table)
        quint32 hash = 0;  // the hash's low 32 bits, which pick the slot
    };
    static constexpr quint32 sizeBits = 20;
    static constexpr quint32 sizeMask = (1u << sizeBits) - 1; // texts up to 1 MiB (import cells: 64 KiB)
    static constexpr quint32 ownedBit = 0x8000'0000u;
    const char *dataOf(const Entry &entry) const;
    struct CacheSlot {
        QByteArrayView text;
        quint32 index = 0;
        quint32 quick = 0; // the text's quick hash: a column of ids misses without comparing bytes
    };
    static constexpr std::size_t cachedColumns = 16;
    static constexpr std::size_t cacheSize = 64;

    // `keepAt`: where the same bytes lie, kept for a new text (`text` itself, or its place in `stable`).
    quint32 find(int column, QByteArrayView text, quint32 valueIfNew, const char *keepAt);
    quint32 insertNew(QByteArrayView text, quint32 hash, quint32 sizeAndTag, quint32 valueIfNew);
    void grow();

    StringPool *mPool;
    QByteArrayView mStable;
    bool mCopyTexts = false;
    TextsToDecode *mLater = nullptr;
    std::vector<Entry> mTable; // power-of-two size, at most 70 % full
    std::size_t mUsed = 0;
    const char *mLastStored = nullptr; // where insertNew() keeps the text it added
    // Copied texts, one after another in blocks: one allocation per MiB rather than per text,
    // and a text found by shifting its offset (a streaming import copies every text it keeps).
    static constexpr int blockBits = 20;
    std::vector<std::unique_ptr<char[]>> mOwned;
    quint32 mOwnedEnd = 0; // offset after the last text copied
    bool copy(QByteArrayView text, quint32 *where);
    std::array<std::array<CacheSlot, cacheSize>, cachedColumns> mCache{};
};

} // namespace waymark
