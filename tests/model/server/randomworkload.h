#pragma once

// The random edits tst_serverconvergence's clients make: card fields, moves, adds and
// deletes (most of them on a few "hot" cards everyone edits at once), dots, votes, comments,
// stages and lanes, arrows, personas and participants, the journey's own fields, the agenda
// and the business case. One object is shared by every client, also by clients in threads of
// their own: what it remembers (the stages and personas the clients added) is under a mutex.
#include "sessiontestsupport.h"

#include "server/serverjourneyfields.h"
#include "server/serverlists.h"
#include "server/serverstructure.h"
#include "server/serverworkshop.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace waymark::test {

class RandomWorkload
{
public:
    std::optional<qint64> randomEdit(ServerSession &s, const Journey &original, const std::vector<QUuid> &hot, int who,
                                     QRandomGenerator &random, QString *error)
    {
        // Targets come from the session's parts, not journey(): reassembling the whole journey
        // for every pick would make the size (10 x 1,000) needlessly slow.
        const auto &cards = s.parts().cards;
        if (cards.empty())
            return std::nullopt;
        const auto pick = [&](const std::vector<QUuid> &ids) { return ids[std::size_t(random.bounded(qsizetype(ids.size())))]; };
        std::vector<QUuid> ids;
        for (const auto &[id, row] : cards)
            ids.push_back(id);
        const QUuid cardId = pick(ids);
        const CardRow &card = cards.at(cardId);
        const int roll = int(random.bounded(100));
        if (roll < 25) {
            const QUuid target = hot[random.bounded(qsizetype(hot.size()))];
            return s.setCardField(target, QStringLiteral("title"), QStringLiteral("%1: 제목 %2").arg(s.author()).arg(roll), error);
        }
        if (roll < 45) {
            static const QStringList fields{QStringLiteral("notes"), QStringLiteral("description"), QStringLiteral("dataKey"),
                                            QStringLiteral("painPoint"), QStringLiteral("effort")};
            const QString field = fields[random.bounded(fields.size())];
            QJsonValue value = QStringLiteral("%1 · примечание %2").arg(s.author()).arg(random.bounded(1000));
            if (field == QLatin1String("painPoint"))
                value = random.bounded(2) == 0;
            if (field == QLatin1String("effort")) {
                QJsonObject effort = card.fields[field].toObject();
                effort[QStringLiteral("emotion")] = int(random.bounded(11));
                value = effort;
            }
            // Hot cards' other fields too: different fields of one card at once.
            const QUuid target = random.bounded(2) == 0 ? hot[random.bounded(qsizetype(hot.size()))] : cardId;
            return s.setCardField(target, field, value, error);
        }
        if (roll < 60) {
            Touchpoint added;
            added.id = QUuid::createUuid();
            added.stageId = card.stage;
            added.laneId = card.lane;
            added.title = QStringLiteral("%1 — новая карта %2").arg(s.author()).arg(random.bounded(1000));
            added.effort.minutes = random.bounded(120);
            added.effort.money.currency = original.currency;
            added.authorId = original.participants[std::size_t(who)].id;
            return s.addCard(added, random.bounded(5) == 0 ? QUuid() : cardId, error);
        }
        if (roll < 75) {
            if (random.bounded(4) == 0) { // to another card's cell
                const QUuid other = pick(ids);
                return s.moveCard(cardId, cards.at(other).stage, cards.at(other).lane, other == cardId ? QUuid() : other, error);
            }
            std::vector<QUuid> cell;
            for (const auto &[id, row] : cards) {
                if (row.stage == card.stage && row.lane == card.lane)
                    cell.push_back(id);
            }
            const QUuid after = pick(cell);
            return s.moveCard(cardId, card.stage, card.lane, after == cardId ? QUuid() : after, error);
        }
        if (roll < 80) {
            if (cards.size() < 10 || std::find(hot.cbegin(), hot.cend(), cardId) != hot.cend())
                return std::nullopt;
            return s.deleteCard(cardId, error);
        }
        if (roll < 87)
            return s.addDot(original.votes.front().id, original.participants[std::size_t(who)].id, cardId, error);
        if (roll < 90)
            return workshopEdit(s, original, who, random, error);
        if (roll >= 96)
            return structureEdit(s, hot, random, error);
        if (roll < 92)
            return listEdit(s, ids, random, error);
        if (roll >= 94)
            return commentEdit(s, original, random, error);
        if (roll == 93)
            return journeyEdit(s, random, error);
        Comment comment;
        comment.id = QUuid::createUuid();
        comment.target = CommentTarget::Card;
        comment.targetId = cardId;
        comment.author = s.author();
        comment.time = QDateTime(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC).addSecs(roll);
        comment.text = QStringLiteral("%1: 의견 %2").arg(s.author()).arg(roll);
        return s.addComment(comment, error);
    }

