#include "business/opportunity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> opportunityEnumFromKey(const QString &key, const std::array<Enum, N> &all)
{
    for (Enum value : all)
        if (toKey(value) == key)
            return value;
    return std::nullopt;
}

} // namespace

double EffortTarget::apply(double before) const
{
    switch (kind) {
    case Kind::Same: return before;
    case Kind::Value: return std::max(0.0, amount);
    case Kind::Percent: return before * (1.0 - std::clamp(amount, 0.0, 100.0) / 100.0);
    }
    return before;
}

Effort CardImprovement::effortAfter(const Effort &before) const
{
    Effort after = before;
    if (removesCard) {
        after.minutes = 0;
        after.money.hundredths = 0;
        after.emotion = 0;
        return after;
    }
    after.minutes = minutes.apply(before.minutes);
    after.money.hundredths = Money::hundredthsFromAmount(money.apply(before.money.amount()));
    after.emotion = std::clamp(int(std::lround(emotion.apply(before.emotion))), minEmotion, maxEmotion);
    return after;
}

const CardImprovement *Opportunity::change(const QUuid &touchpointId) const
{
    const auto it = std::find_if(changes.begin(), changes.end(), [&](const CardImprovement &c) { return c.touchpointId == touchpointId; });
    return it == changes.end() ? nullptr : &*it;
}

QString toKey(OpportunityType type)
{
    switch (type) {
    case OpportunityType::Process: return QStringLiteral("process");
    case OpportunityType::Technology: return QStringLiteral("technology");
    case OpportunityType::PeopleTraining: return QStringLiteral("people-training");
    case OpportunityType::Policy: return QStringLiteral("policy");
    case OpportunityType::Communication: return QStringLiteral("communication");
    }
    return {};
}

QString toKey(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea: return QStringLiteral("idea");
    case OpportunityStatus::Approved: return QStringLiteral("approved");
    case OpportunityStatus::InProgress: return QStringLiteral("in-progress");
    case OpportunityStatus::Done: return QStringLiteral("done");
    case OpportunityStatus::Measured: return QStringLiteral("measured");
    }
    return {};
}

QString toKey(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    }
    return {};
}

QString toKey(EffortTarget::Kind kind)
{
    switch (kind) {
    case EffortTarget::Kind::Same: return QStringLiteral("same");
    case EffortTarget::Kind::Value: return QStringLiteral("value");
    case EffortTarget::Kind::Percent: return QStringLiteral("percent");
    }
    return {};
}

std::optional<OpportunityType> opportunityTypeFromKey(const QString &key) { return opportunityEnumFromKey(key, allOpportunityTypes); }
std::optional<OpportunityStatus> opportunityStatusFromKey(const QString &key) { return opportunityEnumFromKey(key, allOpportunityStatuses); }
std::optional<Confidence> confidenceFromKey(const QString &key) { return opportunityEnumFromKey(key, allConfidences); }
std::optional<EffortTarget::Kind> effortTargetKindFromKey(const QString &key)
{
    return opportunityEnumFromKey(key, std::array{EffortTarget::Kind::Same, EffortTarget::Kind::Value, EffortTarget::Kind::Percent});
}

QString displayName(OpportunityType type)
{
    switch (type) {
    case OpportunityType::Process: return QCoreApplication::translate("Opportunity", "Process");
    case OpportunityType::Technology: return QCoreApplication::translate("Opportunity", "Technology");
    case OpportunityType::PeopleTraining: return QCoreApplication::translate("Opportunity", "People and training");
    case OpportunityType::Policy: return QCoreApplication::translate("Opportunity", "Policy");
    case OpportunityType::Communication: return QCoreApplication::translate("Opportunity", "Communication");
    }
    return {};
}

QString displayName(OpportunityStatus status)
{
    switch (status) {
    case OpportunityStatus::Idea: return QCoreApplication::translate("Opportunity", "Idea");
    case OpportunityStatus::Approved: return QCoreApplication::translate("Opportunity", "Approved");
    case OpportunityStatus::InProgress: return QCoreApplication::translate("Opportunity", "In progress");
    case OpportunityStatus::Done: return QCoreApplication::translate("Opportunity", "Done");
    case OpportunityStatus::Measured: return QCoreApplication::translate("Opportunity", "Measured");
    }
    return {};
}

QString displayName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return QCoreApplication::translate("Opportunity", "Low");
    case Confidence::Medium: return QCoreApplication::translate("Opportunity", "Medium");
    case Confidence::High: return QCoreApplication::translate("Opportunity", "High");
    }
    return {};
}

} // namespace waymark
