#pragma once

#include <QStringList>

namespace waymark {

// `waymark say FILE [--by DIM] [--group VALUE] [--category BAND|all] [--top N]
// [--format table|json] [--metric M] [--map COLUMN=FIELD ...] [--encoding NAME] [--delimiter C]`:
// the words and two-word phrases that set each group's comments apart (weighted log-odds with
// an informative Dirichlet prior, model/text), with quotes. Returns the exit status.
int runSayCommand(const QStringList &args);
QString sayCommandUsage();

} // namespace waymark
