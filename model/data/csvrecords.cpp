#include "data/csvrecords.h"

#include <deque>
#include <vector>

namespace waymark {

void CsvRecords::read(QByteArrayView utf8, char delimiter, const Callback &callback)
{
    std::vector<QByteArrayView> fields;
    std::deque<QByteArray> unescaped; // doubled quotes removed; the deque keeps views stable
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qint64 line = 1;
    qsizetype i = 0;
    while (i < size) {
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
                while (i < size && data[i] != delimiter && data[i] != '\n' && data[i] != '\r')
                    ++i;
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
            return;
    }
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
