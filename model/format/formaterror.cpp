#include "format/formaterror.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace waymark {

QString FormatError::toString() const
{
    QString where = file.isEmpty() ? QString() : QFileInfo(file).fileName();
    if (line > 0) {
        // "line 3, column 7" reads better than ":3:7" when there is no file name in front.
        if (where.isEmpty())
            where = column > 0 ? QCoreApplication::translate("FormatError", "line %1, column %2").arg(line).arg(column)
                               : QCoreApplication::translate("FormatError", "line %1").arg(line);
        else
            where += QLatin1Char(':') + QString::number(line) + (column > 0 ? QLatin1Char(':') + QString::number(column) : QString());
    }
    QString result;
    if (!where.isEmpty())
        result = where + QStringLiteral(": ");
    if (!path.isEmpty())
        result += path + QStringLiteral(": ");
    return result + message;
}

} // namespace waymark
