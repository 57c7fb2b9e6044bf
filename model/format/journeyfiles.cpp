#include "format/journeyfiles.h"

#include "format/journeyjson.h"
#include "format/waymarkfile.h"

namespace waymark {

JourneyFileKind journeyFileKind(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? JourneyFileKind::Json : JourneyFileKind::Native;
}

std::optional<Journey> readJourneyFile(const QString &path, FormatError *error)
{
    if (journeyFileKind(path) == JourneyFileKind::Json)
        return JourneyJson::read(path, error);
    return WaymarkFile::read(path, error);
}

bool writeJourneyFile(const Journey &journey, const QString &path, FormatError *error)
{
    if (journeyFileKind(path) == JourneyFileKind::Json)
        return JourneyJson::write(journey, path, error);
    return WaymarkFile::write(journey, path, error);
}

} // namespace waymark
