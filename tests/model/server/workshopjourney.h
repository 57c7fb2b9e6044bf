#pragma once

#include "testjourneys.h"

#include <QDateTime>

namespace waymark::test {

// The small journey with a workshop around it: `people` participants, an open dot vote
// (budget 3) with dots already placed, a closed one, and a comment thread, so publishing and
// live sessions meet every part the server stores separately.
inline Journey workshopJourney(int people = 5)
{
    Journey journey = smallJourney();
    journey.id = QUuid::createUuid(); // publishable next to the small journey itself
    const QStringList names{QStringLiteral("Ана"), QStringLiteral("Богдан"), QStringLiteral("민지"), QStringLiteral("Jelena"),
                            QStringLiteral("Олена"), QStringLiteral("서준"), QStringLiteral("Marko"), QStringLiteral("Ivan")};
    for (int i = 0; i < people; ++i)
        journey.participants.push_back({QUuid::createUuid(), names[i % names.size()] + QString::number(i), {}, QColor(QColor::fromHsv(i * 40 % 360, 200, 200).rgb())});
    VoteRound open;
    open.id = QUuid::createUuid();
    open.title = QStringLiteral("Где больнее всего? 가장 아픈 곳");
    open.scope = VoteScope::AllCards;
    open.budget = 3;
    open.startedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    open.dots.push_back({journey.participants[0].id, journey.touchpoints[0].id});
    open.dots.push_back({journey.participants[1].id, journey.touchpoints[1].id});
    VoteRound closed = open;
    closed.id = QUuid::createUuid();
    closed.title = QStringLiteral("Closed");
    closed.closed = true;
    journey.votes = {open, closed};
    Comment comment;
    comment.id = QUuid::createUuid();
    comment.target = CommentTarget::Card;
    comment.targetId = journey.touchpoints[0].id;
    comment.author = QStringLiteral("Ана");
    comment.time = QDateTime(QDate(2026, 12, 1), QTime(10, 5), Qt::UTC);
    comment.text = QStringLiteral("Очередь — 40 минут 😤");
    Comment reply = comment;
    reply.id = QUuid::createUuid();
    reply.parentId = comment.id;
    reply.text = QStringLiteral("확인했습니다");
    journey.comments = {comment, reply};
    return journey;
}

} // namespace waymark::test
