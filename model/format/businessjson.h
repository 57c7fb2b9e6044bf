#pragma once

#include "journey.h"

#include <nlohmann/json.hpp>

// The business case in .waymark.json (format version 2): the top-level lists "opportunities"
// and "scenarios" (required since version 2; the reader's upgrade step adds them to older
// documents), and a card's optional "system" object. Private to the JSON reader and writer,
// like WorkshopJson. Ranges (shares 0..1, percentages, costs) are checked by
// Journey::problems(), whose paths point into this layout.
namespace waymark::BusinessJson {

// Adds "opportunities" and "scenarios" to `root`, empty lists included.
void addTo(nlohmann::ordered_json &root, const Journey &journey);
nlohmann::ordered_json systemJson(const SystemInfo &system);

struct Problem {
    QString path; // JSON pointer from the root
    QString message;
};
// Reads both lists from `root` into `journey`; false and `problem` on the first bad value.
bool readInto(const nlohmann::json &root, Journey &journey, Problem *problem);
// Reads a card's "system" object (at `path`); false and `problem` on a bad value.
bool readSystem(const nlohmann::json &item, const QString &path, SystemInfo &system, Problem *problem);

} // namespace waymark::BusinessJson
