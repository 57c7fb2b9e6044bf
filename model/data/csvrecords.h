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
    // Where reading stopped: the start of the next record (or the end) and its line.
    struct Stop {
        qsizetype at = 0;
        qint64 line = 1;
    };
    // Reads the records that start at `from` or later and before `limit` (-1: the end); the
    // last may run past `limit`. Lines are counted from `firstLine` (a part of a file read on
    // its own counts from 1 and is renumbered once the lines before it are known).
    static Stop read(QByteArrayView utf8, char delimiter, const Callback &callback, qsizetype from = 0, qsizetype limit = -1,
                     qint64 firstLine = 1);

    // A likely record start at or after `from`: just past a line break, where the next lines
    // split into `width` fields (or the text ends). Only a guess, since a quoted field may hold
    // line breaks: read() from a known record start tells for sure. size() when none is found.
    static qsizetype likelyRecordStart(QByteArrayView utf8, char delimiter, qsizetype from, qsizetype width);

    // The delimiter among , ; tab | that splits the first lines into the most equal, most
    // numerous fields (quoted text ignored); ',' when nothing fits better.
    static char detectDelimiter(QByteArrayView utf8);
};

} // namespace waymark
