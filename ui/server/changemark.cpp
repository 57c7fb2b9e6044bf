#include "server/changemark.h"

#include "journey.h"

#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QPainter>
#include <QPropertyAnimation>
#include <QSequentialAnimationGroup>

namespace waymark {

namespace {
constexpr qreal markMargin = 5;
} // namespace

ChangeMark::ChangeMark(QGraphicsItem *card, const QString &author, const QColor &colour)
    : QGraphicsObject(card)
    , mAuthor(author)
    , mColour(colour)
{
    setAcceptedMouseButtons(Qt::NoButton); // the card underneath stays clickable
    setZValue(10);
    auto *fade = new QSequentialAnimationGroup(this);
    fade->addPause(holdMs);
    auto *opacity = new QPropertyAnimation(this, "opacity", fade);
    opacity->setStartValue(1.0);
    opacity->setEndValue(0.0);
    opacity->setDuration(fadeMs);
    fade->addAnimation(opacity);
    connect(fade, &QAbstractAnimation::finished, this, &QObject::deleteLater);
    fade->start();
}

QRectF ChangeMark::frame() const
{
    return parentItem()->boundingRect().adjusted(-markMargin, -markMargin, markMargin, markMargin);
}

QRectF ChangeMark::boundingRect() const
{
    const QFontMetricsF metrics{QFont()};
    return frame().adjusted(-2, -metrics.height() - 6, 2, 2);
}

void ChangeMark::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(mColour, 3));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = frame();
    painter->drawRoundedRect(box, 8, 8);
    // The name on a tab in the colour, over the card's top-left corner.
    const QFontMetricsF metrics(painter->font());
    const QRectF tab(box.left(), box.top() - metrics.height() - 4, metrics.horizontalAdvance(mAuthor) + 12, metrics.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mColour);
    painter->drawRoundedRect(tab, 4, 4);
    painter->setPen(mColour.lightnessF() > 0.6 ? Qt::black : Qt::white);
    painter->drawText(tab, Qt::AlignCenter, mAuthor);
}

QColor ChangeMark::colourOf(const QString &author, const Journey &journey)
{
    for (const Participant &participant : journey.participants) {
        if (participant.name.compare(author, Qt::CaseInsensitive) == 0 && participant.colour.isValid())
            return participant.colour;
    }
    // Not qHash: it is seeded per process, and every laptop should show one person in one colour.
    const QByteArray digest = QCryptographicHash::hash(author.toUtf8(), QCryptographicHash::Sha1);
    const int hue = (quint8(digest[0]) << 8 | quint8(digest[1])) % 360;
    return QColor::fromHsv(hue, 190, 190);
}

} // namespace waymark
