#include "griditem.h"

#include <QCoreApplication>
#include <QPainter>

namespace waymark {

namespace {
QColor zoneTint(OfficeZone zone)
{
    switch (zone) {
    case OfficeZone::Customer: return QColor(0xf4, 0xf8, 0xfd);
    case OfficeZone::Front: return QColor(0xff, 0xff, 0xff);
    case OfficeZone::Middle: return QColor(0xf6, 0xf5, 0xf2);
    case OfficeZone::Back: return QColor(0xef, 0xee, 0xea);
    }
    return Qt::white;
}
} // namespace

GridItem::GridItem()
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
}

void GridItem::setGrid(const CanvasLayout &layout, std::vector<OfficeZone> laneZones)
{
    prepareGeometryChange();
    mLayout = layout;
    mZones = std::move(laneZones);
    mBounds = layout.sceneRect().adjusted(-2, -2, 2, 2);
    update();
}

void GridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF scene = mLayout.sceneRect();
    painter->fillRect(scene, QColor(0xfb, 0xfb, 0xfc));
    const qreal left = mLayout.headerColumnWidth();
    const qreal right = mLayout.totalsColumnRect().left();

    for (int l = 0; l < mLayout.laneCount(); ++l) {
        const QRectF row(left, mLayout.rowY(l), right - left, mLayout.rowHeight(l));
        painter->fillRect(row, zoneTint(mZones.at(std::size_t(l))));
    }

    painter->setPen(QPen(QColor(0xe1, 0xe4, 0xe8), 1));
    for (int s = 0; s <= mLayout.stageCount(); ++s) {
        const qreal x = left + s * mLayout.columnWidth();
        painter->drawLine(QPointF(x, mLayout.headerRowHeight()), QPointF(x, mLayout.totalsRowRect().top()));
    }
    for (int l = 0; l < mLayout.laneCount(); ++l) {
        const qreal y = mLayout.rowY(l) + mLayout.rowHeight(l);
        painter->drawLine(QPointF(left, y), QPointF(right, y));
    }

    QFont small;
    small.setPointSizeF(8);
    small.setBold(true);
    painter->setFont(small);
    painter->setPen(QColor(0x5b, 0x64, 0x70));
    const QRectF corner(0, 0, left, mLayout.headerRowHeight());
    painter->fillRect(corner, QColor(0xe9, 0xec, 0xf0));
    painter->drawText(corner.adjusted(10, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QCoreApplication::translate("GridItem", "Lanes \u2193  Stages \u2192"));
    const QRectF totalsLabel(0, mLayout.totalsRowRect().top(), left, mLayout.totalsRowRect().height());
    painter->fillRect(totalsLabel, QColor(0xef, 0xea, 0xdc));
    painter->drawText(totalsLabel.adjusted(10, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      QCoreApplication::translate("GridItem", "Effort per stage"));
    const QRectF columnLabel(right, 0, mLayout.totalsColumnRect().width(), mLayout.headerRowHeight());
    painter->fillRect(columnLabel, QColor(0xef, 0xea, 0xdc));
    painter->drawText(columnLabel.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                      QCoreApplication::translate("GridItem", "Effort per lane"));

    if (const auto y = mLayout.lineOfVisibilityY()) {
        painter->setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2, Qt::DashLine));
        painter->drawLine(QPointF(0, *y), QPointF(right, *y));
        QFont font;
        font.setPointSizeF(7.5);
        font.setItalic(true);
        painter->setFont(font);
        const QString label = QCoreApplication::translate("GridItem", "line of visibility");
        const QFontMetricsF metrics(font);
        const QRectF box(right - metrics.horizontalAdvance(label) - 16, *y - metrics.height() / 2 - 1,
                         metrics.horizontalAdvance(label) + 10, metrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xfb, 0xfb, 0xfc));
        painter->drawRect(box);
        painter->setPen(QColor(0xc0, 0x39, 0x2b));
        painter->drawText(box, Qt::AlignCenter, label);
    }
}

} // namespace waymark
