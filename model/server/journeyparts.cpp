#include "server/journeyparts.h"

#include "format/journeyjson.h"
#include "server/orderkey.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>
#include <tuple>

namespace waymark {

namespace {

struct ServerJourneyText {
    Q_DECLARE_TR_FUNCTIONS(ServerJourney)
};

const QString idKey = QStringLiteral("id");
const QString laneKey = QStringLiteral("lane");
const QString stagesKey = QStringLiteral("stages");
const QString lanesKey = QStringLiteral("lanes");
const QString cardsKey = QStringLiteral("touchpoints");
const QString commentsKey = QStringLiteral("comments");
const QString votesKey = QStringLiteral("votes");
const QString dotsKey = QStringLiteral("dots");

QJsonObject documentOf(const Journey &journey)
{
    return QJsonDocument::fromJson(JourneyJson::toJson(journey)).object();
}

} // namespace

bool isOptionalCardField(const QString &field)
{
    return field == QLatin1String("author") || field == QLatin1String("system") || field == QLatin1String("linkedJourney")
        || field == QLatin1String("evidence") || field == QLatin1String("personas") || field == QLatin1String("personaEmotions")
        || field == QLatin1String("images");
}

bool isCardField(const QString &field)
{
    static const QStringList fields{QStringLiteral("title"),   QStringLiteral("description"), QStringLiteral("channel"),
                                    QStringLiteral("department"), QStringLiteral("effort"), QStringLiteral("painPoint"),
                                    QStringLiteral("momentOfTruth"), QStringLiteral("dataKey"), QStringLiteral("notes"),
                                    QStringLiteral("author"),  QStringLiteral("system"),      QStringLiteral("linkedJourney"),
                                    QStringLiteral("evidence"), QStringLiteral("personas"), QStringLiteral("personaEmotions"),
                                    QStringLiteral("images")};
    return fields.contains(field);
}

QJsonObject cardFields(const Touchpoint &card)
{
    // The writer is the one place that knows a card's JSON: write a journey of this card alone.
    Journey alone;
    alone.stages.push_back(Stage{card.stageId, {}, {}});
    alone.lanes.push_back(Lane{card.laneId, {}, LaneKind::Touchpoints, OfficeZone::Customer, {}});
    alone.touchpoints.push_back(card);
    QJsonObject fields = documentOf(alone)[stagesKey].toArray().at(0)[cardsKey].toArray().at(0).toObject();
    fields.remove(idKey);
    fields.remove(laneKey);
    return fields;
}

QJsonObject commentJson(const Comment &comment)
{
    Journey alone;
    alone.comments.push_back(comment);
    return documentOf(alone)[commentsKey].toArray().at(0).toObject();
}

JourneyParts splitJourney(const Journey &journey)
{
    JourneyParts parts;
    parts.base = documentOf(journey);
    // Cards of a cell in the order the writer put them (cell order), keyed evenly.
    std::map<std::pair<QUuid, QUuid>, std::vector<QUuid>> cells;
    QJsonArray stages = parts.base[stagesKey].toArray();
    for (qsizetype s = 0; s < stages.size(); ++s) {
        QJsonObject stage = stages[s].toObject();
        const QUuid stageId = uuidOf(stage[idKey]);
        for (const QJsonValue &value : stage[cardsKey].toArray()) {
            QJsonObject fields = value.toObject();
            const QUuid id = uuidOf(fields.take(idKey));
            const QUuid laneId = uuidOf(fields.take(laneKey));
            parts.cards[id] = CardRow{stageId, laneId, {}, fields};
            cells[{stageId, laneId}].push_back(id);
        }
        stage[cardsKey] = QJsonArray();
        stages[s] = stage;
    }
    parts.base[stagesKey] = stages;
    for (const auto &[cell, ids] : cells) {
        const QStringList keys = OrderKey::spread(int(ids.size()));
        for (std::size_t i = 0; i < ids.size(); ++i)
            parts.cards[ids[i]].key = keys[qsizetype(i)];
    }
    for (const QJsonValue &comment : parts.base.take(commentsKey).toArray())
        parts.comments.push_back(comment.toObject());
    QJsonArray votes = parts.base[votesKey].toArray();
    for (qsizetype v = 0; v < votes.size(); ++v) {
        QJsonObject vote = votes[v].toObject();
        for (const QJsonValue &dot : vote[dotsKey].toArray())
            parts.dots.push_back({uuidOf(vote[idKey]), dot.toObject()});
        vote[dotsKey] = QJsonArray();
        votes[v] = vote;
    }
    if (parts.base.contains(votesKey))
        parts.base[votesKey] = votes;
    return parts;
}

std::optional<Journey> assembleJourney(const JourneyParts &parts, FormatError *error)
{
    QJsonObject document = parts.base;
    std::map<QUuid, int> laneRank;
    const QJsonArray lanes = document[lanesKey].toArray();
    for (qsizetype l = 0; l < lanes.size(); ++l)
        laneRank[uuidOf(lanes[l].toObject()[idKey])] = int(l);
    std::map<QUuid, std::vector<std::pair<QUuid, const CardRow *>>> byStage;
    for (const auto &[id, row] : parts.cards)
        byStage[row.stage].emplace_back(id, &row);

    QJsonArray stages = document[stagesKey].toArray();
    for (qsizetype s = 0; s < stages.size(); ++s) {
        QJsonObject stage = stages[s].toObject();
        auto cards = byStage.extract(uuidOf(stage[idKey]));
        QJsonArray list;
        if (!cards.empty()) {
            auto &rows = cards.mapped();
            // Lane order, then the cell's keys; equal keys (only in a hand-edited database)
            // break on the id, so every client sorts the same way.
            const auto rank = [&](const QUuid &lane) {
                const auto it = laneRank.find(lane);
                return it == laneRank.end() ? INT_MAX : it->second;
            };
            std::sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
                return std::tuple(rank(a.second->lane), a.second->key, a.first) < std::tuple(rank(b.second->lane), b.second->key, b.first);
            });
            for (const auto &[id, row] : rows) {
                QJsonObject card = row->fields;
                card[idKey] = id.toString(QUuid::WithoutBraces);
                card[laneKey] = row->lane.toString(QUuid::WithoutBraces);
                list.append(card);
            }
        }
        stage[cardsKey] = list;
        stages[s] = stage;
    }
    if (!byStage.empty()) {
        if (error)
            *error = {{}, 0, 0, QStringLiteral("/stages"),
                      ServerJourneyText::tr("card %1 is in a stage that does not exist (%2)")
                          .arg(byStage.begin()->second.front().first.toString(QUuid::WithoutBraces),
                               byStage.begin()->first.toString(QUuid::WithoutBraces))};
        return std::nullopt;
    }
    document[stagesKey] = stages;

    if (!parts.comments.empty()) {
        QJsonArray comments;
        for (const QJsonObject &comment : parts.comments)
            comments.append(comment);
        document[commentsKey] = comments;
    }
    if (!parts.dots.empty()) {
        QJsonArray votes = document[votesKey].toArray();
        for (qsizetype v = 0; v < votes.size(); ++v) {
            QJsonObject vote = votes[v].toObject();
            const QUuid voteId = uuidOf(vote[idKey]);
            QJsonArray dots;
            for (const DotRow &row : parts.dots) {
                if (row.vote == voteId)
                    dots.append(row.dot);
            }
            vote[dotsKey] = dots;
            votes[v] = vote;
        }
        document[votesKey] = votes;
    }
    return JourneyJson::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact), error);
}

