#include "clv/transactionsource.h"

#include "data/xlsxreader.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

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

// JSON objects as CSV text: the keys in order of first appearance form the header.
QByteArray jsonAsCsv(const QByteArray &bytes, QString *error)
{
    QList<QJsonObject> objects;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        QJsonArray array = document.isArray() ? document.array() : QJsonArray();
        if (document.isObject())
            for (const QJsonValue &value : document.object())
                if (value.isArray())
                    array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject()) {
                *error = SourceText::tr("Item %1 is not a JSON object with the purchase's fields.").arg(i + 1);
                return {};
            }
            objects.append(array[i].toObject());
        }
    } else {
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            QJsonParseError lineError;
            const QJsonDocument line = QJsonDocument::fromJson(lines[i], &lineError);
            if (lineError.error != QJsonParseError::NoError || !line.isObject()) {
                *error = SourceText::tr("Line %1, column %2: not a JSON object (%3).")
                             .arg(i + 1)
                             .arg(lineError.offset + 1)
                             .arg(lineError.errorString());
                return {};
            }
            objects.append(line.object());
        }
    }
    QStringList keys;
    QSet<QString> seen;
    for (const QJsonObject &object : std::as_const(objects))
        for (const QString &key : object.keys())
            if (!seen.contains(key)) {
                if (keys.size() >= InputLimits::maxImportColumns) {
                    *error = SourceText::tr("The objects have more than %1 different keys.").arg(InputLimits::maxImportColumns);
                    return {};
                }
                seen.insert(key);
                keys << key;
            }
    QByteArray csv;
    QByteArrayList header;
    for (const QString &key : std::as_const(keys))
        header << csvField(key);
    csv += header.join(',') + "\r\n";
    for (const QJsonObject &object : std::as_const(objects)) {
        QByteArrayList fields;
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue value = object.value(key);
            fields << csvField(value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toVariant().toString());
        }
        csv += fields.join(',') + "\r\n";
    }
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
