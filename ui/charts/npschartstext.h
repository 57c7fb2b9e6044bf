#pragma once

// The NpsCharts translation context of the NPS charts and their data, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct NpsChartsText {
    Q_DECLARE_TR_FUNCTIONS(NpsCharts)
};

} // namespace waymark
