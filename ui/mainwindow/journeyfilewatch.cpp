#include "mainwindow/journeyfilewatch.h"

#include "format/journeylock.h"

#include <QFileInfo>

namespace waymark {

namespace {

constexpr int settleMs = 250;

} // namespace

JourneyFileWatch::JourneyFileWatch(QObject *parent)
    : QObject(parent)
{
    mSettle.setSingleShot(true);
    mSettle.setInterval(settleMs);
    connect(&mSettle, &QTimer::timeout, this, &JourneyFileWatch::check);
    connect(&mWatcher, &QFileSystemWatcher::fileChanged, &mSettle, qOverload<>(&QTimer::start));
    connect(&mWatcher, &QFileSystemWatcher::directoryChanged, &mSettle, qOverload<>(&QTimer::start));
}

void JourneyFileWatch::track(const QString &path, const FileFingerprint &fingerprint)
{
    stop();
    mPath = JourneyLock::realJourneyPath(path);
    mFingerprint = fingerprint;
    mReported = fingerprint;
    watchAgain();
}

void JourneyFileWatch::stop()
{
    mSettle.stop();
    if (!mWatcher.files().isEmpty())
        mWatcher.removePaths(mWatcher.files());
    if (!mWatcher.directories().isEmpty())
        mWatcher.removePaths(mWatcher.directories());
    mPath.clear();
    mFingerprint = {};
    mReported = {};
}

bool JourneyFileWatch::isTracking(const QString &path) const
{
    return !mPath.isEmpty() && JourneyLock::realJourneyPath(path) == mPath;
}

bool JourneyFileWatch::changedOnDisk() const
{
    return !mPath.isEmpty() && FileFingerprint::of(mPath) != mFingerprint;
}

void JourneyFileWatch::watchAgain()
{
    if (mPath.isEmpty())
        return;
    if (!mWatcher.files().contains(mPath) && QFileInfo::exists(mPath))
        mWatcher.addPath(mPath);
    const QString folder = QFileInfo(mPath).absolutePath();
    if (!mWatcher.directories().contains(folder))
        mWatcher.addPath(folder);
}

void JourneyFileWatch::check()
{
    if (mPath.isEmpty())
        return;
    watchAgain();
    const FileFingerprint now = FileFingerprint::of(mPath);
    if (now == mFingerprint || now == mReported)
        return;
    mReported = now;
    emit changedElsewhere(!now.exists);
}

} // namespace waymark
