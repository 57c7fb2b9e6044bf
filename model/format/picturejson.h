#pragma once

#include "media/cardimage.h"

#include <nlohmann/json.hpp>

// Pictures in .waymark.json (format version 5): a card's optional "images" list and a
// persona's optional "photo", each picture an object
//   {"id", "format": "jpeg"|"png", "width", "height", "caption", "originalName",
//    "data": base64, "thumbnail": base64 (only when the picture has one)}.
// Private to the JSON reader and writer, like BusinessJson. What a stored picture may be
// (sizes, formats) is checked by Journey::problems(); here only the JSON's shape and base64.
namespace waymark::PictureJson {

nlohmann::ordered_json toJson(const CardImage &picture);

struct Problem {
    QString path; // JSON pointer from the root
    QString message;
};
// Reads the picture object at `path`; false and `problem` on a bad value.
bool read(const nlohmann::json &item, const QString &path, CardImage &picture, Problem *problem);

} // namespace waymark::PictureJson
