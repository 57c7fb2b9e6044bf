#pragma once

#include "format/filefingerprint.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace waymark {

// Remembers what the open journey's file looked like when it was read or last saved, and
// says when another program changes, replaces or removes it (an import, another Waymark,
// a sync client). The main window then tells the user, and Save asks before overwriting.
//
// Our own saves replace the file by an atomic rename: the watch on the old inode ends
// there, so the path is watched again after every event, and the folder is watched too
// (a rename over the file shows there even while the file's own watch is gone). Events are
// compared by fingerprint, so our own save, already recorded by track(), says nothing.
class JourneyFileWatch : public QObject
{
    Q_OBJECT
public:
    explicit JourneyFileWatch(QObject *parent = nullptr);

    // The document now holds `path` as it was when `fingerprint` was taken.
    void track(const QString &path, const FileFingerprint &fingerprint);
    void stop();

    // True for the file being tracked, under any spelling of its path (links followed).
    bool isTracking(const QString &path) const;
    QString path() const { return mPath; }
    const FileFingerprint &fingerprint() const { return mFingerprint; }
    // The file on disk is no longer the one read or saved.
    bool changedOnDisk() const;

signals:
    // Once per outside change; `removed` when the file is gone.
    void changedElsewhere(bool removed);

private:
    void watchAgain();
    void check();

    QFileSystemWatcher mWatcher;
    QTimer mSettle; // a save by another program is a burst of events: look once it settles
    QString mPath;
    FileFingerprint mFingerprint;
    FileFingerprint mReported; // the change already reported, so it is said once
};

} // namespace waymark
