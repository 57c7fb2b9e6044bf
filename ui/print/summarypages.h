#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;
struct ChartData;

// The executive summary in front of the map, for leadership: page 1 the figures (journey
// NPS ± margin against the benchmark, what promoters and detractors are worth, the effort in
// total) and the charts (NPS trend with goals, P/P/D per stage, mean CLV per category, CLV at
// risk); page 2 the tables (top 5 effort hotspots for time, money and emotion, effort per
// stage). Charts are QtCharts scenes painted through QPainter, so they stay vector in a PDF.
namespace SummaryPages {

inline constexpr int pageCount = 2;
void paintFigures(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data);
void paintTables(QPainter &painter, const QRectF &area, const Journey &journey, const ChartData &data);

} // namespace SummaryPages

} // namespace waymark
