#include "businesscasecommand.h"

#include "business/businesscase.h"
#include "business/businesscasexlsx.h"
#include "business/businesssettings.h"
#include "datasetinput.h"
#include "format/journeyfiles.h"
#include "texttable.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <optional>

namespace waymark {

namespace {


double roundedToCents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

double roiFigure(double roi)
{
    return std::round(roi * 10000.0) / 10000.0;
}

// Machine-readable numbers (CSV): C notation, two decimals.
QString plain(double value)
{
    return QString::number(roundedToCents(value), 'f', 2);
}

struct BusinessCaseRequest {
    QString journeyPath;
    QString scenario;
    std::optional<int> horizon;
    std::optional<double> discount;
    QString format = QStringLiteral("table");
    QString outPath;
};

// "0.08", "8%" or "8 %"; nullopt unless 0..1 as a fraction.
std::optional<double> parseRate(QString text)
{
    text = text.trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent)
        text = text.chopped(1).trimmed();
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    if (percent)
        value /= 100.0;
    if (value < 0 || value > 1)
        return std::nullopt;
    return value;
}

std::optional<int> parseRequest(const QStringList &args, BusinessCaseRequest &request)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--scenario")) {
            if (!hasValue)
                return commandProblem(CommandLineText::tr("--scenario takes a scenario's name"), 2);
            request.scenario = args[++i];
        } else if (arg == QLatin1String("--horizon")) {
            bool ok = false;
            const int years = hasValue ? args[i + 1].toInt(&ok) : 0;
            if (!ok || years < 1 || years > 10)
                return commandProblem(CommandLineText::tr("--horizon takes a whole number of years from 1 to 10"), 2);
            request.horizon = years;
            ++i;
        } else if (arg == QLatin1String("--discount")) {
            const auto rate = hasValue ? parseRate(args[i + 1]) : std::nullopt;
            if (!rate)
                return commandProblem(CommandLineText::tr("--discount takes a rate from 0 to 1 (0.08) or a percentage (8%)"), 2);
            request.discount = *rate;
            ++i;
        } else if (arg == QLatin1String("--format")) {
            static const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx")};
            if (!hasValue || !formats.contains(args[i + 1]))
                return commandProblem(CommandLineText::tr("--format takes table, json, csv or xlsx"), 2);
            request.format = args[++i];
        } else if (arg == QLatin1String("--out")) {
            if (!hasValue)
                return commandProblem(CommandLineText::tr("--out takes a file name"), 2);
            request.outPath = args[++i];
        } else if (arg.startsWith(QLatin1String("--")) || !request.journeyPath.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            request.journeyPath = arg;
        }
    }
    if (request.journeyPath.isEmpty())
        return commandProblem(CommandLineText::tr("business-case needs a journey: waymark business-case JOURNEY"), 2);
    if (request.format == QLatin1String("xlsx") && request.outPath.isEmpty())
        return commandProblem(CommandLineText::tr("--format xlsx needs --out FILE: a workbook is no text for the terminal"), 2);
    return std::nullopt;
}

