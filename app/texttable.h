#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace waymark {

// Plain-text tables for the command line: the first `textColumns` columns left-aligned,
// the rest (numbers) right-aligned, two spaces apart.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows, qsizetype textColumns);
// One CSV field (RFC 4180 quoting when needed).
QString csvField(QString field);

} // namespace waymark
