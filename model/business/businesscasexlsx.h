#pragma once

#include <QString>

namespace waymark {

class Journey;
struct BusinessCase;
struct BusinessSettings;

// The business case as an Excel workbook finance can work with:
//  - "Inputs": the settings (horizon, discount rate, customers, hour value, cost per contact)
//    and per opportunity its costs, months to deliver and benefit lines per year (with the
//    low and high ends);
//  - "Case": per opportunity and in total, NPV, its range and ROI as live formulas over the
//    inputs (each year's discounted net in its own column, years 1–10, those beyond the
//    horizon 0), so changing a cost, a benefit, the months to deliver, the rate or the horizon
//    recomputes them; payback is Waymark's figure (a value);
//  - "Explanations": how each figure is made, with its inputs.
// Every formula cell also stores the value Waymark computed, so readers that do not
// calculate (and our own xlsx reader) see the numbers. Written whole or not at all.
bool writeBusinessCaseXlsx(const BusinessCase &businessCase, const Journey &journey, const BusinessSettings &settings,
                           const QString &path, QString *error);

} // namespace waymark
