#pragma once

#include <QByteArray>
#include <QString>

namespace waymark {

// What a journey file looked like on disk when it was read or saved, to notice before a
// save that another program has changed or replaced it since. Size, modification time
// (nanoseconds), inode and device catch an in-place edit and an atomic rename (which
// always makes a new inode); a hash of the first and last 64 KiB catches a change of the
// same size within a coarse mtime tick. Cheap for any size: two reads of 64 KiB.
struct FileFingerprint {
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    quint64 inode = 0;
    quint64 device = 0;
    QByteArray sample; // SHA-256 of the first and last 64 KiB

    // The file at `path` now (symbolic links followed); `exists` false when it is not there.
    static FileFingerprint of(const QString &path);

    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

} // namespace waymark
