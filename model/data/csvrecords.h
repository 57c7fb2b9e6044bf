#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace waymark {

// Text as a CSV/TSV file holds it, per RFC 4180: fields split by a delimiter, quoted fields
// may hold delimiters, doubled quotes and line breaks; CRLF or LF; blank lines are skipped.
// One streaming pass: `record` gets each record's fields and the line it starts on, and may
// return false to stop (cancel).
class CsvRecords
{
public:
    using Record = std::function<bool(const QStringList &fields, qint64 line)>;
    static void read(QStringView text, QChar delimiter, const Record &record);

    // The delimiter among , ; tab | that splits the first lines into the most equal, most
    // numerous fields (quoted text ignored); ',' when nothing fits better.
    static QChar detectDelimiter(QStringView text);
};

} // namespace waymark
