#pragma once

// The WaymarkFile translation context of the .waymark reader and writer, one definition for both.
#include <QCoreApplication>

namespace waymark {

struct WaymarkText {
    Q_DECLARE_TR_FUNCTIONS(WaymarkFile)
};

} // namespace waymark
