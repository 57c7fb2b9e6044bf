#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace waymark {

class JourneyDocument;

// Changes a journey file from the command line as the window would: under the journey's lock
// (another writer waits or is named), through commands on a document, saved atomically and
// only if the file did not change meanwhile. `change` pushes the commands; false (with
// `error`) leaves the file as it was. nullopt when saved, else the exit status after the
// message was printed.
std::optional<int> updateJourneyFile(const QString &path, const std::function<bool(JourneyDocument &document, QString *error)> &change);

} // namespace waymark
