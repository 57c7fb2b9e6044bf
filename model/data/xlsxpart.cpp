#include "data/xlsxpart.h"

#include "data/xlsxcells.h"
#include "data/xlsxreadertext.h"

#include <QCoreApplication>

#include <zip.h>

namespace waymark::xlsx {

namespace {


constexpr qsizetype chunkBytes = 64 * 1024;

} // namespace

Archive::Archive(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        error = XlsxReaderText::tr("The file is empty.");
        return;
    }
    zip_error_t zipError;
    zip_error_init(&zipError);
    if (zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zipError)) {
        mZip = zip_open_from_source(source, ZIP_RDONLY, &zipError);
        if (!mZip)
            zip_source_free(source);
    }
    if (!mZip) {
        if (bytes.startsWith("\xD0\xCF\x11\xE0")) // an OLE compound file
            error = XlsxReaderText::tr("This is not an .xlsx workbook but an older .xls file or a password-protected "
                             "workbook: save it in Excel as .xlsx without a password.");
        else if (bytes.startsWith("PK"))
            error = XlsxReaderText::tr("The .xlsx file is damaged or incomplete (%1).").arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        else
            error = XlsxReaderText::tr("This is not an .xlsx workbook (not a zip archive).");
    } else if (find(QStringLiteral("xl/workbook.xml")) < 0) {
        error = XlsxReaderText::tr("This zip archive is not an .xlsx workbook: it has no xl/workbook.xml.");
    }
    zip_error_fini(&zipError);
}

Archive::~Archive()
{
    if (mZip)
        zip_discard(mZip);
}

qint64 Archive::find(const QString &part) const
{
    return zip_name_locate(mZip, part.toUtf8().constData(), ZIP_FL_NOCASE);
}

XmlPart::XmlPart(const Archive &archive, const QString &name, QString *error)
    : mName(name)
    , mError(error)
{
    if (!ok())
        return;
    const qint64 index = archive.find(name);
    if (index < 0) {
        *error = XlsxReaderText::tr("%1 is missing from the workbook.").arg(name);
        return;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive.handle(), zip_uint64_t(index), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE)) {
        if (stat.size > zip_uint64_t(maxPartBytes)) {
            *error = tooLarge();
            return;
        }
        mDeclared = qint64(stat.size);
    }
    mFile = zip_fopen_index(archive.handle(), zip_uint64_t(index), 0);
    if (!mFile)
        *error = XlsxReaderText::tr("%1 cannot be read (%2).").arg(name, QString::fromUtf8(zip_strerror(archive.handle())));
    mChunk.resize(chunkBytes);
}

XmlPart::~XmlPart()
{
    if (mFile)
        zip_fclose(mFile);
}

bool XmlPart::next()
{
    while (ok() && mFile && !mDone) {
        switch (xml.readNext()) {
        case QXmlStreamReader::EndDocument:
            mDone = true;
            while (!mEnded && ok())
                feed(false); // the rest, so that its size and checksum are checked
            return false;
        case QXmlStreamReader::DTD: // no entity tricks
            return fail(XlsxReaderText::tr("document type declarations (DTD) are not allowed"));
        case QXmlStreamReader::Invalid:
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || mEnded)
                return fail(xml.errorString());
            feed(true);
            break;
        default:
            return true;
        }
    }
    return false;
}

bool XmlPart::fail(const QString &message)
{
    if (ok())
        *mError = XlsxReaderText::tr("%1, line %2, column %3: %4")
                      .arg(mName, QString::number(xml.lineNumber()), QString::number(xml.columnNumber()), message);
    return false;
}

bool XmlPart::readText(QString *text)
{
    int depth = 1;
    while (depth > 0 && next()) {
        if (xml.isStartElement())
            ++depth;
        else if (xml.isEndElement())
            --depth;
        else if (text && xml.isCharacters())
            text->append(xml.text());
    }
    return depth == 0 && ok();
}

bool XmlPart::readRichText(QString *text)
{
    int depth = 1, textDepth = 0, phoneticDepth = 0;
    while (depth > 0 && next()) {
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh" && !phoneticDepth)
                phoneticDepth = depth;
            else if (xml.name() == u"t" && !phoneticDepth && !textDepth)
                textDepth = depth;
        } else if (xml.isEndElement()) {
            textDepth = depth == textDepth ? 0 : textDepth;
            phoneticDepth = depth == phoneticDepth ? 0 : phoneticDepth;
            --depth;
        } else if (textDepth && xml.isCharacters()) {
            text->append(xml.text());
        }
    }
    *text = unescapeXstring(*text);
    return depth == 0 && ok();
}

QString XmlPart::tooLarge() const
{
    return XlsxReaderText::tr("%1 is larger than %2 MiB uncompressed, the most Waymark reads.")
        .arg(mName, QString::number(maxPartBytes / (1024 * 1024)));
}

void XmlPart::feed(bool parse)
{
    const zip_int64_t n = zip_fread(mFile, mChunk.data(), zip_uint64_t(mChunk.size()));
    if (n < 0) {
        *mError = XlsxReaderText::tr("%1 is damaged (%2).").arg(mName, QString::fromUtf8(zip_file_strerror(mFile)));
        return;
    }
    mRead += n;
    mEnded = n == 0;
    if (mRead > maxPartBytes)
        *mError = tooLarge();
    else if (mDeclared >= 0 && (mRead > mDeclared || (mEnded && mRead != mDeclared)))
        *mError = XlsxReaderText::tr("%1 is damaged: its size is not the %2 bytes the zip directory gives.").arg(mName, QString::number(mDeclared));
    else if (parse && n > 0)
        xml.addData(QByteArray(mChunk.constData(), qsizetype(n)));
}

} // namespace waymark::xlsx
