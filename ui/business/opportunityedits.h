#pragma once

#include "business/opportunity.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace waymark {

class Journey;
class JourneyDocument;
struct VoteRound;

// The business case's edits as the workshop makes them: each function is one undo step on
// the document's stack (several commands under one macro where it takes more than one), so
// the dock, the canvas, the hotspots and the vote panel all change opportunities the same
// way. Every function refuses (false / null / empty) in review mode.
namespace opportunityedits {

// A new opportunity about these cards: each linked with nothing changed yet, titled
// "Fix: <card title>" (several cards: their titles), owned by the first card's department.
Opportunity fromCards(const Journey &journey, const QList<QUuid> &cardIds);

// Adds the opportunity (a fresh id when it has none) and, when `scenarioId` names a
// scenario, puts it at the end of that scenario. Returns its id, null when refused.
QUuid add(JourneyDocument *document, Opportunity opportunity, const QUuid &scenarioId = {});
// Replaces the opportunity with the same id; false when refused or nothing changed.
bool edit(JourneyDocument *document, const Opportunity &opportunity);
// Deletes the opportunity and takes it out of every scenario.
bool remove(JourneyDocument *document, const QUuid &opportunityId);

// Puts the opportunity into the scenario (at its end) or takes it out.
bool setMember(JourneyDocument *document, const QUuid &scenarioId, const QUuid &opportunityId, bool member);
QUuid addScenario(JourneyDocument *document, const QString &name);
bool renameScenario(JourneyDocument *document, const QUuid &scenarioId, const QString &name);
// Deletes the scenario (its opportunities stay); when it was the one chosen for the report
// and the future state, that choice goes back to every opportunity.
bool removeScenario(JourneyDocument *document, const QUuid &scenarioId);

// One opportunity per card among the first `count` cards of a closed round's ranking (ties
// at the cut keep the map's order). Cards already linked to an opportunity are skipped.
// One undo step; returns the new ids, empty with the reason in *why when nothing was made.
QList<QUuid> fromTopCards(JourneyDocument *document, const VoteRound &round, int count, QString *why = nullptr);

} // namespace opportunityedits
} // namespace waymark
