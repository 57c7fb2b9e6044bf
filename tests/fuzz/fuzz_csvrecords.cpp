// Fuzzes the CSV/TSV record reader: delimiter detection, then one pass over the records,
// checking what csvrecords.h promises (lines grow, progress stays inside the text, a stop
// request is obeyed) and touching every field's bytes so ASan sees any slice past the input.
#include "data/csvrecords.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using waymark::CsvRecords;

namespace {
volatile unsigned fuzzSink = 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The importer hands the reader a QByteArray read from a file (NUL-terminated), so do we.
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const char delimiter = CsvRecords::detectDelimiter(text);
    FUZZ_CHECK(delimiter != '\0' && std::strchr(",;\t|", delimiter), "detectDelimiter returns one of , ; tab |");

    qint64 lastLine = 0;
    qsizetype lastEnd = 0;
    unsigned checksum = 0;
    qsizetype records = 0;
    CsvRecords::read(text, delimiter, [&](const CsvRecords::Record &record) {
        FUZZ_CHECK(record.line > lastLine, "records start on increasing lines");
        FUZZ_CHECK(record.end > lastEnd && record.end <= text.size(), "progress grows and stays inside the text");
        FUZZ_CHECK(!record.fields.empty(), "a record has at least one field");
        for (const QByteArrayView field : record.fields) {
            for (const char c : field)
                checksum += uchar(c);
        }
        lastLine = record.line;
        lastEnd = record.end;
        ++records;
        return true;
    });

    // A callback that stops at once gets exactly one record.
    qsizetype calls = 0;
    CsvRecords::read(text, delimiter, [&](const CsvRecords::Record &) {
        ++calls;
        return false;
    });
    FUZZ_CHECK(calls == (records > 0 ? 1 : 0), "returning false stops the reader");
    fuzzSink = checksum; // keeps the field reads from being optimised away
    return 0;
}
