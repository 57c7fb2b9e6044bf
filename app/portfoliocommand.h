#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

QString portfolioCommandUsage();
// `waymark portfolio FOLDER [--format table|csv|json]`: every journey of a folder at a glance.
int runPortfolioCommand(const QStringList &args);

} // namespace waymark
