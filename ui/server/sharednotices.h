#pragma once

#include <QString>

namespace waymark {

struct LostChange;
struct ServerChange;
class Journey;

// Plain words for what happened on a shared journey (translated), for the status bar.
namespace SharedNotices {

// "Богдан changed the title of “Queue” at the same moment; their version stays."
QString overwritten(const LostChange &lost, const Journey &journey);
// "Богдан moved “Queue”."
QString remoteChange(const ServerChange &change, const Journey &journey);
// What a card field is called in the window ("the title", "the effort").
QString fieldName(const QString &field);

} // namespace SharedNotices

} // namespace waymark
