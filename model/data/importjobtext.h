#pragma once

// The ImportJob translation context of importing survey answers, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct ImportJobText {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

} // namespace waymark
