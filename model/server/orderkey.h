#pragma once

#include <QString>

namespace waymark {

// Ordering keys for cards inside a cell on a shared server: strings over 0-9a-z compared
// byte by byte (SQL: COLLATE "C"), read as base-36 fractions 0.k1k2…. A new card gets a key
// between its neighbours', so inserts and moves by different people never renumber anyone
// else's cards, and two orders merge without vector indexes. Keys never end in '0', so there
// is always room before the first.
namespace OrderKey {

// A key strictly between `before` and `after`; an empty `before` means the start of the cell,
// an empty `after` its end. Keys not made here (bad characters, before >= after) get a key
// just after `before`, which still sorts deterministically (ties break on the card's id).
QString between(const QString &before, const QString &after);

// `count` keys, evenly spread and of equal length, for publishing a cell's cards at once.
QStringList spread(int count);

bool isValid(const QString &key);

} // namespace OrderKey

} // namespace waymark
