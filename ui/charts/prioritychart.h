#pragma once

class QChart;

namespace waymark {

struct BusinessCase;

// Value against cost, one bubble per opportunity: across, the one-off cost; up, the value
// per year at full run rate; the bubble's size, the CLV at risk at the cards it improves (a
// bigger bubble puts more customers' lifetime value at stake). Top left is where to start:
// much value for little money. One series per opportunity, so the legend names them.
QChart *valueCostChart(const BusinessCase &businessCase);

} // namespace waymark
