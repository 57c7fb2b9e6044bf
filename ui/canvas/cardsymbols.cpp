#include "cardsymbols.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace waymark {

void paintPainPointMark(QPainter *painter, const QRectF &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPolygonF triangle{QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()};
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(triangle);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xd6, 0x33, 0x2f));
    painter->drawPolygon(triangle);
    painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(box.center().x(), box.top() + 5), QPointF(box.center().x(), box.bottom() - 5));
    painter->drawPoint(QPointF(box.center().x(), box.bottom() - 2.5));
    painter->restore();
}

void paintMomentOfTruthMark(QPainter *painter, const QRectF &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal size = std::min(box.width(), box.height());
    const QPointF centre = box.center();
    QPolygonF star;
    for (int i = 0; i < 10; ++i) {
        const qreal r = i % 2 ? size * 0.22 : size * 0.5;
        const qreal angle = -M_PI / 2 + i * M_PI / 5;
        star << centre + QPointF(r * std::cos(angle), r * std::sin(angle));
    }
    painter->setPen(QPen(QColor(0xa8, 0x72, 0x00), 0.8));
    painter->setBrush(QColor(0xf2, 0xb7, 0x05));
    painter->drawPolygon(star);
    painter->restore();
}

QColor emotionDiscColour(int emotion)
{
    // 0 calm green, 5 amber, 10 red: hue 120 -> 0.
    const int hue = int(std::lround(120.0 * (1.0 - std::clamp(emotion, 0, 10) / 10.0)));
    return QColor::fromHsv(hue, 190, 215);
}

void paintEmotionDisc(QPainter *painter, const QRectF &disc, int emotion, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(emotionDiscColour(emotion));
    painter->drawEllipse(disc);
    painter->setPen(emotion >= 3 && emotion <= 7 ? Qt::black : Qt::white);
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(disc, Qt::AlignCenter, QString::number(emotion));
    painter->restore();
}

void paintEffortPill(QPainter *painter, const QRectF &box, const QString &text, const QColor &fill, const QColor &ink,
                     const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(box.adjusted(5, 0, -5, 0), Qt::AlignCenter,
                      QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width() - 10));
    painter->restore();
}

void paintEvidenceMark(QPainter *painter, const QRectF &box, Evidence level)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x1d, 0x4e, 0x89);
    QPen rim(level == Evidence::Unstated ? QColor(0x9c, 0xa3, 0xaf) : ink, 1);
    if (level == Evidence::Unstated)
        rim.setStyle(Qt::DashLine);
    painter->setPen(rim);
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5);
    const int filled = int(level); // Unstated 0, Assumption 1 … Measured 4
    const qreal inner = box.width() - 5;
    const qreal barWidth = inner / 4 - 1;
    painter->setPen(Qt::NoPen);
    for (int bar = 0; bar < 4; ++bar) {
        const qreal height = (box.height() - 5) * (bar + 1) / 4;
        const QRectF rect(box.left() + 3 + bar * (barWidth + 1), box.bottom() - 2.5 - height, barWidth, height);
        painter->setBrush(bar < filled ? ink : QColor(0xe5, 0xe7, 0xeb));
        painter->drawRect(rect);
    }
    painter->restore();
}

QColor timePillFill()
{
    return {0xe4, 0xec, 0xf7};
}

QColor timePillInk()
{
    return {0x1d, 0x3b, 0x63};
}

QColor moneyPillFill()
{
    return {0xe6, 0xf2, 0xe6};
}

QColor moneyPillInk()
{
    return {0x1f, 0x4d, 0x24};
}

void paintPictureGlyph(QPainter *painter, const QRectF &box)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(box, 2.5, 2.5);
    painter->setPen(QPen(QColor(0x4b, 0x55, 0x63), 1));
    painter->setBrush(QColor(0xe8, 0xee, 0xf6));
    painter->drawPath(frame);
    const QRectF inner = box.adjusted(2.5, 2.5, -2.5, -2.5);
    QPainterPath hill;
    hill.moveTo(inner.bottomLeft());
    hill.lineTo(inner.left() + inner.width() * 0.38, inner.top() + inner.height() * 0.35);
    hill.lineTo(inner.left() + inner.width() * 0.62, inner.top() + inner.height() * 0.7);
    hill.lineTo(inner.left() + inner.width() * 0.78, inner.top() + inner.height() * 0.5);
    hill.lineTo(inner.bottomRight());
    hill.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x4b, 0x8b, 0x5a));
    painter->drawPath(hill);
    painter->setBrush(QColor(0xe0, 0xa0, 0x20));
    const qreal sun = inner.height() * 0.3;
    painter->drawEllipse(QRectF(inner.right() - sun - 0.5, inner.top(), sun, sun));
    painter->restore();
}

} // namespace waymark
