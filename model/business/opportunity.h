#pragma once

#include "effort.h"
#include "enums.h"

#include <QString>
#include <QUuid>

#include <array>
#include <optional>
#include <vector>

namespace waymark {

// What a workshop proposes to fix: an improvement initiative linked to the cards it
// improves, with what it costs and what it is expected to change. Plain value types, like
// the rest of the journey (journey.h): copyable and comparable for undo and file round trips.

enum class OpportunityType { Process, Technology, PeopleTraining, Policy, Communication };
enum class OpportunityStatus { Idea, Approved, InProgress, Done, Measured };
enum class Confidence { Low, Medium, High };

inline constexpr std::array allOpportunityTypes{OpportunityType::Process, OpportunityType::Technology,
                                                OpportunityType::PeopleTraining, OpportunityType::Policy,
                                                OpportunityType::Communication};
inline constexpr std::array allOpportunityStatuses{OpportunityStatus::Idea, OpportunityStatus::Approved,
                                                   OpportunityStatus::InProgress, OpportunityStatus::Done,
                                                   OpportunityStatus::Measured};
inline constexpr std::array allConfidences{Confidence::Low, Confidence::Medium, Confidence::High};

// One part of a card's effort after the change: unchanged, a new value, or a reduction in
// percent of today's value.
struct EffortTarget {
    enum class Kind { Same, Value, Percent };
    Kind kind = Kind::Same;
    double amount = 0; // the new value (minutes, money in the card's currency, emotion 0–10) or the % removed (0–100)
    double apply(double before) const;
    bool operator==(const EffortTarget &) const = default;
};

// What an opportunity changes at one card of today's map.
struct CardImprovement {
    QUuid touchpointId;
    bool removesCard = false;       // the step disappears in the future state ("no branch visit")
    EffortTarget minutes, money, emotion;
    double reach = 1.0;             // share 0..1 of the stage's customers who pass this card
    double contactsAvoided = 0;     // share 0..1 of the card's contacts no longer needed (1 when removed)
    // The expected move of this touchpoint's answers: shares 0..1 of its detractors who
    // become passives and promoters (their sum is at most 1).
    double detractorsToPassives = 0;
    double detractorsToPromoters = 0;
    // The card's effort in the future state (removed: none).
    Effort effortAfter(const Effort &before) const;
    bool operator==(const CardImprovement &) const = default;
};

// A card the future state adds (a new step, e.g. "status tracker notification").
struct AddedCard {
    QUuid id;
    QUuid stageId;
    QUuid laneId;
    QString title;
    Channel channel = Channel::Other;
    Effort effort;
    bool operator==(const AddedCard &) const = default;
};

struct Opportunity {
    QUuid id;
    QString title;
    QString description;
    OpportunityType type = OpportunityType::Process;
    QUuid ownerDepartmentId;        // may be null
    OpportunityStatus status = OpportunityStatus::Idea;
    Money oneOffCost;               // currency: the journey's unless the workshop says otherwise
    Money runningCostPerYear;
    int monthsToDeliver = 3;        // benefits start after delivery
    Confidence confidence = Confidence::Medium;
    QString evidence;               // evidence and notes
    std::vector<CardImprovement> changes;
    std::vector<AddedCard> addedCards;
    std::vector<QUuid> systems;     // system cards (lane kind Systems) it replaces or upgrades
    const CardImprovement *change(const QUuid &touchpointId) const;
    bool operator==(const Opportunity &) const = default;
};

// A named set of opportunities leadership can choose between ("Quick wins", "Full programme").
struct Scenario {
    QUuid id;
    QString name;
    std::vector<QUuid> opportunityIds; // in the workshop's order
    bool operator==(const Scenario &) const = default;
};

// File names ("people-training", "in-progress", "medium") and back; translated labels.
QString toKey(OpportunityType type);
QString toKey(OpportunityStatus status);
QString toKey(Confidence confidence);
QString toKey(EffortTarget::Kind kind); // "same", "value", "percent"
std::optional<OpportunityType> opportunityTypeFromKey(const QString &key);
std::optional<OpportunityStatus> opportunityStatusFromKey(const QString &key);
std::optional<Confidence> confidenceFromKey(const QString &key);
std::optional<EffortTarget::Kind> effortTargetKindFromKey(const QString &key);
QString displayName(OpportunityType type);
QString displayName(OpportunityStatus status);
QString displayName(Confidence confidence);

} // namespace waymark
