#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// `waymark clv NPSFILE [CLVFILE] [--format table|json]`: mean and total CLV per NPS
// category and CLV at risk per touchpoint. Each file is a data file or a journey (its newest
// dataset of that kind); a journey holding both needs no CLVFILE. Returns 0, 1 or 2.
int runClvCommand(const QStringList &args);
QString clvCommandUsage();

} // namespace waymark
