#include "format/columnblobs.h"

#include <QtEndian>

namespace waymark {

QByteArray packStrings(const StringPool &strings)
{
    QByteArray bytes;
    for (std::size_t i = strings.firstHeld(); i < strings.size(); ++i) {
        const QByteArray utf8 = strings.at(quint32(i)).toUtf8();
        const quint32 length = qToLittleEndian(quint32(utf8.size()));
        bytes.append(reinterpret_cast<const char *>(&length), sizeof length);
        bytes.append(utf8);
    }
    return bytes;
}

bool unpackStrings(QByteArrayView bytes, StringPool &strings)
{
    strings.clearForReading();
    return appendStrings(bytes, strings);
}

bool appendStrings(QByteArrayView bytes, StringPool &strings)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        if (bytes.size() - pos < qsizetype(sizeof(quint32)))
            return false;
        const quint32 length = qFromLittleEndian<quint32>(bytes.data() + pos);
        pos += qsizetype(sizeof(quint32));
        if (qint64(length) > qint64(bytes.size() - pos))
            return false;
        strings.append(QString::fromUtf8(bytes.sliced(pos, qsizetype(length))));
        pos += qsizetype(length);
    }
    return true;
}

} // namespace waymark
