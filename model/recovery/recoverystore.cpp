#include "recovery/recoverystore.h"

#include "format/waymarkfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

namespace waymark {

QString RecoveryStore::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("WAYMARK_RECOVERY_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("recovery"));
}

QList<RecoverableSession> RecoveryStore::find(const QString &directory)
{
    QList<RecoverableSession> sessions;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("session-*.waymark")}, QDir::Files, QDir::Time);
    for (const QString &file : files) {
        const QString path = dir.filePath(file);
        // A lock we cannot take belongs to a Waymark that is still running.
        // Age alone never makes it stale (sessions last hours); a dead owner process does.
        QLockFile lock(path + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();

        const QHash<QString, QString> meta = WaymarkFile::readMeta(path);
        if (meta.isEmpty())
            continue; // not readable; load() would say why, but there is nothing to offer
        RecoverableSession session;
        session.recoveryFile = path;
        session.originalPath = meta.value(QString::fromLatin1(originalPathKey));
        session.writtenAt = QDateTime::fromString(meta.value(QString::fromLatin1(writtenAtKey)), Qt::ISODateWithMs);
        FormatError error;
        if (const auto journey = WaymarkFile::read(path, &error))
            session.title = journey->title;
        sessions.append(session);
    }
    return sessions;
}

namespace {

QString comparablePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty when the file is gone
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

bool RecoveryStore::sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return comparablePath(a) == comparablePath(b);
}

QList<RecoverableSession> RecoveryStore::findFor(const QString &directory, const QString &originalPath)
{
    QList<RecoverableSession> sessions = find(directory);
    sessions.removeIf([&](const RecoverableSession &session) { return !sameFile(session.originalPath, originalPath); });
    return sessions;
}

QList<RecoverableSession> RecoveryStore::findWithoutFile(const QString &directory)
{
    QList<RecoverableSession> sessions = find(directory);
    sessions.removeIf([](const RecoverableSession &session) {
        return !session.originalPath.isEmpty() && QFileInfo::exists(session.originalPath);
    });
    return sessions;
}

std::optional<Journey> RecoveryStore::load(const RecoverableSession &session, FormatError *error)
{
    return WaymarkFile::read(session.recoveryFile, error);
}

void RecoveryStore::discard(const RecoverableSession &session)
{
    QFile::remove(session.recoveryFile);
    QFile::remove(session.recoveryFile + QStringLiteral(".lock"));
}

} // namespace waymark
