#pragma once

#include "workshop/workshop.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace waymark {

class Journey;

// The rules of dot voting, apart from any widget: which cards a round is about, whether a
// dot may be placed or taken back, and the ranking when the round closes.
namespace Voting {

// The vote still open (the newest round not closed), or nullptr.
const VoteRound *openRound(const Journey &journey);

// Cards the round votes on: pain points (flagged, or in a pain-point lane), cards in an
// opportunities lane, or every card.
bool isEligible(const Journey &journey, const VoteRound &round, const QUuid &touchpointId);

int dotsUsed(const VoteRound &round, const QUuid &participantId);
int dotsLeft(const VoteRound &round, const QUuid &participantId);
int dotsOn(const VoteRound &round, const QUuid &touchpointId);
int dotsOn(const VoteRound &round, const QUuid &touchpointId, const QUuid &participantId);

// Why this dot may not be placed (translated), or nothing when it may.
std::optional<QString> whyNotCast(const Journey &journey, const VoteRound &round, const QUuid &participantId,
                                  const QUuid &touchpointId);
// Why this participant may not take a dot back from the card, or nothing when they may.
std::optional<QString> whyNotTakeBack(const VoteRound &round, const QUuid &participantId, const QUuid &touchpointId);

// The round with one more dot, or one dot of that participant fewer on that card.
VoteRound withDot(VoteRound round, const QUuid &participantId, const QUuid &touchpointId);
VoteRound withoutDot(VoteRound round, const QUuid &participantId, const QUuid &touchpointId);

// Whether the dots of a round may be shown now: open hidden rounds keep them secret.
bool dotsVisible(const VoteRound &round);

struct RankedCard {
    QUuid touchpointId;
    int dots = 0;
    int rank = 1;      // standard competition ranking: 1, 2, 2, 4 …
    bool tied = false; // shares its rank with another card
};
// Eligible cards with at least one dot, most dots first; ties share a rank and keep the
// journey's stage/lane/cell order among themselves. Dots on deleted cards are left out.
std::vector<RankedCard> ranking(const Journey &journey, const VoteRound &round);

// One line per card of the ranking: rank, dots, card, stage, lane, and one column per
// participant with their dots, UTF-8 with a header (opens in spreadsheets in any language).
QByteArray rankingCsv(const Journey &journey, const VoteRound &round);

} // namespace Voting
} // namespace waymark
