#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;
struct BusinessCase;

// The first page leadership reads, "Findings and priorities": three findings from the data
// (business/findings.h), the chosen scenario's opportunities ranked by NPV with cost, value
// per year (low–high), NPV (low–high) and payback, the scenario's total, and the effort per
// stage today and after the scenario as a chart. Text wraps and columns size to their
// content: no figure is ever cut.
namespace PrioritiesPage {

// Whether the journey has anything for this page (findings or opportunities).
bool applies(const Journey &journey);
void paint(QPainter &painter, const QRectF &area, const Journey &journey, const BusinessCase &businessCase);

} // namespace PrioritiesPage

} // namespace waymark