std::optional<Touchpoint> assembleCard(const QJsonObject &base, const QUuid &id, const CardRow &row, FormatError *error)
{
    // The journey without what refers to cards (arrows, votes, comments, the business case),
    // which the other cards would have to satisfy, nor its survey data.
    QJsonObject document = base;
    for (const char *key : {"votes", "comments", "datasets"})
        document.remove(QLatin1String(key));
    for (const char *key : {"opportunities", "scenarios"})
        document[QLatin1String(key)] = QJsonArray(); // (lists every journey has)
    QJsonArray personas;
    for (const QJsonValue &value : base[QLatin1String("personas")].toArray()) {
        QJsonObject persona = value.toObject();
        persona.remove(QLatin1String("photo")); // only their ids matter to a card
        personas.append(persona);
    }
    document[QLatin1String("personas")] = personas;
    document[QLatin1String("connections")] = QJsonArray();
    QJsonObject stage;
    for (const QJsonValue &value : base[stagesKey].toArray()) {
        if (uuidOf(value.toObject()[idKey]) == row.stage) {
            stage = value.toObject();
            break;
        }
    }
    const QString cardId = id.toString(QUuid::WithoutBraces);
    if (stage.isEmpty()) {
        if (error)
            *error = {{}, 0, 0, QStringLiteral("/stages"),
                      ServerJourneyText::tr("card %1 is in a stage that does not exist (%2)").arg(cardId, row.stage.toString(QUuid::WithoutBraces))};
        return std::nullopt;
    }
    QJsonObject card = row.fields;
    card[idKey] = cardId;
    card[laneKey] = row.lane.toString(QUuid::WithoutBraces);
    stage[cardsKey] = QJsonArray{card};
    document[stagesKey] = QJsonArray{stage};
    FormatError problem;
    auto alone = JourneyJson::fromJson(QJsonDocument(document).toJson(QJsonDocument::Compact), &problem);
    if (!alone || alone->touchpoints.size() != 1) {
        // Said of the card, not of the one-card document it was read from.
        const QString inDocument = QStringLiteral("/stages/0/touchpoints/0");
        if (problem.path.startsWith(inDocument))
            problem.path = QStringLiteral("card %1").arg(cardId) + problem.path.mid(inDocument.size());
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return std::move(alone->touchpoints.front());
}

} // namespace waymark
