#include "data/xlsxreader.h"

#include "data/xlsxcells.h"
#include "data/xlsxpart.h"
#include "data/xlsxreadertext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace waymark {

namespace {

using xlsx::Archive;
using xlsx::maxCells;
using xlsx::XmlPart;


constexpr qint64 maxSheets = 100'000; // also the most relationships of the workbook

QString tooManyCells(const QString &part, qint64 limit)
{
    return XlsxReaderText::tr("%1 has more than %2 cells, the most Waymark reads.").arg(part, QString::number(limit));
}

QString tooManyEntries(const QString &part, qint64 limit)
{
    return XlsxReaderText::tr("%1 has more than %2 entries, the most Waymark reads.").arg(part, QString::number(limit));
}

struct Relationship {
    QString type; // the last segment of its Type: "worksheet", "styles", "sharedStrings", …
    QString part;
};

// What xl/workbook.xml and its relationships say.
struct Book {
    XlsxWorkbook info;
    QList<Relationship> sheets; // per sheet; an empty part when its r:id has no relationship
    QString styles, strings;    // parts; empty when the workbook has none
};

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1StringView(name)).toString();
}

QString partOfTarget(QStringView target)
{
    QString path = target.toString();
    if (path.contains(u'%'))
        path = QUrl::fromPercentEncoding(path.toUtf8());
    // Relative to xl/ (where workbook.xml lives), or absolute within the package.
    return QDir::cleanPath(path.startsWith(u'/') ? path.mid(1) : QStringLiteral("xl/") + path);
}

