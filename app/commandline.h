#pragma once

#include <QStringList>

#include <optional>

namespace waymark {

// The headless part of `waymark`: --version, --help and the subcommands (convert,
// validate). Runs without a display, on the same model and format code as the GUI.
class CommandLine
{
public:
    // True when `arguments` (argv without the program name) ask for the command line rather
    // than the GUI. Only no argument, FILE, --review FILE and --server URL JOURNEY-ID (besides Qt's own options such as
    // -platform NAME) open the window; anything else is a subcommand, or a usage error that
    // run() reports with exit status 2, never a window nobody asked for.
    static bool wantsCommandLine(const QStringList &arguments);
    // Runs it and returns the process exit code: 0 success, 1 failure (bad file, unwritable
    // output), 2 usage error. Needs a QCoreApplication.
    static int run(const QStringList &arguments);

    static QString usage();
};

} // namespace waymark
