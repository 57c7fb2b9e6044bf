#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QUuid>

namespace waymark {

// Header cell of a stage column or a lane row. Double-click renames in place, dragging
// reorders (the scene handles both); the item only draws.
class HeaderItem : public QGraphicsItem
{
public:
    enum class Orientation { Stage, Lane };
    enum { Type = UserType + 2 };

    HeaderItem(Orientation orientation, const QUuid &id);

    Orientation orientation() const { return mOrientation; }
    const QUuid &id() const { return mId; }
    int type() const override { return Type; }

    void setRect(const QRectF &rect);
    QRectF rect() const { return mRect; }
    void setText(const QString &text, const QString &subtitle = {});
    // A strip along the bottom kept free of the name for a data layer's pill; 0: none.
    void setBadgeStrip(qreal height);
    QRectF badgeStripRect() const;
    QRectF titleRect() const;
    QString text() const { return mText; }
    QString subtitle() const { return mSubtitle; }
    // Department lanes show their department's colour.
    void setAccent(const QColor &colour);
    void setDimmed(bool dimmed);

    QRectF boundingRect() const override { return mRect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Orientation mOrientation;
    QUuid mId;
    QRectF mRect;
    QString mText;
    QString mSubtitle;
    QColor mAccent;
    qreal mBadgeStrip = 0;
};

// One cell of the totals row (per stage) or the totals column (per lane).
class TotalsItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    TotalsItem() = default;
    int type() const override { return Type; }

    void setRect(const QRectF &rect);
    void setLines(const QStringList &lines);
    QStringList lines() const { return mLines; }

    QRectF boundingRect() const override { return mRect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF mRect;
    QStringList mLines;
};

} // namespace waymark
