#include "portfoliocommand.h"

#include "business/opportunity.h"
#include "datasetinput.h"
#include "efforttotals.h"
#include "portfolio/portfolio.h"
#include "texttable.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace waymark {

namespace {


QString npsText(const JourneyHeadline &h, const QLocale &locale)
{
    return h.hasNps ? QStringLiteral("%1 ± %2").arg(locale.toString(h.nps, 'f', 0), locale.toString(h.npsMargin, 'f', 0)) : QString();
}

QString statusText(const JourneyHeadline &h)
{
    QStringList parts;
    for (std::size_t i = 0; i < h.opportunitiesByStatus.size(); ++i)
        if (h.opportunitiesByStatus[i] > 0)
            parts << QStringLiteral("%1 %2").arg(h.opportunitiesByStatus[i]).arg(toKey(OpportunityStatus(i)));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString portfolioCommandUsage()
{
    return CommandLineText::tr("  waymark portfolio FOLDER [--format table|csv|json]\n"
                    "                                every journey in FOLDER at a glance: owner, last save, stages,\n"
                    "                                cards, customer time, NPS ± margin, CLV at risk, open comments,\n"
                    "                                opportunities by status; files that cannot be read are named\n");
}

int runPortfolioCommand(const QStringList &args)
{
    QString folder;
    QString format = QStringLiteral("table");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format")) {
            format = args.value(++i);
            if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
                return commandProblem(CommandLineText::tr("--format takes table, csv or json"), 2);
        } else if (args[i].startsWith(QLatin1String("--")) || !folder.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(args[i]), 2);
        } else {
            folder = args[i];
        }
    }
    if (folder.isEmpty())
        return commandProblem(CommandLineText::tr("portfolio needs a folder: waymark portfolio FOLDER"), 2);
    QString error;
    const std::vector<PortfolioEntry> entries = readPortfolio(folder, &error);
    if (!error.isEmpty())
        return commandProblem(error, 1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QLocale locale = format == QLatin1String("table") ? QLocale() : QLocale::c();
    QList<QStringList> rows;
    QJsonArray json;
    for (const PortfolioEntry &entry : entries) {
        const QString file = QFileInfo(entry.path).fileName();
        if (!entry.headline) {
            err << QStringLiteral("waymark: ") << CommandLineText::tr("%1: left out: %2").arg(file, entry.problem) << Qt::endl;
            continue;
        }
        const JourneyHeadline &h = *entry.headline;
        if (format == QLatin1String("json")) {
            QJsonObject o = QJsonDocument::fromJson(h.toJson()).object();
            o.insert(QStringLiteral("file"), file);
            json.append(o);
            continue;
        }
        const bool table = format == QLatin1String("table");
        rows << QStringList{file, h.title, h.owner, h.savedAt.toLocalTime().toString(table ? QStringLiteral("yyyy-MM-dd HH:mm") : QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
                            locale.toString(h.stages), locale.toString(h.cards),
                            table ? formatMinutes(h.effortMinutes) : QString::number(h.effortMinutes, 'f', 1),
                            table ? npsText(h, locale) : (h.hasNps ? QString::number(h.nps, 'f', 1) : QString()),
                            table ? QStringLiteral("%1 %2").arg(h.currency, locale.toString(h.clvAtRisk, 'f', 0)) : QString::number(h.clvAtRisk, 'f', 2),
                            locale.toString(h.openComments), locale.toString(h.opportunities), statusText(h)};
    }
    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QStringList header{CommandLineText::tr("File"), CommandLineText::tr("Journey"), CommandLineText::tr("Owner"), CommandLineText::tr("Saved"), CommandLineText::tr("Stages"), CommandLineText::tr("Cards"),
                             CommandLineText::tr("Customer time"), CommandLineText::tr("NPS"), CommandLineText::tr("CLV at risk"), CommandLineText::tr("Open comments"),
                             CommandLineText::tr("Opportunities"), CommandLineText::tr("By status")};
    if (format == QLatin1String("csv")) {
        QStringList line;
        for (const QString &h : header)
            line << csvField(h);
        out << line.join(QLatin1Char(',')) << '\n';
        for (const QStringList &row : std::as_const(rows)) {
            line.clear();
            for (const QString &field : row)
                line << csvField(field);
            out << line.join(QLatin1Char(',')) << '\n';
        }
        return 0;
    }
    printTable(out, header, rows, 4);
    return 0;
}

} // namespace waymark
