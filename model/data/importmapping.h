#pragma once

#include "data/dataset.h"

#include <QHash>
#include <QStringList>

namespace waymark {

class Metric;

// What an import makes: answers of one metric, or customer lifetime values.
struct ImportTarget {
    DatasetKind kind = DatasetKind::Answers;
    QString metric = QStringLiteral("nps");
    ImportTarget() = default;
    ImportTarget(DatasetKind datasetKind) : kind(datasetKind) {} // NOLINT: NPS answers or CLV, as before metrics
    // "nps", "csat", … or "clv"; an unknown key stays NPS (callers check with metricByKey first).
    static ImportTarget fromKey(const QString &key);
    QString key() const { return kind == DatasetKind::Clv ? QStringLiteral("clv") : metric; }
    const Metric *answerMetric() const;
};

// Which column of an imported file feeds which field of a dataset. Answers come one per row
// (score, or audit items met of items checked) or aggregated per group (count, answers per
// band, mean and sd).
enum AnswerImportField {
    AnswerScore, AnswerRespondent, AnswerCustomer, AnswerDate, AnswerSegment, AnswerTouchpoint, AnswerStage, AnswerChannel,
    AnswerDepartment, AnswerLocation, AnswerComment, AnswerCount, AnswerLow, AnswerMiddle, AnswerHigh, AnswerMean, AnswerSd,
    AnswerMet, AnswerChecked, AnswerFieldCount
};
enum ClvImportField { ClvCustomer, ClvValue, ClvCurrency, ClvSegment, ClvAcquired, ClvFieldCount };

QStringList importFieldNames(const ImportTarget &target);     // translated, index = field
QStringList importFieldKeys(const ImportTarget &target);      // "score", "respondent", … (command line --map)
// Fields that make sense for the target (band counts only for metrics with bands, items met
// and checked only for audits); the others are never offered or guessed.
bool importFieldApplies(const ImportTarget &target, int field);
// What must be chosen before an import can run, or an empty text when the mapping will do.
QString missingImportFields(const ImportTarget &target, const QHash<QString, int> &mapping);
// Column -> field index guessed from header names in English, Russian, Ukrainian, Serbian
// (Cyrillic, Latin) and Korean. Columns and fields in `given` (chosen by the user) are kept
// and guessing fills in the rest.
QHash<QString, int> guessImportMapping(const ImportTarget &target, const QStringList &headers, const QHash<QString, int> &given = {});

} // namespace waymark
