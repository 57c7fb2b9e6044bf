#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;
class StatisticsCache;

// "Lifetime value and churn" for leadership, when the journey holds purchases: what the
// customers are worth over the horizon and how many valuable ones are probably gone; mean
// lifetime value and P(alive) per NPS category and segment; the five touchpoints customers who
// are gone answered as detractors, with the value they would carry if won back; the fit at a
// glance (cumulative repeat purchases, actual vs model) and the fitted parameters with their
// standard errors in small print.
namespace LifetimeValuePage {

bool applies(const Journey &journey);
void paint(QPainter &painter, const QRectF &area, const Journey &journey, StatisticsCache &cache);

} // namespace LifetimeValuePage

} // namespace waymark
