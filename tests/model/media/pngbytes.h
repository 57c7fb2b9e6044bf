#pragma once

// PNG and JPEG bytes made by hand for the picture import tests: chunks with their CRC (zlib's
// crc32), a JPEG's marker segments, an EXIF block with GPS tags.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <QtEndian>

#include <zlib.h>

namespace waymark::test {

inline QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

inline QByteArray bigEndian16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

inline QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    const QByteArray typeAndData = type + data;
    const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(typeAndData.constData()), uInt(typeAndData.size())));
    return bigEndian32(quint32(data.size())) + typeAndData + bigEndian32(crc);
}

inline const QByteArray &pngSignature()
{
    static const QByteArray signature = QByteArray::fromHex("89504e470d0a1a0a");
    return signature;
}

// A PNG whose header declares width × height (8-bit RGB unless told) and whose IDAT holds only
// a few compressed zero bytes: a decompression "bomb" if a reader believed the header.
inline QByteArray pngBomb(quint32 width, quint32 height, char bitDepth = 8, char colourType = 2)
{
    const QByteArray header = bigEndian32(width) + bigEndian32(height) + QByteArray(1, bitDepth) + QByteArray(1, colourType)
                              + QByteArray(3, '\0');
    const QByteArray zeros(64, '\0');
    QByteArray compressed(int(compressBound(uLong(zeros.size()))), '\0');
    auto compressedSize = uLongf(compressed.size());
    compress(reinterpret_cast<Bytef *>(compressed.data()), &compressedSize,
             reinterpret_cast<const Bytef *>(zeros.constData()), uLong(zeros.size()));
    compressed.resize(qsizetype(compressedSize));
    return pngSignature() + pngChunk("IHDR", header) + pngChunk("IDAT", compressed) + pngChunk("IEND", {});
}

struct PngChunkAt {
    QByteArray type;
    qsizetype offset = 0; // of the length field
    qsizetype dataSize = 0;
};

inline QList<PngChunkAt> pngChunks(const QByteArray &png)
{
    QList<PngChunkAt> chunks;
    qsizetype at = pngSignature().size();
    while (at + 12 <= png.size()) {
        const auto length = qsizetype(qFromBigEndian<quint32>(png.constData() + at));
        chunks.append({png.mid(at + 4, 4), at, length});
        at += 12 + length;
    }
    return chunks;
}

inline QByteArray encoded(const QImage &image, const QByteArray &format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// The markers of a JPEG's segments before its image data (SOS), in order (0xE1 = APP1, …).
struct JpegSegment {
    uchar marker = 0;
    QByteArray payload;
};

inline QList<JpegSegment> jpegSegments(const QByteArray &jpeg)
{
    QList<JpegSegment> segments;
    qsizetype at = 2; // after SOI
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xFF) {
        const auto marker = uchar(jpeg[at + 1]);
        const auto length = qsizetype(qFromBigEndian<quint16>(jpeg.constData() + at + 2));
        segments.append({marker, jpeg.mid(at + 4, length - 2)});
        if (marker == 0xDA) // start of scan: image data follows
            break;
        at += 2 + length;
    }
    return segments;
}

// The GPS position of the EXIF block below, as the rationals stored in it (big-endian):
// 55° 45' 21.37" N, 37° 37' 4.25" E.
inline QByteArray gpsRationals()
{
    QByteArray bytes;
    for (const quint32 value : {55u, 1u, 45u, 1u, 2137u, 100u, 37u, 1u, 37u, 1u, 425u, 100u})
        bytes += bigEndian32(value);
    return bytes;
}

// An APP1 "Exif" segment (big-endian TIFF): IFD0 with Orientation and a GPS IFD pointer, the
// GPS IFD with latitude and longitude and their references.
inline QByteArray exifSegment(quint16 orientation)
{
    const auto entry = [](quint16 tag, quint16 type, quint32 count, const QByteArray &value) {
        QByteArray padded = value;
        padded.resize(4, '\0');
        return bigEndian16(tag) + bigEndian16(type) + bigEndian32(count) + padded;
    };
    constexpr quint16 shortType = 3, longType = 4, asciiType = 2, rationalType = 5;
    // Offsets are from the start of the TIFF header: header 8, IFD0 2 + 2×12 + 4 = 30 → GPS IFD
    // at 38, 2 + 4×12 + 4 = 54 → rationals at 92 (latitude) and 116 (longitude).
    QByteArray tiff = QByteArrayLiteral("MM") + bigEndian16(42) + bigEndian32(8);
    tiff += bigEndian16(2);
    tiff += entry(0x0112, shortType, 1, bigEndian16(orientation));
    tiff += entry(0x8825, longType, 1, bigEndian32(38));
    tiff += bigEndian32(0);
    tiff += bigEndian16(4);
    tiff += entry(0x0001, asciiType, 2, QByteArrayLiteral("N"));
    tiff += entry(0x0002, rationalType, 3, bigEndian32(92));
    tiff += entry(0x0003, asciiType, 2, QByteArrayLiteral("E"));
    tiff += entry(0x0004, rationalType, 3, bigEndian32(116));
    tiff += bigEndian32(0);
    tiff += gpsRationals();
    const QByteArray payload = QByteArrayLiteral("Exif") + QByteArray(2, '\0') + tiff;
    return QByteArray::fromHex("ffe1") + bigEndian16(quint16(payload.size() + 2)) + payload;
}

// A Qt-written JPEG with the EXIF segment inserted right after SOI, where cameras put it.
inline QByteArray withExif(const QByteArray &jpeg, quint16 orientation)
{
    return jpeg.left(2) + exifSegment(orientation) + jpeg.mid(2);
}

} // namespace waymark::test
