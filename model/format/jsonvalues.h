#pragma once

// Text and ids between Qt and nlohmann/json, shared by the .waymark.json reader and writers
// (journey, datasets, workshop). Private to model/format.
#include <QString>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <string>

namespace waymark::JsonValues {

inline std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}

inline QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// A UUID without braces, or null for a missing reference.
inline nlohmann::ordered_json idJson(const QUuid &id)
{
    return id.isNull() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(utf8(id.toString(QUuid::WithoutBraces)));
}

} // namespace waymark::JsonValues
