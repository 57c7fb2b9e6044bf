#include "format/journeylock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace waymark {

namespace {

struct LockText {
    Q_DECLARE_TR_FUNCTIONS(JourneyLock)
};

} // namespace

JourneyLock::JourneyLock(const QString &journeyPath)
    : mJourneyPath(journeyPath)
    , mLock(std::make_unique<QLockFile>(lockFilePath(journeyPath)))
{
    mLock->setStaleLockTime(int(std::chrono::milliseconds(staleAfter).count()));
}

JourneyLock::~JourneyLock() = default; // QLockFile's destructor unlocks

QString JourneyLock::realJourneyPath(const QString &journeyPath)
{
    const QFileInfo info(journeyPath);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet (or a dangling link): follow links as far as they go, like the writer,
    // and make the folder canonical so two spellings of one path share one lock.
    QFileInfo target(info);
    for (int hops = 0; target.isSymLink() && hops < 40; ++hops) // 40 like Linux's MAXSYMLINKS
        target.setFile(target.symLinkTarget());
    const QString folder = target.absoluteDir().canonicalPath();
    return folder.isEmpty() ? target.absoluteFilePath() : QDir(folder).filePath(target.fileName());
}

QString JourneyLock::lockFilePath(const QString &journeyPath)
{
    const QFileInfo real(realJourneyPath(journeyPath));
    return real.absoluteDir().filePath(QStringLiteral(".%1.lock").arg(real.fileName()));
}

bool JourneyLock::lock(std::chrono::milliseconds wait, FormatError *error)
{
    if (mLock->isLocked())
        return true;
    // Polls every 100 ms rather than QLockFile's doubling back-off (up to 3.2 s between
    // tries), so a waiting writer follows the first one promptly.
    QDeadlineTimer deadline(wait);
    while (!mLock->tryLock(0)) {
        if (mLock->error() != QLockFile::LockFailedError || deadline.hasExpired())
            return fail(error, wait);
        QThread::msleep(quint64(std::min<qint64>(100, std::max<qint64>(1, deadline.remainingTime()))));
    }
    return true;
}

bool JourneyLock::fail(FormatError *error, std::chrono::milliseconds wait) const
{
    if (!error)
        return false;
    const QString name = QFileInfo(mJourneyPath).fileName();
    const QString lockFile = QDir::toNativeSeparators(mLock->fileName());
    const int seconds = int((wait.count() + 999) / 1000);
    *error = {mJourneyPath, 0, 0, {}, {}};
    switch (mLock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString program;
        if (mLock->getLockInfo(&pid, &host, &program)) {
            error->message = LockText::tr("%1 is being changed by another program: %2 (process %3 on %4) still held "
                                          "its lock after %n second(s). Try again when it has finished; if that "
                                          "program is no longer running, delete %5.",
                                          nullptr, seconds)
                                 .arg(name, program.isEmpty() ? LockText::tr("an unnamed program") : program)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? LockText::tr("an unknown host") : host, lockFile);
        } else {
            error->message = LockText::tr("%1 is being changed by another program, which still held its lock %2 after "
                                          "%n second(s). Try again when it has finished.",
                                          nullptr, seconds)
                                 .arg(name, lockFile);
        }
        break;
    }
    case QLockFile::PermissionError:
        error->message = LockText::tr("Could not lock %1 for writing: no permission to create %2.").arg(name, lockFile);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        error->message = LockText::tr("Could not lock %1 for writing: %2 could not be created.").arg(name, lockFile);
        break;
    }
    return false;
}

void JourneyLock::unlock()
{
    mLock->unlock();
}

bool JourneyLock::isLocked() const
{
    return mLock->isLocked();
}

} // namespace waymark
