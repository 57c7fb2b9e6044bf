#include "data/dataset.h"

#include "data/metrics/metric.h"
#include "data/pendinganswers.h"

namespace waymark {

const Metric *Dataset::metric() const
{
    return kind == DatasetKind::Answers ? metricByKey(metricKey) : nullptr;
}

std::shared_ptr<const AnswerTable> Dataset::sharedAnswerRows() const
{
    if (pendingRows) {
        const PendingAnswers::Outcome &read = pendingRows->outcome();
        if (read.rows)
            return read.rows;
    }
    return answers.shared();
}

const AnswerTable &Dataset::answerRows() const
{
    return *sharedAnswerRows(); // the rows, or the summary's table (never null)
}

const AnswerTable *Dataset::answerRowsIfRead() const
{
    if (rowsPending())
        return nullptr;
    return &answerRows();
}

bool Dataset::rowsPending() const
{
    return pendingRows && !pendingRows->ready();
}

QString Dataset::rowsError() const
{
    if (!pendingRows)
        return {};
    const PendingAnswers::Outcome &read = pendingRows->outcome();
    return read.rows ? QString() : read.error;
}

bool Dataset::operator==(const Dataset &o) const
{
    if (id != o.id || name != o.name || kind != o.kind || metricKey != o.metricKey || currency != o.currency || source != o.source
        || !(clv == o.clv) || !(transactions == o.transactions))
        return false;
    if (pendingRows == o.pendingRows)
        return answers == o.answers;
    return answerRows() == o.answerRows();
}

std::size_t Dataset::rows() const
{
    switch (kind) {
    case DatasetKind::Answers: return pendingRows ? pendingRows->rowCount() : answers->size();
    case DatasetKind::Clv: return clv->size();
    case DatasetKind::Transactions: return transactions->size();
    }
    return 0;
}

QString Dataset::kindKey() const
{
    switch (kind) {
    case DatasetKind::Answers: return metricKey;
    case DatasetKind::Clv: return QStringLiteral("clv");
    case DatasetKind::Transactions: return QStringLiteral("transactions");
    }
    return metricKey;
}

bool Dataset::setKindKey(const QString &key)
{
    if (key == QLatin1String("clv")) {
        kind = DatasetKind::Clv;
        return true;
    }
    if (key == QLatin1String("transactions")) {
        kind = DatasetKind::Transactions;
        return true;
    }
    if (!metricByKey(key))
        return false;
    kind = DatasetKind::Answers;
    metricKey = key;
    return true;
}

} // namespace waymark
