#include "workshopmarks.h"

#include "carditem.h"
#include "journey.h"
#include "journeyscene.h"
#include "workshop/voting.h"

#include <QCoreApplication>
#include <QGraphicsEllipseItem>
#include <QPainter>

#include <algorithm>

namespace waymark {

namespace {

// Data key of the mark items; the data overlay uses key 0 for its badges. The vote's rings
// have their own (2): they frame the card rather than sit on it as a mark.
constexpr int markKey = 1;
constexpr int ringKey = 2;

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
        paintVoteDots(painter, mColours.mid(0, shown()), QPointF(1, 1));
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
    static constexpr qreal diameter = voteDotDiameter;
    static constexpr qreal step = voteDotStep;
    static constexpr int maxShown = 10;
    int shown() const { return int(std::min<qsizetype>(mColours.size(), maxShown)); }
    bool extra() const { return mColours.size() > maxShown; }
    QList<QColor> mColours;
};

// A violet ring behind a card the open vote is about: the room sees where dots may go.
// Violet stays apart from the heat colours (yellow to red), the selection blue and the
// department colours' usual hues.
class EligibleRingItem : public QGraphicsItem
{
public:
    EligibleRingItem(const QRectF &card, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , mRect(card.adjusted(-4, -4, 4, 4))
    {
        setData(ringKey, true);
        setFlag(ItemStacksBehindParent);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return mRect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { paintEligibleRing(painter, mRect); }

private:
    QRectF mRect;
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
        paintCommentBubble(painter, mCount);
    }

private:
    int mCount;
};

} // namespace

void paintCommentBubble(QPainter *painter, int count)
{
    painter->save();
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
    painter->drawText(QRectF(0, 0, 24, 14), Qt::AlignCenter, QString::number(count));
    painter->restore();
}

namespace {

void clearMarks(QGraphicsItem *item)
{
    const QList<QGraphicsItem *> children = item->childItems();
    for (QGraphicsItem *child : children) {
        if (child->data(markKey).isValid() || child->data(ringKey).isValid())
            delete child;
    }
}

} // namespace

QColor eligibleRingColour()
{
    return {0x7c, 0x4d, 0xff};
}

void paintEligibleRing(QPainter *painter, const QRectF &rect)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(eligibleRingColour(), 3.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, 9, 9);
    painter->restore();
}

void paintVoteDots(QPainter *painter, const QList<QColor> &colours, const QPointF &topLeft)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < colours.size(); ++i) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(colours[i]);
        painter->drawEllipse(QRectF(topLeft.x() + i * voteDotStep, topLeft.y(), voteDotDiameter, voteDotDiameter));
    }
    painter->restore();
}

bool hasEligibleRing(const QGraphicsItem *card)
{
    const QList<QGraphicsItem *> children = card->childItems();
    return std::any_of(children.begin(), children.end(),
                       [](const QGraphicsItem *child) { return dynamic_cast<const EligibleRingItem *>(child) != nullptr; });
}

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
    if (const VoteRound *open = Voting::openRound(journey)) {
        for (const Touchpoint &card : journey.touchpoints)
            if (Voting::isEligible(journey, *open, card.id))
                marks.eligible.insert(card.id);
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
        if (marks.eligible.contains(card.id))
            new EligibleRingItem(rect, item);
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
