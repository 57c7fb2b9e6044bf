#include "workshopmarks.h"

#include "carditem.h"
#include "journey.h"
#include "journeyscene.h"
#include "workshop/voting.h"

#include <QCoreApplication>
#include <QGraphicsEllipseItem>
#include <QPainter>

namespace waymark {

namespace {

// Data key of the mark items; the data overlay uses key 0 for its badges.
constexpr int markKey = 1;

// The round whose dots show on the map.
const VoteRound *roundOnShow(const Journey &journey)
{
    if (const VoteRound *open = Voting::openRound(journey))
        return Voting::dotsVisible(*open) ? open : nullptr;
    return journey.votes.empty() ? nullptr : &journey.votes.back();
}

// A row of voting dots along the card's bottom edge; more than fit become "×n".
class DotsItem : public QGraphicsItem
{
public:
    DotsItem(const QList<QColor> &colours, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , mColours(colours)
    {
        setData(markKey, true);
        setToolTip(QCoreApplication::translate("WorkshopMarks", "%n dot(s)", nullptr, int(colours.size())));
    }
    QRectF boundingRect() const override { return {0, 0, qreal(shown()) * step + (extra() ? 28 : 0) + 2, diameter + 2}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < shown(); ++i) {
            painter->setPen(QPen(Qt::white, 1.5));
            painter->setBrush(mColours[i]);
            painter->drawEllipse(QRectF(1 + i * step, 1, diameter, diameter));
        }
        if (extra()) {
            QFont font = painter->font();
            font.setPixelSize(10);
            font.setBold(true);
            painter->setFont(font);
            painter->setPen(QColor(0x33, 0x33, 0x33));
            painter->drawText(QRectF(shown() * step + 2, 0, 28, diameter + 2), Qt::AlignLeft | Qt::AlignVCenter,
                              QStringLiteral("×%1").arg(mColours.size()));
        }
    }

private:
    static constexpr qreal diameter = 11;
    static constexpr qreal step = 9; // dots overlap a little, like stickers
    static constexpr int maxShown = 10;
    int shown() const { return int(std::min<qsizetype>(mColours.size(), maxShown)); }
    bool extra() const { return mColours.size() > maxShown; }
    QList<QColor> mColours;
};

// A small speech bubble with the number of open threads.
class CommentBadgeItem : public QGraphicsItem
{
public:
    CommentBadgeItem(int count, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , mCount(count)
    {
        setData(markKey, true);
        setToolTip(QCoreApplication::translate("WorkshopMarks", "%n open comment(s)", nullptr, count));
    }
    QRectF boundingRect() const override { return {0, 0, 24, 17}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(0.5, 0.5, 23, 13), 4, 4);
        QPolygonF tail;
        tail << QPointF(5, 13) << QPointF(5, 16.5) << QPointF(9, 13);
        bubble.addPolygon(tail);
        bubble = bubble.simplified();
        painter->setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 1));
        painter->setBrush(QColor(0xe8, 0xf1, 0xfb));
        painter->drawPath(bubble);
        QFont font = painter->font();
        font.setPixelSize(10);
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(QColor(0x1f, 0x5f, 0xa8));
        painter->drawText(QRectF(0, 0, 24, 14), Qt::AlignCenter, QString::number(mCount));
    }

private:
    int mCount;
};

void clearMarks(QGraphicsItem *item)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->data(markKey).isValid())
            delete child;
    }
}

} // namespace

WorkshopMarks workshopMarks(const Journey &journey)
{
    WorkshopMarks marks;
    for (const Touchpoint &card : journey.touchpoints) {
        if (const Participant *author = journey.participant(card.authorId)) {
            const Department *department = journey.department(author->departmentId);
            const QString who = department ? QStringLiteral("%1 (%2)").arg(author->name, department->name) : author->name;
            marks.authors.insert(card.id, {author->colour, QCoreApplication::translate("WorkshopMarks", "Written by %1").arg(who)});
        }
    }
    if (const VoteRound *round = roundOnShow(journey)) {
        for (const Dot &dot : round->dots) {
            const Participant *voter = journey.participant(dot.participantId);
            marks.dots[dot.touchpointId].append(voter ? voter->colour : QColor(Qt::gray));
        }
    }
    for (const Comment &comment : journey.comments) {
        if (comment.target == CommentTarget::Card && comment.parentId.isNull() && !comment.resolved)
            ++marks.openComments[comment.targetId];
    }
    return marks;
}

void applyWorkshopMarks(JourneyScene &scene, const WorkshopMarks &marks)
{
    JourneyDocument *document = scene.document();
    if (!document)
        return;
    for (const Touchpoint &card : document->journey().touchpoints) {
        CardItem *item = scene.cardItem(card.id);
        if (!item)
            continue;
        clearMarks(item);
        const QRectF rect = item->boundingRect().adjusted(2, 2, -2, -2);
        if (const auto it = marks.authors.constFind(card.id); it != marks.authors.constEnd()) {
            auto *author = new QGraphicsEllipseItem(QRectF(-5, -5, 10, 10), item);
            author->setData(markKey, true);
            author->setBrush(it->colour);
            author->setPen(QPen(Qt::white, 1.5));
            author->setPos(rect.left() + 3, rect.top() + 3); // on the corner, clear of the stripe's text
            author->setToolTip(it->tooltip);
        }
        if (const auto it = marks.dots.constFind(card.id); it != marks.dots.constEnd()) {
            auto *dots = new DotsItem(*it, item);
            dots->setPos(rect.left() + 8, rect.bottom() - 4); // hangs from the bottom edge, clear of the badges
        }
        if (const int open = marks.openComments.value(card.id); open > 0) {
            auto *badge = new CommentBadgeItem(open, item);
            badge->setPos(rect.right() - 70, rect.top() - 9); // on the top edge, left of the NPS pill
        }
    }
}

} // namespace waymark
