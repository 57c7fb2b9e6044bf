#include "commandline.h"

#include "format/journeyfiles.h"
#include "journeysummary.h"
#include "businesscasecommand.h"
#include "clvcommand.h"
#include "clvmodelcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "livecommand.h"
#include "npscommand.h"
#include "portfoliocommand.h"
#include "servercommand.h"
#include "saycommand.h"
#include "statscommand.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace waymark {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << QStringLiteral("waymark: ") << message << Qt::endl;
    return 1;
}

int usageError(const QString &message)
{
    err() << QStringLiteral("waymark: ") << message << Qt::endl << Qt::endl << CommandLine::usage();
    err().flush();
    return 2;
}

int validate(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(CommandLineText::tr("validate takes one file: waymark validate FILE"));
    FormatError error;
    const auto journey = readJourneyFile(args[0], &error);
    if (!journey)
        return fail(error.toString());
    out() << QFileInfo(args[0]).fileName() << QStringLiteral(": ") << CommandLineText::tr("OK") << QStringLiteral(" — ")
          << journeySummaryLine(*journey) << Qt::endl;
    return 0;
}

int convert(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(CommandLineText::tr("convert takes two files: waymark convert IN OUT"));
    const QString &in = args[0];
    const QString &outPath = args[1];
    if (QFileInfo(in).absoluteFilePath() == QFileInfo(outPath).absoluteFilePath())
        return usageError(CommandLineText::tr("IN and OUT are the same file"));
    FormatError error;
    const auto journey = readJourneyFile(in, &error);
    if (!journey)
        return fail(error.toString());
    // Holds OUT's lock while replacing it, so an import into OUT at the same time is never lost.
    if (saveJourneyFile(*journey, outPath, nullptr, nullptr, &error) != SaveResult::Saved)
        return fail(error.toString());
    out() << CommandLineText::tr("Converted %1 to %2 (%n touchpoint(s))", nullptr, int(journey->touchpoints.size()))
                 .arg(QFileInfo(in).fileName(), QFileInfo(outPath).fileName())
          << Qt::endl;
    return 0;
}

} // namespace

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    // Qt's own options, which QApplication takes out of argv itself: -platform offscreen,
    // -style fusion, -reverse…
    static const QStringList qtOptionsWithValue{QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
                                                QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
                                                QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
                                                QStringLiteral("-qwindowicon"), QStringLiteral("-style"),
                                                QStringLiteral("-stylesheet"), QStringLiteral("-session"),
                                                QStringLiteral("-display"), QStringLiteral("-geometry")};
    static const QStringList qtFlags{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
                                     QStringLiteral("-dograb"), QStringLiteral("-sync")};
    QStringList own;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (qtOptionsWithValue.contains(arguments[i]))
            ++i;
        else if (!qtFlags.contains(arguments[i]))
            own << arguments[i];
    }
    // A subcommand's name alone (`waymark validate`) is that command missing its arguments.
    static const QStringList commands{QStringLiteral("convert"), QStringLiteral("validate"), QStringLiteral("nps"),
                                      QStringLiteral("stats"), QStringLiteral("import"), QStringLiteral("clv"),
                                      QStringLiteral("clv-model"), QStringLiteral("export"), QStringLiteral("business-case"), QStringLiteral("say"),
                                      QStringLiteral("portfolio"), QStringLiteral("server")};
    const bool opensWindow = own.isEmpty()
        || (own.size() == 1 && !own[0].startsWith(QLatin1Char('-')) && !commands.contains(own[0]))
        || (own.size() == 2 && own[0] == QLatin1String("--review") && !own[1].startsWith(QLatin1Char('-')))
        || (own.size() == 3 && own[0] == QLatin1String("--server") && !own[1].startsWith(QLatin1Char('-'))
            && !own[2].startsWith(QLatin1Char('-')));
    return !opensWindow;
}

QString CommandLine::usage()
{
    return CommandLineText::tr("Usage:\n"
              "  waymark [FILE]                open the journey map editor (FILE: .waymark or .waymark.json)\n"
              "  waymark --review FILE         open FILE read-only for comments (a department head's review)\n"
              "  waymark convert IN OUT        convert between .waymark and .waymark.json (by extension)\n"
              "  waymark validate FILE         check a journey file and print a one-line summary\n")
        + CommandLineText::tr("  waymark --server URL ID       open journey ID shared on a PostgreSQL server and edit it live\n"
                              "                                (URL: postgresql://HOST[:PORT]/DB; `waymark server list URL` shows the ids)\n")
        + importCommandUsage()
        + refreshCommandUsage()
        + npsCommandUsage()
        + statsCommandUsage()
        + sayCommandUsage()
        + clvCommandUsage()
        + clvModelCommandUsage()
        + exportCommandUsage()
        + businessCaseCommandUsage()
        + portfolioCommandUsage()
        + serverCommandUsage()
        + CommandLineText::tr("  waymark --version             print the version\n"
              "  waymark --help                print this help\n"
              "\n"
              "Exit status: 0 success, 1 a file could not be read or written, 2 wrong arguments.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << QStringLiteral("Waymark ") << QStringLiteral(WAYMARK_VERSION) << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return 0;
    }
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("convert"))
        return convert(rest);
    if (command == QLatin1String("nps"))
        return runNpsCommand(rest);
    if (command == QLatin1String("stats"))
        return runStatsCommand(rest);
    if (command == QLatin1String("say"))
        return runSayCommand(rest);
    if (command == QLatin1String("import"))
        return runImportCommand(rest);
    if (command == QLatin1String("refresh"))
        return runRefreshCommand(rest);
    if (command == QLatin1String("clv"))
        return runClvCommand(rest);
    if (command == QLatin1String("clv-model"))
        return runClvModelCommand(rest);
    if (command == QLatin1String("export"))
        return runExportCommand(rest);
    if (command == QLatin1String("business-case"))
        return runBusinessCaseCommand(rest);
    if (command == QLatin1String("portfolio"))
        return runPortfolioCommand(rest);
    if (command == QLatin1String("server"))
        return runServerCommand(rest);
    if (command == QLatin1String("--review"))
        return usageError(CommandLineText::tr("--review takes one file: waymark --review FILE"));
    if (command == QLatin1String("--server"))
        return usageError(CommandLineText::tr("--server takes a server URL and a journey id: waymark --server postgresql://HOST/DB JOURNEY-ID"));
    if (command.startsWith(QLatin1Char('-')))
        return usageError(CommandLineText::tr("unknown option \"%1\"").arg(command));
    return usageError(CommandLineText::tr("unknown command \"%1\" (the editor opens one file: waymark FILE)").arg(command));
}

} // namespace waymark
