#include "texttable.h"

namespace waymark {

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows, qsizetype textColumns)
{
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < header.size(); ++c) {
        qsizetype width = header[c].size();
        for (const QStringList &row : rows)
            width = std::max(width, row.value(c).size());
        widths << width;
    }
    const auto line = [&](const QStringList &row) {
        QStringList cells;
        for (qsizetype c = 0; c < header.size(); ++c)
            cells << (c < textColumns ? row.value(c).leftJustified(widths[c]) : row.value(c).rightJustified(widths[c]));
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

QString csvField(QString field)
{
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r'))
        field = u'"' + field.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return field;
}

} // namespace waymark
