#include "format/filefingerprint.h"

#include <QCryptographicHash>
#include <QFile>

#include <algorithm>

#include <sys/stat.h>

namespace waymark {

namespace {

constexpr qint64 sampleBytes = 64 * 1024;

} // namespace

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint fingerprint;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fingerprint;
    // fstat on the open file: the size, time and inode belong to the bytes sampled below
    // even if the path is replaced in between.
    struct stat status = {};
    if (::fstat(file.handle(), &status) != 0)
        return fingerprint;
    fingerprint.exists = true;
    fingerprint.size = qint64(status.st_size);
    fingerprint.modifiedNs = qint64(status.st_mtim.tv_sec) * 1000000000 + qint64(status.st_mtim.tv_nsec);
    fingerprint.inode = quint64(status.st_ino);
    fingerprint.device = quint64(status.st_dev);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.read(sampleBytes));
    if (fingerprint.size > sampleBytes && file.seek(std::max(sampleBytes, fingerprint.size - sampleBytes)))
        hash.addData(file.read(sampleBytes));
    fingerprint.sample = hash.result();
    return fingerprint;
}

} // namespace waymark
