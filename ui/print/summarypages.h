#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;
struct ChartData;

// The executive summary in front of the map, for leadership: page 1 the figures (one tile per
// key figure the journey chose — exportoptions.h summaryKpis() — with its interval, n and gap
// to the benchmark; what promoters and detractors are worth; the effort in total) and the
// charts (the first key figure's trend with goals and its mix or value per stage, mean CLV
// per NPS category, CLV at risk); page 2 the tables (top 5 effort hotspots for time, money
// and emotion, effort per stage). Charts are QtCharts scenes painted through QPainter, so they stay vector in a PDF.
namespace SummaryPages {

inline constexpr int pageCount = 2;
void paintFigures(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data);
void paintTables(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data);

} // namespace SummaryPages

} // namespace waymark
