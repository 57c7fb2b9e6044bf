#include "data/csvrecords.h"

#include <vector>

namespace waymark {

void CsvRecords::read(QStringView text, QChar delimiter, const Record &record)
{
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field started with a quote
    bool anything = false;    // the record has content (blank lines are skipped)
    qint64 line = 1;
    qint64 recordLine = 1;
    const qsizetype size = text.size();
    const auto endRecord = [&]() -> bool {
        fields.append(field);
        field.clear();
        wasQuoted = false;
        bool go = true;
        if (anything)
            go = record(fields, recordLine);
        fields.clear();
        anything = false;
        return go;
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = anything = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
            anything = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text[i + 1] == u'\n')
                ++i;
            if (!endRecord())
                return;
            ++line;
            recordLine = line;
        } else {
            if (!anything && fields.isEmpty())
                recordLine = line;
            field.append(c);
            anything = true;
        }
    }
    if (anything || !field.isEmpty())
        endRecord();
}

QChar CsvRecords::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {u',', u';', u'\t', u'|'};
    QChar best = u',';
    double bestScore = 0;
    for (QChar candidate : candidates) {
        std::vector<qsizetype> counts;
        read(text.left(64 * 1024), candidate, [&](const QStringList &fields, qint64) {
            counts.push_back(fields.size());
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
