#include "server/sharednotices.h"

#include "journey.h"
#include "server/serversession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

namespace {

struct SharedNoticesText {
    Q_DECLARE_TR_FUNCTIONS(SharedNotices)
};

QString cardTitle(const Journey &journey, const QUuid &id)
{
    const Touchpoint *card = journey.touchpoint(id);
    return card ? card->title : SharedNoticesText::tr("a card");
}

// A stage's, lane's or department's name as the journey has it now (empty when gone).
QString structureName(const Journey &journey, const ServerChange &change)
{
    const auto find = [&](const auto &items) {
        for (const auto &item : items) {
            if (item.id == change.entity)
                return item.name;
        }
        return QString();
    };
    if (change.kind == ServerChangeKind::stage)
        return find(journey.stages);
    if (change.kind == ServerChangeKind::lane)
        return find(journey.lanes);
    return find(journey.departments);
}

// "Ана renamed the stage “Visit”." and the like.
QString structureChange(const ServerChange &change, const Journey &journey)
{
    const QString name = structureName(journey, change);
    const bool stage = change.kind == ServerChangeKind::stage;
    const bool lane = change.kind == ServerChangeKind::lane;
    if (change.field == ServerChangeField::deleted) {
        const int cards = int(change.value.toObject().value(QLatin1String("cards")).toArray().size());
        if (stage)
            return SharedNoticesText::tr("%1 removed a stage with %n card(s).", nullptr, cards).arg(change.author);
        if (lane)
            return SharedNoticesText::tr("%1 removed a lane with %n card(s).", nullptr, cards).arg(change.author);
        return SharedNoticesText::tr("%1 removed a department.").arg(change.author);
    }
    if (change.field == ServerChangeField::added)
        return stage ? SharedNoticesText::tr("%1 added the stage “%2”.").arg(change.author, name)
                     : lane ? SharedNoticesText::tr("%1 added the lane “%2”.").arg(change.author, name)
                            : SharedNoticesText::tr("%1 added the department “%2”.").arg(change.author, name);
    if (change.field == ServerChangeField::position)
        return stage ? SharedNoticesText::tr("%1 moved the stage “%2”.").arg(change.author, name) : SharedNoticesText::tr("%1 moved the lane “%2”.").arg(change.author, name);
    if (change.field == QLatin1String("name"))
        return stage ? SharedNoticesText::tr("%1 renamed a stage to “%2”.").arg(change.author, name)
                     : lane ? SharedNoticesText::tr("%1 renamed a lane to “%2”.").arg(change.author, name)
                            : SharedNoticesText::tr("%1 renamed a department to “%2”.").arg(change.author, name);
    return stage ? SharedNoticesText::tr("%1 changed the stage “%2”.").arg(change.author, name)
                 : lane ? SharedNoticesText::tr("%1 changed the lane “%2”.").arg(change.author, name)
                        : SharedNoticesText::tr("%1 changed the department “%2”.").arg(change.author, name);
}

// The vote's title as the journey has it now.
QString voteTitle(const Journey &journey, const QUuid &id)
{
    const VoteRound *vote = journey.vote(id);
    return vote ? vote->title : SharedNoticesText::tr("a vote");
}

// "Фэй started the vote “…”." and the like.
QString voteChange(const ServerChange &change, const Journey &journey)
{
    const QString title = change.field == ServerChangeField::added ? change.value.toObject().value(QLatin1String("title")).toString()
                                                                   : voteTitle(journey, change.entity);
    if (change.field == ServerChangeField::added)
        return SharedNoticesText::tr("%1 started the vote “%2”.").arg(change.author, title);
    if (change.field == ServerChangeField::deleted)
        return SharedNoticesText::tr("%1 removed a vote.").arg(change.author);
    if (change.field == QLatin1String("closed")) {
        const VoteRound *vote = journey.vote(change.entity);
        // Closed by a facilitator's laptop when its time ran out on the server's clock (schema 7).
        if (change.value.toBool() && vote && vote->minutes > 0 && vote->startedAt.isValid() && change.time.isValid()
            && change.time >= vote->startedAt.addSecs(qint64(vote->minutes) * 60))
            return SharedNoticesText::tr("The time of the vote “%1” is up: the vote is closed and the results are in.").arg(title);
        return change.value.toBool() ? SharedNoticesText::tr("%1 closed the vote “%2”: the results are in.").arg(change.author, title)
                                     : SharedNoticesText::tr("%1 reopened the vote “%2”.").arg(change.author, title);
    }
    return SharedNoticesText::tr("%1 changed the vote “%2”.").arg(change.author, title);
}

} // namespace

