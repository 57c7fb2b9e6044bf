#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <vector>

namespace waymark {

// Word ids by spelling, for words kept in a vector the caller owns: open addressing over
// (hash, id) pairs, compared with memcmp. QHash<QString> and its string comparison measured
// at a fifth of the corpus build.
class WordIds
{
public:
    // The id of `word` in `words`, appending it (then `added` is true) when new.
    quint32 intern(QString &&word, std::vector<QString> &words, bool &added);
    std::optional<quint32> find(QStringView word, const std::vector<QString> &words) const;

private:
    static constexpr quint32 empty = 0xFFFF'FFFFu;
    struct Slot {
        quint32 hash = 0;
        quint32 id = empty;
    };
    void grow();
    std::vector<Slot> mSlots;
    std::size_t mUsed = 0;
};

// Term ids of two-word phrases by the pair of word ids: open addressing with linear probing
// and a splitmix64 mix. QHash<quint64> measured at a quarter of the corpus build (its integer
// hash clusters keys that differ only in their high half, as these do).
class PairIds
{
public:
    // The id of `key`, or `next` after adding it (then `added` is true).
    quint32 intern(quint64 key, quint32 next, bool &added);
    std::optional<quint32> find(quint64 key) const;

private:
    static constexpr quint64 empty = ~quint64(0); // never a key: word ids stay below 2^32 − 1
    std::size_t slot(quint64 key) const;
    void grow();
    std::vector<std::pair<quint64, quint32>> mSlots;
    std::size_t mUsed = 0;
};

} // namespace waymark
