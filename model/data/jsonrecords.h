#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

// Rows as text, for the import preview and for JSON sources (whose objects are parsed whole
// anyway): the header (keys in order of first appearance), the rows, and the line of each.
struct Records {
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> lines; // CSV: the line a row starts on; JSON: the item or line number
    QString error;
};

// A header wider than InputLimits::maxImportColumns: refused before its cells are copied.
QString tooManyColumns(qsizetype columns);

// JSON survey or purchase data: an array of objects, an object holding one array of objects,
// or one object per line (NDJSON). `limit` > 0 stops after that many rows (the preview).
Records jsonRecords(const QByteArray &utf8, qsizetype limit);

} // namespace waymark
