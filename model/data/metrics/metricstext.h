#pragma once

// The Metrics translation context of the metrics (NPS, CSAT, mean), one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct MetricsText {
    Q_DECLARE_TR_FUNCTIONS(Metrics)
};

} // namespace waymark
