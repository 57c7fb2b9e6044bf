#pragma once

#include <QString>
#include <QStringView>

// Cell-level pieces of the .xlsx reader (data/xlsxreader.h): cell references, number and
// date formats, Excel serial dates and text escapes. No I/O; separate so tests can reach them.
namespace waymark::xlsx {

inline constexpr int maxColumn = 16384;  // XFD
inline constexpr int maxRow = 1048576;

enum class RefStatus { Ok, Invalid, BeyondColumn, BeyondRow };
// "C7" -> column 3, row 7 (1-based). Letters of either case; no '$'.
RefStatus parseCellRef(QStringView ref, int *column, int *row);
// 1 -> "A", 28 -> "AB", 16385 -> "XFE".
QString columnName(int column);

enum class DateKind : unsigned char { None, Date, TimeOnly };
// What a number format shows. Built-in ids 14–22, 27–36, 45–47, 50–58 are dates or times;
// a format code (custom, or one a file gives for a built-in id) is a date when it has d, m, y
// or h outside quotes, brackets and escapes; TimeOnly when it has h or s but no d or y.
DateKind dateKindOf(int numFmtId, QStringView formatCode, bool hasFormatCode);

// Shortest decimal that reads back as the same double: "3", "0.1", "1234.5"; exponent form
// only below 1e-6 or from 1e21 in magnitude ("1e+21"); 0 and -0 are "0".
QString numberText(double value);

// An Excel serial date as ISO 8601: "yyyy-MM-dd", or "yyyy-MM-ddTHH:mm:ss" when the value
// has a time part (rounded to the second). 1900 system: serial 1 is 1900-01-01 and 60 the
// fictitious 1900-02-29 that Excel keeps; 1904 system: serial 0 is 1904-01-01. A TimeOnly
// format with a value below 1 gives "HH:mm:ss". Null for negative or non-finite values and
// dates after 9999-12-31 (the caller then shows the number).
QString serialDateText(double serial, bool date1904, DateKind kind);

// Undoes the _xHHHH_ escapes of OOXML strings ("_x000D_" is a carriage return, "_x005F_" a '_').
QString unescapeXstring(const QString &text);

// One CSV field: line breaks (CRLF, CR or LF) become one space each; quoted, with doubled
// quotes, when it holds a comma or a quote (RFC 4180).
QString csvField(const QString &text);

} // namespace waymark::xlsx
