#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reading survey answers from Excel workbooks (.xlsx, Office Open XML): the sheet list, one
// sheet as text, or one sheet as CSV for the CSV import path. The zip container is read with
// libzip from memory, the XML with QXmlStreamReader, part by part in chunks. Hostile files
// are refused with a message, never a crash: no part over 512 MiB uncompressed (nor one whose
// zip entry lies about its size), no more than 50 million cells, no DTDs, no cell beyond
// XFD1048576. Formulas are not computed: a formula cell shows the result the file stores.
namespace waymark {

struct XlsxSheet {
    QString name;
};

struct XlsxWorkbook {
    QList<XlsxSheet> sheets; // in workbook order (hidden sheets too)
    bool date1904 = false;
    QString error;           // empty when readable; else what is wrong and where ("xl/workbook.xml, line 3, column 7: ...")
};

// Lists the sheets of an .xlsx held in memory.
XlsxWorkbook readXlsxWorkbook(const QByteArray &bytes);

struct XlsxRows {
    // Row r of the sheet is rows[r-1] and column c is rows[r-1][c-1]: gaps (missing rows,
    // empty cells) are empty strings or empty lists, so row numbers and columns stay those
    // Excel shows. A row ends at its last non-empty cell; the list ends at the last row with one.
    QList<QStringList> rows;
    QString error;
};

// Reads one sheet (0-based index) as text: shared and inline strings (rich text runs joined,
// phonetic runs left out), numbers as the shortest decimal that reads back the same ("3",
// "0.1", "1234.5"), booleans as TRUE/FALSE, error cells as their code (#N/A), stored formula
// results, and numbers in a date or time format as ISO 8601 "yyyy-MM-dd" or
// "yyyy-MM-ddTHH:mm:ss" (time formats below one day as "HH:mm:ss"), in the workbook's 1900
// or 1904 date system. Dates typed as text stay text.
XlsxRows readXlsxSheet(const QByteArray &bytes, int sheetIndex);

// A sheet as UTF-8 CSV: comma, RFC 4180 quoting, CRLF after every record, line N of the CSV
// is row N of the sheet. Line breaks inside cells become spaces; rows with a value are padded
// with empty fields to the widest row, rows without one are empty lines. Returns an empty
// array and sets *error (when given) on failure; on success *error is cleared.
QByteArray xlsxSheetAsCsv(const QByteArray &bytes, int sheetIndex, QString *error);

// The 0-based index of a sheet given by name (case-insensitive, surrounding spaces ignored)
// or by 1-based number as text ("2"); a name wins over a number. -1 if none.
int findXlsxSheet(const XlsxWorkbook &book, const QString &nameOrNumber);

} // namespace waymark
