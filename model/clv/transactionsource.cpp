#include "clv/transactionsource.h"

#include "data/jsonrecords.h"
#include "data/xlsxreader.h"

#include <QCoreApplication>

namespace waymark::clv {

namespace {

struct SourceText {
    Q_DECLARE_TR_FUNCTIONS(ClvTransactions)
};

bool isWorkbook(const QByteArray &bytes, const QString &fileName)
{
    return bytes.startsWith("PK\x03\x04") || fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

bool isJson(const QByteArray &bytes, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return true;
    const QByteArray start = bytes.left(256).trimmed();
    return start.startsWith('[') || start.startsWith('{');
}

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        utf8 = '"' + utf8.replace("\"", "\"\"") + '"';
    return utf8;
}

// JSON objects (read as the survey import reads them) as CSV text: the keys in order of first
// appearance form the header.
QByteArray jsonAsCsv(const QByteArray &bytes, QString *error)
{
    const Records records = jsonRecords(bytes, 0);
    if (!records.error.isEmpty()) {
        *error = records.error;
        return {};
    }
    const auto line = [](const QStringList &fields) {
        QByteArrayList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        return quoted.join(',') + "\r\n";
    };
    QByteArray csv = line(records.headers);
    for (const QStringList &row : records.rows)
        csv += line(row);
    return csv;
}

} // namespace

TransactionFile readTransactionSource(const QByteArray &bytes, const QString &fileName, const QString &sheet)
{
    QString error;
    QByteArray csv;
    if (isWorkbook(bytes, fileName)) {
        const XlsxWorkbook book = readXlsxWorkbook(bytes);
        error = book.error;
        if (error.isEmpty()) {
            const int index = sheet.isEmpty() ? 0 : findXlsxSheet(book, sheet);
            if (index < 0) {
                QStringList names;
                for (const XlsxSheet &each : book.sheets)
                    names << each.name;
                error = SourceText::tr("The workbook has no sheet “%1” (it has: %2).").arg(sheet, names.join(QStringLiteral(", ")));
            } else {
                csv = xlsxSheetAsCsv(bytes, index, &error);
            }
        }
    } else if (isJson(bytes, fileName)) {
        csv = jsonAsCsv(bytes, &error);
    } else {
        return readTransactions(bytes);
    }
    if (!error.isEmpty()) {
        TransactionFile file;
        file.problem = error;
        return file;
    }
    return readTransactions(csv, QStringLiteral("UTF-8"));
}

} // namespace waymark::clv
