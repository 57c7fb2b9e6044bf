#pragma once

// The ServerSession translation context of the live session (ServerSession and the files around it), one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct ServerSessionText {
    Q_DECLARE_TR_FUNCTIONS(ServerSession)
};

} // namespace waymark