    // Schema 5 (the sessions are the tables' owner, so facilitators): one's own participant's
    // dots taken back, the open vote closed and reopened, the closed vote renamed.

private:
    std::optional<qint64> workshopEdit(ServerSession &s, const Journey &original, int who, QRandomGenerator &random, QString *error)
    {
        const QUuid vote = original.votes.front().id;
        const QUuid participant = original.participants[std::size_t(who)].id;
        switch (random.bounded(4)) {
        case 0:
        case 1: {
            std::vector<QUuid> cards;
            for (const DotRow &dot : s.parts().dots) {
                if (dot.vote == vote && QUuid::fromString(dot.dot[QLatin1String("participant")].toString()) == participant)
                    cards.push_back(QUuid::fromString(dot.dot[QLatin1String("card")].toString()));
            }
            if (cards.empty())
                return std::nullopt;
            return s.takeBackDot(vote, participant, cards[std::size_t(random.bounded(qsizetype(cards.size())))], error);
        }
        case 2: {
            const bool closed = ServerWorkshop::voteIn(s.parts().base, vote)[QLatin1String("closed")].toBool();
            return s.setVoteField(vote, QStringLiteral("closed"), !closed, error);
        }
        default:
            return s.setVoteField(original.votes[1].id, QStringLiteral("title"), QStringLiteral("%1 · голосование %2").arg(s.author()).arg(random.bounded(100)),
                                  error);
        }
    }

    // Comments changed (the text, or resolved and reopened) and deleted (not the published
    // thread, whose reply would be left hanging).
    std::optional<qint64> commentEdit(ServerSession &s, const Journey &original, QRandomGenerator &random, QString *error)
    {
        const auto &comments = s.parts().comments;
        if (comments.empty())
            return std::nullopt;
        const QJsonObject &comment = comments[std::size_t(random.bounded(qsizetype(comments.size())))];
        const QUuid id = QUuid::fromString(comment[QLatin1String("id")].toString());
        const bool published = std::any_of(original.comments.cbegin(), original.comments.cend(), [&](const Comment &c) { return c.id == id; });
        switch (random.bounded(3)) {
        case 0:
            if (!published)
                return s.deleteComment(id, error);
            [[fallthrough]];
        case 1:
            return s.setCommentField(id, QStringLiteral("text"), QStringLiteral("%1 · правка %2").arg(s.author()).arg(random.bounded(1000)), error);
        default:
            return s.setCommentField(id, QStringLiteral("resolved"), !comment[QLatin1String("resolved")].toBool(), error);
        }
    }

