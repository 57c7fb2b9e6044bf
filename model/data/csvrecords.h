#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <span>

namespace waymark {

// Text as a CSV/TSV file holds it, per RFC 4180: fields split by a delimiter, quoted fields
// may hold delimiters, doubled quotes and line breaks; CRLF or LF; blank lines are skipped.
// Works on UTF-8 bytes (the structure is ASCII): fields are slices of the input, except
// quoted fields with doubled quotes, which are unescaped into scratch space. One streaming
// pass, nothing kept: a million rows cost no memory beyond the file itself.
class CsvRecords
{
public:
    struct Record {
        std::span<const QByteArrayView> fields; // valid during the callback only
        qint64 line = 1;                        // the line the record starts on
        qsizetype end = 0;                      // bytes read so far (for progress)
    };
    // Gets each record; returns false to stop (cancel, enough rows).
    using Callback = std::function<bool(const Record &record)>;
    static void read(QByteArrayView utf8, char delimiter, const Callback &callback);

    // The delimiter among , ; tab | that splits the first lines into the most equal, most
    // numerous fields (quoted text ignored); ',' when nothing fits better.
    static char detectDelimiter(QByteArrayView utf8);
};

} // namespace waymark
