#include "media/pngchunks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtEndian>

namespace waymark {

namespace {

struct PngChunksText {
    Q_DECLARE_TR_FUNCTIONS(PngChunks)
};

constexpr char signature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype signatureBytes = 8;
constexpr qsizetype chunkFrameBytes = 12; // length, type and CRC around the data

QString chunkName(const char *type)
{
    QString name;
    for (int i = 0; i < 4; ++i) {
        const char c = type[i];
        name += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? QChar::fromLatin1(c) : QChar(u'?');
    }
    return name;
}

} // namespace

QString pngStructureProblem(const QByteArray &bytes)
{
    if (!bytes.startsWith(QByteArray::fromRawData(signature, signatureBytes)))
        return PngChunksText::tr("it does not start as a PNG file does");
    const QLocale locale;
    qsizetype at = signatureBytes;
    while (at < bytes.size()) {
        if (bytes.size() - at < chunkFrameBytes)
            return PngChunksText::tr("it ends inside a chunk's header at byte %1").arg(locale.toString(at));
        const char *chunk = bytes.constData() + at;
        const quint32 length = qFromBigEndian<quint32>(chunk);
        const QString type = chunkName(chunk + 4);
        // The PNG specification caps a length at 2^31 − 1; more is no PNG at all.
        if (length > 0x7fffffffu || qint64(length) > qint64(bytes.size() - at - chunkFrameBytes))
            return PngChunksText::tr("its chunk “%1” at byte %2 says it holds %3 bytes, but only %4 follow")
                .arg(type, locale.toString(at), locale.toString(qint64(length)),
                     locale.toString(qMax(qint64(0), qint64(bytes.size() - at - chunkFrameBytes))));
        at += chunkFrameBytes + qsizetype(length);
        if (type == u"IEND")
            return {}; // what follows IEND is not part of the picture; libpng does not read it
    }
    return {}; // whole chunks and no IEND: libpng decides whether the pixels are all there
}

} // namespace waymark
