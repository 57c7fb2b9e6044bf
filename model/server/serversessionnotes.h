#pragma once

#include "server/serverchange.h"

#include <QJsonValue>
#include <QString>
#include <QUuid>

#include <vector>

// What a ServerSession tells about changes (server/serversession.h): kept apart so the
// session's own header stays readable.
namespace waymark {

// A change of ours that someone else's change replaced while we were making it (the same
// field edited at once: the later one stays), or whose card someone deleted meanwhile.
struct LostChange {
    qint64 mine = 0;
    ServerChange by;
    // An arrow of ours that went with a card `by` deleted (alone, or with its stage or lane):
    // `by` is about the card, not the arrow.
    bool arrowWithCard = false;
};

// An edit made offline that met someone else's change when it was sent (docs/server.md,
// "Off the network"): the same field changed meanwhile (the edit made later stays, by when
// each was made), its card (stage, vote, arrow, …) deleted or changed meanwhile, or refused by
// the server (a closed vote, a lock, a role's rule); nothing of it is silently lost.
struct ReplayConflict {
    enum class Kept { Yours, Theirs, Neither };
    QString kind;       // ServerChangeKind of the edit (card, stage, vote, arrow, …)
    QUuid card;         // the card (for a comment or a dot: the card it is on, if any)
    QString title;      // the card's title, or the name of the stage, vote, persona, … it was about
    QString field;      // a card key, ServerChangeField::…, the kind (a comment or dot added), or a key of the item
    QString by;         // who changed or deleted it (empty when the server refused it)
    qint64 byChange = 0;
    Kept kept = Kept::Neither;
    QJsonValue yours;
    QJsonValue theirs;
    QString why;        // translated, for Kept::Neither: why nothing of yours stayed
};

// What happened to the offline edits when the connection came back.
struct ReplayReport {
    int sent = 0;       // reached the server
    int remaining = 0;  // still queued (the connection broke again while sending)
    std::vector<ReplayConflict> conflicts;
};

// Where a presenting facilitator looks (follow-me): the canvas's centre in scene
// coordinates, its zoom, and the selected card (null: none).
struct FollowView {
    double x = 0;
    double y = 0;
    double zoom = 1;
    QUuid card;
    bool operator==(const FollowView &) const = default;
};

// What a session says about itself to the others on its journey (ServerPresence): just came
// (answer me), still here, leaving.
enum class PresenceNote { Hello, Here, Bye };

} // namespace waymark
