#pragma once

#include "server/journeyparts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <vector>

namespace waymark {

struct ServerChange;

// Stages, lanes and departments edited live (server schema 4, docs/server.md "Structure").
// They stay where they were published, in the journey's `base` (the .waymark.json arrays
// "stages", "lanes", "departments"); a change of kind stage, lane or department edits one of
// them there. The same function applies a change on the server (inside the writer's
// transaction, to the arrays as the server holds them) and in every session, so everybody
// applying the same changes in the same order ends with the same arrays.
//
// Values, by field:
//  added     {"item": object, "after": id or null (first)}; when undoing a removal also
//            "cards": [{"id", "stage", "lane", "key", "fields"}] (a stage's or lane's cards
//            back) or, for a department, "lanes" and "cards" (ids that get it back)
//  deleted   stage, lane: {"cards": [ids]}, the cards that went with it (and their arrows);
//            department: {"lanes": [ids], "cards": [ids]}, lanes made plain and cards left
//            without a department, as deleting a department in the window does
//  position  {"after": id or null}
//  a key     the key's new value in the object; null removes it
namespace ServerStructure {

// "stages", "lanes" or "departments" for a change kind.
QString listKey(const QString &kind);
// The object's index in `list` by its "id", or -1.
int indexOf(const QJsonArray &list, const QUuid &id);
// The id of the object before `id` in `list` (null when first or absent).
QUuid previousOf(const QJsonArray &list, const QUuid &id);
// What a change removes or detaches, as the journey's parts hold them now (the "cards" and
// "lanes" of a deleted value).
QJsonObject removalOf(const JourneyParts &parts, const QString &kind, const QUuid &id);
// Applies a structure change; false when its entity (or, for a move, its neighbour) is gone.
bool apply(JourneyParts &parts, const ServerChange &change);

// One structure edit the bridge sends to make the server's arrays the window's.
struct Edit {
    enum class Op { Remove, Add, Move, Field };
    Op op = Op::Field;
    QString kind;
    QUuid id;
    QString field;      // Op::Field
    QJsonValue value;   // Op::Field: the new value (null: remove the key); Op::Add: the object
    QUuid after;        // Op::Add, Op::Move
};
// The edits of one phase that turn `server`'s structure into `mine`'s (both .waymark.json
// documents or bases): first Remove (stages, lanes, then departments), then Add
// (departments, stages, lanes: a new lane may name a new department), then Move (only what
// left the longest run still in order), then Field. The bridge asks phase by phase, since
// removing a department changes its lanes and cards on the server too.
std::vector<Edit> edits(const QJsonObject &server, const QJsonObject &mine, Edit::Op phase);
// A journey's stages, lanes and departments as .waymark.json writes them (for edits()).
QJsonObject structureOf(const Journey &journey);

// The positions in `ranks` (-1: not a candidate) of a longest strictly increasing run of
// ranks: the items that can stay where they are while the others move around them, so a drag
// sends what was dragged and not its neighbours. (Patience sorting, O(n log n); nothing in
// the standard library or Qt does it.)
QSet<int> longestIncreasing(const QList<int> &ranks);

} // namespace ServerStructure

} // namespace waymark
