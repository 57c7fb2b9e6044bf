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

// False when the bytes are not a whole number of values.
template <typename T>
bool unpackColumn(QByteArrayView bytes, std::vector<T> &values)
{
    static_assert(std::is_arithmetic_v<T>);
    if (bytes.size() % qsizetype(sizeof(T)) != 0)
        return false;
    values.resize(std::size_t(bytes.size()) / sizeof(T));
    if (!values.empty())
        std::memcpy(values.data(), bytes.data(), std::size_t(bytes.size()));
    if constexpr (std::endian::native == std::endian::big && sizeof(T) > 1)
        for (T &value : values)
            std::reverse(reinterpret_cast<char *>(&value), reinterpret_cast<char *>(&value) + sizeof(T));
    return true;
}

QByteArray packStrings(const StringPool &strings);
// False when a length runs past the end; the pool then holds what was read so far.
bool unpackStrings(QByteArrayView bytes, StringPool &strings);

} // namespace waymark
