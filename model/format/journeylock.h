#pragma once

#include "format/formaterror.h"

#include <QLockFile>
#include <QString>

#include <chrono>
#include <memory>

namespace waymark {

// One writer at a time for a journey file: an advisory lock on a sidecar ".<name>.lock"
// beside the file (beside the real file when the path is a symbolic link). Every
// read-modify-write of a journey (`waymark import`, the editor's save, `convert` into an
// existing file) holds it from the read to the rename, so the atomic rename of one writer
// can no longer replace another's work unseen. Readers need no lock: a save is atomic.
//
// QLockFile does the work: the file names the holder (pid, host, program); a lock whose
// process has died on this host is taken over at once; and while its holder lives, Qt's
// flock() on the file keeps others from removing it even when it looks old.
class JourneyLock
{
public:
    // How long a second writer waits for the first before giving up: long enough for an
    // ordinary save or import to finish, short enough that a script is not left hanging.
    static constexpr std::chrono::milliseconds waitForOtherWriter{5000};
    // A lock file older than this whose holder cannot be checked (another host on a shared
    // folder, a file system without flock) counts as left behind by a crash. Far longer than
    // any save or import holds it.
    static constexpr std::chrono::minutes staleAfter{10};

    explicit JourneyLock(const QString &journeyPath);
    ~JourneyLock(); // releases the lock if held

    JourneyLock(const JourneyLock &) = delete;
    JourneyLock &operator=(const JourneyLock &) = delete;

    // Takes the lock, waiting up to `wait` for another holder. On failure `error` says who
    // holds it (program, process id, host) or why the lock file could not be made.
    bool lock(std::chrono::milliseconds wait, FormatError *error);
    void unlock();
    bool isLocked() const;

    // The file a journey path stands for, symbolic links followed to the end (the file a
    // save replaces), and the lock file that guards it.
    static QString realJourneyPath(const QString &journeyPath);
    static QString lockFilePath(const QString &journeyPath);

private:
    bool fail(FormatError *error, std::chrono::milliseconds wait) const;

    QString mJourneyPath;
    std::unique_ptr<QLockFile> mLock;
};

} // namespace waymark
