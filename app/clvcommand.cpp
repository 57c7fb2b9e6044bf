#include "clvcommand.h"

#include "data/clvstatistics.h"
#include "datasetinput.h"
#include "texttable.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace waymark {

namespace {


double clvRoundedToCents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonArray amountsJson(const std::vector<ClvAmount> &amounts)
{
    QJsonArray array;
    for (const ClvAmount &a : amounts)
        array.append(QJsonObject{{QStringLiteral("currency"), a.currency}, {QStringLiteral("customers"), a.customers},
                                 {QStringLiteral("total"), clvRoundedToCents(a.total)}, {QStringLiteral("mean"), clvRoundedToCents(a.mean())}});
    return array;
}

} // namespace

QString clvCommandUsage()
{
    return CommandLineText::tr("  waymark clv NPSFILE [CLVFILE] [--format table|json]\n"
                    "                                mean and total CLV per NPS category and CLV at risk per\n"
                    "                                touchpoint; a journey holding both datasets needs no CLVFILE\n");
}

int runClvCommand(const QStringList &args)
{
    QStringList files;
    QString format = QStringLiteral("table");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format")) {
            if (i + 1 >= args.size() || (args[i + 1] != QLatin1String("table") && args[i + 1] != QLatin1String("json")))
                return commandProblem(CommandLineText::tr("--format takes table or json"), 2);
            format = args[++i];
        } else if (args[i].startsWith(QLatin1String("--")) || files.size() == 2) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(args[i]), 2);
        } else {
            files << args[i];
        }
    }
    if (files.isEmpty() || (files.size() == 1 && !isJourneyFile(files[0])))
        return commandProblem(CommandLineText::tr("clv needs the responses and the CLV values: waymark clv NPSFILE CLVFILE"), 2);

    std::optional<Journey> journey;
    std::optional<Journey> clvJourney;
    QString error;
    const auto nps = datasetFromFile(files[0], DatasetKind::Answers, {}, &journey, &error);
    if (!nps)
        return commandProblem(error, 1);
    const auto clv = datasetFromFile(files.value(1, files[0]), DatasetKind::Clv, {}, &clvJourney, &error);
    if (!clv)
        return commandProblem(error, 1);
    QString currency = (*clv)->currency;
    if (currency.isEmpty())
        currency = clvJourney ? clvJourney->currency : journey ? journey->currency : QString();
    const ClvJoin join = joinClv((*nps)->answerRows(), (*clv)->clv, currency);

    QTextStream out(stdout);
    if (format == QLatin1String("json")) {
        QJsonArray categories;
        for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor})
            categories.append(QJsonObject{{QStringLiteral("category"), categoryKey(category)},
                                          {QStringLiteral("amounts"), amountsJson(join.byCategory[std::size_t(category)])}});
        QJsonArray risk;
        for (const ClvAtRisk &r : join.atRisk)
            risk.append(QJsonObject{{QStringLiteral("touchpoint"), r.touchpoint}, {QStringLiteral("detractors"), r.detractors},
                                    {QStringLiteral("amounts"), amountsJson(r.amounts)}});
        const QJsonObject root{{QStringLiteral("byCategory"), categories},
                               {QStringLiteral("atRisk"), risk},
                               {QStringLiteral("customersJoined"), join.customersJoined},
                               {QStringLiteral("customersWithoutClv"), join.customersWithoutClv},
                               {QStringLiteral("responsesWithoutCustomer"), join.responsesWithoutCustomer},
                               {QStringLiteral("clvWithoutResponses"), join.clvWithoutResponses}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QLocale locale;
    QList<QStringList> rows;
    for (NpsCategory category : {NpsCategory::Promoter, NpsCategory::Passive, NpsCategory::Detractor}) {
        const auto &amounts = join.byCategory[std::size_t(category)];
        if (amounts.empty())
            rows << QStringList{categoryName(category), QString(), QStringLiteral("0"), QStringLiteral("—"), QStringLiteral("—")};
        for (const ClvAmount &a : amounts)
            rows << QStringList{categoryName(category), a.currency, locale.toString(a.customers), locale.toString(a.total, 'f', 2),
                                locale.toString(a.mean(), 'f', 2)};
    }
    printTable(out, {CommandLineText::tr("Category"), CommandLineText::tr("Currency"), CommandLineText::tr("Customers"), CommandLineText::tr("Total CLV"), CommandLineText::tr("Mean CLV")}, rows, 2);
    out << '\n';
    rows.clear();
    for (const ClvAtRisk &r : join.atRisk)
        rows << QStringList{r.touchpoint, locale.toString(r.detractors), formatAmounts(r.amounts, 2)};
    if (rows.isEmpty())
        out << CommandLineText::tr("No CLV at risk: no customer with a CLV was a detractor at a touchpoint.") << '\n';
    else
        printTable(out, {CommandLineText::tr("Touchpoint"), CommandLineText::tr("Detractors"), CommandLineText::tr("CLV at risk")}, rows, 1);
    out << '\n'
        << CommandLineText::tr("%1 customers joined; %2 answered without a CLV; %3 responses name no customer; %4 customers with a CLV never answered.")
               .arg(locale.toString(join.customersJoined), locale.toString(join.customersWithoutClv),
                    locale.toString(join.responsesWithoutCustomer), locale.toString(join.clvWithoutResponses))
        << '\n';
    return 0;
}

} // namespace waymark
