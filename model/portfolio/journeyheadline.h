#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace waymark {

class Journey;
class StatisticsCache;

// What a journey says at a glance, for the portfolio of a folder of journeys and for cards
// that link to another journey: kept in the .waymark file's meta table ("summary", JSON) at
// every save, so a folder of 200 journeys is listed without reading 200 journeys.
struct JourneyHeadline {
    QString title;
    QString owner;               // the owning department's name (settings "journey/owner"); empty: not said
    QDateTime savedAt;           // UTC; invalid when unknown
    int stages = 0;
    int cards = 0;
    double effortMinutes = 0;    // customer time summed over every card
    QString currency;            // the journey's
    bool hasNps = false;
    double nps = 0, npsMargin = 0; // the journey's NPS and the half-width of its 95 % interval
    double npsAnswers = 0;
    double clvAtRisk = 0;        // in `currency`: the lifetime value of the customers whose latest answer was a detractor's
    int openComments = 0;        // unresolved review comments (replies not counted)
    int opportunities = 0;
    std::array<int, 5> opportunitiesByStatus{}; // index: OpportunityStatus (idea, approved, in progress, done, measured)

    QByteArray toJson() const;
    // nullopt for anything that is not a headline this Waymark wrote (bad JSON, wrong types,
    // over 64 KiB: a summary is a few hundred bytes, and a file may come from anywhere).
    static std::optional<JourneyHeadline> fromJson(const QByteArray &json);
    bool operator==(const JourneyHeadline &) const = default;
};

// Computed from the journey (figures from `cache`, which a window shares with its badges).
JourneyHeadline journeyHeadline(const Journey &journey, StatisticsCache &cache);

} // namespace waymark
