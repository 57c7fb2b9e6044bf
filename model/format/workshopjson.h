#pragma once

#include "journey.h"

#include <nlohmann/json.hpp>

// The workshop in .waymark.json: optional top-level lists "participants", "votes", "agenda"
// and "comments" (docs/file-formats.md), so journeys without a workshop read and write exactly
// as before. Private to the JSON reader and writer, like DatasetJson.
namespace waymark::WorkshopJson {

// Adds the non-empty lists to `root`.
void addTo(nlohmann::ordered_json &root, const Journey &journey);

struct Problem {
    QString path; // JSON pointer from the root
    QString message;
};
// Reads the lists present in `root` into `journey`; false and `problem` on the first bad value.
bool readInto(const nlohmann::json &root, Journey &journey, Problem *problem);

} // namespace waymark::WorkshopJson
