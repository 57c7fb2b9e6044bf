#include "business/opportunityedits.h"

#include "business/businesssettings.h"

#include "commands/addentity.h"
#include "commands/editentity.h"
#include "commands/editjourneysettings.h"
#include "commands/journeycommand.h"
#include "commands/removeentity.h"
#include "commands/removeopportunity.h"
#include "journeydocument.h"
#include "workshop/voting.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark::opportunityedits {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityEdits)
};

bool editable(const JourneyDocument *document)
{
    return document && !document->isReviewOnly();
}

bool linkedAnywhere(const Journey &journey, const QUuid &cardId)
{
    return std::any_of(journey.opportunities.begin(), journey.opportunities.end(),
                       [&](const Opportunity &opportunity) { return opportunity.change(cardId) != nullptr; });
}

} // namespace

Opportunity fromCards(const Journey &journey, const QList<QUuid> &cardIds)
{
    Opportunity opportunity;
    QStringList titles;
    for (const QUuid &id : cardIds) {
        const Touchpoint *card = journey.touchpoint(id);
        if (!card || opportunity.change(id))
            continue;
        CardImprovement change;
        change.touchpointId = id;
        opportunity.changes.push_back(change);
        titles << card->title.simplified();
        if (opportunity.ownerDepartmentId.isNull())
            opportunity.ownerDepartmentId = card->departmentId;
    }
    // Three titles say what it is about; more would make a title nobody reads.
    QString about = QStringList(titles.mid(0, 3)).join(QStringLiteral(", "));
    if (titles.size() > 3)
        about += QStringLiteral(", …");
    opportunity.title = about.isEmpty() ? Text::tr("New opportunity") : Text::tr("Fix: %1").arg(about);
    return opportunity;
}

QUuid add(JourneyDocument *document, Opportunity opportunity, const QUuid &scenarioId)
{
    if (!editable(document))
        return {};
    if (opportunity.id.isNull())
        opportunity.id = QUuid::createUuid();
    const QUuid id = opportunity.id;
    const Scenario *scenario = document->journey().scenario(scenarioId);
    if (!scenario)
        return document->push(new AddOpportunity(document, std::move(opportunity))) ? id : QUuid();
    Scenario withIt = *scenario;
    withIt.opportunityIds.push_back(id);
    const UndoMacro macro(document, EntityOps<Opportunity>::textForAdd());
    document->push(new AddOpportunity(document, std::move(opportunity)));
    document->push(new EditScenario(document, withIt));
    return id;
}

bool edit(JourneyDocument *document, const Opportunity &opportunity)
{
    const Opportunity *current = editable(document) ? document->journey().opportunity(opportunity.id) : nullptr;
    if (!current || *current == opportunity)
        return false;
    return document->push(new EditOpportunity(document, opportunity));
}

bool remove(JourneyDocument *document, const QUuid &opportunityId)
{
    if (!editable(document) || !document->journey().opportunity(opportunityId))
        return false;
    return document->push(new RemoveOpportunity(document, opportunityId));
}

bool setMember(JourneyDocument *document, const QUuid &scenarioId, const QUuid &opportunityId, bool member)
{
    const Scenario *scenario = editable(document) ? document->journey().scenario(scenarioId) : nullptr;
    if (!scenario || !document->journey().opportunity(opportunityId))
        return false;
    Scenario changed = *scenario;
    auto &ids = changed.opportunityIds;
    const bool isMember = std::find(ids.begin(), ids.end(), opportunityId) != ids.end();
    if (isMember == member)
        return false;
    if (member)
        ids.push_back(opportunityId);
    else
        ids.erase(std::remove(ids.begin(), ids.end(), opportunityId), ids.end());
    return document->push(new EditScenario(document, changed,
                                           member ? Text::tr("Add to scenario") : Text::tr("Take out of scenario")));
}

QUuid addScenario(JourneyDocument *document, const QString &name)
{
    if (!editable(document) || name.trimmed().isEmpty())
        return {};
    Scenario scenario;
    scenario.id = QUuid::createUuid();
    scenario.name = name.trimmed();
    const QUuid id = scenario.id;
    return document->push(new AddScenario(document, std::move(scenario))) ? id : QUuid();
}

bool renameScenario(JourneyDocument *document, const QUuid &scenarioId, const QString &name)
{
    const Scenario *scenario = editable(document) ? document->journey().scenario(scenarioId) : nullptr;
    if (!scenario || name.trimmed().isEmpty() || scenario->name == name.trimmed())
        return false;
    Scenario renamed = *scenario;
    renamed.name = name.trimmed();
    return document->push(new EditScenario(document, renamed, Text::tr("Rename scenario")));
}

bool removeScenario(JourneyDocument *document, const QUuid &scenarioId)
{
    if (!editable(document) || !document->journey().scenario(scenarioId))
        return false;
    const bool chosen = QUuid::fromString(document->journey().settings.value(chosenScenarioSetting)) == scenarioId;
    if (!chosen)
        return document->push(new RemoveScenario(document, scenarioId));
    const UndoMacro macro(document, EntityOps<Scenario>::textForRemove());
    document->push(new EditJourneySettings(document, {{chosenScenarioSetting, QString()}}, EntityOps<Scenario>::textForRemove()));
    document->push(new RemoveScenario(document, scenarioId));
    return true;
}

QList<QUuid> fromTopCards(JourneyDocument *document, const VoteRound &round, int count, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QList<QUuid>();
    };
    if (!editable(document))
        return fail(Text::tr("The journey is open for review only: no opportunity can be added."));
    if (!round.closed)
        return fail(Text::tr("Close the vote first: its ranking may still change."));
    const Journey &journey = document->journey();
    const std::vector<Voting::RankedCard> ranking = Voting::ranking(journey, round);
    if (ranking.empty())
        return fail(Text::tr("The vote has no dots on any card."));
    std::vector<Opportunity> made;
    for (int i = 0; i < std::min(count, int(ranking.size())); ++i) {
        const QUuid &card = ranking[std::size_t(i)].touchpointId;
        if (linkedAnywhere(journey, card))
            continue;
        made.push_back(fromCards(journey, {card}));
        made.back().id = QUuid::createUuid();
        made.back().evidence = Text::tr("%n dot(s) in the vote “%1”.", nullptr, ranking[std::size_t(i)].dots).arg(round.title);
    }
    if (made.empty())
        return fail(Text::tr("Each of the top cards already has an opportunity."));
    QList<QUuid> ids;
    const UndoMacro macro(document, Text::tr("Create %n opportunity(s) from the vote", nullptr, int(made.size())));
    for (Opportunity &opportunity : made) {
        ids << opportunity.id;
        document->push(new AddOpportunity(document, std::move(opportunity)));
    }
    return ids;
}

} // namespace waymark::opportunityedits
