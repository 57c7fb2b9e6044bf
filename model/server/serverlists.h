#pragma once

#include "server/journeyparts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <vector>

namespace waymark {

struct ServerChange;

// Arrows between cards, personas and participants edited live (server schema 6, docs/server.md
// "Arrows, personas and participants"), and since schema 7 the agenda's steps and the business
// case's opportunities and scenarios. They stay where publishing put them, in the journey's
// `base` (the .waymark.json arrays "connections", "personas", "participants", "agenda",
// "opportunities", "scenarios"); a change of one of those kinds edits one item there. The same function applies a change on
// the server (inside the writer's transaction, to the list as the server holds it) and in every
// session, so everybody applying the same changes in the same order ends with the same lists.
//
// Values, by field:
//  added     {"item": object, "after": id or null (first)}; an `after` that is not in the list
//            any more puts the item last (every session decides the same)
//  deleted   null
//  position  {"after": id or null (first)}: the item moved after that one; an `after` not in the
//            list any more puts it last, as for an addition. One change per move, so someone
//            else's concurrent edit of the item's keys stays, and two people moving different
//            items both keep their moves
//  a key     the key's new value in the object (null removes it): an arrow's "label"; a
//            persona's "name", "description", "goals", "frustrations", "photo" (its picture,
//            in base64, as one field like a card's pictures); a participant's "name",
//            "colour", "department"; an agenda step's "title", "done"; an opportunity's
//            "title", "oneOffCost", "monthsToDeliver", "changes" (its card improvements, as
//            one field), …; a scenario's "name", "opportunities"
namespace ServerLists {

// "connections", "personas", "participants", "agenda", "opportunities" or "scenarios" for a change kind.
QString listKey(const QString &kind);
// The item's object in `base` by id (empty when it has none).
QJsonObject itemIn(const QJsonObject &base, const QString &kind, const QUuid &id);
// The id of the item before `id` in its list (null when first or absent).
QUuid previousOf(const QJsonObject &base, const QString &kind, const QUuid &id);
// Whether `field` may be changed on its own in an item of `kind` (never "id"; an arrow's ends
// never: another arrow is another item).
bool isChangeableKey(const QString &kind, const QString &field);
// Applies a list item change; false when its item is not there (any more) or, added, is
// there already.
bool apply(JourneyParts &parts, const ServerChange &change);

// One edit the bridge sends to make the server's lists the window's.
struct Edit {
    enum class Op { Add, Field, Remove, Move };
    Op op = Op::Field;
    QString kind;
    QUuid id;
    QString field;      // Op::Field
    QJsonValue value;   // Op::Field: the new value (null: remove the key); Op::Add: the object
    QUuid after;        // Op::Add, Op::Move
};
// The edits of one list kind that make `mine` out of `before` (the server's list when the step
// began), leaving alone what `now` (the server's list now) no longer has or has already: items
// added, changed key by key, moved or removed in the window, not what others did meanwhile. An
// arrow whose ends changed is removed and added again. Moves come last, one per item the
// window moved (those out of the longest run still in the server's order), each after the item
// before it in the window, so adds they follow are there already. `moved` names the items the
// window's step took out and put back: when the others are still in order, those are what
// moved (two neighbours swapped could be either one moved; the step knows which).
std::vector<Edit> edits(const QString &kind, const QJsonArray &before, const QJsonArray &now, const QJsonArray &mine,
                        const QSet<QUuid> &moved = {});
// The personas a card's field names ("personas": ids; "personaEmotions": {"persona", …}).
std::vector<QUuid> personasNamed(const QString &field, const QJsonValue &value);
// A journey's arrows, personas, participants, agenda, opportunities and scenarios as .waymark.json writes them.
QJsonObject listsOf(const Journey &journey);

} // namespace ServerLists

} // namespace waymark
