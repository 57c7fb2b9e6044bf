#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// `waymark clv-model TRANSACTIONS [--calibration-end DATE] [--horizon-months N]
// [--discount RATE] [--time-unit days|weeks|months] [--model bgnbd|paretonbd]
// [--customers FILE.csv] [--format table|json]`: lifetime value and churn estimated from
// transactions (BG/NBD or Pareto/NBD with Gamma-Gamma spend; model/clv). Returns 0, 1 or 2.
int runClvModelCommand(const QStringList &args);
QString clvModelCommandUsage();

} // namespace waymark
