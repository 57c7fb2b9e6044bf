#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QString>

namespace waymark {

class Journey;

// A short highlight in the author's colour around a card someone else just changed, with
// their name above it (as a pointer with a name shows on shared boards): the eye finds what
// changed without anyone saying it. It is a child of the card's item, so it moves with the
// card and goes with it; it fades out by itself.
class ChangeMark : public QGraphicsObject
{
    Q_OBJECT
public:
    static constexpr int holdMs = 1500;
    static constexpr int fadeMs = 2000;

    ChangeMark(QGraphicsItem *card, const QString &author, const QColor &colour);

    QString author() const { return mAuthor; }
    QColor colour() const { return mColour; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The author's colour: their participant colour when the workshop lists them by that
    // name, else one derived from the name, the same on every laptop.
    static QColor colourOf(const QString &author, const Journey &journey);

private:
    QRectF frame() const;

    QString mAuthor;
    QColor mColour;
};

} // namespace waymark
