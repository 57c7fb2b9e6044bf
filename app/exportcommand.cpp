#include "exportcommand.h"

#include "datasetinput.h"
#include "format/journeyfiles.h"
#include "i18n/translations.h"
#include "print/journeyprint.h"
#include "print/personapage.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace waymark {

namespace {
} // namespace

QString exportCommandUsage()
{
    return CommandLineText::tr("  waymark export JOURNEY --pdf OUT | --png OUT | --svg OUT [--page A4|A3|A2|A1|Letter|Tabloid]\n"
                    "              [--landscape|--portrait] [--fit|--tile] [--summary] [--future] [--personas] [--pictures]\n"
                    "              [--department NAME] [--layers effort,heatmap,emotion,nps,clv,evidence] [--scale N]\n"
                    "              [--lang en|ru|uk|sr|sr_Latn|ko]\n"
                    "                                the map as a PDF (with an executive summary; --future adds the\n"
                    "                                future-state map of the journey's chosen scenario, --personas the\n"
                    "                                persona cards before the map, --pictures the cards' pictures with\n"
                    "                                their captions after it), PNG or SVG\n");
}

int runExportCommand(const QStringList &args)
{
    QString journeyPath;
    QString out;
    QString format;
    QString department;
    ExportOptions options;
    double scale = 2;
    bool scaleGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (arg == QLatin1String("--pdf") || arg == QLatin1String("--png") || arg == QLatin1String("--svg")) {
            const auto path = value();
            if (!path || !format.isEmpty())
                return commandProblem(CommandLineText::tr("give one of --pdf OUT, --png OUT or --svg OUT"), 2);
            format = arg.mid(2);
            out = *path;
        } else if (arg == QLatin1String("--page")) {
            const auto name = value();
            const auto page = name ? pageSizeFromName(*name) : std::nullopt;
            if (!page)
                return commandProblem(CommandLineText::tr("--page takes A4, A3, A2, A1, Letter or Tabloid"), 2);
            options.page = *page;
        } else if (arg == QLatin1String("--landscape") || arg == QLatin1String("--portrait")) {
            options.orientation = arg == QLatin1String("--landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
        } else if (arg == QLatin1String("--fit") || arg == QLatin1String("--tile")) {
            options.tile = arg == QLatin1String("--tile");
        } else if (arg == QLatin1String("--summary")) {
            options.summary = true;
        } else if (arg == QLatin1String("--future")) {
            options.future = true;
        } else if (arg == QLatin1String("--pictures")) {
            options.pictures = true;
        } else if (arg == QLatin1String("--personas")) {
            options.personas = true;
        } else if (arg == QLatin1String("--layers")) {
            const auto list = value();
            QString error;
            const auto layers = list ? layersFromList(*list, &error) : std::nullopt;
            if (!layers)
                return commandProblem(list ? error : CommandLineText::tr("--layers needs a list such as effort,emotion,nps"), 2);
            options.layers = *layers;
        } else if (arg == QLatin1String("--department")) {
            const auto name = value();
            if (!name)
                return commandProblem(CommandLineText::tr("--department needs a department's name"), 2);
            department = *name;
        } else if (arg == QLatin1String("--lang")) {
            const auto language = value();
            if (!language || !Translations::languages().contains(*language))
                return commandProblem(CommandLineText::tr("--lang takes one of %1").arg(Translations::languages().join(QStringLiteral(", "))), 2);
            Translations::install(*language);
        } else if (arg == QLatin1String("--scale")) {
            const auto number = value();
            bool ok = false;
            scale = number ? number->toDouble(&ok) : 0;
            if (!ok || scale <= 0)
                return commandProblem(CommandLineText::tr("--scale needs a positive number (2 = twice the screen size)"), 2);
            scaleGiven = true;
        } else if (arg.startsWith(QLatin1String("--")) || !journeyPath.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            journeyPath = arg;
        }
    }
    if (journeyPath.isEmpty() || format.isEmpty())
        return commandProblem(CommandLineText::tr("export needs a journey and an output: waymark export JOURNEY --pdf OUT"), 2);

    FormatError formatError;
    const std::optional<Journey> journey = readJourneyFile(journeyPath, &formatError);
    if (!journey)
        return commandProblem(formatError.toString(), 1);
    if (!department.isEmpty()) {
        QStringList names;
        for (const Department &d : journey->departments) {
            names << d.name;
            if (d.name.compare(department.trimmed(), Qt::CaseInsensitive) == 0)
                options.department = d.id;
        }
        if (options.department.isNull())
            return commandProblem(CommandLineText::tr("no department “%1” in this journey (it has: %2)").arg(department, names.join(QStringLiteral(", "))), 2);
    }
    options.fileName = QFileInfo(journeyPath).fileName();
    if (options.personas && format == QLatin1String("pdf") && !PersonaPage::applies(*journey))
        QTextStream(stderr) << CommandLineText::tr("--personas: no persona of this journey has a description, goals, frustrations or a photo, "
                                        "so there is no persona page")
                            << Qt::endl;
    const JourneyPrint print(*journey, options);
    QString error;
    bool written = false;
    if (format == QLatin1String("pdf")) {
        written = print.writePdf(out, &error);
    } else if (format == QLatin1String("png")) {
        if (!scaleGiven)
            scale = std::min(scale, print.largestPngScale()); // a huge map gets what fits, not an error
        written = print.writePng(out, scale, &error);
    } else {
        written = print.writeSvg(out, &error);
    }
    if (!written)
        return commandProblem(error, 1);
    QTextStream stream(stdout);
    if (format == QLatin1String("pdf"))
        stream << CommandLineText::tr("%1: %n page(s), %2 %3", nullptr, int(print.pages().size()))
                      .arg(QFileInfo(out).fileName(), pageSizeName(options.page),
                           options.orientation == QPageLayout::Landscape ? CommandLineText::tr("landscape") : CommandLineText::tr("portrait"))
               << Qt::endl;
    else
        stream << CommandLineText::tr("%1: the whole map").arg(QFileInfo(out).fileName()) << Qt::endl;
    return 0;
}

} // namespace waymark
