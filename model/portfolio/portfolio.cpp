#include "portfolio/portfolio.h"

#include "data/statisticscache.h"
#include "format/journeyfiles.h"
#include "format/waymarkfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace waymark {

namespace {

struct PortfolioText {
    Q_DECLARE_TR_FUNCTIONS(Portfolio)
};

} // namespace

PortfolioEntry readPortfolioEntry(const QString &path)
{
    PortfolioEntry entry;
    entry.path = path;
    if (journeyFileKind(path) == JourneyFileKind::Native) {
        const QHash<QString, QString> meta = WaymarkFile::readMeta(path);
        if (const auto kept = JourneyHeadline::fromJson(meta.value(QStringLiteral("summary")).toUtf8())) {
            entry.headline = kept;
            entry.fromSummary = true;
            return entry;
        }
    }
    FormatError error;
    const std::optional<Journey> journey = readJourneyFile(path, &error);
    if (!journey) {
        entry.problem = error.message.isEmpty() ? PortfolioText::tr("cannot be read") : error.message;
        return entry;
    }
    StatisticsCache cache;
    entry.headline = journeyHeadline(*journey, cache);
    entry.headline->savedAt = QFileInfo(path).lastModified().toUTC(); // not a save: the file's own time
    return entry;
}

std::vector<PortfolioEntry> readPortfolio(const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = PortfolioText::tr("%1 is not a folder").arg(folder);
        return {};
    }
    std::vector<PortfolioEntry> entries;
    const QStringList names = dir.entryList({QStringLiteral("*.waymark"), QStringLiteral("*.waymark.json")}, QDir::Files | QDir::Readable,
                                            QDir::Name | QDir::IgnoreCase);
    entries.reserve(std::size_t(names.size()));
    for (const QString &name : names)
        entries.push_back(readPortfolioEntry(dir.filePath(name)));
    return entries;
}

} // namespace waymark
