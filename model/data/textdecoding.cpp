#include "data/textdecoding.h"

#include "data/mappedpages.h"
#include "data/importjobtext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace waymark {

namespace {


// The upper halves of the two Windows code pages our users' spreadsheets are saved in
// (generated from Python's codecs; 0xFFFD where the code page has no character).
const char16_t cp1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F,
    0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437,
    0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F};
const char16_t cp1252[128] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF};

QByteArray singleByteToUtf8(QByteArrayView bytes, const char16_t *upper)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        out[i] = b < 0x80 ? QChar(char16_t(b)) : QChar(upper[b - 0x80]);
    }
    return text.toUtf8();
}

} // namespace

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs, sixteen or eight bytes at a time: CSV files are mostly ASCII.
#ifdef __SSE2__
        while (i + 16 <= size
               && _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i))) == 0)
            i += 16;
#endif
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        // Byte by byte to the end of this block of sixteen, then the fast runs again: ASCII
        // between the letters of a Russian or Korean comment is not retried at every byte.
        const qsizetype blockEnd = std::min(size, i + 16);
        while (i < blockEnd && data[i] < 0x80)
            ++i;
        if (i >= blockEnd)
            continue;
        const uchar b = data[i];
        int more = 0;
        char32_t code = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            more = 1;
            code = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            more = 2;
            code = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            more = 3;
            code = b & 0x07;
        } else {
            return i;
        }
        if (i + more >= size) // cut short at the end
            return i;
        for (int k = 1; k <= more; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        const bool overlong = (more == 2 && code < 0x800) || (more == 3 && code < 0x10000);
        if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += more + 1;
    }
    return -1;
}

namespace {

// firstInvalidUtf8() a stretch at a time, each stretch's pages given back after it. Stretches
// end before a character's first byte, so no character is cut in two.
qsizetype firstInvalidUtf8GivingBack(QByteArrayView text)
{
    constexpr qsizetype stretch = 16 << 20;
    for (qsizetype from = 0; from < text.size();) {
        qsizetype to = std::min(text.size(), from + stretch);
        while (to < text.size() && to > from && (uchar(text[to]) & 0xC0) == 0x80)
            --to;
        if (to == from) // a stretch of nothing but continuation bytes: invalid anyway
            to = std::min(text.size(), from + stretch);
        if (const qsizetype bad = firstInvalidUtf8(text.sliced(from, to - from)); bad >= 0)
            return from + bad;
        releaseMappedPages(text.data() + from, text.data() + to);
        from = to;
    }
    return -1;
}

} // namespace

QString utf8Problem(QByteArrayView text, qsizetype bad)
{
    const qint64 line = text.first(bad).count('\n') + 1;
    return ImportJobText::tr("The file is not valid UTF-8 (line %1).").arg(line);
}

Utf8Text toUtf8(const QByteArray &bytes, const QString &chosenEncoding, bool givePagesBack, bool leaveCheck)
{
    Utf8Text result;
    QString encoding = chosenEncoding.toLower();
    if (encoding.isEmpty()) {
        if (bytes.startsWith("\xFF\xFE"))
            encoding = QStringLiteral("utf-16le");
        else if (bytes.startsWith("\xFE\xFF"))
            encoding = QStringLiteral("utf-16be");
        else
            encoding = QStringLiteral("utf-8");
    }
    result.encoding = encoding;
    if (encoding == QLatin1String("windows-1251") || encoding == QLatin1String("cp1251")) {
        result.utf8 = singleByteToUtf8(bytes, cp1251);
    } else if (encoding == QLatin1String("windows-1252") || encoding == QLatin1String("cp1252")) {
        result.utf8 = singleByteToUtf8(bytes, cp1252);
    } else if (encoding.startsWith(QLatin1String("utf-16"))) {
        const bool little = encoding == QLatin1String("utf-16le");
        QByteArrayView body(bytes);
        if (body.startsWith(little ? "\xFF\xFE" : "\xFE\xFF"))
            body = body.sliced(2);
        QString text(body.size() / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto lo = uchar(body[2 * i + (little ? 0 : 1)]);
            const auto hi = uchar(body[2 * i + (little ? 1 : 0)]);
            text[i] = QChar(char16_t(lo | (hi << 8)));
        }
        result.utf8 = text.toUtf8();
    } else {
        result.utf8 = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
        if (leaveCheck)
            result.unchecked = true;
        else if (const qsizetype bad = givePagesBack ? firstInvalidUtf8GivingBack(result.utf8) : firstInvalidUtf8(result.utf8); bad >= 0)
            result.problem = utf8Problem(result.utf8, bad);
    }
    return result;
}

} // namespace waymark