QString SharedNotices::fieldName(const QString &field)
{
    if (field == QLatin1String("title"))
        return SharedNoticesText::tr("the title");
    if (field == QLatin1String("description"))
        return SharedNoticesText::tr("the description");
    if (field == QLatin1String("channel"))
        return SharedNoticesText::tr("the channel");
    if (field == QLatin1String("department"))
        return SharedNoticesText::tr("the department");
    if (field == QLatin1String("effort"))
        return SharedNoticesText::tr("the effort");
    if (field == QLatin1String("painPoint") || field == QLatin1String("momentOfTruth"))
        return SharedNoticesText::tr("the marks");
    if (field == QLatin1String("notes"))
        return SharedNoticesText::tr("the notes");
    if (field == ServerChangeField::position)
        return SharedNoticesText::tr("the place");
    return SharedNoticesText::tr("a field");
}

namespace {

// The journey's title, description, currency or a setting (schema 7).
QString journeyChange(const ServerChange &change, const Journey &journey)
{
    if (change.field == QLatin1String("title"))
        return SharedNoticesText::tr("%1 renamed the journey to “%2”.").arg(change.author, journey.title);
    if (change.field == QLatin1String("description"))
        return SharedNoticesText::tr("%1 changed the journey's description.").arg(change.author);
    if (change.field == QLatin1String("currency"))
        return SharedNoticesText::tr("%1 changed the journey's currency to %2.").arg(change.author, journey.currency);
    return SharedNoticesText::tr("%1 changed the journey's settings.").arg(change.author);
}

// An agenda step, an opportunity or a scenario someone added, changed or removed (schema 7).
QString journeyListChange(const ServerChange &change, const Journey &journey)
{
    const bool added = change.field == ServerChangeField::added;
    const bool deleted = change.field == ServerChangeField::deleted;
    if (change.kind == ServerChangeKind::agenda) {
        const auto step = std::find_if(journey.agenda.begin(), journey.agenda.end(), [&](const AgendaItem &item) { return item.id == change.entity; });
        if (deleted || step == journey.agenda.end())
            return SharedNoticesText::tr("%1 removed an agenda step.").arg(change.author);
        if (added)
            return SharedNoticesText::tr("%1 added the agenda step “%2”.").arg(change.author, step->title);
        if (change.field == ServerChangeField::position)
            return SharedNoticesText::tr("%1 moved the agenda step “%2”.").arg(change.author, step->title);
        if (change.field == QLatin1String("done"))
            return step->done ? SharedNoticesText::tr("%1 ticked off the agenda step “%2”.").arg(change.author, step->title)
                              : SharedNoticesText::tr("%1 reopened the agenda step “%2”.").arg(change.author, step->title);
        return SharedNoticesText::tr("%1 changed the agenda step “%2”.").arg(change.author, step->title);
    }
    if (change.kind == ServerChangeKind::scenario) {
        const Scenario *scenario = journey.scenario(change.entity);
        if (deleted || !scenario)
            return SharedNoticesText::tr("%1 removed a scenario of the business case.").arg(change.author);
        if (change.field == ServerChangeField::position)
            return SharedNoticesText::tr("%1 moved the scenario “%2”.").arg(change.author, scenario->name);
        return added ? SharedNoticesText::tr("%1 added the scenario “%2” to the business case.").arg(change.author, scenario->name)
                     : SharedNoticesText::tr("%1 changed the scenario “%2”.").arg(change.author, scenario->name);
    }
    const Opportunity *opportunity = journey.opportunity(change.entity);
    if (deleted || !opportunity)
        return SharedNoticesText::tr("%1 removed an opportunity from the business case.").arg(change.author);
    if (added)
        return SharedNoticesText::tr("%1 added the opportunity “%2” to the business case.").arg(change.author, opportunity->title);
    if (change.field == ServerChangeField::position)
        return SharedNoticesText::tr("%1 moved the opportunity “%2”.").arg(change.author, opportunity->title);
    static const QStringList figures{QStringLiteral("oneOffCost"), QStringLiteral("runningCostPerYear"), QStringLiteral("monthsToDeliver"),
                                     QStringLiteral("confidence"), QStringLiteral("changes"), QStringLiteral("addedCards")};
    if (figures.contains(change.field))
        return SharedNoticesText::tr("%1 changed the figures of the opportunity “%2”.").arg(change.author, opportunity->title);
    return SharedNoticesText::tr("%1 changed the opportunity “%2”.").arg(change.author, opportunity->title);
}

// An arrow, persona or participant someone added, changed or removed (server schema 6).
QString listChange(const ServerChange &change, const Journey &journey)
{
    if (change.kind == ServerChangeKind::agenda || change.kind == ServerChangeKind::opportunity || change.kind == ServerChangeKind::scenario)
        return journeyListChange(change, journey);
    const bool added = change.field == ServerChangeField::added;
    const bool deleted = change.field == ServerChangeField::deleted;
    if (change.kind == ServerChangeKind::arrow) {
        const auto arrow = std::find_if(journey.connections.begin(), journey.connections.end(),
                                        [&](const Connection &each) { return each.id == change.entity; });
        if (deleted || arrow == journey.connections.end())
            return SharedNoticesText::tr("%1 removed an arrow.").arg(change.author);
        if (added)
            return SharedNoticesText::tr("%1 drew an arrow from “%2” to “%3”.").arg(change.author, cardTitle(journey, arrow->fromId), cardTitle(journey, arrow->toId));
        return SharedNoticesText::tr("%1 labelled an arrow “%2”.").arg(change.author, arrow->label);
    }
    if (change.kind == ServerChangeKind::persona) {
        const auto at = journey.personaIndex(change.entity);
        if (deleted || !at)
            return SharedNoticesText::tr("%1 removed a persona.").arg(change.author);
        const QString name = journey.personas[std::size_t(*at)].name;
        if (added)
            return SharedNoticesText::tr("%1 added the persona “%2”.").arg(change.author, name);
        if (change.field == QLatin1String("name"))
            return SharedNoticesText::tr("%1 renamed a persona to “%2”.").arg(change.author, name);
        if (change.field == QLatin1String("photo"))
            return SharedNoticesText::tr("%1 changed the photo of the persona “%2”.").arg(change.author, name);
        return SharedNoticesText::tr("%1 changed the persona “%2”.").arg(change.author, name);
    }
    const Participant *participant = journey.participant(change.entity);
    if (deleted || !participant)
        return SharedNoticesText::tr("%1 removed a participant.").arg(change.author);
    if (added)
        return SharedNoticesText::tr("%1 added the participant “%2”.").arg(change.author, participant->name);
    if (change.field == QLatin1String("name"))
        return SharedNoticesText::tr("%1 renamed a participant to “%2”.").arg(change.author, participant->name);
    return SharedNoticesText::tr("%1 changed the participant “%2”.").arg(change.author, participant->name);
}

} // namespace

