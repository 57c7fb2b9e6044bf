#pragma once

#include "data/importjob.h"

#include <QByteArrayView>
#include <QHash>
#include <QStringList>

namespace waymark {

// What runImport() settles before the first row: the header, which column feeds which field,
// the order of slash dates. countAnswers() settles it the same way, so both read a file alike.
struct ImportPlan {
    char delimiter = ',';
    QStringList headers;
    QHash<int, qsizetype> columnOf; // field -> column
    QHash<QString, int> found;      // the mapping's columns that the file has
    bool dayFirst = true;
    QString error;                  // the import cannot start, and why
};
ImportPlan planCsvImport(QByteArrayView utf8, const ImportTarget &target, const ImportChoices &choices, const QHash<QString, int> &mapping);

// Neither an .xlsx workbook nor JSON: text that planCsvImport() reads. `utf8`: its start as UTF-8.
bool isCsvImport(const QByteArray &bytes, QByteArrayView utf8, const QString &fileName);

} // namespace waymark
