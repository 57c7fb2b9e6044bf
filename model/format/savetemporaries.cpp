#include "format/savetemporaries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace waymark::SaveTemporaries {

namespace {

constexpr qsizetype randomPartLength = 6; // QTemporaryFile's XXXXXX

} // namespace

QString nameTemplate(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(info.fileName()));
}

int removeLeftovers(const QString &target, const QDateTime &modifiedBefore)
{
    const QFileInfo info(target);
    const QString prefix = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    const QString suffix = QStringLiteral(".tmp");
    // SQLite's rollback journal of a temporary database, should one have been kept on disk.
    const QString journalSuffix = QStringLiteral(".tmp-journal");
    // No name filter: a journey's own name may hold the filter's wildcard characters.
    const QFileInfoList entries = info.absoluteDir().entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    int removed = 0;
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const bool temporary = name.size() == prefix.size() + randomPartLength + suffix.size() && name.endsWith(suffix);
        const bool journal = name.size() == prefix.size() + randomPartLength + journalSuffix.size()
            && name.endsWith(journalSuffix);
        if ((temporary || journal) && name.startsWith(prefix) && entry.lastModified().toUTC() < modifiedBefore.toUTC()
            && QFile::remove(entry.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

} // namespace waymark::SaveTemporaries
