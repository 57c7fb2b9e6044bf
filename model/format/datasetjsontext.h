#pragma once

// The DatasetJson translation context of the data sets and workshop in .waymark.json, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct DatasetJsonText {
    Q_DECLARE_TR_FUNCTIONS(DatasetJson)
};

} // namespace waymark
