#pragma once

#include "uuidhash.h"
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QUuid>

class QGraphicsItem;
class QPainter;

namespace waymark {

class Journey;
class JourneyScene;

// What the workshop puts on the cards: who wrote each card (a dot in their colour), the dots
// of the vote on show, how many comment threads are still open, and during a vote a ring
// around the cards that can get dots.
struct WorkshopMarks {
    struct Author {
        QColor colour;
        QString tooltip; // "Written by Ана (Retail network)"
        bool operator==(const Author &) const = default;
    };
    UuidHash<Author> authors;
    UuidHash<QList<QColor>> dots; // per card, one colour per dot (the voter's)
    UuidHash<int> openComments;
    // While a vote is open: the cards it is about, ringed so the room sees where dots may go.
    UuidSet eligible;
    bool operator==(const WorkshopMarks &) const = default;
};

// The marks for the journey: the open vote's dots unless it hides them, else the latest
// closed vote's (its result stays on the map).
WorkshopMarks workshopMarks(const Journey &journey);

// The marks' drawings, shared by the cards and the legend: the ring around cards that can get
// dots, a row of vote dots (overlapping a little, like stickers), an open-comments bubble
// (24 × 17, from the origin).
QColor eligibleRingColour();
void paintEligibleRing(QPainter *painter, const QRectF &rect);
inline constexpr qreal voteDotDiameter = 11;
inline constexpr qreal voteDotStep = 9;
void paintVoteDots(QPainter *painter, const QList<QColor> &colours, const QPointF &topLeft);
void paintCommentBubble(QPainter *painter, int count);
// Whether a card item carries the ring.
bool hasEligibleRing(const QGraphicsItem *card);

// Puts the marks on the scene's cards as child items (replacing earlier ones).
void applyWorkshopMarks(JourneyScene &scene, const WorkshopMarks &marks);

} // namespace waymark
