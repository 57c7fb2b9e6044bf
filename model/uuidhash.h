#pragma once

#include <QHash>
#include <QSet>
#include <QUuid>

namespace waymark {

// Ids come from files, and files come from strangers. Qt 6.4's qHash(QUuid) XORs the uuid's
// words with the seed, so ids crafted to cancel out all land in one bucket: 100,000 such cards
// took 46 s to read instead of 1.3 s. A HashedUuid is a QUuid whose hash runs all 16 bytes
// through Qt's seeded qHashBits (SipHash or AES hashing, seeded at random per process), which
// a file cannot aim at. Keyed containers of ids use UuidHash/UuidSet.
struct HashedUuid : QUuid {
    HashedUuid() = default;
    HashedUuid(const QUuid &id) // NOLINT(google-explicit-constructor): lookups take plain ids
        : QUuid(id)
    {
    }
};

inline size_t qHash(const HashedUuid &id, size_t seed) noexcept
{
    static_assert(sizeof(QUuid) == 16, "a uuid is 16 bytes without padding");
    return qHashBits(static_cast<const QUuid *>(&id), sizeof(QUuid), seed);
}

template <typename T>
using UuidHash = QHash<HashedUuid, T>;
using UuidSet = QSet<HashedUuid>;

} // namespace waymark

Q_DECLARE_TYPEINFO(waymark::HashedUuid, Q_PRIMITIVE_TYPE);
