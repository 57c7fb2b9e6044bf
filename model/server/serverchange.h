#pragma once

#include "server/journeyparts.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUuid>

namespace waymark {

// One row of the server's `changes` table: who changed which field of which entity, to what.
// Change ids grow in the order changes were committed (writers of one journey take turns,
// see serversession.cpp), so "every change after id N" is exactly what a client missed.
struct ServerChange {
    qint64 id = 0;
    QString author;     // the participant's name as their session gave it
    qint64 seen = 0;    // the newest change the author had applied when making this one
    QString kind;       // ServerChangeKind::…
    QUuid entity;       // the card, comment or dot
    QString field;      // for cards a .waymark.json card key, or ServerChangeField::…
    QJsonValue value;   // the new value, JSON as in the .waymark.json format
    QDateTime time;     // UTC, the server's clock

    // Whether this change was made without knowing of change `other` (both edited at once).
    bool concurrentWith(qint64 other) const { return seen < other && id > other; }
};

namespace ServerChangeKind {
inline const QString card = QStringLiteral("card");
inline const QString comment = QStringLiteral("comment");
inline const QString dot = QStringLiteral("dot");
// A lock set or lifted: entity the lane, stage or journey, field the ServerLockKind, value
// {"locked": bool, "reason": text}.
inline const QString lock = QStringLiteral("lock");
// The journey's structure (server schema 4, facilitators only; server/serverstructure.h):
// entity the stage, lane or department; field added, deleted, position, or one key of its
// .waymark.json object ("name", "description", "kind", "zone", "department", "colour").
inline const QString stage = QStringLiteral("stage");
inline const QString lane = QStringLiteral("lane");
inline const QString department = QStringLiteral("department");
inline bool isStructure(const QString &kind)
{
    return kind == stage || kind == lane || kind == department;
}
// A vote started, closed or changed (server schema 5, facilitators only;
// server/serverworkshop.h): entity the vote; field added, deleted, or one key of its
// .waymark.json object ("closed", "title", …). Since schema 7 a vote with dots may be deleted
// (its dots go with it), and a vote started live gets the server's clock as its start, so its
// time limit ends at the same moment for everybody. Schema 5 also lets a dot be taken back
// (kind dot, field deleted) and a comment be changed key by key or deleted (kind comment).
inline const QString vote = QStringLiteral("vote");
// Arrows between cards, personas and participants (server schema 6; server/serverlists.h):
// entity the arrow, persona or participant; field added, deleted, or one key of its
// .waymark.json object (an arrow's "label"; a persona's "name", "photo", …; a participant's
// "name", "colour", "department"). Arrows are anyone's who may change their cards; personas
// and participants the facilitators'.
inline const QString arrow = QStringLiteral("arrow");
inline const QString persona = QStringLiteral("persona");
inline const QString participant = QStringLiteral("participant");
// The agenda's steps and the business case's opportunities and scenarios (server schema 7,
// facilitators only): list items like the three above, in base's "agenda", "opportunities"
// and "scenarios". An opportunity changes key by key ("oneOffCost", "runningCostPerYear",
// "monthsToDeliver", "changes", …), so two facilitators editing different figures both keep
// theirs.
inline const QString agenda = QStringLiteral("agenda");
inline const QString opportunity = QStringLiteral("opportunity");
inline const QString scenario = QStringLiteral("scenario");
inline bool isListItem(const QString &kind)
{
    return kind == arrow || kind == persona || kind == participant || kind == agenda || kind == opportunity || kind == scenario;
}
// The journey's own title, description, currency and settings (server schema 7, facilitators
// only; server/serverjourneyfields.h): entity the journey, field "title", "description",
// "currency", or "settings/" followed by the setting's key; value the text (null removes a
// setting).
inline const QString journey = QStringLiteral("journey");
// Imported survey and purchase data (server schema 8, facilitators only; server/serverdatasets.h):
// entity the dataset, field added, replaced (a new version with the same id: a re-import, a
// refresh, a rename) or deleted; value {"name", "kind", "bytes", "version"} (only "name" and
// "version" when deleted; "version" is the row's `datasets.change` it wrote, since the dataset
// worker). The dataset itself is its row in the table `datasets`, never the change's value nor a
// NOTIFY.
inline const QString dataset = QStringLiteral("dataset");
} // namespace ServerChangeKind

namespace ServerChangeField {
// A new card: {"stage", "lane", "key", "fields"}; a new comment: its object; a new dot:
// {"vote", "participant", "card"}; a new stage, lane or department: see serverstructure.h.
inline const QString added = QStringLiteral("added");
inline const QString deleted = QStringLiteral("deleted"); // value null
inline const QString position = QStringLiteral("position"); // {"stage", "lane", "key"}; structure: {"after"}
inline const QString replaced = QStringLiteral("replaced"); // a dataset's new version (server schema 8)
} // namespace ServerChangeField

// Whether undo takes a change back: a card, lock, structure, vote, arrow, persona,
// participant, journey, agenda, business-case or dataset change, a dot placed or taken back, a
// comment added, changed or deleted.
bool isUndoable(const ServerChange &change);

// A change about to be written (the server gives it its id, author and time).
inline ServerChange changeOf(const QString &kind, const QUuid &entity, const QString &field, const QJsonValue &value = {})
{
    ServerChange change;
    change.kind = kind;
    change.entity = entity;
    change.field = field;
    change.value = value;
    return change;
}

// Applies a change to a journey's parts; false when it changes nothing any more (its card
// was deleted by an earlier change). Deleting a card also removes the connections at it, as
// deleting a card in the window does.
bool applyChange(JourneyParts &parts, const ServerChange &change);
// A card's place or one of its fields changed in its row (the card changes of applyChange
// other than added and deleted).
void applyCardChange(CardRow &card, const ServerChange &change);
// Removes the arrows from or to `card` in a journey's base.
void removeConnectionsAt(QJsonObject &base, const QUuid &card);

} // namespace waymark

Q_DECLARE_METATYPE(waymark::ServerChange)
