#include "data/dataset.h"

#include "data/metrics/metric.h"

namespace waymark {

const Metric *Dataset::metric() const
{
    return kind == DatasetKind::Answers ? metricByKey(metricKey) : nullptr;
}

QString Dataset::kindKey() const
{
    return kind == DatasetKind::Clv ? QStringLiteral("clv") : metricKey;
}

bool Dataset::setKindKey(const QString &key)
{
    if (key == QLatin1String("clv")) {
        kind = DatasetKind::Clv;
        return true;
    }
    if (!metricByKey(key))
        return false;
    kind = DatasetKind::Answers;
    metricKey = key;
    return true;
}

} // namespace waymark
