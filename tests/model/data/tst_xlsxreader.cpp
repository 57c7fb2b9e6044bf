// Reading .xlsx workbooks: the sheet list, cells as text (strings, numbers, booleans, dates in
// both date systems), CSV for the import path, and damaged or hostile files refused with a
// message. Fixtures: tests/data/xlsx, written by make_fixtures.py there.
#include "data/xlsxcells.h"
#include "data/xlsxpart.h"
#include "data/xlsxreader.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace waymark;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(WAYMARK_TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QStringList cells(std::initializer_list<QStringView> texts)
{
    QStringList list;
    for (const QStringView text : texts)
        list.append(text.toString());
    return list;
}

QString sheetError(const char *name, int sheet)
{
    const XlsxRows rows = readXlsxSheet(fixture(name), sheet);
    if (!rows.rows.isEmpty())
        return QStringLiteral("rows despite an error");
    return rows.error;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void sheetsInWorkbookOrderChosenByNameOrNumber()
    {
        const XlsxWorkbook book = readXlsxWorkbook(fixture("survey.xlsx"));
        QCOMPARE(book.error, QString());
        QCOMPARE(book.sheets.size(), 2);
        QCOMPARE(book.sheets[0].name, QStringLiteral("Answers"));
        QCOMPARE(book.sheets[1].name, QStringLiteral("Notes"));
        QCOMPARE(book.date1904, false);

        QCOMPARE(findXlsxSheet(book, QStringLiteral("Notes")), 1);
        QCOMPARE(findXlsxSheet(book, QStringLiteral(" ANSWERS ")), 0);
        QCOMPARE(findXlsxSheet(book, QStringLiteral("1")), 0);
        QCOMPARE(findXlsxSheet(book, QStringLiteral("2")), 1);
        QCOMPARE(findXlsxSheet(book, QStringLiteral("3")), -1);
        QCOMPARE(findXlsxSheet(book, QStringLiteral("0")), -1);
        QCOMPARE(findXlsxSheet(book, QStringLiteral("Summary")), -1);
        QCOMPARE(findXlsxSheet(book, QString()), -1);

        // A name wins over a number; names compare case-insensitively in any script.
        XlsxWorkbook named;
        named.sheets = {{QStringLiteral("Ответы")}, {QStringLiteral("1")}};
        QCOMPARE(findXlsxSheet(named, QStringLiteral("1")), 1);
        QCOMPARE(findXlsxSheet(named, QStringLiteral("ОТВЕТЫ")), 0);
        QCOMPARE(findXlsxSheet(named, QStringLiteral("2")), 1);
    }

    void cellsAsExcelShowsThem()
    {
        const XlsxRows sheet = readXlsxSheet(fixture("survey.xlsx"), 0);
        QCOMPARE(sheet.error, QString());
        QCOMPARE(sheet.rows.size(), 9);
        QCOMPARE(sheet.rows[0], cells({u"Respondent", u"Score", u"Comment", u"Recommend", u"Weight"}));
        // Shared strings in Russian, Serbian Cyrillic and Hangul; integers, decimals,
        // negatives; booleans.
        QCOMPARE(sheet.rows[1], cells({u"r1", u"9", u"Отлично, спасибо!", u"TRUE", u"0.1"}));
        QCOMPARE(sheet.rows[2], cells({u"r2", u"7", u"Добро је, хвала", u"FALSE", u"1234.5"}));
        QCOMPARE(sheet.rows[3], cells({u"r3", u"-3", u"좋아요", u"TRUE", u"-0.25"}));
        // Empty cells in the middle keep the columns.
        QCOMPARE(sheet.rows[4], cells({u"r4", u"", u"Без оценки", u"", u"3"}));
        // Row 6 is missing: row 7 stays rows[6].
        QCOMPARE(sheet.rows[5], QStringList());
        // C7 is an inline string; E7 is stored as "1.2345E3".
        QCOMPARE(sheet.rows[6], cells({u"r6", u"10", u"Инлайн текст", u"TRUE", u"1234.5"}));
        // Row 8: cells without r (placed in order), rich text runs without the phonetic run,
        // an error value, a formula's stored text result.
        QCOMPARE(sheet.rows[7], cells({u"r7", u"8", u"Очень хорошо", u"#N/A", u"r7!"}));
        // Row 9 has no r: it follows row 8. Spaces inside a cell are kept.
        QCOMPARE(sheet.rows[8], cells({u"r8", u"0", u"  spaced  "}));
    }

    void datesInBothDateSystems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QStringList>("serials"); // serials 1, 59, 60, 61 and 61.75 as dates
        QTest::newRow("1900") << QStringLiteral("dates1900.xlsx") << false
                              << cells({u"1900-01-01", u"1900-02-28", u"1900-02-29", u"1900-03-01", u"1900-03-01T18:00:00"});
        QTest::newRow("1904") << QStringLiteral("dates1904.xlsx") << true
                              << cells({u"1904-01-02", u"1904-02-29", u"1904-03-01", u"1904-03-02", u"1904-03-02T18:00:00"});
    }

    void datesInBothDateSystems()
    {
        QFETCH(QString, file);
        QFETCH(bool, date1904);
        QFETCH(QStringList, serials);
        const QByteArray bytes = fixture(file.toUtf8().constData());
        const XlsxWorkbook book = readXlsxWorkbook(bytes);
        QCOMPARE(book.error, QString());
        QCOMPARE(book.date1904, date1904);
        const XlsxRows sheet = readXlsxSheet(bytes, 0);
        QCOMPARE(sheet.error, QString());
        QCOMPARE(sheet.rows.size(), 14);
        QStringList values;
        for (const QStringList &row : sheet.rows.mid(1))
            values.append(row.value(1));
        // The same calendar dates come out the same in both systems.
        QCOMPARE(values.mid(0, 8), cells({
                                       u"2024-03-01",          // a date (custom format yyyy-mm-dd)
                                       u"2024-03-01T14:30:05", // with a time
                                       u"1999-12-31",          // built-in format 14
                                       u"2024-02-29",          // custom dd.mm.yyyy
                                       u"01.03.2024",          // typed as text: stays text
                                       u"12:00:00",            // a time format, under a day
                                       u"45352",               // General: a number
                                       u"45352",               // d and m only in quotes and brackets
                                   }));
        QCOMPARE(values.mid(8), serials);
    }

    void csvForTheImportPath()
    {
        QString error = QStringLiteral("stale");
        const QByteArray csv = xlsxSheetAsCsv(fixture("survey.xlsx"), 1, &error);
        QCOMPARE(error, QString());
        QCOMPARE(csv, QByteArray("Name,Note,Count\r\n"
                                 "\"Smith, John\",\"He said \"\"hi\"\"\",2\r\n"
                                 "\xD0\x90\xD0\xBD\xD0\xB0,line one line two,\r\n" // Ана; LF in the cell
                                 "\r\n"                                             // row 4 is missing
                                 "end,a b,TRUE\r\n"));                              // CRLF in the cell

        QCOMPARE(xlsxSheetAsCsv(fixture("notzip.xlsx"), 0, &error), QByteArray());
        QCOMPARE(error, QStringLiteral("This is not an .xlsx workbook (not a zip archive)."));
        QCOMPARE(xlsxSheetAsCsv(fixture("survey.xlsx"), 5, nullptr), QByteArray());
    }

    void filesThatAreNoWorkbooks()
    {
        const auto bookError = [](const QByteArray &bytes) {
            const XlsxWorkbook book = readXlsxWorkbook(bytes);
            return book.sheets.isEmpty() ? book.error : QStringLiteral("sheets despite an error");
        };
        QCOMPARE(bookError(fixture("notzip.xlsx")), QStringLiteral("This is not an .xlsx workbook (not a zip archive)."));
        QCOMPARE(bookError(QByteArray()), QStringLiteral("The file is empty."));
        QCOMPARE(bookError(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)),
                 QStringLiteral("This is not an .xlsx workbook but an older .xls file or a password-protected workbook: "
                                "save it in Excel as .xlsx without a password."));
        QCOMPARE(bookError(fixture("noworkbook.xlsx")),
                 QStringLiteral("This zip archive is not an .xlsx workbook: it has no xl/workbook.xml."));
        QCOMPARE(bookError(fixture("truncated.xlsx")), QStringLiteral("The .xlsx file is damaged or incomplete (Not a zip archive)."));
        QCOMPARE(sheetError("truncated.xlsx", 0), QStringLiteral("The .xlsx file is damaged or incomplete (Not a zip archive)."));
    }

    void sheetWithABlankNameIsRefused()
    {
        // Found by tests/fuzz/fuzz_xlsx: a sheet without a name was listed, and then could be
        // neither shown in the sheet list nor chosen by name.
        const XlsxWorkbook book = readXlsxWorkbook(fixture("namelesssheet.xlsx"));
        QVERIFY(book.sheets.isEmpty());
        QVERIFY2(book.error.startsWith(QStringLiteral("xl/workbook.xml, line 1, column ")), qPrintable(book.error));
        QVERIFY2(book.error.endsWith(QStringLiteral(": sheet 1 has no name")), qPrintable(book.error));
        // Every sheet of the workbook is refused with it, the well-named second one too.
        QCOMPARE(sheetError("namelesssheet.xlsx", 1), book.error);
    }

    void damagedSheetsNameTheirPart()
    {
        // The sheet list still reads; the damaged sheet says where it is damaged.
        QCOMPARE(readXlsxWorkbook(fixture("badsheet.xlsx")).sheets.size(), 2);
        const QString bad = sheetError("badsheet.xlsx", 0);
        QVERIFY2(bad.startsWith(QStringLiteral("xl/worksheets/sheet1.xml, line 1, column ")), qPrintable(bad));
        QVERIFY2(bad.endsWith(QStringLiteral(": Opening and ending tag mismatch.")), qPrintable(bad));
        QCOMPARE(readXlsxSheet(fixture("badsheet.xlsx"), 1).rows.size(), 5); // the other sheet is fine

        const auto where = [](const QString &message, const QString &what) {
            return message.startsWith(QStringLiteral("xl/worksheets/sheet1.xml, line 1, column ")) && message.endsWith(what);
        };
        const QString column = sheetError("bigcolumn.xlsx", 0);
        QVERIFY2(where(column, QStringLiteral(": cell XFE2 lies beyond column XFD, the last of a sheet")), qPrintable(column));
        const QString row = sheetError("bigrow.xlsx", 0);
        QVERIFY2(where(row, QStringLiteral(": cell A1048577 lies beyond row 1048576, the last of a sheet")), qPrintable(row));
        const QString rowElement = sheetError("bigrow.xlsx", 1);
        QVERIFY2(rowElement.startsWith(QStringLiteral("xl/worksheets/sheet2.xml, line 1, column "))
                     && rowElement.endsWith(QStringLiteral(": row 1048577 lies beyond row 1048576, the last of a sheet")),
                 qPrintable(rowElement));
        const QString dtd = sheetError("dtd.xlsx", 0);
        QVERIFY2(where(dtd, QStringLiteral(": document type declarations (DTD) are not allowed")), qPrintable(dtd));

        QCOMPARE(sheetError("missingsheet.xlsx", 1), QStringLiteral("xl/worksheets/nothere.xml is missing from the workbook."));
        QCOMPARE(readXlsxSheet(fixture("missingsheet.xlsx"), 0).error, QString());

        QCOMPARE(sheetError("survey.xlsx", 2), QStringLiteral("There is no sheet 3: the workbook's sheets are numbered 1 to 2."));
        QCOMPARE(sheetError("survey.xlsx", -1), QStringLiteral("There is no sheet 0: the workbook's sheets are numbered 1 to 2."));
    }

    void sizeLimitsAndLyingSizes()
    {
        // The zip directory declares more than 512 MiB: refused before inflating anything.
        QCOMPARE(sheetError("hugepart.xlsx", 0),
                 QStringLiteral("xl/worksheets/sheet1.xml is larger than 512 MiB uncompressed, the most Waymark reads."));
        // It declares 100 bytes but holds more: refused once more than that has come out.
        QCOMPARE(sheetError("sizelie.xlsx", 0),
                 QStringLiteral("xl/worksheets/sheet1.xml is damaged: its size is not the 100 bytes the zip directory gives."));
    }

    void cellLimitCountsGapsToo()
    {
        // Four cells in column XFD: the rows hold 4 x 16384 places, gaps included.
        const XlsxRows wide = readXlsxSheet(fixture("widecells.xlsx"), 0);
        QCOMPARE(wide.error, QString());
        QCOMPARE(wide.rows.size(), 4);
        QCOMPARE(wide.rows[3].size(), 16384);
        QCOMPARE(wide.rows[3].last(), QStringLiteral("4"));
        QCOMPARE(wide.rows[3].first(), QString());
        // The limit (50 million in readXlsxSheet) counts those places, not just the cells...
        const auto tooMany = [](const XlsxRows &rows, const char *limit) {
            return rows.rows.isEmpty() && rows.error.startsWith(QStringLiteral("xl/worksheets/sheet1.xml, line 1, column "))
                   && rows.error.endsWith(QStringLiteral(": xl/worksheets/sheet1.xml has more than %1 cells, the most Waymark reads.")
                                              .arg(QString::fromUtf8(limit)));
        };
        QVERIFY(tooMany(xlsx::readSheet(fixture("widecells.xlsx"), 0, 50000), "50000"));
        QCOMPARE(xlsx::readSheet(fixture("widecells.xlsx"), 0, 65536).error, QString());
        // ...and the <c> elements, empty or not (the survey's first sheet has 36).
        QVERIFY(tooMany(xlsx::readSheet(fixture("survey.xlsx"), 0, 35), "35"));
        QCOMPARE(xlsx::readSheet(fixture("survey.xlsx"), 0, 38).error, QString());
    }

    void damagedBytesNeverCrash()
    {
        // Every cut and some flipped bytes: an error or rows, never a crash (run under ASan/UBSan too).
        const QByteArray good = fixture("survey.xlsx");
        for (qsizetype cut = 0; cut < good.size(); cut += 61) {
            const XlsxRows rows = readXlsxSheet(good.left(cut), 0);
            QVERIFY(!rows.error.isEmpty());
        }
        int failures = 0;
        for (qsizetype at = 0; at < good.size(); at += 37) {
            QByteArray damaged = good;
            damaged[at] = char(damaged[at] ^ 0x5A);
            for (int sheet = 0; sheet < 2; ++sheet)
                failures += readXlsxSheet(damaged, sheet).error.isEmpty() ? 0 : 1;
            readXlsxWorkbook(damaged);
            xlsxSheetAsCsv(damaged, 0, nullptr);
        }
        QVERIFY(failures > 0);
    }

    void numbersAsShortestDecimals()
    {
        QCOMPARE(xlsx::numberText(3), QStringLiteral("3"));
        QCOMPARE(xlsx::numberText(0.1), QStringLiteral("0.1"));
        QCOMPARE(xlsx::numberText(1234.5), QStringLiteral("1234.5"));
        QCOMPARE(xlsx::numberText(-42), QStringLiteral("-42"));
        QCOMPARE(xlsx::numberText(-0.0), QStringLiteral("0"));
        QCOMPARE(xlsx::numberText(0.1 + 0.2), QStringLiteral("0.30000000000000004"));
        QCOMPARE(xlsx::numberText(123456789012345.0), QStringLiteral("123456789012345"));
        QCOMPARE(xlsx::numberText(1e20), QStringLiteral("100000000000000000000"));
        QCOMPARE(xlsx::numberText(0.000001), QStringLiteral("0.000001"));
        QCOMPARE(xlsx::numberText(1e21), QStringLiteral("1e+21"));
        QCOMPARE(xlsx::numberText(1.5e-7), QStringLiteral("1.5e-07"));
    }

    void serialDatesAndFormats()
    {
        using xlsx::DateKind;
        QCOMPARE(xlsx::serialDateText(45352, false, DateKind::Date), QStringLiteral("2024-03-01"));
        QCOMPARE(xlsx::serialDateText(45352 - 1462, true, DateKind::Date), QStringLiteral("2024-03-01"));
        QCOMPARE(xlsx::serialDateText(60.25, false, DateKind::Date), QStringLiteral("1900-02-29T06:00:00"));
        QCOMPARE(xlsx::serialDateText(0, true, DateKind::Date), QStringLiteral("1904-01-01"));
        QCOMPARE(xlsx::serialDateText(45352.999999999, false, DateKind::Date), QStringLiteral("2024-03-02")); // rounds to the second
        QCOMPARE(xlsx::serialDateText(0.75, false, DateKind::TimeOnly), QStringLiteral("18:00:00"));
        QCOMPARE(xlsx::serialDateText(1.75, false, DateKind::TimeOnly), QStringLiteral("1900-01-01T18:00:00"));
        QCOMPARE(xlsx::serialDateText(2958465, false, DateKind::Date), QStringLiteral("9999-12-31"));
        QVERIFY(xlsx::serialDateText(2958466, false, DateKind::Date).isNull());
        QVERIFY(xlsx::serialDateText(-1, false, DateKind::Date).isNull());
        QVERIFY(xlsx::serialDateText(std::numeric_limits<double>::quiet_NaN(), false, DateKind::Date).isNull());
        QVERIFY(xlsx::serialDateText(45352, false, DateKind::None).isNull());

        const auto kind = [](const char16_t *code) { return xlsx::dateKindOf(164, QStringView(code), true); };
        QCOMPARE(kind(u"dd.mm.yyyy"), DateKind::Date);
        QCOMPARE(kind(u"DD/MM/YYYY"), DateKind::Date);
        QCOMPARE(kind(u"mmm yy"), DateKind::Date);
        QCOMPARE(kind(u"[$-419]d mmmm yyyy;@"), DateKind::Date);
        QCOMPARE(kind(u"[h]:mm:ss"), DateKind::TimeOnly);
        QCOMPARE(kind(u"h:mm AM/PM"), DateKind::TimeOnly);
        QCOMPARE(kind(u"General"), DateKind::None);
        QCOMPARE(kind(u"0.00E+00"), DateKind::None);
        QCOMPARE(kind(u"#,##0 \"dm\";[Red]-0"), DateKind::None);
        QCOMPARE(kind(u"0\\d"), DateKind::None);
        QCOMPARE(kind(u"0_h"), DateKind::None);
        QCOMPARE(xlsx::dateKindOf(14, {}, false), DateKind::Date);
        QCOMPARE(xlsx::dateKindOf(22, {}, false), DateKind::Date);
        QCOMPARE(xlsx::dateKindOf(20, {}, false), DateKind::TimeOnly);
        QCOMPARE(xlsx::dateKindOf(57, {}, false), DateKind::Date);
        QCOMPARE(xlsx::dateKindOf(0, {}, false), DateKind::None);
        QCOMPARE(xlsx::dateKindOf(49, {}, false), DateKind::None);
        QCOMPARE(xlsx::dateKindOf(14, u"0.00", true), DateKind::None); // the file's own code wins
    }

    void cellReferencesAndEscapes()
    {
        int column = 0, row = 0;
        QCOMPARE(xlsx::parseCellRef(u"C7", &column, &row), xlsx::RefStatus::Ok);
        QCOMPARE(column, 3);
        QCOMPARE(row, 7);
        QCOMPARE(xlsx::parseCellRef(u"XFD1048576", &column, &row), xlsx::RefStatus::Ok);
        QCOMPARE(column, 16384);
        QCOMPARE(row, 1048576);
        QCOMPARE(xlsx::parseCellRef(u"XFE1", &column, &row), xlsx::RefStatus::BeyondColumn);
        QCOMPARE(xlsx::parseCellRef(u"ZZZZZZZZZZZZZZ1", &column, &row), xlsx::RefStatus::BeyondColumn);
        QCOMPARE(xlsx::parseCellRef(u"A1048577", &column, &row), xlsx::RefStatus::BeyondRow);
        QCOMPARE(xlsx::parseCellRef(u"A99999999999999999999", &column, &row), xlsx::RefStatus::BeyondRow);
        for (const char16_t *bad : {u"", u"A", u"7", u"A0", u"7A", u"A1B", u"$A$1", u"Ж1"})
            QCOMPARE(xlsx::parseCellRef(bad, &column, &row), xlsx::RefStatus::Invalid);
        QCOMPARE(xlsx::columnName(1), QStringLiteral("A"));
        QCOMPARE(xlsx::columnName(26), QStringLiteral("Z"));
        QCOMPARE(xlsx::columnName(27), QStringLiteral("AA"));
        QCOMPARE(xlsx::columnName(16385), QStringLiteral("XFE"));

        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("a_x000D_b")), QStringLiteral("a\rb"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("_x005F_x000D_")), QStringLiteral("_x000D_"));
        QCOMPARE(xlsx::unescapeXstring(QStringLiteral("my_x_file_x00G1_")), QStringLiteral("my_x_file_x00G1_"));

        QCOMPARE(xlsx::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(xlsx::csvField(QStringLiteral("a\r\nb\nc\rd")), QStringLiteral("a b c d"));
        QCOMPARE(xlsx::csvField(QStringLiteral("say \"x\", y")), QStringLiteral("\"say \"\"x\"\", y\""));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
