#pragma once

#include <QString>

class QChart;

namespace waymark::clv {
struct RepeatTracking;
}

namespace waymark {

// Cumulative repeat purchases week by week, actual (solid) and as the model expects them
// (dashed), with the calibration end marked: the fit at a glance, in the window and the PDF.
QChart *repeatPurchasesChart(const clv::RepeatTracking &tracking, const QString &modelName);

} // namespace waymark
