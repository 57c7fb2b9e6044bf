#include "format/formaterror.h"

#include <QFileInfo>

namespace waymark {

QString FormatError::toString() const
{
    QString where = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    QString result;
    if (!where.isEmpty())
        result = where + QStringLiteral(": ");
    if (!path.isEmpty())
        result += path + QStringLiteral(": ");
    return result + message;
}

} // namespace waymark
