#pragma once

// The PrintPages translation context of the printed and exported pages, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct PrintPagesText {
    Q_DECLARE_TR_FUNCTIONS(PrintPages)
};

} // namespace waymark
