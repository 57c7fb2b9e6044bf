#pragma once

// The CommandLine translation context of the command line and its subcommands, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace waymark
