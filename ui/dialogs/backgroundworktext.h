#pragma once

// The BackgroundWork translation context of the dialogs that wait for work in the background, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct BackgroundWorkText {
    Q_DECLARE_TR_FUNCTIONS(BackgroundWork)
};

} // namespace waymark
