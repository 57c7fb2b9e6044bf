#pragma once

#include "data/dataset.h"

#include <QHash>
#include <QStringList>

namespace waymark {

// Which column of an imported file feeds which field of a dataset.
enum NpsImportField { NpsScore, NpsRespondent, NpsCustomer, NpsDate, NpsSegment, NpsTouchpoint, NpsStage, NpsChannel, NpsComment };
enum ClvImportField { ClvCustomer, ClvValue, ClvCurrency, ClvSegment, ClvAcquired };

QStringList importFieldNames(DatasetKind kind);     // translated, index = field
QStringList importFieldKeys(DatasetKind kind);      // "score", "respondent", … (command line --map)
QList<int> requiredImportFields(DatasetKind kind);
// Column -> field index (or absent) guessed from header names in English, Russian,
// Ukrainian, Serbian (Cyrillic, Latin) and Korean.
QHash<QString, int> guessImportMapping(DatasetKind kind, const QStringList &headers);

} // namespace waymark