Book readBook(const Archive &archive)
{
    Book book;
    QString *error = &book.info.error;
    QStringList ids;
    XmlPart workbook(archive, QStringLiteral("xl/workbook.xml"), error);
    while (workbook.next()) {
        if (!workbook.xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = workbook.xml.attributes();
        if (workbook.xml.name() == u"workbookPr") {
            const QStringView value = attributes.value(QLatin1StringView("date1904"));
            book.info.date1904 = value == u"1" || value == u"true";
        } else if (workbook.xml.name() == u"sheet") {
            if (ids.size() >= maxSheets) {
                workbook.fail(tooManyEntries(workbook.name(), maxSheets));
                return book;
            }
            QString id; // r:id, in the relationships namespace of transitional or strict OOXML
            for (const QXmlStreamAttribute &attribute : attributes)
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            const QString name = attributes.value(QLatin1StringView("name")).toString();
            // Excel requires a name; a blank one could be neither shown nor chosen (--sheet),
            // so the workbook is damaged (found by fuzzing).
            if (name.trimmed().isEmpty()) {
                workbook.fail(XlsxReaderText::tr("sheet %1 has no name").arg(ids.size() + 1));
                return book;
            }
            book.info.sheets.append(XlsxSheet{name});
            ids.append(id);
        }
    }
    if (!error->isEmpty())
        return book;
    QHash<QString, Relationship> relationships;
    XmlPart rels(archive, QStringLiteral("xl/_rels/workbook.xml.rels"), error);
    while (rels.next()) {
        if (!rels.xml.isStartElement() || rels.xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = rels.xml.attributes();
        if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
            continue;
        if (relationships.size() >= maxSheets) {
            rels.fail(tooManyEntries(rels.name(), maxSheets));
            return book;
        }
        const Relationship relationship{attributes.value(QLatin1StringView("Type")).toString().section(u'/', -1),
                                        partOfTarget(attributes.value(QLatin1StringView("Target")))};
        relationships.insert(attributes.value(QLatin1StringView("Id")).toString(), relationship);
        if (relationship.type == u"styles")
            book.styles = relationship.part;
        else if (relationship.type == u"sharedStrings")
            book.strings = relationship.part;
    }
    for (const QString &id : std::as_const(ids))
        book.sheets.append(relationships.value(id));
    // Writers that skip the relationships still use the usual names.
    if (book.styles.isEmpty() && archive.find(QStringLiteral("xl/styles.xml")) >= 0)
        book.styles = QStringLiteral("xl/styles.xml");
    if (book.strings.isEmpty() && archive.find(QStringLiteral("xl/sharedStrings.xml")) >= 0)
        book.strings = QStringLiteral("xl/sharedStrings.xml");
    return book;
}

// What cells refer to: the shared strings, and which cell formats (s="…") show dates.
struct Shared {
    QStringList strings;
    std::vector<xlsx::DateKind> formats;
    bool date1904 = false;
};

bool readStyles(const Archive &archive, const QString &name, Shared *shared, QString *error)
{
    if (name.isEmpty())
        return true;
    QHash<int, QString> codes; // custom number formats (numFmts precede cellXfs in the schema)
    bool inNumFmts = false, inCellXfs = false;
    XmlPart part(archive, name, error);
    while (part.next()) {
        const QStringView element = part.xml.name();
        if (part.xml.isEndElement()) {
            inNumFmts = inNumFmts && element != u"numFmts";
            inCellXfs = inCellXfs && element != u"cellXfs";
        } else if (part.xml.isStartElement()) {
            const QXmlStreamAttributes attributes = part.xml.attributes();
            const int id = attributes.value(QLatin1StringView("numFmtId")).toInt();
            if (element == u"numFmts" || element == u"cellXfs") {
                (element == u"numFmts" ? inNumFmts : inCellXfs) = true;
            } else if (inNumFmts && element == u"numFmt") {
                codes.insert(id, attributes.value(QLatin1StringView("formatCode")).toString());
            } else if (inCellXfs && element == u"xf") {
                if (qint64(shared->formats.size()) >= maxCells)
                    return part.fail(tooManyEntries(name, maxCells));
                const auto code = codes.constFind(id);
                shared->formats.push_back(xlsx::dateKindOf(id, code == codes.cend() ? QStringView() : QStringView(*code),
                                                           code != codes.cend()));
            }
        }
    }
    return error->isEmpty();
}

bool readStrings(const Archive &archive, const QString &name, Shared *shared, QString *error)
{
    if (name.isEmpty())
        return true;
    XmlPart part(archive, name, error);
    while (part.next()) {
        if (part.xml.isStartElement() && part.xml.name() == u"si") {
            if (shared->strings.size() >= maxCells)
                return part.fail(tooManyEntries(name, maxCells));
            QString text;
            if (!part.readRichText(&text))
                return false;
            shared->strings.append(text);
        }
    }
    return error->isEmpty();
}

// The text of the current <c> (with these attributes), read to its end tag; the cell is at
// column, row (named in messages).
bool readCell(XmlPart &part, const QXmlStreamAttributes &attributes, const Shared &shared, int column, int row, QString *value)
{
    const QStringView type = attributes.value(QLatin1StringView("t"));
    const qint64 style = attributes.value(QLatin1StringView("s")).toLongLong();
    QString stored, inlineText;
    while (part.next() && !part.xml.isEndElement()) { // children are read whole: the next end tag is </c>
        if (part.xml.isStartElement()
            && !(part.xml.name() == u"v" ? part.readText(&stored)
                 : part.xml.name() == u"is" ? part.readRichText(&inlineText)
                                              : part.readText(nullptr))) // <f>, <extLst>
            return false;
    }
    if (!part.ok())
        return false;
    const QString trimmed = stored.trimmed();
    if (type == u"s") {
        bool ok = false;
        const qint64 index = trimmed.toLongLong(&ok);
        if (!ok || index < 0 || index >= shared.strings.size())
            return part.fail(XlsxReaderText::tr("cell %1 refers to shared string %2, which the workbook does not have")
                                 .arg(xlsx::columnName(column) + QString::number(row), trimmed));
        *value = shared.strings[index];
    } else if (type == u"inlineStr") {
        *value = inlineText;
    } else if (type == u"str") { // the stored result of a formula
        *value = xlsx::unescapeXstring(stored);
    } else if (type == u"b") {
        *value = trimmed == u"1" || trimmed == u"true" ? QStringLiteral("TRUE")
                 : trimmed == u"0" || trimmed == u"false" ? QStringLiteral("FALSE")
                                                          : stored;
    } else if (type == u"e") {
        *value = trimmed;
    } else if (type == u"d") { // ISO 8601 (strict OOXML)
        const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        *value = !moment.isValid()          ? trimmed
                 : moment.time() == QTime(0, 0) ? moment.date().toString(Qt::ISODate)
                                                : moment.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    } else { // a number ("n" or no type)
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            *value = stored;
            return true;
        }
        const bool styled = style >= 0 && style < qint64(shared.formats.size());
        const QString date = styled ? xlsx::serialDateText(number, shared.date1904, shared.formats[std::size_t(style)]) : QString();
        *value = date.isNull() ? xlsx::numberText(number) : date;
    }
    return true;
}

bool readCells(XmlPart &part, const Shared &shared, qint64 maxCellCount, QList<QStringList> *rows)
{
    int row = 0, column = 0;
    qint64 cells = 0, places = 0; // <c> elements, and places in rows (gaps included)
    bool inSheetData = false;
    while (part.next()) {
        if (part.xml.isEndElement() && part.xml.name() == u"sheetData")
            inSheetData = false;
        if (!part.xml.isStartElement())
            continue;
        if (part.xml.name() == u"sheetData") {
            inSheetData = true;
        } else if (inSheetData && part.xml.name() == u"row") {
            const QString r = attribute(part.xml, "r");
            bool ok = true;
            const qint64 number = r.isEmpty() ? row + 1 : r.toLongLong(&ok);
            if (!ok || number < 1)
                return part.fail(XlsxReaderText::tr("“%1” is not a row number").arg(r));
            if (number > xlsx::maxRow)
                return part.fail(XlsxReaderText::tr("row %1 lies beyond row %2, the last of a sheet").arg(r, QString::number(xlsx::maxRow)));
            row = int(number);
            column = 0;
        } else if (inSheetData && part.xml.name() == u"c") {
            if (++cells > maxCellCount)
                return part.fail(tooManyCells(part.name(), maxCellCount));
            const QXmlStreamAttributes attributes = part.xml.attributes();
            const QStringView ref = attributes.value(QLatin1StringView("r"));
            xlsx::RefStatus status = xlsx::RefStatus::Ok;
            row = std::max(row, 1);
            if (ref.isEmpty()) // follows the previous cell
                status = ++column > xlsx::maxColumn ? xlsx::RefStatus::BeyondColumn : status;
            else
                status = xlsx::parseCellRef(ref, &column, &row);
            if (status != xlsx::RefStatus::Ok) {
                const QString cell = ref.isEmpty() ? xlsx::columnName(column) + QString::number(row) : ref.toString();
                return part.fail(status == xlsx::RefStatus::Invalid ? XlsxReaderText::tr("“%1” is not a cell reference").arg(cell)
                                 : status == xlsx::RefStatus::BeyondColumn
                                     ? XlsxReaderText::tr("cell %1 lies beyond column XFD, the last of a sheet").arg(cell)
                                     : XlsxReaderText::tr("cell %1 lies beyond row %2, the last of a sheet").arg(cell, QString::number(xlsx::maxRow)));
            }
            QString value;
            if (!readCell(part, attributes, shared, column, row, &value))
                return false;
            if (value.isEmpty())
                continue;
            if (rows->size() < row)
                rows->resize(row);
            QStringList &cellsOfRow = (*rows)[row - 1];
            if (cellsOfRow.size() < column) {
                places += column - cellsOfRow.size();
                if (places > maxCellCount)
                    return part.fail(tooManyCells(part.name(), maxCellCount));
                cellsOfRow.resize(column);
            }
            cellsOfRow[column - 1] = value;
        }
    }
    return part.ok();
}

} // namespace

