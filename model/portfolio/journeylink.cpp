#include "portfolio/journeylink.h"

#include "format/journeyfiles.h"
#include "portfolio/portfolio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace waymark {

namespace {

struct LinkText {
    Q_DECLARE_TR_FUNCTIONS(JourneyLink)
};

} // namespace

QString journeyLinkFor(const QString &journeyPath, const QString &target)
{
    const QDir folder = QFileInfo(journeyPath).absoluteDir();
    return QDir::fromNativeSeparators(folder.relativeFilePath(QFileInfo(target).absoluteFilePath()));
}

LinkedJourney resolveJourneyLink(const QString &journeyPath, const QString &link)
{
    LinkedJourney result;
    if (link.isEmpty())
        return result;
    if (journeyPath.isEmpty()) {
        result.problem = LinkText::tr("save this journey first: the link is kept relative to its folder");
        return result;
    }
    if (QDir::isAbsolutePath(link) || link.startsWith(QLatin1Char('\\'))) {
        result.problem = LinkText::tr("“%1” is an absolute path; links are followed only relative to this journey's folder").arg(link);
        return result;
    }
    if (journeyFileKind(link) == JourneyFileKind::Native && !link.endsWith(QLatin1String(".waymark"))) {
        result.problem = LinkText::tr("“%1” is not a journey file (.waymark or .waymark.json)").arg(link);
        return result;
    }
    result.path = QDir::cleanPath(QFileInfo(journeyPath).absoluteDir().filePath(link));
    if (!QFileInfo(result.path).isFile()) {
        result.problem = LinkText::tr("“%1” is missing (looked for %2)").arg(link, QDir::toNativeSeparators(result.path));
        return result;
    }
    const PortfolioEntry entry = readPortfolioEntry(result.path);
    result.headline = entry.headline;
    result.problem = entry.problem;
    return result;
}

} // namespace waymark