    // The sessions are the tables' owner, so facilitators: stages and lanes renamed and
    // moved, stages added, and removed again with the cards people put there meanwhile (the
    // published stages stay, and any holding a card everyone edits at once).
    std::optional<qint64> structureEdit(ServerSession &s, const std::vector<QUuid> &hot, QRandomGenerator &random, QString *error)
    {
        const QJsonObject &base = s.parts().base;
        const QString kind = random.bounded(2) == 0 ? ServerChangeKind::stage : ServerChangeKind::lane;
        const QJsonArray list = base[ServerStructure::listKey(kind)].toArray();
        const auto idAt = [&](qsizetype i) { return QUuid::fromString(list[i].toObject()[QLatin1String("id")].toString()); };
        const QUuid target = idAt(random.bounded(list.size()));
        switch (random.bounded(4)) {
        case 0:
            return s.setStructureField(kind, target, QStringLiteral("name"), QStringLiteral("%1 · имя %2").arg(s.author()).arg(random.bounded(100)), error);
        case 1: {
            const QUuid after = idAt(random.bounded(list.size()));
            return s.moveStructure(kind, target, after == target ? QUuid() : after, error);
        }
        case 2: {
            const QUuid id = QUuid::createUuid();
            {
                const QMutexLocker lock(&mMutex); // clients in threads of their own
                mAddedStages.insert(id);
            }
            const QJsonObject stage{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("name"), QStringLiteral("%1 · этап").arg(s.author())},
                                    {QStringLiteral("description"), QString()}};
            return s.addStructure(ServerChangeKind::stage, stage, idAt(0), error);
        }
        default: {
            const QJsonArray stages = base[QLatin1String("stages")].toArray();
            for (const QJsonValue &stage : stages) {
                const QUuid id = QUuid::fromString(stage.toObject()[QLatin1String("id")].toString());
                const bool holdsHot = std::any_of(hot.cbegin(), hot.cend(), [&](const QUuid &card) {
                    const auto row = s.parts().cards.find(card);
                    return row != s.parts().cards.end() && row->second.stage == id;
                });
                const QMutexLocker lock(&mMutex);
                if (mAddedStages.count(id) && !holdsHot)
                    return s.removeStructure(ServerChangeKind::stage, id, error);
            }
            return std::nullopt;
        }
        }
    }

    // Schema 6 (facilitators, as the tables' owner): arrows drawn between any cards, relabelled
    // and deleted; personas added, renamed and removed again; participants renamed (removing
    // them would take the others' dots' voters away).
    std::optional<qint64> listEdit(ServerSession &s, const std::vector<QUuid> &cards, QRandomGenerator &random, QString *error)
    {
        const QJsonObject &base = s.parts().base;
        const auto pickFrom = [&](const QString &kind) {
            const QJsonArray list = base[ServerLists::listKey(kind)].toArray();
            return list.isEmpty() ? QUuid() : QUuid::fromString(list[random.bounded(list.size())].toObject()[QLatin1String("id")].toString());
        };
        const QString tag = QStringLiteral("%1 · %2").arg(s.author()).arg(random.bounded(1000));
        switch (random.bounded(7)) {
        case 0:
        case 1: {
            Connection arrow{QUuid::createUuid(), cards[std::size_t(random.bounded(qsizetype(cards.size())))],
                             cards[std::size_t(random.bounded(qsizetype(cards.size())))], tag};
            return s.addArrow(arrow, error); // its ends are read back from the log (clients may run in threads)
        }
        case 2: {
            const QUuid arrow = pickFrom(ServerChangeKind::arrow);
            return arrow.isNull() ? std::nullopt : s.setListItemField(ServerChangeKind::arrow, arrow, QStringLiteral("label"), tag, error);
        }
        case 3: {
            const QUuid arrow = pickFrom(ServerChangeKind::arrow);
            return arrow.isNull() ? std::nullopt : s.removeListItem(ServerChangeKind::arrow, arrow, error);
        }
        case 4: {
            const QUuid id = QUuid::createUuid();
            {
                const QMutexLocker lock(&mMutex); // clients in threads of their own
                mAddedPersonas.insert(id);
            }
            const QJsonObject persona{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}, {QStringLiteral("name"), tag},
                                      {QStringLiteral("description"), QString()}, {QStringLiteral("goals"), QString()}};
            return s.addListItem(ServerChangeKind::persona, persona, pickFrom(ServerChangeKind::persona), error);
        }
        case 5: {
            QUuid added;
            {
                const QMutexLocker lock(&mMutex);
                for (const QUuid &id : mAddedPersonas)
                    if (!ServerLists::itemIn(base, ServerChangeKind::persona, id).isEmpty()) {
                        added = id;
                        break;
                    }
            }
            if (!added.isNull())
                return s.removeListItem(ServerChangeKind::persona, added, error);
            const QUuid persona = pickFrom(ServerChangeKind::persona);
            return s.setListItemField(ServerChangeKind::persona, persona, QStringLiteral("name"), tag, error);
        }
        default:
            return s.setListItemField(ServerChangeKind::participant, pickFrom(ServerChangeKind::participant), QStringLiteral("name"), tag, error);
        }
    }

    // Schema 7 (facilitators, as the tables' owner): the journey's title and a setting, agenda
    // steps added, moved and ticked off, opportunities added, moved and their figures changed.
    std::optional<qint64> journeyEdit(ServerSession &s, QRandomGenerator &random, QString *error)
    {
        const QJsonObject &base = s.parts().base;
        const QString tag = QStringLiteral("%1 · %2").arg(s.author()).arg(random.bounded(1000));
        const auto pickFrom = [&](const QString &kind) {
            const QJsonArray list = base[ServerLists::listKey(kind)].toArray();
            return list.isEmpty() ? QUuid() : QUuid::fromString(list[random.bounded(list.size())].toObject()[QLatin1String("id")].toString());
        };
        switch (random.bounded(5)) {
        case 0:
            return s.setJourneyField(QStringLiteral("title"), tag, error);
        case 1:
            return s.setJourneyField(QStringLiteral("settings/business/discountRate"), QString::number(random.bounded(20) / 100.0), error);
        case 2: {
            const QUuid step = pickFrom(ServerChangeKind::agenda);
            if (step.isNull() || random.bounded(3) == 0) {
                const QJsonObject item{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("title"), tag}, {QStringLiteral("done"), false}};
                return s.addListItem(ServerChangeKind::agenda, item, step, error);
            }
            // Steps moved (one change each, serverlists.h): two moves of one step at once keep the later.
            if (random.bounded(2) == 0)
                return s.moveListItem(ServerChangeKind::agenda, step, pickFrom(ServerChangeKind::agenda), error);
            return s.setListItemField(ServerChangeKind::agenda, step, QStringLiteral("done"), random.bounded(2) == 0, error);
        }
        default: {
            const QUuid opportunity = pickFrom(ServerChangeKind::opportunity);
            if (opportunity.isNull() || random.bounded(4) == 0) {
                Journey one;
                Opportunity added;
                added.id = QUuid::createUuid();
                added.title = tag;
                added.oneOffCost = Money{100000, QStringLiteral("EUR")};
                added.runningCostPerYear = Money{0, QStringLiteral("EUR")};
                one.opportunities.push_back(added);
                const QJsonObject item = ServerLists::listsOf(one)[QStringLiteral("opportunities")].toArray().at(0).toObject();
                return s.addListItem(ServerChangeKind::opportunity, item, opportunity, error);
            }
            if (random.bounded(5) == 0)
                return s.moveListItem(ServerChangeKind::opportunity, opportunity, pickFrom(ServerChangeKind::opportunity), error);
            // Figures changed one at a time, by several people at once: different ones both stay.
            if (random.bounded(2) == 0)
                return s.setListItemField(ServerChangeKind::opportunity, opportunity, QStringLiteral("monthsToDeliver"), int(random.bounded(24)), error);
            return s.setListItemField(ServerChangeKind::opportunity, opportunity, QStringLiteral("oneOffCost"),
                                      QJsonObject{{QStringLiteral("amount"), double(random.bounded(100000))}, {QStringLiteral("currency"), QStringLiteral("EUR")}},
                                      error);
        }
        }
    }

    QMutex mMutex;
    std::set<QUuid> mAddedStages;
    std::set<QUuid> mAddedPersonas;
};

} // namespace waymark::test
