#include "enums.h"

#include <QCoreApplication>

namespace waymark {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const QString &key, const std::array<Enum, N> &all)
{
    for (Enum value : all) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace

QString toKey(LaneKind kind)
{
    switch (kind) {
    case LaneKind::CustomerActions: return QStringLiteral("customer-actions");
    case LaneKind::Touchpoints: return QStringLiteral("touchpoints");
    case LaneKind::Emotion: return QStringLiteral("emotion");
    case LaneKind::PainPoints: return QStringLiteral("pain-points");
    case LaneKind::Opportunities: return QStringLiteral("opportunities");
    case LaneKind::Department: return QStringLiteral("department");
    case LaneKind::Systems: return QStringLiteral("systems");
    }
    return {};
}

QString toKey(OfficeZone zone)
{
    switch (zone) {
    case OfficeZone::Customer: return QStringLiteral("customer");
    case OfficeZone::Front: return QStringLiteral("front");
    case OfficeZone::Middle: return QStringLiteral("middle");
    case OfficeZone::Back: return QStringLiteral("back");
    }
    return {};
}

QString toKey(Channel channel)
{
    switch (channel) {
    case Channel::Web: return QStringLiteral("web");
    case Channel::MobileApp: return QStringLiteral("mobile-app");
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Branch: return QStringLiteral("branch");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Chat: return QStringLiteral("chat");
    case Channel::Social: return QStringLiteral("social");
    case Channel::Mail: return QStringLiteral("mail");
    case Channel::InPerson: return QStringLiteral("in-person");
    case Channel::Other: return QStringLiteral("other");
    }
    return {};
}

QString toKey(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Unstated: return QStringLiteral("unstated");
    case Evidence::Assumption: return QStringLiteral("assumption");
    case Evidence::Workshop: return QStringLiteral("workshop");
    case Evidence::Research: return QStringLiteral("research");
    case Evidence::Measured: return QStringLiteral("measured");
    }
    return {};
}

std::optional<LaneKind> laneKindFromKey(const QString &key) { return fromKey(key, allLaneKinds); }
std::optional<OfficeZone> officeZoneFromKey(const QString &key) { return fromKey(key, allOfficeZones); }
std::optional<Channel> channelFromKey(const QString &key) { return fromKey(key, allChannels); }
std::optional<Evidence> evidenceFromKey(const QString &key) { return fromKey(key, allEvidence); }

QString displayName(LaneKind kind)
{
    switch (kind) {
    case LaneKind::CustomerActions: return QCoreApplication::translate("LaneKind", "Customer actions");
    case LaneKind::Touchpoints: return QCoreApplication::translate("LaneKind", "Touchpoints");
    case LaneKind::Emotion: return QCoreApplication::translate("LaneKind", "Emotion");
    case LaneKind::PainPoints: return QCoreApplication::translate("LaneKind", "Pain points");
    case LaneKind::Opportunities: return QCoreApplication::translate("LaneKind", "Opportunities");
    case LaneKind::Department: return QCoreApplication::translate("LaneKind", "Department");
    case LaneKind::Systems: return QCoreApplication::translate("LaneKind", "Systems");
    }
    return {};
}

QString displayName(OfficeZone zone)
{
    switch (zone) {
    case OfficeZone::Customer: return QCoreApplication::translate("OfficeZone", "Customer");
    case OfficeZone::Front: return QCoreApplication::translate("OfficeZone", "Front office");
    case OfficeZone::Middle: return QCoreApplication::translate("OfficeZone", "Middle office");
    case OfficeZone::Back: return QCoreApplication::translate("OfficeZone", "Back office");
    }
    return {};
}

QString displayName(Channel channel)
{
    switch (channel) {
    case Channel::Web: return QCoreApplication::translate("Channel", "Web");
    case Channel::MobileApp: return QCoreApplication::translate("Channel", "Mobile app");
    case Channel::Phone: return QCoreApplication::translate("Channel", "Phone");
    case Channel::Branch: return QCoreApplication::translate("Channel", "Branch / store");
    case Channel::Email: return QCoreApplication::translate("Channel", "Email");
    case Channel::Chat: return QCoreApplication::translate("Channel", "Chat");
    case Channel::Social: return QCoreApplication::translate("Channel", "Social media");
    case Channel::Mail: return QCoreApplication::translate("Channel", "Mail");
    case Channel::InPerson: return QCoreApplication::translate("Channel", "In person");
    case Channel::Other: return QCoreApplication::translate("Channel", "Other");
    }
    return {};
}

QString displayName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Unstated: return QCoreApplication::translate("Evidence", "Not stated");
    case Evidence::Assumption: return QCoreApplication::translate("Evidence", "Assumption");
    case Evidence::Workshop: return QCoreApplication::translate("Evidence", "Workshop knowledge");
    case Evidence::Research: return QCoreApplication::translate("Evidence", "Research");
    case Evidence::Measured: return QCoreApplication::translate("Evidence", "Measured data");
    }
    return {};
}

} // namespace waymark
