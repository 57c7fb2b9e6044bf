#pragma once

#include "server/journeyparts.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace waymark {

struct ServerChange;

// The journey's own title, description, currency and settings edited live (server schema 7,
// docs/server.md "The journey, the agenda and the business case"). They stay in the journey's
// `base` (the .waymark.json keys "title", "description", "currency" and the object
// "settings"); a change of kind journey sets one of them: field "title", "description" or
// "currency" (value: the text), or "settings/<key>" (value: the text, null removes the
// setting). One setting per change: the heatmap's weights and the business settings are
// edited in different dialogs, often by different people.
namespace ServerJourneyFields {

inline const QString settingsPrefix = QStringLiteral("settings/");

// Whether `field` names something a journey change may set.
bool isField(const QString &field);
// The value `field` has in `base` (undefined when a setting is not set).
QJsonValue valueIn(const QJsonObject &base, const QString &field);
// For messages (translated): "the journey's title", "the setting “heatmap/weights”".
QString journeyFieldName(const QString &field);
// Applies a journey change; false for a field it does not know.
bool apply(JourneyParts &parts, const ServerChange &change);
// The fields (and their new values, null: remove) that make `before`'s info and settings
// `after`'s.
std::vector<std::pair<QString, QJsonValue>> edits(const Journey &before, const Journey &after);

} // namespace ServerJourneyFields

} // namespace waymark
