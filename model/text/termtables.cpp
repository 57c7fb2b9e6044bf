#include "text/termtables.h"

#include <QHashFunctions>

#include <algorithm>
#include <cstring>

namespace waymark {

namespace {

quint32 hashOf(QStringView word)
{
    const std::size_t h = qHash(word, 0);
    return quint32(h ^ (h >> 32));
}

bool sameWord(const QString &stored, QStringView word)
{
    return stored.size() == word.size() && std::memcmp(stored.constData(), word.data(), std::size_t(word.size()) * sizeof(QChar)) == 0;
}

} // namespace

void WordIds::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(1024, mSlots.size() * 2));
    old.swap(mSlots);
    const std::size_t mask = mSlots.size() - 1;
    for (const Slot &entry : old) {
        if (entry.id == empty)
            continue;
        std::size_t at = entry.hash & mask;
        while (mSlots[at].id != empty)
            at = (at + 1) & mask;
        mSlots[at] = entry;
    }
}

quint32 WordIds::intern(QString &&word, std::vector<QString> &words, bool &added)
{
    if ((mUsed + 1) * 10 > mSlots.size() * 7)
        grow();
    const quint32 hash = hashOf(word);
    const std::size_t mask = mSlots.size() - 1;
    std::size_t at = hash & mask;
    for (; mSlots[at].id != empty; at = (at + 1) & mask) {
        if (mSlots[at].hash == hash && sameWord(words[mSlots[at].id], word)) {
            added = false;
            return mSlots[at].id;
        }
    }
    const quint32 id = quint32(words.size());
    mSlots[at] = {hash, id};
    ++mUsed;
    words.push_back(std::move(word));
    added = true;
    return id;
}

std::optional<quint32> WordIds::find(QStringView word, const std::vector<QString> &words) const
{
    if (mSlots.empty())
        return std::nullopt;
    const quint32 hash = hashOf(word);
    const std::size_t mask = mSlots.size() - 1;
    for (std::size_t at = hash & mask; mSlots[at].id != empty; at = (at + 1) & mask)
        if (mSlots[at].hash == hash && sameWord(words[mSlots[at].id], word))
            return mSlots[at].id;
    return std::nullopt;
}

std::size_t PairIds::slot(quint64 key) const
{
    quint64 x = key + 0x9E3779B97F4A7C15ull; // splitmix64's finaliser
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    x ^= x >> 31;
    return std::size_t(x) & (mSlots.size() - 1);
}

void PairIds::grow()
{
    std::vector<std::pair<quint64, quint32>> old(std::max<std::size_t>(1024, mSlots.size() * 2), {empty, 0});
    old.swap(mSlots);
    for (const auto &entry : old) {
        if (entry.first == empty)
            continue;
        std::size_t at = slot(entry.first);
        while (mSlots[at].first != empty)
            at = (at + 1) & (mSlots.size() - 1);
        mSlots[at] = entry;
    }
}

quint32 PairIds::intern(quint64 key, quint32 next, bool &added)
{
    if ((mUsed + 1) * 10 > mSlots.size() * 7)
        grow();
    std::size_t at = slot(key);
    while (mSlots[at].first != empty) {
        if (mSlots[at].first == key) {
            added = false;
            return mSlots[at].second;
        }
        at = (at + 1) & (mSlots.size() - 1);
    }
    mSlots[at] = {key, next};
    ++mUsed;
    added = true;
    return next;
}

std::optional<quint32> PairIds::find(quint64 key) const
{
    if (mSlots.empty())
        return std::nullopt;
    for (std::size_t at = slot(key); mSlots[at].first != empty; at = (at + 1) & (mSlots.size() - 1))
        if (mSlots[at].first == key)
            return mSlots[at].second;
    return std::nullopt;
}

} // namespace waymark
