#include "headeritems.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace waymark {

HeaderItem::HeaderItem(Orientation orientation, const QUuid &id)
    : mOrientation(orientation)
    , mId(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void HeaderItem::setRect(const QRectF &rect)
{
    if (rect == mRect)
        return;
    prepareGeometryChange();
    mRect = rect;
}

void HeaderItem::setText(const QString &text, const QString &subtitle)
{
    mText = text;
    mSubtitle = subtitle;
    setToolTip(subtitle.isEmpty() ? text : text + u'\n' + subtitle);
    update();
}

void HeaderItem::setAccent(const QColor &colour)
{
    mAccent = colour;
    update();
}

void HeaderItem::setDimmed(bool dimmed)
{
    setOpacity(dimmed ? 0.35 : 1.0);
}

void HeaderItem::setBadgeStrip(qreal height)
{
    if (height == mBadgeStrip)
        return;
    mBadgeStrip = height;
    update();
}

QRectF HeaderItem::badgeStripRect() const
{
    return QRectF(mRect.left() + 4, mRect.bottom() - mBadgeStrip - 2, mRect.width() - 8, mBadgeStrip);
}

QRectF HeaderItem::titleRect() const
{
    QRectF text = mRect.adjusted(10, 4, -8, -4 - mBadgeStrip);
    if (mAccent.isValid())
        text.setLeft(text.left() + 4);
    return text;
}

void HeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;
    painter->setPen(QPen(QColor(0xd5, 0xd9, 0xdf), 1));
    painter->setBrush(selected ? QColor(0xd6, 0xe6, 0xfa) : hovered ? QColor(0xe9, 0xed, 0xf2) : QColor(0xf1, 0xf3, 0xf6));
    painter->drawRect(mRect);

    const QRectF text = titleRect();
    if (mAccent.isValid())
        painter->fillRect(QRectF(mRect.left(), mRect.top(), 6, mRect.height()), mAccent);

    QFont font;
    font.setPointSizeF(mOrientation == Orientation::Stage ? 10 : 9.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1d, 0x23, 0x2b));
    const int align = mOrientation == Orientation::Stage ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop;
    if (mOrientation == Orientation::Stage) {
        painter->drawText(text, align | Qt::TextWordWrap, mText);
        return;
    }
    const QRectF name = text.adjusted(0, 2, 0, 0);
    painter->drawText(name, align | Qt::TextWordWrap, mText);
    if (!mSubtitle.isEmpty()) {
        // Measured in the title's own font, so a title that wraps pushes the subtitle down.
        const QRectF used = painter->boundingRect(name, align | Qt::TextWordWrap, mText);
        QFont small;
        small.setPointSizeF(8);
        painter->setFont(small);
        painter->setPen(QColor(0x5b, 0x64, 0x70));
        painter->drawText(QRectF(text.left(), used.bottom() + 2, text.width(), text.bottom() - used.bottom() - 2),
                          Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, mSubtitle);
    }
}

void TotalsItem::setRect(const QRectF &rect)
{
    if (rect == mRect)
        return;
    prepareGeometryChange();
    mRect = rect;
}

void TotalsItem::setLines(const QStringList &lines)
{
    if (lines == mLines)
        return;
    mLines = lines;
    setToolTip(lines.join(u'\n'));
    update();
}

void TotalsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(QColor(0xd5, 0xd9, 0xdf), 1));
    painter->setBrush(QColor(0xf7, 0xf4, 0xec));
    painter->drawRect(mRect);
    QFont font;
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x3a, 0x40, 0x48));
    const QFontMetricsF metrics(font);
    qreal y = mRect.top() + 6 + metrics.ascent();
    for (const QString &line : mLines) {
        if (y > mRect.bottom() - 2)
            break;
        painter->drawText(QPointF(mRect.left() + 8, y), metrics.elidedText(line, Qt::ElideRight, mRect.width() - 16));
        y += metrics.lineSpacing();
    }
}

} // namespace waymark
