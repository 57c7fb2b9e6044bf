#pragma once

// Parsing .waymark.json into nlohmann's DOM within InputLimits. Private to the journey reader.
#include "format/jsonvalues.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace waymark {

struct DomText {
    Q_DECLARE_TR_FUNCTIONS(JourneyJson)
};

// nlohmann's DOM builder, but remembering where parsing stopped instead of throwing, and
// refusing a document past InputLimits before it takes the memory: nlohmann itself would
// build a 500 MiB string or a billion values until the allocation fails. Needed also because
// a number too large for a double (1e400) is reported as out_of_range, whose exception
// carries no position; only the SAX callback gets one.
class DomBuilder : public nlohmann::detail::json_sax_dom_parser<nlohmann::json>
{
    using json = nlohmann::json;
    using Base = nlohmann::detail::json_sax_dom_parser<json>;

public:
    explicit DomBuilder(json &result)
        : json_sax_dom_parser(result, false)
    {
    }

    bool null() { return counted() && Base::null() && done(); }
    bool boolean(bool value) { return counted() && Base::boolean(value) && done(); }
    bool number_integer(number_integer_t value) { return counted() && Base::number_integer(value) && done(); }
    bool number_unsigned(number_unsigned_t value) { return counted() && Base::number_unsigned(value) && done(); }
    bool number_float(number_float_t value, const string_t &text) { return counted() && Base::number_float(value, text) && done(); }
    bool string(string_t &value) { return counted() && shortEnough(value, pictureKey()) && Base::string(value) && done(); }
    bool binary(binary_t &value) { return counted() && Base::binary(value) && done(); }

    bool start_object(std::size_t elements) { return counted() && opened(false) && Base::start_object(elements); }
    bool key(string_t &value)
    {
        if (!shortEnough(value))
            return false;
        mFrames.back().key = value;
        return Base::key(value);
    }
    bool end_object() { return Base::end_object() && closed(); }
    bool start_array(std::size_t elements) { return counted() && opened(true) && Base::start_array(elements); }
    bool end_array() { return Base::end_array() && closed(); }

    template <typename Exception>
    bool parse_error(std::size_t position, const std::string &token, const Exception &exception)
    {
        if (const auto *syntax = dynamic_cast<const json::parse_error *>(&exception)) {
            mOffset = qsizetype(syntax->byte) - 1; // 1-based index of the last byte read
            mMessage = JsonValues::fromUtf8(syntax->what());
            // The prefix and nlohmann's own line/column (counted in bytes) are replaced by ours.
            mMessage.remove(QRegularExpression(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "
                                                              "(parse error( at line \\d+, column \\d+)?: )?")));
        } else {
            // Number overflow: `position` is just past the number, `token` the number.
            mOffset = qsizetype(position) - qsizetype(token.size());
            mMessage = DomText::tr("the number %1 is too large").arg(JsonValues::fromUtf8(token));
        }
        return false;
    }

    qsizetype mOffset = 0;
    QString mMessage;
    std::optional<QString> mRefusedAt; // the JSON pointer of a value past a limit

private:
    // Where the value now being read sits: the keys and indexes of the containers above it.
    struct Frame {
        bool array = false;
        std::size_t next = 0; // arrays: index of the next element
        std::string key;      // objects: the key just read
    };

    QString here() const
    {
        QString pointer;
        for (const Frame &frame : mFrames) {
            pointer += QLatin1Char('/');
            pointer += frame.array ? QString::number(frame.next)
                                   : JsonValues::fromUtf8(frame.key).replace(QLatin1Char('~'), QStringLiteral("~0")).replace(QLatin1Char('/'), QStringLiteral("~1"));
        }
        return pointer;
    }

    bool refuse(const QString &message)
    {
        mRefusedAt = here();
        mMessage = message;
        return false;
    }

    bool counted()
    {
        if (++mValues > InputLimits::maxJsonValues)
            return refuse(DomText::tr("the file holds more than %1 values; Waymark reads at most that many from a "
                                       ".waymark.json (save large journeys as .waymark)")
                              .arg(InputLimits::maxJsonValues));
        return true;
    }

    // A picture's base64 (picturejson.h: "data", "thumbnail") may be longer than a text.
    bool pictureKey() const
    {
        return !mFrames.empty() && !mFrames.back().array && (mFrames.back().key == "data" || mFrames.back().key == "thumbnail");
    }

    bool shortEnough(const string_t &value, bool picture = false)
    {
        if (picture) {
            if (qint64(value.size()) > InputLimits::maxStoredCardImageBytes / 3 * 4 + 4)
                return refuse(DomText::tr("a picture of %1 MiB; a stored picture may be at most %2 MiB")
                                  .arg(double(value.size()) / 4 * 3 / (1 << 20), 0, 'f', 1)
                                  .arg(InputLimits::maxStoredCardImageBytes >> 20));
            return true;
        }
        if (qint64(value.size()) > InputLimits::maxTextBytes)
            return refuse(DomText::tr("a text of %1 MiB; one text may be at most %2 MiB")
                              .arg(double(value.size()) / (1 << 20), 0, 'f', 1)
                              .arg(InputLimits::maxTextBytes >> 20));
        return true;
    }

    bool opened(bool array)
    {
        if (int(mFrames.size()) >= InputLimits::maxJsonDepth)
            return refuse(DomText::tr("lists and objects nested more than %1 deep").arg(InputLimits::maxJsonDepth));
        mFrames.push_back({array, 0, {}});
        return true;
    }

    bool closed()
    {
        mFrames.pop_back();
        return done();
    }

    // A whole value was read: the next one in a list has the next index.
    bool done()
    {
        if (!mFrames.empty() && mFrames.back().array)
            ++mFrames.back().next;
        return true;
    }

    std::vector<Frame> mFrames;
    qint64 mValues = 0;
};

} // namespace waymark