QString SharedNotices::overwritten(const LostChange &lost, const Journey &journey)
{
    const ServerChange &by = lost.by;
    if (lost.arrowWithCard)
        return by.kind == ServerChangeKind::card
            ? SharedNoticesText::tr("%1 deleted a card your arrow joined as you drew or changed it; the arrow went with the card.").arg(by.author)
            : SharedNoticesText::tr("%1 removed the stage or lane of a card your arrow joined as you drew or changed it; the arrow went with the card.")
                  .arg(by.author);
    if (by.kind == ServerChangeKind::journey) {
        const QString what = by.field == QLatin1String("title")         ? SharedNoticesText::tr("the journey's title")
                           : by.field == QLatin1String("description") ? SharedNoticesText::tr("the journey's description")
                           : by.field == QLatin1String("currency")    ? SharedNoticesText::tr("the journey's currency")
                                                                       : SharedNoticesText::tr("the same setting");
        return SharedNoticesText::tr("%1 changed %2 at the same moment as you; their version stays, yours was replaced.").arg(by.author, what);
    }
    if (by.kind == ServerChangeKind::opportunity)
        return by.field == ServerChangeField::deleted
            ? SharedNoticesText::tr("%1 removed the opportunity you were changing; your change went with it.").arg(by.author)
            : SharedNoticesText::tr("%1 changed the same figure of the opportunity “%2” at the same moment as you; their version stays, yours was replaced.")
                  .arg(by.author, journey.opportunity(by.entity) ? journey.opportunity(by.entity)->title : QString());
    if (by.kind == ServerChangeKind::agenda || by.kind == ServerChangeKind::scenario)
        return by.field == ServerChangeField::deleted
            ? SharedNoticesText::tr("%1 removed the agenda step or scenario you were changing; your change went with it.").arg(by.author)
            : SharedNoticesText::tr("%1 changed the same agenda step or scenario at the same moment as you; their version stays, yours was replaced.")
                  .arg(by.author);
    if (ServerChangeKind::isListItem(by.kind))
        return by.field == ServerChangeField::deleted
            ? SharedNoticesText::tr("%1 removed the arrow, persona or participant you were changing; your change went with it.").arg(by.author)
            : SharedNoticesText::tr("%1 changed the same arrow, persona or participant at the same moment as you; their version stays, yours was replaced.")
                  .arg(by.author);
    if (by.kind == ServerChangeKind::vote)
        return SharedNoticesText::tr("%1 changed the vote “%2” at the same moment as you; their version stays, yours was replaced.")
            .arg(by.author, voteTitle(journey, by.entity));
    if (by.kind == ServerChangeKind::comment)
        return by.field == ServerChangeField::deleted
            ? SharedNoticesText::tr("%1 deleted the comment you were changing; your change went with it.").arg(by.author)
            : SharedNoticesText::tr("%1 changed the same comment at the same moment as you; their version stays, yours was replaced.").arg(by.author);
    if (ServerChangeKind::isStructure(by.kind) && by.field == ServerChangeField::deleted && by.kind != ServerChangeKind::department)
        return SharedNoticesText::tr("%1 removed the stage or lane of the card you were changing; your change went with it.").arg(by.author);
    if (ServerChangeKind::isStructure(by.kind))
        return SharedNoticesText::tr("%1 changed “%2” at the same moment as you; their version stays, yours was replaced.")
            .arg(by.author, structureName(journey, by));
    if (by.field == ServerChangeField::deleted)
        return SharedNoticesText::tr("%1 deleted the card you were changing; your change went with it.").arg(by.author);
    return SharedNoticesText::tr("%1 changed %2 of “%3” at the same moment as you; their version stays, yours was replaced.")
        .arg(by.author, fieldName(by.field), cardTitle(journey, by.entity));
}

