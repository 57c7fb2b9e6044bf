#include "workshop/voting.h"

#include "journey.h"
#include "workshop/votingtext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace waymark::Voting {

namespace {
// Gives lupdate the context "Voting" for the messages below.

// RFC 4180: quote when needed, double the quotes.
QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

const VoteRound *openRound(const Journey &journey)
{
    const auto open = std::find_if(journey.votes.rbegin(), journey.votes.rend(), [](const VoteRound &round) { return !round.closed; });
    return open == journey.votes.rend() ? nullptr : &*open;
}

bool isEligible(const Journey &journey, const VoteRound &round, const QUuid &touchpointId)
{
    const Touchpoint *card = journey.touchpoint(touchpointId);
    if (!card)
        return false;
    const Lane *lane = journey.lane(card->laneId);
    switch (round.scope) {
    case VoteScope::PainPoints: return card->painPoint || (lane && lane->kind == LaneKind::PainPoints);
    case VoteScope::Opportunities: return lane && lane->kind == LaneKind::Opportunities;
    case VoteScope::AllCards: return true;
    }
    return false;
}

int dotsUsed(const VoteRound &round, const QUuid &participantId)
{
    return int(std::count_if(round.dots.begin(), round.dots.end(), [&](const Dot &dot) { return dot.participantId == participantId; }));
}

int dotsLeft(const VoteRound &round, const QUuid &participantId)
{
    return std::max(0, round.budget - dotsUsed(round, participantId));
}

int dotsOn(const VoteRound &round, const QUuid &touchpointId)
{
    return int(std::count_if(round.dots.begin(), round.dots.end(), [&](const Dot &dot) { return dot.touchpointId == touchpointId; }));
}

int dotsOn(const VoteRound &round, const QUuid &touchpointId, const QUuid &participantId)
{
    return int(std::count(round.dots.begin(), round.dots.end(), Dot{participantId, touchpointId}));
}

std::optional<QString> whyNotCast(const Journey &journey, const VoteRound &round, const QUuid &participantId,
                                  const QUuid &touchpointId)
{
    if (round.closed)
        return VotingText::tr("This vote is closed.");
    const auto participant = std::find_if(journey.participants.begin(), journey.participants.end(),
                                          [&](const Participant &p) { return p.id == participantId; });
    if (participant == journey.participants.end())
        return VotingText::tr("Choose who is voting first.");
    if (!isEligible(journey, round, touchpointId))
        return VotingText::tr("This vote is about %1; this card is not one of them.").arg(voteScopeLabel(round.scope).toLower());
    if (dotsLeft(round, participantId) == 0)
        return VotingText::tr("%1 has placed all %2 dots.").arg(participant->name).arg(round.budget);
    return std::nullopt;
}

std::optional<QString> whyNotTakeBack(const VoteRound &round, const QUuid &participantId, const QUuid &touchpointId)
{
    if (round.closed)
        return VotingText::tr("This vote is closed.");
    if (dotsOn(round, touchpointId, participantId) == 0)
        return VotingText::tr("There is no dot of theirs on this card to take back.");
    return std::nullopt;
}

VoteRound withDot(VoteRound round, const QUuid &participantId, const QUuid &touchpointId)
{
    round.dots.push_back({participantId, touchpointId});
    return round;
}

VoteRound withoutDot(VoteRound round, const QUuid &participantId, const QUuid &touchpointId)
{
    // The latest one: undoing by hand feels like taking back the last dot placed.
    const auto it = std::find(round.dots.rbegin(), round.dots.rend(), Dot{participantId, touchpointId});
    if (it != round.dots.rend())
        round.dots.erase(std::next(it).base());
    return round;
}

bool dotsVisible(const VoteRound &round)
{
    return round.closed || !round.hidden;
}

std::vector<RankedCard> ranking(const Journey &journey, const VoteRound &round)
{
    UuidHash<int> dots;
    for (const Dot &dot : round.dots)
        ++dots[dot.touchpointId];
    std::vector<RankedCard> ranked;
    // Journey order (stage, lane, cell) so ties read like the map.
    for (const Stage &stage : journey.stages) {
        for (const Touchpoint *card : journey.touchpointsInStage(stage.id)) {
            const int count = dots.value(card->id);
            if (count > 0 && isEligible(journey, round, card->id))
                ranked.push_back({card->id, count, 1, false});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedCard &a, const RankedCard &b) { return a.dots > b.dots; });
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        ranked[i].rank = (i > 0 && ranked[i].dots == ranked[i - 1].dots) ? ranked[i - 1].rank : int(i) + 1;
        const bool sameAsPrevious = i > 0 && ranked[i].dots == ranked[i - 1].dots;
        const bool sameAsNext = i + 1 < ranked.size() && ranked[i].dots == ranked[i + 1].dots;
        ranked[i].tied = sameAsPrevious || sameAsNext;
    }
    return ranked;
}

QByteArray rankingCsv(const Journey &journey, const VoteRound &round)
{
    // A byte-order mark, so spreadsheet programs read the names as UTF-8 in any language.
    QByteArray csv = "\xEF\xBB\xBF";
    QList<QByteArray> header{csvField(VotingText::tr("Rank")), csvField(VotingText::tr("Dots")), csvField(VotingText::tr("Card")),
                             csvField(VotingText::tr("Stage")), csvField(VotingText::tr("Lane"))};
    for (const Participant &participant : journey.participants)
        header << csvField(participant.name);
    csv += header.join(',') + "\r\n";
    for (const RankedCard &entry : ranking(journey, round)) {
        const Touchpoint *card = journey.touchpoint(entry.touchpointId);
        const Stage *stage = journey.stage(card->stageId);
        const Lane *lane = journey.lane(card->laneId);
        QList<QByteArray> row{QByteArray::number(entry.rank), QByteArray::number(entry.dots), csvField(card->title),
                              csvField(stage ? stage->name : QString()), csvField(lane ? lane->name : QString())};
        for (const Participant &participant : journey.participants)
            row << QByteArray::number(dotsOn(round, card->id, participant.id));
        csv += row.join(',') + "\r\n";
    }
    return csv;
}

} // namespace waymark::Voting
