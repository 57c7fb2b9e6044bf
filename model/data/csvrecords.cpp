#include "data/csvrecords.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <deque>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace waymark {

namespace {

// Where an unquoted field ends: the next delimiter or line break. Sixteen bytes at a time where
// the processor has SSE2 (every x86-64): this scan is most of a large file's parsing.
qsizetype unquotedFieldEnd(const char *data, qsizetype i, qsizetype size, char delimiter)
{
#ifdef __SSE2__
    const __m128i delimiters = _mm_set1_epi8(delimiter);
    const __m128i newlines = _mm_set1_epi8('\n');
    const __m128i returns = _mm_set1_epi8('\r');
    while (i + 16 <= size) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, delimiters), _mm_cmpeq_epi8(bytes, newlines)),
                                          _mm_cmpeq_epi8(bytes, returns));
        if (const auto mask = unsigned(_mm_movemask_epi8(hits)); mask != 0)
            return i + std::countr_zero(mask);
        i += 16;
    }
#endif
    while (i < size && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
        ++i;
    return i;
}

} // namespace

CsvRecords::Stop CsvRecords::read(QByteArrayView utf8, char delimiter, const Callback &callback, qsizetype from, qsizetype limit,
                                  qint64 firstLine)
{
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> unescaped; // doubled quotes removed; the deque keeps views stable
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    const qsizetype end = limit < 0 ? size : std::min(limit, size);
    qint64 line = firstLine;
    qsizetype i = std::max<qsizetype>(0, from);
    while (i < end) {
        const qint64 recordLine = line;
        fields.clear();
        unescaped.clear();
        bool blank = true;
        // One record: fields until an unquoted line break or the end.
        while (true) {
            if (i < size && data[i] == '"') {
                blank = false;
                const qsizetype start = ++i;
                bool doubled = false;
                while (i < size) {
                    if (data[i] == '"') {
                        if (i + 1 < size && data[i + 1] == '"') {
                            doubled = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (data[i] == '\n')
                        ++line;
                    ++i;
                }
                QByteArrayView field(data + start, i - start);
                if (doubled) {
                    unescaped.push_back(field.toByteArray().replace("\"\"", "\""));
                    field = unescaped.back();
                }
                if (i < size)
                    ++i; // the closing quote
                // Text between the closing quote and the delimiter is kept (lenient, as spreadsheets are).
                const qsizetype rest = i;
                while (i < size && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
                    ++i;
                if (i > rest) {
                    unescaped.push_back(field.toByteArray() + QByteArrayView(data + rest, i - rest).toByteArray());
                    field = unescaped.back();
                }
                fields.push_back(field);
            } else {
                const qsizetype start = i;
                i = unquotedFieldEnd(data, i, size, delimiter);
                if (i > start)
                    blank = false;
                fields.emplace_back(data + start, i - start);
            }
            if (i < size && data[i] == delimiter) {
                blank = false;
                ++i;
                continue;
            }
            break; // end of line or of text
        }
        if (i < size && data[i] == '\r')
            ++i;
        if (i < size && data[i] == '\n')
            ++i;
        ++line;
        if (!blank && !callback(Record{fields, recordLine, i}))
            return {i, line};
    }
    return {i, line};
}

qsizetype CsvRecords::likelyRecordStart(QByteArrayView utf8, char delimiter, qsizetype from, qsizetype width)
{
    const qsizetype size = utf8.size();
    qsizetype first = -1;
    // A few dozen candidates at most: past that the first one is as good a guess as any.
    for (int tries = 0; tries < 64; ++tries) {
        const char *found = from < size ? static_cast<const char *>(std::memchr(utf8.data() + from, '\n', std::size_t(size - from))) : nullptr;
        if (!found)
            break;
        const qsizetype candidate = found - utf8.data() + 1;
        if (first < 0)
            first = candidate;
        int records = 0;
        bool fits = true;
        // Looked at through a window, so a candidate inside a long quoted field costs little; a
        // record cut by the window's edge is not judged.
        const QByteArrayView window = utf8.first(std::min(size, candidate + 64 * 1024));
        read(window, delimiter, [&](const Record &record) {
            if (record.end == window.size() && window.size() < size)
                return false;
            fits = qsizetype(record.fields.size()) == width;
            return fits && ++records < 4;
        }, candidate);
        if (fits)
            return candidate;
        from = candidate;
    }
    return first >= 0 ? first : size;
}

char CsvRecords::detectDelimiter(QByteArrayView utf8)
{
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    double bestScore = 0;
    for (char candidate : candidates) {
        std::vector<qsizetype> counts;
        read(utf8.first(std::min<qsizetype>(utf8.size(), 64 * 1024)), candidate, [&](const Record &record) {
            counts.push_back(qsizetype(record.fields.size()));
            return counts.size() < 20;
        });
        if (counts.size() > 1)
            counts.pop_back(); // the sample may cut the last record
        if (counts.empty() || counts.front() < 2)
            continue;
        qsizetype same = 0;
        for (qsizetype n : counts)
            same += n == counts.front() ? 1 : 0;
        // Consistency first, then more columns.
        const double score = double(same) / double(counts.size()) * 1000 + double(counts.front());
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace waymark
