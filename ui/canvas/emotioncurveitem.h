#pragma once

#include <QGraphicsItem>

#include <optional>

namespace waymark {

class Journey;

// The emotion curve drawn in an emotion lane: a point per card at its negative emotion
// (0 at the top, 10 at the bottom: the curve sinks where it hurts) and a line through the
// mean of each stage. Stages without cards leave a gap in the line.
class EmotionCurveItem : public QGraphicsItem
{
public:
    EmotionCurveItem();

    // Emotions of the cards in each stage, in stage order.
    void setCurve(const QRectF &area, qreal columnLeft, qreal columnWidth,
                  std::vector<std::vector<int>> emotionsPerStage);
    // The stage means (nullopt where a stage has no cards); public for tests.
    std::vector<std::optional<double>> means() const;
    QPointF pointFor(int stage, double emotion) const;

    QRectF boundingRect() const override { return mArea; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF mArea;
    qreal mColumnLeft = 0;
    qreal mColumnWidth = 1;
    std::vector<std::vector<int>> mEmotions;
};

// The cards' emotions grouped by stage, what setCurve takes.
std::vector<std::vector<int>> emotionsPerStage(const Journey &journey);

} // namespace waymark
