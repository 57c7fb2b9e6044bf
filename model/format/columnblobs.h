#pragma once

#include "data/datatables.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <bit>
#include <cstring>
#include <type_traits>
#include <vector>

namespace waymark {

// A dataset's columns as bytes in a file: fixed-width little-endian values, one blob per
// column, so a million responses are written and read in a few memcpy calls instead of a
// million SQL rows. Texts are (u32 little-endian byte length, UTF-8 bytes) in index order.

template <typename T>
QByteArray packColumn(const std::vector<T> &values)
{
    static_assert(std::is_arithmetic_v<T>);
    QByteArray bytes(qsizetype(values.size() * sizeof(T)), Qt::Uninitialized);
    if (!values.empty())
        std::memcpy(bytes.data(), values.data(), values.size() * sizeof(T));
    if constexpr (std::endian::native == std::endian::big && sizeof(T) > 1)
        for (qsizetype i = 0; i < bytes.size(); i += qsizetype(sizeof(T)))
            std::reverse(bytes.data() + i, bytes.data() + i + sizeof(T));
    return bytes;
}

// Appends the values the bytes hold (a column written in chunks is read chunk after chunk).
// False when the bytes are not a whole number of values.
template <typename T>
bool appendColumn(QByteArrayView bytes, std::vector<T> &values)
{
    static_assert(std::is_arithmetic_v<T>);
    if (bytes.size() % qsizetype(sizeof(T)) != 0)
        return false;
    const std::size_t before = values.size();
    values.resize(before + std::size_t(bytes.size()) / sizeof(T));
    if (!bytes.isEmpty())
        std::memcpy(values.data() + before, bytes.data(), std::size_t(bytes.size()));
    if constexpr (std::endian::native == std::endian::big && sizeof(T) > 1)
        for (std::size_t i = before; i < values.size(); ++i)
            std::reverse(reinterpret_cast<char *>(&values[i]), reinterpret_cast<char *>(&values[i]) + sizeof(T));
    return true;
}

template <typename T>
bool unpackColumn(QByteArrayView bytes, std::vector<T> &values)
{
    values.clear();
    return appendColumn(bytes, values);
}

// The texts the pool holds (from firstHeld(): a streaming import writes them in chunks).
QByteArray packStrings(const StringPool &strings);
// False when a length runs past the end; the pool then holds what was read so far.
bool unpackStrings(QByteArrayView bytes, StringPool &strings);
// The same, after the texts the pool has (a chunk of a table written in chunks).
bool appendStrings(QByteArrayView bytes, StringPool &strings);

} // namespace waymark
