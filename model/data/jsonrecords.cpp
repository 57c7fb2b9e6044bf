#include "data/jsonrecords.h"

#include "inputlimits.h"
#include "data/importjobtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace waymark {

namespace {
} // namespace

QString tooManyColumns(qsizetype columns)
{
    return ImportJobText::tr("The header has %1 columns; Waymark reads tables of at most %2 columns.")
        .arg(columns)
        .arg(InputLimits::maxImportColumns);
}

Records jsonRecords(const QByteArray &utf8, qsizetype limit)
{
    Records records;
    QList<QJsonObject> objects;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        QJsonArray array = document.isArray() ? document.array() : QJsonArray();
        if (document.isObject()) // an object holding one array of objects
            for (const QJsonValue &value : document.object())
                if (value.isArray())
                    array = value.toArray();
        for (const QJsonValue &value : std::as_const(array))
            objects.append(value.toObject());
        for (qsizetype i = 0; i < objects.size(); ++i)
            records.lines.append(i + 1); // a JSON array has no useful lines: the item number
    } else {
        // NDJSON: one object per line.
        const QList<QByteArray> lines = utf8.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            QJsonParseError lineError;
            const QJsonDocument line = QJsonDocument::fromJson(lines[i], &lineError);
            if (lineError.error != QJsonParseError::NoError || !line.isObject()) {
                records.error = ImportJobText::tr("Line %1, column %2: not a JSON object (%3).")
                                    .arg(i + 1).arg(lineError.offset + 1).arg(lineError.errorString());
                return records;
            }
            objects.append(line.object());
            records.lines.append(i + 1);
        }
    }
    // Columns in order of first appearance; a set keeps thousands of keys from costing
    // thousands of list searches each.
    QSet<QString> seen;
    for (const QJsonObject &object : std::as_const(objects)) {
        for (const QString &key : object.keys()) {
            if (seen.contains(key))
                continue;
            if (records.headers.size() >= InputLimits::maxImportColumns) {
                records.error = tooManyColumns(records.headers.size() + 1);
                records.headers.clear();
                return records;
            }
            seen.insert(key);
            records.headers.append(key);
        }
    }
    for (const QJsonObject &object : std::as_const(objects)) {
        QStringList row;
        for (const QString &key : std::as_const(records.headers)) {
            const QJsonValue value = object.value(key);
            row.append(value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toVariant().toString());
        }
        records.rows.append(row);
        if (limit > 0 && records.rows.size() >= limit)
            break;
    }
    return records;
}

} // namespace waymark
