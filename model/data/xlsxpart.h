#pragma once

#include "data/xlsxreader.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

// libzip's handles (zip_t, zip_file_t), declared here so that only xlsxpart.cpp needs <zip.h>.
struct zip;
struct zip_file;

// The plumbing of the .xlsx reader (data/xlsxreader.h): the zip container (libzip, from
// memory) and its XML parts, inflated in chunks into a QXmlStreamReader under size limits.
namespace waymark::xlsx {

inline constexpr qint64 maxPartBytes = qint64(512) * 1024 * 1024; // uncompressed, per part
inline constexpr qint64 maxCells = 50'000'000;                    // per sheet; also the most shared strings or cell formats

// The zip container; error says why it is no .xlsx (not a zip, damaged, no xl/workbook.xml).
// bytes must outlive it.
class Archive
{
public:
    explicit Archive(const QByteArray &bytes);
    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    ::zip *handle() const { return mZip; }
    // The index of a part (names compared case-insensitively, as OPC wants), -1 if absent.
    qint64 find(const QString &part) const;

    QString error;

private:
    ::zip *mZip = nullptr;
};

// One XML part read token by token: never more than maxPartBytes inflated, never more than the
// zip directory declares (and not less: checked at the end), no DTD. Any failure lands in
// *error (the first one wins; a missing part is one too) and makes next() return false.
class XmlPart
{
public:
    XmlPart(const Archive &archive, const QString &name, QString *error);
    ~XmlPart();
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    const QString &name() const { return mName; }
    bool ok() const { return mError->isEmpty(); }

    // The next token; false at the end of the document or on failure.
    bool next();
    // Sets the error to "part, line L, column C: message" (unless one is set); returns false.
    bool fail(const QString &message);
    // All text inside the current element, up to its end tag; a null text skips the element.
    bool readText(QString *text);
    // The text of an <si> or <is>: its <t>, or the <t> of its runs <r>, with _xHHHH_ escapes
    // undone; phonetic runs (<rPh>) are not part of it.
    bool readRichText(QString *text);

    QXmlStreamReader xml;

private:
    QString tooLarge() const;
    void feed(bool parse);

    QString mName;
    QString *mError;
    ::zip_file *mFile = nullptr;
    QByteArray mChunk;
    qint64 mDeclared = -1;
    qint64 mRead = 0;
    bool mEnded = false; // the zip entry has no more bytes
    bool mDone = false;  // the XML document has ended
};

// readXlsxSheet() with another cell limit (tests use a small one).
XlsxRows readSheet(const QByteArray &bytes, int sheetIndex, qint64 maxCellCount);

} // namespace waymark::xlsx
