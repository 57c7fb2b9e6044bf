#include "data/importmapping.h"

#include "data/headerwords.h"
#include "data/metrics/metric.h"
#include "data/importjobtext.h"

#include <QCoreApplication>
#include <QSet>

namespace waymark {

namespace {


bool isAggregated(const QHash<QString, int> &mapping)
{
    for (int field : mapping)
        if (field >= AnswerCount && field <= AnswerSd && field != AnswerMean)
            return true;
    return false;
}

} // namespace

ImportTarget ImportTarget::fromKey(const QString &key)
{
    ImportTarget target;
    if (key == QLatin1String("clv"))
        target.kind = DatasetKind::Clv;
    else if (metricByKey(key))
        target.metric = key;
    return target;
}

const Metric *ImportTarget::answerMetric() const
{
    return kind == DatasetKind::Answers ? metricByKey(metric) : nullptr;
}

QStringList importFieldNames(const ImportTarget &target)
{
    if (target.kind == DatasetKind::Clv)
        return {ImportJobText::tr("Customer id"), ImportJobText::tr("Value"), ImportJobText::tr("Currency"), ImportJobText::tr("Segment"), ImportJobText::tr("Acquisition date")};
    const Metric *metric = target.answerMetric();
    QString score = ImportJobText::tr("Score");
    QStringList bands{ImportJobText::tr("Answers in the low band"), ImportJobText::tr("Answers in the middle band"), ImportJobText::tr("Answers in the high band")};
    if (metric) {
        score = metric->wholeAnswers() && metric->lowestAnswer() > -1e300
                    ? ImportJobText::tr("%1 answer (%2–%3)").arg(metric->name()).arg(metric->lowestAnswer()).arg(metric->highestAnswer())
                    : ImportJobText::tr("%1 value").arg(metric->name());
        if (metric->hasBands()) {
            const QStringList names = metric->bandNames();
            for (int i = 0; i < 3; ++i)
                bands[i] = ImportJobText::tr("%1 (count)").arg(names.value(i));
        }
    }
    return {score, ImportJobText::tr("Respondent id"), ImportJobText::tr("Customer id"), ImportJobText::tr("Date or period"), ImportJobText::tr("Segment"),
            ImportJobText::tr("Touchpoint (data key)"), ImportJobText::tr("Stage"), ImportJobText::tr("Channel"), ImportJobText::tr("Department"), ImportJobText::tr("Location"),
            ImportJobText::tr("Comment"), ImportJobText::tr("Number of answers"), bands[0], bands[1], bands[2], ImportJobText::tr("Mean"),
            ImportJobText::tr("Standard deviation"), ImportJobText::tr("Items met"), ImportJobText::tr("Items checked")};
}

QStringList importFieldKeys(const ImportTarget &target)
{
    if (target.kind == DatasetKind::Clv)
        return {QStringLiteral("customer"), QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("segment"), QStringLiteral("acquired")};
    QStringList bands{QStringLiteral("low"), QStringLiteral("middle"), QStringLiteral("high")};
    if (const Metric *metric = target.answerMetric(); metric && metric->hasBands())
        bands = metric->bandKeys();
    return {QStringLiteral("score"), QStringLiteral("respondent"), QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("segment"),
            QStringLiteral("touchpoint"), QStringLiteral("stage"), QStringLiteral("channel"), QStringLiteral("department"), QStringLiteral("location"),
            QStringLiteral("comment"), QStringLiteral("count"), bands[0], bands[1], bands[2], QStringLiteral("mean"), QStringLiteral("sd"),
            QStringLiteral("met"), QStringLiteral("checked")};
}

bool importFieldApplies(const ImportTarget &target, int field)
{
    if (target.kind == DatasetKind::Clv)
        return field >= 0 && field < ClvFieldCount;
    const Metric *metric = target.answerMetric();
    if (field >= AnswerLow && field <= AnswerHigh)
        return metric && metric->hasBands();
    if (field == AnswerMet || field == AnswerChecked)
        return target.metric == QLatin1String("audit");
    return field >= 0 && field < AnswerFieldCount;
}

QString missingImportFields(const ImportTarget &target, const QHash<QString, int> &mapping)
{
    QSet<int> chosen;
    for (int field : mapping)
        chosen.insert(field);
    const QStringList names = importFieldNames(target);
    if (target.kind == DatasetKind::Clv) {
        for (int field : {ClvCustomer, ClvValue})
            if (!chosen.contains(field))
                return ImportJobText::tr("No column is chosen for “%1”.").arg(names[field]);
        return {};
    }
    if (isAggregated(mapping) || chosen.contains(AnswerMean)) {
        // A group needs its size: a count, or counts per band that add up to it.
        const bool bands = chosen.contains(AnswerLow) || chosen.contains(AnswerMiddle) || chosen.contains(AnswerHigh);
        if (!chosen.contains(AnswerCount) && !(chosen.contains(AnswerLow) && chosen.contains(AnswerMiddle) && chosen.contains(AnswerHigh)))
            return bands ? ImportJobText::tr("Choose a column for “%1”, or one for each band.").arg(names[AnswerCount])
                         : ImportJobText::tr("No column is chosen for “%1”.").arg(names[AnswerCount]);
        if (chosen.contains(AnswerScore))
            return ImportJobText::tr("Aggregated rows take “%1”, not “%2”.").arg(names[AnswerMean], names[AnswerScore]);
        return {};
    }
    if (chosen.contains(AnswerScore))
        return {};
    if (target.metric == QLatin1String("audit") && (chosen.contains(AnswerMet) || chosen.contains(AnswerChecked))) {
        const int missing = chosen.contains(AnswerMet) ? AnswerChecked : AnswerMet;
        return chosen.contains(missing) ? QString() : ImportJobText::tr("No column is chosen for “%1”.").arg(names[missing]);
    }
    return ImportJobText::tr("No column is chosen for “%1”.").arg(names[AnswerScore]);
}

QHash<QString, int> guessImportMapping(const ImportTarget &target, const QStringList &headers, const QHash<QString, int> &given)
{
    const QStringList keys = importFieldKeys(target);
    QStringList fields;
    for (int field = 0; field < keys.size(); ++field)
        if (importFieldApplies(target, field))
            fields << keys[field];
    QSet<QString> takenHeaders;
    QSet<QString> takenFields;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        takenHeaders.insert(it.key());
        takenFields.insert(keys.value(it.value()));
    }
    QHash<QString, int> mapping = given;
    const QHash<QString, QString> guessed = guessFields(target.key(), headers, fields, takenHeaders, takenFields);
    for (auto it = guessed.cbegin(); it != guessed.cend(); ++it)
        mapping.insert(it.key(), int(keys.indexOf(it.value())));
    return mapping;
}

} // namespace waymark
