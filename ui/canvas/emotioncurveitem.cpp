#include "emotioncurveitem.h"

#include "carditem.h"
#include "journey.h"

#include <QCoreApplication>
#include <QPainter>
#include <QLocale>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <numeric>

namespace waymark {

std::vector<std::vector<int>> emotionsPerStage(const Journey &journey)
{
    std::vector<std::vector<int>> result(journey.stages.size());
    UuidHash<std::size_t> stageIndex;
    for (std::size_t s = 0; s < journey.stages.size(); ++s)
        stageIndex.insert(journey.stages[s].id, s);
    for (const Touchpoint &card : journey.touchpoints) {
        const auto it = stageIndex.constFind(card.stageId);
        if (it != stageIndex.constEnd())
            result[*it].push_back(card.effort.emotion);
    }
    return result;
}

EmotionCurveItem::EmotionCurveItem()
{
    setZValue(1);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() gets the exposed rect: draw only visible stages
}

void EmotionCurveItem::setCurve(const QRectF &area, qreal columnLeft, qreal columnWidth,
                                std::vector<std::vector<int>> emotions)
{
    prepareGeometryChange();
    mArea = area;
    mColumnLeft = columnLeft;
    mColumnWidth = columnWidth;
    mEmotions = std::move(emotions);
    update();
}

std::vector<std::optional<double>> EmotionCurveItem::means() const
{
    std::vector<std::optional<double>> result;
    for (const auto &stage : mEmotions) {
        if (stage.empty())
            result.emplace_back();
        else
            result.emplace_back(std::accumulate(stage.begin(), stage.end(), 0.0) / double(stage.size()));
    }
    return result;
}

QPointF EmotionCurveItem::pointFor(int stage, double emotion) const
{
    const qreal top = mArea.top() + 16;
    const qreal height = mArea.height() - 28;
    return QPointF(mColumnLeft + (stage + 0.5) * mColumnWidth, top + emotion / 10.0 * height);
}

void EmotionCurveItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A long journey's curve spans thousands of points; only the stages in view are drawn.
    const QRectF exposed = option->exposedRect.isEmpty() ? mArea : option->exposedRect;
    const int firstStage = std::max(0, int((exposed.left() - mColumnLeft) / mColumnWidth) - 1);
    const int lastStage = std::min(int(mEmotions.size()) - 1, int((exposed.right() - mColumnLeft) / mColumnWidth) + 1);
    painter->setRenderHint(QPainter::Antialiasing);
    // Scale: a faint line at "no negative emotion" and at "worst".
    QFont font;
    font.setPointSizeF(7);
    painter->setFont(font);
    painter->setPen(QPen(QColor(0xcf, 0xd6, 0xdf), 1, Qt::DotLine));
    const qreal right = mColumnLeft + mColumnWidth * qreal(mEmotions.size());
    for (int level : {0, 5, 10}) {
        const qreal y = pointFor(0, level).y();
        painter->drawLine(QPointF(mColumnLeft, y), QPointF(right, y));
    }
    painter->setPen(QColor(0x8a, 0x94, 0xa3));
    painter->drawText(QPointF(mColumnLeft + 4, pointFor(0, 0).y() - 3),
                      QCoreApplication::translate("EmotionCurveItem", "calm"));
    painter->drawText(QPointF(mColumnLeft + 4, pointFor(0, 10).y() + 10),
                      QCoreApplication::translate("EmotionCurveItem", "worst"));

    // Per-card points, spread a little so equal values stay visible.
    for (std::size_t s = std::size_t(firstStage); int(s) <= lastStage; ++s) {
        const auto &stage = mEmotions[s];
        for (std::size_t i = 0; i < stage.size(); ++i) {
            const qreal spread = stage.size() > 1 ? (qreal(i) / qreal(stage.size() - 1) - 0.5) * mColumnWidth * 0.5 : 0;
            const QPointF p = pointFor(int(s), stage[i]) + QPointF(spread, 0);
            painter->setPen(Qt::NoPen);
            QColor colour = CardItem::emotionColour(stage[i]);
            colour.setAlpha(150);
            painter->setBrush(colour);
            painter->drawEllipse(p, 3.5, 3.5);
        }
    }

    // The line through the stage means; a stage without cards breaks it.
    const auto stageMeans = means();
    QPainterPath path;
    bool drawing = false;
    for (std::size_t s = std::size_t(firstStage); int(s) <= lastStage; ++s) {
        if (!stageMeans[s]) {
            drawing = false;
            continue;
        }
        const QPointF p = pointFor(int(s), *stageMeans[s]);
        if (drawing)
            path.lineTo(p);
        else
            path.moveTo(p);
        drawing = true;
    }
    painter->setPen(QPen(QColor(0x6a, 0x3d, 0x9a), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    for (std::size_t s = std::size_t(firstStage); int(s) <= lastStage; ++s) {
        if (!stageMeans[s])
            continue;
        const QPointF p = pointFor(int(s), *stageMeans[s]);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(0x6a, 0x3d, 0x9a));
        painter->drawEllipse(p, 5, 5);
        painter->setPen(QColor(0x4a, 0x2a, 0x6e));
        painter->drawText(QRectF(p.x() + 7, p.y() - 14, 40, 12), Qt::AlignLeft | Qt::AlignVCenter,
                          QLocale().toString(*stageMeans[s], 'f', 1));
    }
}

} // namespace waymark
