#pragma once

#include "uuidhash.h"
#include <QColor>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace waymark {

class Journey;
class JourneyScene;

// What the workshop puts on the cards: who wrote each card (a dot in their colour), the dots
// of the vote on show, and how many comment threads are still open.
struct WorkshopMarks {
    struct Author {
        QColor colour;
        QString tooltip; // "Written by Ана (Retail network)"
        bool operator==(const Author &) const = default;
    };
    UuidHash<Author> authors;
    UuidHash<QList<QColor>> dots; // per card, one colour per dot (the voter's)
    UuidHash<int> openComments;
    bool operator==(const WorkshopMarks &) const = default;
};

// The marks for the journey: the open vote's dots unless it hides them, else the latest
// closed vote's (its result stays on the map).
WorkshopMarks workshopMarks(const Journey &journey);

// Puts the marks on the scene's cards as child items (replacing earlier ones).
void applyWorkshopMarks(JourneyScene &scene, const WorkshopMarks &marks);

} // namespace waymark
