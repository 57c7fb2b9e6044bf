#include "format/savetemporaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace waymark::SaveTemporaries {

namespace {

constexpr qsizetype randomPartLength = 6; // QTemporaryFile's XXXXXX

struct SaveText {
    Q_DECLARE_TR_FUNCTIONS(WaymarkFile)
};

bool fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// New files get the permissions the user's umask gives any new file; a replaced file
// keeps its own.
void copyPermissions(const QString &target, const QString &temporary)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(target).constData(), &status) == 0) {
        ::chmod(QFile::encodeName(temporary).constData(), status.st_mode & 07777);
        return;
    }
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(temporary).constData(), 0666 & ~mask);
}

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

bool replaceTarget(const QString &temporary, const QString &target, QString *why)
{
    if (!fsyncPath(temporary, O_RDONLY)) {
        *why = SaveText::tr("Could not save: the disk did not confirm the write (%1).").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    copyPermissions(target, temporary);
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        *why = SaveText::tr("Could not replace %1: %2").arg(QFileInfo(target).fileName(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Make the rename itself durable.
    fsyncPath(QFileInfo(target).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace waymark::SaveTemporaries
