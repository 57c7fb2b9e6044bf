// Fuzzes the .xlsx reader: the sheet list, every sheet as text and the first as CSV. Two
// kinds of input:
//   - a zip archive ("PK..."), read as it is: damaged containers, lying sizes;
//   - anything else is a list of parts, each introduced by a line "@@ <path in the zip>",
//     packed here into an uncompressed zip and then read. Mutating a real workbook seldom
//     reaches its XML (deflated, and checked by CRC), so the XML is fuzzed this way.
// Checks what xlsxreader.h promises: rows end at their last non-empty cell, the sheet list
// ends at the last row with one, and line N of the CSV is row N of the sheet.
#include "data/csvrecords.h"
#include "data/xlsxreader.h"
#include "fuzzcheck.h"

#include <zip.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

using namespace waymark;

namespace {

constexpr int maxSheetsRead = 4; // enough to reach every branch; keeps one input fast

struct Part {
    QByteArray path;
    QByteArray content;
};

std::vector<Part> splitParts(const QByteArray &input)
{
    std::vector<Part> parts;
    const QByteArray marker = QByteArrayLiteral("@@ ");
    qsizetype at = input.startsWith(marker) ? 0 : input.indexOf("\n" + marker);
    while (at >= 0) {
        if (input[at] == '\n')
            ++at;
        const qsizetype nameEnd = input.indexOf('\n', at);
        if (nameEnd < 0)
            break;
        const qsizetype next = input.indexOf("\n" + marker, nameEnd);
        parts.push_back({input.mid(at + marker.size(), nameEnd - at - marker.size()),
                         input.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1)});
        at = next;
    }
    return parts;
}

// The parts as a stored (uncompressed) zip archive, built with libzip in memory.
QByteArray zipOf(const std::vector<Part> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    QByteArray archive;
    if (!buffer)
        return archive;
    zip_source_keep(buffer); // zip_close would free it; we read the archive from it after
    if (zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error)) {
        for (const Part &part : parts) {
            zip_source_t *source = zip_source_buffer(zip, part.content.constData(), zip_uint64_t(part.content.size()), 0);
            const zip_int64_t index = source ? zip_file_add(zip, part.path.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
            if (index < 0)
                zip_source_free(source); // a duplicate or empty name: left out
            else
                zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
        }
        if (zip_close(zip) != 0)
            zip_discard(zip);
    }
    if (zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t size = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (size > 0) {
            archive.resize(qsizetype(size));
            if (zip_source_read(buffer, archive.data(), zip_uint64_t(size)) != size)
                archive.clear();
        }
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return archive;
}

void checkSheet(const QByteArray &workbook, int index)
{
    const XlsxRows sheet = readXlsxSheet(workbook, index);
    QString csvError = QStringLiteral("not cleared");
    const QByteArray csv = xlsxSheetAsCsv(workbook, index, &csvError);
    FUZZ_CHECK(sheet.error.isEmpty() == csvError.isEmpty(), "the sheet and its CSV are both read or both refused");
    if (!sheet.error.isEmpty()) {
        FUZZ_CHECK(csv.isEmpty(), "no CSV is returned with an error");
        return;
    }
    FUZZ_CHECK(sheet.rows.isEmpty() || !sheet.rows.last().isEmpty(), "the rows end at the last row with a value");
    qsizetype widest = 0;
    qsizetype rowsWithValues = 0;
    for (const QStringList &row : sheet.rows) {
        FUZZ_CHECK(row.isEmpty() || !row.last().isEmpty(), "a row ends at its last non-empty cell");
        widest = std::max(widest, row.size());
        rowsWithValues += row.isEmpty() ? 0 : 1;
    }
    qsizetype records = 0;
    CsvRecords::read(csv, ',', [&](const CsvRecords::Record &record) {
        FUZZ_CHECK(record.line >= 1 && record.line <= sheet.rows.size(), "every CSV line is a row of the sheet");
        const QStringList &row = sheet.rows[qsizetype(record.line - 1)];
        FUZZ_CHECK(!row.isEmpty(), "line N of the CSV is row N of the sheet");
        FUZZ_CHECK(qsizetype(record.fields.size()) == widest, "CSV rows are padded to the widest row");
        ++records;
        return true;
    });
    FUZZ_CHECK(records == rowsWithValues, "every row with a value is a CSV line");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray workbook = input.startsWith("PK") ? input : zipOf(splitParts(input));
    const XlsxWorkbook book = readXlsxWorkbook(workbook);
    if (!book.error.isEmpty()) {
        FUZZ_CHECK(book.sheets.isEmpty(), "no sheets are listed with an error");
        return 0;
    }
    const int sheets = int(std::min<qsizetype>(book.sheets.size(), maxSheetsRead));
    for (int index = 0; index < sheets; ++index)
        checkSheet(workbook, index);
    if (!book.sheets.isEmpty())
        FUZZ_CHECK(findXlsxSheet(book, book.sheets.first().name) >= 0, "a listed sheet is found by its name");
    return 0;
}