XlsxWorkbook readXlsxWorkbook(const QByteArray &bytes)
{
    const Archive archive(bytes);
    if (!archive.error.isEmpty())
        return {{}, false, archive.error};
    Book book = readBook(archive);
    if (!book.info.error.isEmpty())
        book.info.sheets.clear();
    return book.info;
}

XlsxRows xlsx::readSheet(const QByteArray &bytes, int sheetIndex, qint64 maxCellCount)
{
    XlsxRows result;
    const Archive archive(bytes);
    if (!archive.error.isEmpty())
        return {{}, archive.error};
    const Book book = readBook(archive);
    if (!book.info.error.isEmpty())
        return {{}, book.info.error};
    const qsizetype count = book.sheets.size();
    if (count == 0)
        return {{}, XlsxReaderText::tr("The workbook has no sheets.")};
    if (sheetIndex < 0 || sheetIndex >= count)
        return {{}, XlsxReaderText::tr("There is no sheet %1: the workbook's sheets are numbered 1 to %2.")
                        .arg(QString::number(qint64(sheetIndex) + 1), QString::number(count))};
    const QString &sheetName = book.info.sheets[sheetIndex].name;
    const Relationship &sheet = book.sheets[sheetIndex];
    if (sheet.part.isEmpty())
        return {{}, XlsxReaderText::tr("Sheet “%1” is not in xl/_rels/workbook.xml.rels.").arg(sheetName)};
    if (!sheet.type.isEmpty() && sheet.type != u"worksheet")
        return {{}, XlsxReaderText::tr("Sheet “%1” is a chart or macro sheet, not a table of cells.").arg(sheetName)};
    Shared shared;
    shared.date1904 = book.info.date1904;
    if (readStyles(archive, book.styles, &shared, &result.error) && readStrings(archive, book.strings, &shared, &result.error)) {
        XmlPart part(archive, sheet.part, &result.error);
        readCells(part, shared, maxCellCount, &result.rows);
    }
    if (!result.error.isEmpty())
        result.rows.clear();
    return result;
}

XlsxRows readXlsxSheet(const QByteArray &bytes, int sheetIndex)
{
    return xlsx::readSheet(bytes, sheetIndex, xlsx::maxCells);
}

QByteArray xlsxSheetAsCsv(const QByteArray &bytes, int sheetIndex, QString *error)
{
    const XlsxRows sheet = readXlsxSheet(bytes, sheetIndex);
    if (error)
        *error = sheet.error;
    if (!sheet.error.isEmpty())
        return {};
    qsizetype width = 0;
    for (const QStringList &row : sheet.rows)
        width = std::max(width, row.size());
    QByteArray csv;
    for (const QStringList &row : sheet.rows) {
        if (!row.isEmpty()) {
            QString line;
            for (qsizetype column = 0; column < width; ++column) {
                if (column > 0)
                    line += u',';
                if (column < row.size())
                    line += xlsx::csvField(row[column]);
            }
            csv += line.toUtf8();
        }
        csv += "\r\n";
    }
    return csv;
}

int findXlsxSheet(const XlsxWorkbook &book, const QString &nameOrNumber)
{
    const QString wanted = nameOrNumber.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (qsizetype i = 0; i < book.sheets.size(); ++i)
        if (book.sheets[i].name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return int(i);
    bool ok = false;
    const int number = wanted.toInt(&ok);
    return ok && number >= 1 && number <= book.sheets.size() ? number - 1 : -1;
}

} // namespace waymark
