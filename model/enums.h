#pragma once

#include <QString>

#include <array>
#include <optional>

namespace waymark {

enum class LaneKind { CustomerActions, Touchpoints, Emotion, PainPoints, Opportunities, Department, Systems };

// Where a lane sits relative to the line of visibility.
enum class OfficeZone { Customer, Front, Middle, Back };

enum class Channel { Web, MobileApp, Phone, Branch, Email, Chat, Social, Mail, InPerson, Other };

// What a card rests on, weakest first: a guess nobody checked, what the people in the room
// know, research (interviews, observation), or measured data (a dataset with enough answers).
// Unstated until someone says; a card whose data key has enough answers counts as measured
// whatever it states (see evidence/cardevidence.h).
enum class Evidence { Unstated, Assumption, Workshop, Research, Measured };

inline constexpr std::array allLaneKinds{LaneKind::CustomerActions, LaneKind::Touchpoints, LaneKind::Emotion,
                                         LaneKind::PainPoints, LaneKind::Opportunities, LaneKind::Department,
                                         LaneKind::Systems};
inline constexpr std::array allOfficeZones{OfficeZone::Customer, OfficeZone::Front, OfficeZone::Middle,
                                           OfficeZone::Back};
inline constexpr std::array allChannels{Channel::Web, Channel::MobileApp, Channel::Phone, Channel::Branch,
                                        Channel::Email, Channel::Chat, Channel::Social, Channel::Mail,
                                        Channel::InPerson, Channel::Other};
inline constexpr std::array allEvidence{Evidence::Unstated, Evidence::Assumption, Evidence::Workshop,
                                        Evidence::Research, Evidence::Measured};

// Stable identifiers used in files (never translated, never renamed).
QString toKey(LaneKind kind);
QString toKey(OfficeZone zone);
QString toKey(Channel channel);
QString toKey(Evidence evidence);
std::optional<LaneKind> laneKindFromKey(const QString &key);
std::optional<OfficeZone> officeZoneFromKey(const QString &key);
std::optional<Channel> channelFromKey(const QString &key);
std::optional<Evidence> evidenceFromKey(const QString &key);

// Translated names for people.
QString displayName(LaneKind kind);
QString displayName(OfficeZone zone);
QString displayName(Channel channel);
QString displayName(Evidence evidence);

} // namespace waymark
