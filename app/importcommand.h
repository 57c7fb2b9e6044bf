#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// `waymark import JOURNEY --nps FILE | --clv FILE [--name NAME] [--map COLUMN=FIELD ...]
// [--encoding NAME] [--delimiter C]`: adds a dataset to a journey file and prints the row
// counts. The journey file is replaced atomically, so a failure leaves it as it was.
// Returns 0, 1 (nothing valid, unreadable or unwritable file) or 2 (wrong arguments).
int runImportCommand(const QStringList &args);
QString importCommandUsage();

} // namespace waymark
