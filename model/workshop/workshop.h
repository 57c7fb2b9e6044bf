#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace waymark {

// What a workshop adds to a journey: who is in the room, their dot votes, the agenda, and
// the review comments of department heads. All of it lives in the .waymark file.
//
// References are kept lenient on purpose: a comment or a dot on a card that is later
// deleted stays in the file (the discussion is history) and shows as "on a deleted card";
// only structural breakage (duplicate ids, a dot by nobody, a budget overrun) is a problem.

struct Participant {
    QUuid id;
    QString name;
    QUuid departmentId; // may be null (a guest, or a department since removed)
    QColor colour;
    bool operator==(const Participant &) const = default;
};

enum class VoteScope { PainPoints, Opportunities, AllCards };

struct Dot {
    QUuid participantId;
    QUuid touchpointId;
    bool operator==(const Dot &) const = default;
};

struct VoteRound {
    QUuid id;
    QString title;
    VoteScope scope = VoteScope::PainPoints;
    int budget = 3;      // dots per participant
    int minutes = 0;     // time limit; 0 = none
    bool hidden = false; // dots stay hidden until the vote closes
    bool closed = false;
    QDateTime startedAt; // UTC
    std::vector<Dot> dots;
    bool operator==(const VoteRound &) const = default;
};

struct AgendaItem {
    QUuid id;
    QString title;
    bool done = false;
    bool operator==(const AgendaItem &) const = default;
};

enum class CommentTarget { Journey, Stage, Card };

struct Comment {
    QUuid id;
    QUuid parentId; // the comment this replies to; null for a thread's first comment
    CommentTarget target = CommentTarget::Journey;
    QUuid targetId; // stage or card id; null for the journey
    QString author;
    QUuid departmentId; // may be null
    QDateTime time;     // UTC
    QString text;
    bool resolved = false;
    bool operator==(const Comment &) const = default;
};

// File names of the enumerations ("pain-points", "card", …) and back.
QString voteScopeName(VoteScope scope);
std::optional<VoteScope> voteScopeFromName(const QString &name);
QString commentTargetName(CommentTarget target);
std::optional<CommentTarget> commentTargetFromName(const QString &name);
// Translated, for the UI: "Pain points", "Opportunities", "All cards".
QString voteScopeLabel(VoteScope scope);

} // namespace waymark
