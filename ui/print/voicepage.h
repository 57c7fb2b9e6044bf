#pragma once

#include <QRectF>

class QPainter;

namespace waymark {

class Journey;

// "What customers say" for leadership, when the journey's survey has comments: the five
// touchpoints with the most detractors (the lowest answer category of the metric; with the
// customers' lifetime values known, those whose detractors carry the most of it), each with
// the three words or phrases its detractors use distinctly more than everyone else (weighted
// log-odds, z ≥ 1.96) and one customer's sentence for each, personal data masked.
namespace VoicePage {

inline constexpr int touchpointsShown = 5;
inline constexpr int termsShown = 3;

bool applies(const Journey &journey);
void paint(QPainter &painter, const QRectF &area, const Journey &journey);

} // namespace VoicePage

} // namespace waymark
