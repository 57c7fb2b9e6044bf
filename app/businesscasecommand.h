#pragma once

#include <QString>
#include <QStringList>

namespace waymark {

// `waymark business-case JOURNEY [--scenario NAME] [--horizon YEARS] [--discount RATE]
// [--format table|json|csv|xlsx] [--out FILE]`: what each opportunity (and their total) is worth,
// as model/business/businesscase.h computes it, from the journey's own settings unless the
// options say otherwise. Without --scenario: every opportunity of the journey.
// Returns 0, 1 (unreadable journey, unwritable output) or 2 (wrong arguments, unknown scenario).
int runBusinessCaseCommand(const QStringList &args);
QString businessCaseCommandUsage();

} // namespace waymark
