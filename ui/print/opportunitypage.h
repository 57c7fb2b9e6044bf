#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;
struct BusinessCase;
struct OpportunityCase;

// One page per top opportunity for leadership: what it is, who owns it, what it costs, the
// value per year by line (customer effort, cost to serve, retention) with its range, the
// year-by-year flows with NPV, ROI and payback, and "how these numbers are made": every
// formula with its inputs filled in, and the assumptions it rests on.
namespace OpportunityPage {

inline constexpr int topCount = 3; // pages for the best three by NPV
void paint(QPainter &painter, const QRectF &area, const Journey &journey, const BusinessCase &businessCase,
           const OpportunityCase &opportunity, int rank);

} // namespace OpportunityPage

} // namespace waymark
