// Pictures on cards (issue 19): how long importing a picture takes and how much memory it
// needs. A 50-megapixel photo (8,660 × 5,774 JPEG), a 12-megapixel phone photo, a 2,560 ×
// 1,600 screenshot (PNG) and a PNG bomb declaring 100,000 × 100,000 pixels, generated into a
// temporary folder. Prints the median of 15 runs after a warm-up, and the peak resident memory
// of one import in a fresh process beside Qt decoding the same file whole.
#include "benchtiming.h"
#include "media/cardimageimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <zlib.h>

#include <cstdio>
#include <cstring>

using namespace waymark;

namespace {

// Smooth light with noise, like a photo (tens of thousands of colours; compresses like one).
QImage photoLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    QRandomGenerator random(7);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const int noise = int(random.bounded(24u));
            line[3 * x] = uchar((x * 200 / width + noise) & 0xFF);
            line[3 * x + 1] = uchar((y * 200 / height + noise) & 0xFF);
            line[3 * x + 2] = uchar((120 + noise) & 0xFF);
        }
    }
    return image;
}

QImage screenshotLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < height; y += 40)
        for (int row = y; row < std::min(y + 12, height); ++row)
            for (int x = 0; x < width; ++x)
                image.setPixel(x, row, (x / 50) % 2 ? qRgb(30, 80, 160) : qRgb(230, 230, 230));
    return image;
}

QByteArray chunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    const QByteArray typeAndData = type + data;
    QByteArray crc(4, '\0');
    qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(typeAndData.constData()), uInt(typeAndData.size()))), crc.data());
    return out + typeAndData + crc;
}

QByteArray pngBomb()
{
    QByteArray header(8, '\0');
    qToBigEndian(quint32(100'000), header.data());
    qToBigEndian(quint32(100'000), header.data() + 4);
    header += QByteArray::fromHex("0802000000");
    const QByteArray zeros(64, '\0');
    QByteArray compressed(256, '\0');
    uLongf size = uLongf(compressed.size());
    compress(reinterpret_cast<Bytef *>(compressed.data()), &size, reinterpret_cast<const Bytef *>(zeros.constData()), uLong(zeros.size()));
    compressed.resize(qsizetype(size));
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", {});
}

bool save(const QImage &image, const QString &path, const QByteArray &format, int quality)
{
    QImageWriter writer(path, format);
    writer.setQuality(quality);
    return writer.write(image);
}

// Peak resident memory (MiB) of this program run once with `arguments` (a fresh process) and
// what became of the picture.
QString childPeak(const QStringList &arguments)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    child.waitForFinished(-1);
    const QStringList words = QString::fromLatin1(child.readAllStandardOutput()).simplified().split(u' ');
    return words.size() == 2 ? QStringLiteral("%1 MiB (%2)").arg(words[0], words[1]) : QStringLiteral("failed");
}

// VmHWM: unlike getrusage's ru_maxrss, Linux starts it anew at exec.
double ownPeakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Child modes: one import (or one whole decode) and the peak memory it took.
    if (argc == 3 && std::strcmp(argv[1], "--import-once") == 0) {
        const CardImageImport result = importCardImageFile(QString::fromLocal8Bit(argv[2]));
        std::printf("%.1f %s\n", ownPeakMiB(), result.ok() ? "taken" : "refused");
        return 0;
    }
    if (argc == 3 && std::strcmp(argv[1], "--decode-whole") == 0) {
        QImageReader::setAllocationLimit(0); // Qt 6.4's default (128 MiB) refuses it whole
        const QImage whole(QString::fromLocal8Bit(argv[2]));
        std::printf("%.1f %s\n", ownPeakMiB(), whole.isNull() ? "refused" : "decoded");
        return 0;
    }
    if (argc == 2 && std::strcmp(argv[1], "--nothing") == 0) {
        std::printf("%.1f started\n", ownPeakMiB());
        return 0;
    }

    QTemporaryDir folder;
    const QString big = folder.filePath(QStringLiteral("wall-50mp.jpg"));
    const QString phone = folder.filePath(QStringLiteral("phone-12mp.jpg"));
    const QString screen = folder.filePath(QStringLiteral("screen.png"));
    const QString bomb = folder.filePath(QStringLiteral("bomb.png"));
    if (!save(photoLike(8660, 5774), big, "jpeg", 90) || !save(photoLike(4032, 3024), phone, "jpeg", 90)
        || !save(screenshotLike(2560, 1600), screen, "png", -1)) {
        std::fprintf(stderr, "bench_cardimage: cannot write the pictures into %s\n", qPrintable(folder.path()));
        return 1;
    }
    QFile bombFile(bomb);
    if (!bombFile.open(QIODevice::WriteOnly) || bombFile.write(pngBomb()) < 0)
        return 1;
    bombFile.close();

    std::printf("%-44s %10s %12s %s\n", "input", "file", "median", "result");
    for (const QString &path : {big, phone, screen, bomb}) {
        CardImageImport last;
        const double ms = bench::medianMs([&] { last = importCardImageFile(path); });
        const QString result = last.ok() ? QStringLiteral("%1 × %2 %3, %4 KiB")
                                               .arg(last.image.size.width())
                                               .arg(last.image.size.height())
                                               .arg(QString::fromLatin1(last.image.format))
                                               .arg(last.image.bytes.size() / 1024)
                                         : QStringLiteral("refused");
        std::printf("%-44s %7lld KiB %9.2f ms %s\n", qPrintable(QFileInfo(path).fileName()),
                    static_cast<long long>(QFileInfo(path).size() / 1024), ms, qPrintable(result));
    }
    std::printf("\npeak resident memory of one fresh process:\n");
    std::printf("  started, nothing read                %s\n", qPrintable(childPeak({QStringLiteral("--nothing")})));
    std::printf("  importCardImageFile(50 MP JPEG)      %s\n", qPrintable(childPeak({QStringLiteral("--import-once"), big})));
    std::printf("  QImage(50 MP JPEG), decoded whole    %s\n", qPrintable(childPeak({QStringLiteral("--decode-whole"), big})));
    std::printf("  importCardImageFile(PNG bomb)        %s\n", qPrintable(childPeak({QStringLiteral("--import-once"), bomb})));
    return 0;
}