const Scenario *findScenario(const Journey &journey, const QString &wanted)
{
    for (const Scenario &scenario : journey.scenarios)
        if (scenario.name == wanted)
            return &scenario;
    for (const Scenario &scenario : journey.scenarios)
        if (scenario.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return &scenario;
    const QUuid id = QUuid::fromString(wanted);
    return id.isNull() ? nullptr : journey.scenario(id);
}

QJsonObject caseJson(const OpportunityCase &c)
{
    const QJsonObject benefits{{QStringLiteral("customerEffort"), roundedToCents(c.benefitsPerYear.customerEffort)},
                               {QStringLiteral("costToServe"), roundedToCents(c.benefitsPerYear.costToServe)},
                               {QStringLiteral("retention"), roundedToCents(c.benefitsPerYear.retention)}};
    return {{QStringLiteral("title"), c.title},
            {QStringLiteral("cost"), roundedToCents(c.oneOffCost)},
            {QStringLiteral("runningCost"), roundedToCents(c.runningCostPerYear)},
            {QStringLiteral("benefitsPerYear"), benefits},
            {QStringLiteral("npv"), roundedToCents(c.npv)},
            {QStringLiteral("npvLow"), roundedToCents(c.npvLow)},
            {QStringLiteral("npvHigh"), roundedToCents(c.npvHigh)},
            {QStringLiteral("roi"), roiFigure(c.roi)},
            {QStringLiteral("paybackMonths"), c.paybackMonths ? QJsonValue(*c.paybackMonths) : QJsonValue()}};
}

QString json(const BusinessCase &bc)
{
    QJsonArray opportunities;
    for (const OpportunityCase &c : bc.opportunities)
        opportunities.append(caseJson(c));
    const QJsonObject root{{QStringLiteral("scenario"), bc.scenarioId.isNull() ? QJsonValue() : QJsonValue(bc.scenarioName)},
                           {QStringLiteral("currency"), bc.currency},
                           {QStringLiteral("horizonYears"), bc.horizonYears},
                           {QStringLiteral("discountRate"), bc.discountRate},
                           {QStringLiteral("opportunities"), opportunities},
                           {QStringLiteral("total"), caseJson(bc.total)},
                           {QStringLiteral("problems"), QJsonArray::fromStringList(bc.problems)}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString csv(const BusinessCase &bc)
{
    QString text = QStringLiteral("opportunity,cost,runningCost,customerEffort,costToServe,retention,npv,npvLow,npvHigh,roi,paybackMonths\n");
    const auto row = [&](const OpportunityCase &c) {
        const QStringList fields{csvField(c.title),
                                 plain(c.oneOffCost),
                                 plain(c.runningCostPerYear),
                                 plain(c.benefitsPerYear.customerEffort),
                                 plain(c.benefitsPerYear.costToServe),
                                 plain(c.benefitsPerYear.retention),
                                 plain(c.npv),
                                 plain(c.npvLow),
                                 plain(c.npvHigh),
                                 QString::number(roiFigure(c.roi), 'f', 4),
                                 c.paybackMonths ? QString::number(*c.paybackMonths) : QString()};
        text += fields.join(u',') + u'\n';
    };
    for (const OpportunityCase &c : bc.opportunities)
        row(c);
    row(bc.total);
    return text;
}

QString table(const BusinessCase &bc)
{
    const QLocale locale;
    const auto amount = [&](double value) { return locale.toString(value, 'f', 0); };
    const auto payback = [&](const OpportunityCase &c) {
        return c.paybackMonths ? CommandLineText::tr("%n month(s)", nullptr, *c.paybackMonths) : CommandLineText::tr("not within the horizon");
    };
    QString text;
    QTextStream out(&text);
    out << (bc.scenarioId.isNull() ? CommandLineText::tr("Every opportunity") : CommandLineText::tr("Scenario: %1").arg(bc.scenarioName)) << QStringLiteral(" — ")
        << CommandLineText::tr("amounts in %1; %n year(s) at a discount rate of %2", nullptr, bc.horizonYears)
               .arg(bc.currency, locale.toString(100 * bc.discountRate, 'f', 1) + QStringLiteral("\u00a0%"))
        << "\n\n";
    const QStringList header{CommandLineText::tr("Opportunity"),     CommandLineText::tr("One-off cost"), CommandLineText::tr("Running / year"),
                             CommandLineText::tr("Effort / year"),   CommandLineText::tr("Cost to serve / year"), CommandLineText::tr("Retention / year"),
                             CommandLineText::tr("NPV"),             CommandLineText::tr("NPV low – high"),       CommandLineText::tr("ROI"),
                             CommandLineText::tr("Payback")};
    QList<QStringList> rows;
    const auto row = [&](const OpportunityCase &c) {
        rows << QStringList{c.title,
                            amount(c.oneOffCost),
                            amount(c.runningCostPerYear),
                            amount(c.benefitsPerYear.customerEffort),
                            amount(c.benefitsPerYear.costToServe),
                            amount(c.benefitsPerYear.retention),
                            amount(c.npv),
                            amount(c.npvLow) + QStringLiteral(" – ") + amount(c.npvHigh),
                            locale.toString(100 * c.roi, 'f', 0) + QStringLiteral("\u00a0%"),
                            payback(c)};
    };
    for (const OpportunityCase &c : bc.opportunities)
        row(c);
    row(bc.total);
    printTable(out, header, rows, 1);
    if (bc.opportunities.empty())
        out << '\n' << CommandLineText::tr("The journey has no opportunities to value.") << '\n';
    if (!bc.problems.isEmpty()) {
        out << '\n' << CommandLineText::tr("Left out or to check:") << '\n';
        for (const QString &problem : bc.problems)
            out << QStringLiteral("  - ") << problem << '\n';
    }
    out.flush();
    return text;
}

} // namespace

QString businessCaseCommandUsage()
{
    return CommandLineText::tr("  waymark business-case JOURNEY [--scenario NAME] [--horizon YEARS] [--discount RATE]\n"
                    "              [--format table|json|csv|xlsx] [--out FILE]\n"
                    "                                what each opportunity is worth: benefits per year (customer\n"
                    "                                effort, cost to serve, retention), NPV with its range, ROI and\n"
                    "                                payback; every opportunity unless a scenario is named. RATE:\n"
                    "                                0.08 or 8%. xlsx (needs --out): inputs and live formulas\n");
}

int runBusinessCaseCommand(const QStringList &args)
{
    BusinessCaseRequest request;
    if (const auto status = parseRequest(args, request))
        return *status;
    FormatError error;
    const auto journey = readJourneyFile(request.journeyPath, &error);
    if (!journey)
        return commandProblem(error.toString(), 1);

    const Scenario *scenario = nullptr;
    if (!request.scenario.isEmpty()) {
        scenario = findScenario(*journey, request.scenario);
        if (!scenario) {
            QStringList names;
            for (const Scenario &s : journey->scenarios)
                names << QStringLiteral("“%1”").arg(s.name);
            return commandProblem(names.isEmpty() ? CommandLineText::tr("no scenario “%1”: the journey has no scenarios").arg(request.scenario)
                                                  : CommandLineText::tr("no scenario “%1”; the journey's scenarios: %2")
                                                        .arg(request.scenario, names.join(QStringLiteral(", "))),
                                  2);
        }
    }
    BusinessSettings settings = BusinessSettings::fromSettings(journey->settings);
    if (request.horizon)
        settings.horizonYears = *request.horizon;
    if (request.discount)
        settings.discountRate = *request.discount;
    const BusinessCase bc = computeBusinessCase(*journey, settings, scenario);

    if (request.format == QLatin1String("xlsx")) {
        QString problem;
        if (!writeBusinessCaseXlsx(bc, *journey, settings, request.outPath, &problem))
            return commandProblem(problem, 1);
        return 0;
    }
    QString text;
    if (request.format == QLatin1String("json")) {
        text = json(bc);
    } else if (request.format == QLatin1String("csv")) {
        text = csv(bc);
        // The rows have no place for them, and they must not go unseen.
        for (const QString &problem : bc.problems)
            QTextStream(stderr) << QStringLiteral("waymark: ") << problem << Qt::endl;
    } else {
        text = table(bc);
    }
    if (request.outPath.isEmpty()) {
        QTextStream(stdout) << text;
        return 0;
    }
    // Written whole or not at all: a half-written case must not reach finance.
    QSaveFile file(request.outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return commandProblem(CommandLineText::tr("cannot write %1: %2").arg(request.outPath, file.errorString()), 1);
    return 0;
}

} // namespace waymark
