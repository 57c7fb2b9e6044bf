#pragma once

#include "data/dataset.h"
#include "format/formaterror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace waymark {

// Imported survey and purchase data on the server (server schema 8, docs/server.md "Survey
// and purchase data"): each dataset is one row of the table `datasets`, its body the dataset's
// .waymark.json object (the item of the document's "datasets"), so the same reader checks it as
// a file. A change of kind dataset says only which dataset was added, replaced or removed; a
// session reads the row when it sees the change.
namespace ServerDatasets {

// Above this, a dataset is refused before it is sent (the server's own limit is the function
// waymark_dataset_limit(), read when writing; this is its value as schema 8 sets it).
inline constexpr qint64 defaultLimitBytes = qint64(64) << 20;

// The dataset's .waymark.json object.
QJsonObject toJson(const Dataset &dataset);
// The same as compact JSON text, what is sent to the server (the size limit counts it, near
// enough: the server counts its own text of it, with a space after each comma and colon).
QByteArray toText(const Dataset &dataset);
// The dataset that JSON text of such an object holds (as the server sends `body::text`), read
// and checked like a file; nullopt with `error` (path relative to the object) when it is not
// one. The text goes to the reader as it is: a million answers are not parsed twice.
std::optional<DatasetRef> fromText(const QByteArray &body, FormatError *error);
// "12.3 MB" for messages.
QString megabytes(qint64 bytes);

} // namespace ServerDatasets

} // namespace waymark
