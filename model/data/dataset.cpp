#include "data/dataset.h"

#include "data/metrics/metric.h"

namespace waymark {

const Metric *Dataset::metric() const
{
    return kind == DatasetKind::Answers ? metricByKey(metricKey) : nullptr;
}

std::size_t Dataset::rows() const
{
    switch (kind) {
    case DatasetKind::Answers: return answers->size();
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
