#pragma once

#include "data/dataset.h"

#include <nlohmann/json.hpp>

#include <optional>

// Datasets in .waymark.json, column by column: each text column is a list of indices into
// the dataset's "strings" list (index 0 is the empty text), dates are "YYYY-MM-DD" or null.
// Private to the JSON reader and writer (nlohmann/json is not part of the model's interface).
namespace waymark::DatasetJson {

nlohmann::ordered_json toJson(const Dataset &dataset);

struct Problem {
    QString path;    // JSON pointer below the dataset
    QString message;
};
// The dataset, or nullopt and `problem` (path relative to `item`).
std::optional<Dataset> fromJson(const nlohmann::json &item, Problem *problem);

} // namespace waymark::DatasetJson
