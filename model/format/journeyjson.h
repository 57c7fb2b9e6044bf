#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace waymark {

// `.waymark.json`: full-fidelity interchange, schema in docs/waymark-journey.schema.json.
class JourneyJson
{
public:
    // 2: opportunities, scenarios and system cards; 3: purchase datasets; 4: what a card rests
    // on (evidence). Older documents are upgraded on reading, step by step
    // (journeyjsonreader.cpp); newer ones are refused.
    static constexpr int formatVersion = 5;
    static constexpr const char *formatName = "waymark-journey";

    static QByteArray toJson(const Journey &journey); // UTF-8, indented
    // Bad JSON -> error with line and column; wrong content -> error with a JSON pointer.
    static std::optional<Journey> fromJson(const QByteArray &utf8, FormatError *error);

    static std::optional<Journey> read(const QString &path, FormatError *error);
    static bool write(const Journey &journey, const QString &path, FormatError *error); // atomic
};

} // namespace waymark
