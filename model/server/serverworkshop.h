#pragma once

#include "server/journeyparts.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace waymark {

struct ServerChange;

// The workshop's live changes beyond adding comments and placing dots (server schema 5,
// docs/server.md "Votes, dots and comments"): votes started, closed and changed, dots taken
// back, comments changed and deleted. The same functions apply a change in every session,
// so everybody applying the same changes in the same order ends with the same journey.
//
// Votes stay in the journey's `base` (the .waymark.json array "votes", each with empty
// "dots"); a change of kind vote (entity: the vote) is, by field:
//  added     the vote's .waymark.json object, appended; its "dots" are empty, or (an undone
//            deletion, schema 7) the dots that come back with it, {"participant", "card"}
//  deleted   null: the vote is removed with its dots (schema 7; before, only a vote without
//            dots, undoing its start)
//  a key     ("closed", "title", …) the key's new value; null removes it
// A dot taken back is a change of kind dot, field deleted, value {"vote", "participant",
// "card", "index"}: the index-th (from 0, oldest first) of that participant's dots on that
// card in that vote, as the server picked it while holding the journey's row, so everybody
// removes the very same one. A comment (kind comment, entity: the comment) is changed key by
// key of its .waymark.json object (null removes the key) or deleted (value null).
namespace ServerWorkshop {

// A vote's deletion queued offline (OfflineQueue) has the value {"withDots": true} when it is
// the deletion that takes the vote's dots along (ServerSession::deleteVote), so its replay
// goes through that writer; the change it writes still has the value null.
inline const QString withDotsKey = QStringLiteral("withDots");

// The vote's .waymark.json object without dots.
QJsonObject voteJson(const VoteRound &vote);
// The vote's object in `base` by id (empty when it has none).
QJsonObject voteIn(const QJsonObject &base, const QUuid &vote);
// The keys of two votes' (or comments') objects that differ, leaving out "id" and "dots".
QStringList changedKeys(const QJsonObject &before, const QJsonObject &after);
// Whether `field` may be changed by a vote or comment change ("id" and "dots" may not).
bool isChangeableKey(const QString &field);
// When an open vote's time limit ends: its start ("started", the server's clock for a vote
// started live since schema 7) plus its "minutes"; null without a limit or once closed.
QDateTime voteEndsAt(const QJsonObject &vote);

// Each applies its kind of change; false when its vote, comment or dot is not there (any more).
bool applyVote(JourneyParts &parts, const ServerChange &change);
bool applyComment(JourneyParts &parts, const ServerChange &change);
bool applyDot(JourneyParts &parts, const ServerChange &change);

} // namespace ServerWorkshop

} // namespace waymark