QString SharedNotices::remoteChange(const ServerChange &change, const Journey &journey)
{
    if (change.kind == ServerChangeKind::comment) {
        if (change.field == ServerChangeField::deleted)
            return SharedNoticesText::tr("%1 deleted a comment.").arg(change.author);
        if (change.field == QLatin1String("resolved"))
            return change.value.toBool() ? SharedNoticesText::tr("%1 resolved a comment thread.").arg(change.author)
                                         : SharedNoticesText::tr("%1 reopened a comment thread.").arg(change.author);
        if (change.field != ServerChangeField::added)
            return SharedNoticesText::tr("%1 changed a comment.").arg(change.author);
        return SharedNoticesText::tr("%1 commented.").arg(change.author);
    }
    if (change.kind == ServerChangeKind::dot)
        return change.field == ServerChangeField::deleted ? SharedNoticesText::tr("%1 took a dot back.").arg(change.author)
                                                          : SharedNoticesText::tr("%1 placed a dot.").arg(change.author);
    if (change.kind == ServerChangeKind::vote)
        return voteChange(change, journey);
    if (ServerChangeKind::isStructure(change.kind))
        return structureChange(change, journey);
    if (ServerChangeKind::isListItem(change.kind))
        return listChange(change, journey);
    if (change.kind == ServerChangeKind::journey)
        return journeyChange(change, journey);
    if (change.kind == ServerChangeKind::dataset) {
        // The name travels with the change: a removed dataset is no longer in the journey.
        const QString name = change.value[QLatin1String("name")].toString();
        if (change.field == ServerChangeField::deleted)
            return SharedNoticesText::tr("%1 removed the dataset “%2”; the figures on the map are counted anew.").arg(change.author, name);
        if (change.field == ServerChangeField::added)
            return SharedNoticesText::tr("%1 imported the dataset “%2”; the figures on the map are counted anew.").arg(change.author, name);
        return SharedNoticesText::tr("%1 replaced the dataset “%2” with a new version; the figures on the map are counted anew.").arg(change.author, name);
    }
    if (change.field == ServerChangeField::added)
        return SharedNoticesText::tr("%1 added “%2”.").arg(change.author, cardTitle(journey, change.entity));
    if (change.field == ServerChangeField::deleted)
        return SharedNoticesText::tr("%1 deleted a card.").arg(change.author);
    if (change.field == ServerChangeField::position)
        return SharedNoticesText::tr("%1 moved “%2”.").arg(change.author, cardTitle(journey, change.entity));
    return SharedNoticesText::tr("%1 changed %2 of “%3”.").arg(change.author, fieldName(change.field), cardTitle(journey, change.entity));
}

} // namespace waymark
