#pragma once

#include "format/formaterror.h"
#include "journey.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <map>
#include <optional>
#include <vector>

namespace waymark {

// An id as the journey's JSON writes it (a string; null, absent or not an id: the null id).
inline QUuid uuidOf(const QJsonValue &value)
{
    return QUuid::fromString(value.toString());
}

// A journey as a shared server keeps it: the .waymark.json document cut into what people
// change one at a time during a workshop (cards, comments, dots) and the rest (the base:
// stages, lanes, departments, participants, votes without their dots, datasets, …). A card
// is its JSON object field by field, so two people editing different fields of one card
// never overwrite each other. Reusing the JSON format means the server stores exactly what
// a .waymark.json file holds, and assembling a journey checks it like opening a file.
struct CardRow {
    QUuid stage;
    QUuid lane;
    QString key;        // order inside the cell (server/orderkey.h)
    QJsonObject fields; // the card's .waymark.json object without "id" and "lane"
    bool operator==(const CardRow &) const = default;
};

struct DotRow {
    QUuid vote;
    QJsonObject dot; // {"participant": …, "card": …}
    bool operator==(const DotRow &) const = default;
};

struct JourneyParts {
    QJsonObject base;                 // the document without cards, comments and dots
    std::map<QUuid, CardRow> cards;   // by id
    std::vector<QJsonObject> comments; // in the order they were made
    std::vector<DotRow> dots;          // in the order they were placed
    bool operator==(const JourneyParts &) const = default;
};

JourneyParts splitJourney(const Journey &journey);
// The journey again, checked like a file; nullopt with `error` saying what and where (the
// path is in the .waymark.json layout).
std::optional<Journey> assembleJourney(const JourneyParts &parts, FormatError *error);

// One card as assembleJourney would read it, checked like a file's against the journey's
// lanes, departments and personas, without reading the other cards: a live change of one
// card's field then costs one card, not the whole journey (docs/benchmarks.md, "A journey
// shared live"). `row` is the card as it would be (its stage must be in `base`).
std::optional<Touchpoint> assembleCard(const QJsonObject &base, const QUuid &id, const CardRow &row, FormatError *error);

// One card's fields as the server stores them.
QJsonObject cardFields(const Touchpoint &card);
// One comment as the format writes it (the object in the document's "comments").
QJsonObject commentJson(const Comment &comment);
// The card keys a null value removes (the format writes them only when set).
bool isOptionalCardField(const QString &field);
// Every field name a card has in the format.
bool isCardField(const QString &field);

} // namespace waymark
