#include "commands/changedot.h"

#include "commands/editentity.h"
#include "journeydocument.h"
#include "workshop/voting.h"
#include "workshop/votingtext.h"

#include <QCoreApplication>

namespace waymark {

namespace {
} // namespace

bool changeDot(JourneyDocument *document, const QUuid &card, DotChange change, QString *why)
{
    const VoteRound *round = document ? Voting::openRound(document->journey()) : nullptr;
    const QUuid voter = document ? document->activeParticipant() : QUuid();
    const bool place = change == DotChange::Place;
    std::optional<QString> refused;
    if (!round)
        refused = VotingText::tr("No vote is open.");
    else if (document->isReviewOnly())
        refused = VotingText::tr("The journey is open for review only: votes cannot change.");
    else
        refused = place ? Voting::whyNotCast(document->journey(), *round, voter, card) : Voting::whyNotTakeBack(*round, voter, card);
    if (refused) {
        if (why)
            *why = *refused;
        return false;
    }
    const VoteRound changed = place ? Voting::withDot(*round, voter, card) : Voting::withoutDot(*round, voter, card);
    return document->push(new EditEntity<VoteRound>(document, changed, place ? VotingText::tr("Place a dot") : VotingText::tr("Take back a dot")));
}

} // namespace waymark
