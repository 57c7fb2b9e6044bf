#include "data/utf8interner.h"

#include <bit>
#include <cstring>
#include <functional>

namespace waymark {

Utf8Interner::Utf8Interner(StringPool *pool, QByteArrayView stable, std::size_t expected)
    : mPool(pool)
    , mStable(stable)
    , mTable(std::bit_ceil(std::max<std::size_t>(64, expected * 10 / 7 + 1)))
{
}

quint32 Utf8Interner::add(int column, QByteArrayView text)
{
    if (text.isEmpty())
        return 0;
    // FNV-1a over the first 16 bytes picks the cache slot: cheap, and enough to spread a
    // column's few values.
    quint32 quick = 2166136261u;
    for (qsizetype i = 0, n = std::min<qsizetype>(text.size(), 16); i < n; ++i)
        quick = (quick ^ uchar(text[i])) * 16777619u;
    CacheSlot &slot = mCache[std::size_t(column) % cachedColumns][quick % cacheSize];
    if (slot.text == text)
        return slot.index;

    const std::size_t hash = std::hash<std::string_view>{}(std::string_view(text.data(), std::size_t(text.size())));
    const std::size_t mask = mTable.size() - 1;
    quint32 index = 0;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Entry &entry = mTable[i];
        if (!entry.data) {
            index = insertNew(text, hash);
            break;
        }
        if (entry.hash == hash && entry.size == quint32(text.size()) && std::memcmp(entry.data, text.data(), entry.size) == 0) {
            index = entry.index;
            break;
        }
    }
    slot = {text, index};
    return index;
}

quint32 Utf8Interner::insertNew(QByteArrayView text, std::size_t hash)
{
    if ((mUsed + 1) * 10 > mTable.size() * 7) // at most 70 % full: short probes, little memory
        grow();
    const char *data = text.data();
    if (data < mStable.data() || data + text.size() > mStable.data() + mStable.size()) {
        mOwned.push_back(text.toByteArray());
        data = mOwned.back().constData();
    }
    const quint32 index = mPool ? mPool->append(QString::fromUtf8(text)) : quint32(mUsed + 1);
    const std::size_t mask = mTable.size() - 1;
    std::size_t i = hash & mask;
    while (mTable[i].data)
        i = (i + 1) & mask;
    mTable[i] = {data, quint32(text.size()), index, hash};
    ++mUsed;
    return index;
}

void Utf8Interner::grow()
{
    std::vector<Entry> old(mTable.size() * 2);
    old.swap(mTable);
    const std::size_t mask = mTable.size() - 1;
    for (const Entry &entry : old) {
        if (!entry.data)
            continue;
        std::size_t i = entry.hash & mask;
        while (mTable[i].data)
            i = (i + 1) & mask;
        mTable[i] = entry;
    }
}

} // namespace waymark
