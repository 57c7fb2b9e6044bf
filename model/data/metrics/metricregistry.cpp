#include "data/metrics/csatmetric.h"
#include "data/metrics/meanmetric.h"
#include "data/metrics/npsmetric.h"

namespace waymark {

const std::vector<const Metric *> &allMetrics()
{
    static const NpsMetric nps;
    static const CsatMetric csat;
    static const CesMetric ces;
    static const AuditMetric audit;
    static const EnpsMetric enps;
    static const MeanMetric mean;
    static const std::vector<const Metric *> metrics{&nps, &csat, &ces, &audit, &enps, &mean};
    return metrics;
}

const Metric *metricByKey(const QString &key)
{
    for (const Metric *metric : allMetrics())
        if (metric->key() == key)
            return metric;
    return nullptr;
}

} // namespace waymark
