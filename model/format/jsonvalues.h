#pragma once

// Text and ids between Qt and nlohmann/json, shared by the .waymark.json reader and writers
// (journey, datasets, workshop). Private to model/format.
#include "effort.h"
#include "quotedtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <cmath>
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

// Amounts are written as decimal numbers with at most two decimals: 1999 -> 19.99.
inline nlohmann::ordered_json amountJson(qint64 hundredths)
{
    if (hundredths % 100 == 0)
        return hundredths / 100;
    return double(hundredths) / 100.0;
}

// Whole numbers as integers (5, not 5.0), as people and other tools write them.
inline nlohmann::ordered_json numberJson(double number)
{
    if (std::isfinite(number) && std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
        return qint64(number);
    return number;
}

inline nlohmann::ordered_json moneyJson(const Money &money)
{
    return {{"amount", amountJson(money.hundredths)}, {"currency", utf8(money.currency)}};
}

inline nlohmann::ordered_json effortJson(const Effort &effort)
{
    return {{"minutes", numberJson(effort.minutes)}, {"money", moneyJson(effort.money)}, {"emotion", effort.emotion}};
}


struct JsonValuesText {
    Q_DECLARE_TR_FUNCTIONS(JourneyJson)
};

// 0.1 + 0.2 reads "0.30000000000000004", not "0.3" or "0.300000"; 1e13 reads "10000000000000".
inline QString numberText(double number)
{
    return QString::number(number, std::abs(number) < 1e15 ? 'f' : 'g', QLocale::FloatingPointShortest);
}

// A value from the file, quoted for a one-line message (quotedtext.h).
using waymark::quotedText;
inline QString quoted(const QString &text)
{
    return quotedText(text);
}

inline QString typeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return JsonValuesText::tr("null");
    case nlohmann::json::value_t::boolean: return JsonValuesText::tr("true or false");
    case nlohmann::json::value_t::string: return JsonValuesText::tr("a string");
    case nlohmann::json::value_t::array: return JsonValuesText::tr("a list");
    case nlohmann::json::value_t::object: return JsonValuesText::tr("an object");
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded: break;
    default: return JsonValuesText::tr("a number");
    }
    return JsonValuesText::tr("something else");
}

} // namespace waymark::JsonValues
