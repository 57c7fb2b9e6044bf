#pragma once

#include <QStringList>

namespace waymark {

// `waymark nps FILE [--by DIM,...] [--format table|csv|json] [--map COLUMN=FIELD ...]
// [--encoding NAME] [--delimiter C]`: NPS per group from a responses file or from the newest
// NPS dataset of a journey file. Returns the exit status (0, 1 bad input, 2 bad arguments).
int runNpsCommand(const QStringList &args);
QString npsCommandUsage();

} // namespace waymark
