#include "server/serverworkshop.h"

#include "format/journeyjson.h"
#include "server/serverchange.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace waymark::ServerWorkshop {

namespace {

const QString idKey = QStringLiteral("id");
const QString votesKey = QStringLiteral("votes");
const QString dotsKey = QStringLiteral("dots");

int indexIn(const QJsonArray &list, const QUuid &id)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (uuidOf(list[i].toObject()[idKey]) == id)
            return int(i);
    }
    return -1;
}

// A key set to a value, or taken out for null.
void setKey(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (value.isNull())
        object.remove(key);
    else
        object[key] = value;
}

} // namespace

QJsonObject voteJson(const VoteRound &vote)
{
    // The writer is the one place that knows a vote's JSON: write a journey of this vote alone.
    Journey alone;
    VoteRound round = vote;
    round.dots.clear();
    alone.votes.push_back(round);
    return QJsonDocument::fromJson(JourneyJson::toJson(alone)).object()[votesKey].toArray().at(0).toObject();
}

QJsonObject voteIn(const QJsonObject &base, const QUuid &vote)
{
    const QJsonArray votes = base[votesKey].toArray();
    const int at = indexIn(votes, vote);
    return at < 0 ? QJsonObject() : votes[at].toObject();
}

QStringList changedKeys(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.removeIf([&](const QString &key) { return !isChangeableKey(key) || before.value(key) == after.value(key); });
    return keys;
}

bool isChangeableKey(const QString &field)
{
    return !field.isEmpty() && field != idKey && field != dotsKey && field != ServerChangeField::added
        && field != ServerChangeField::deleted && field != ServerChangeField::position;
}

bool applyVote(JourneyParts &parts, const ServerChange &change)
{
    QJsonArray votes = parts.base[votesKey].toArray();
    const int at = indexIn(votes, change.entity);
    if (change.field == ServerChangeField::added) {
        if (at >= 0)
            return false;
        QJsonObject vote = change.value.toObject();
        // A vote whose deletion was undone comes back with its dots (schema 7).
        for (const QJsonValue &dot : vote[dotsKey].toArray())
            parts.dots.push_back({change.entity, QJsonObject{{QStringLiteral("participant"), dot[QLatin1String("participant")]},
                                                             {QStringLiteral("card"), dot[QLatin1String("card")]}}});
        vote[dotsKey] = QJsonArray();
        votes.append(vote);
    } else if (at < 0) {
        return false;
    } else if (change.field == ServerChangeField::deleted) {
        votes.removeAt(at);
        std::erase_if(parts.dots, [&](const DotRow &dot) { return dot.vote == change.entity; });
    } else {
        QJsonObject vote = votes[at].toObject();
        setKey(vote, change.field, change.value);
        votes[at] = vote;
    }
    parts.base[votesKey] = votes;
    return true;
}

QDateTime voteEndsAt(const QJsonObject &vote)
{
    const int minutes = vote[QLatin1String("minutes")].toInt();
    const QDateTime started = QDateTime::fromString(vote[QLatin1String("started")].toString(), Qt::ISODate);
    if (minutes <= 0 || !started.isValid() || vote[QLatin1String("closed")].toBool())
        return {};
    return started.toUTC().addSecs(qint64(minutes) * 60);
}

bool applyComment(JourneyParts &parts, const ServerChange &change)
{
    if (change.field == ServerChangeField::added) {
        parts.comments.push_back(change.value.toObject());
        return true;
    }
    const auto comment = std::find_if(parts.comments.begin(), parts.comments.end(),
                                      [&](const QJsonObject &body) { return uuidOf(body[idKey]) == change.entity; });
    if (comment == parts.comments.end())
        return false;
    if (change.field == ServerChangeField::deleted)
        parts.comments.erase(comment);
    else
        setKey(*comment, change.field, change.value);
    return true;
}

bool applyDot(JourneyParts &parts, const ServerChange &change)
{
    const QJsonObject object = change.value.toObject();
    const QUuid vote = uuidOf(object[QLatin1String("vote")]);
    const QJsonValue participant = object[QLatin1String("participant")];
    const QJsonValue card = object[QLatin1String("card")];
    if (change.field == ServerChangeField::added) {
        parts.dots.push_back({vote, QJsonObject{{QStringLiteral("participant"), participant}, {QStringLiteral("card"), card}}});
        return true;
    }
    if (change.field != ServerChangeField::deleted)
        return false;
    int index = object[QLatin1String("index")].toInt(-1);
    const QUuid participantId = uuidOf(participant);
    const QUuid cardId = uuidOf(card);
    for (auto it = parts.dots.begin(); it != parts.dots.end(); ++it) {
        if (it->vote == vote && uuidOf(it->dot[QLatin1String("participant")]) == participantId && uuidOf(it->dot[QLatin1String("card")]) == cardId
            && index-- == 0) {
            parts.dots.erase(it);
            return true;
        }
    }
    return false;
}

} // namespace waymark::ServerWorkshop
