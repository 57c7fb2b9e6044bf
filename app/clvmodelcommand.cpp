#include "clvmodelcommand.h"

#include "clv/clvanalysis.h"
#include "clv/journeyclv.h"
#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "format/journeyfiles.h"
#include "journey.h"
#include "data/importfields.h"
#include "datasetinput.h"
#include "texttable.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace waymark {

using namespace clv;

namespace {


struct ClvModelRequest {
    QString path;
    QString customersPath;
    bool json = false;
    ClvAnalysisOptions options;
};

// Numbers for JSON: NaN (an unknown standard error) becomes null.
QJsonValue finiteOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

QString dayText(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

// Parses the arguments; returns 0 when fine, else prints the problem and returns 2.
int parse(const QStringList &args, ClvModelRequest &request)
{
    const auto value = [&](qsizetype &i) -> std::optional<QString> {
        if (i + 1 >= args.size())
            return std::nullopt;
        return args[++i];
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--calibration-end")) {
            const auto text = value(i);
            const auto day = text ? parseDay(text->toUtf8(), true) : std::nullopt;
            if (!day || *day == 0)
                return commandProblem(CommandLineText::tr("--calibration-end takes a date such as 1997-09-30"), 2);
            request.options.summary.calibrationEnd = *day;
        } else if (arg == QLatin1String("--horizon-months")) {
            const auto text = value(i);
            bool ok = false;
            const int months = text ? text->toInt(&ok) : 0;
            if (!ok || months < 1 || months > 1200)
                return commandProblem(CommandLineText::tr("--horizon-months takes a whole number of months from 1 to 1200"), 2);
            request.options.horizonMonths = months;
        } else if (arg == QLatin1String("--discount")) {
            const auto text = value(i);
            const auto rate = text ? parseNumber(text->toUtf8()) : std::nullopt;
            if (!rate || *rate < 0 || *rate >= 10)
                return commandProblem(CommandLineText::tr("--discount takes an annual rate as a fraction, such as 0.08 for 8 % a year"), 2);
            request.options.annualDiscountRate = *rate;
        } else if (arg == QLatin1String("--time-unit")) {
            const auto text = value(i);
            const auto unit = text ? timeUnitFromKey(*text) : std::nullopt;
            if (!unit)
                return commandProblem(CommandLineText::tr("--time-unit takes days, weeks or months"), 2);
            request.options.summary.unit = *unit;
        } else if (arg == QLatin1String("--model")) {
            const auto text = value(i);
            if (text == QLatin1String("bgnbd"))
                request.options.model = PurchaseModel::BgNbd;
            else if (text == QLatin1String("paretonbd"))
                request.options.model = PurchaseModel::ParetoNbd;
            else
                return commandProblem(CommandLineText::tr("--model takes bgnbd or paretonbd"), 2);
        } else if (arg == QLatin1String("--customers")) {
            const auto text = value(i);
            if (!text || text->isEmpty())
                return commandProblem(CommandLineText::tr("--customers takes the CSV file to write"), 2);
            request.customersPath = *text;
        } else if (arg == QLatin1String("--format")) {
            const auto text = value(i);
            if (text != QLatin1String("table") && text != QLatin1String("json"))
                return commandProblem(CommandLineText::tr("--format takes table or json"), 2);
            request.json = text == QLatin1String("json");
        } else if (arg.startsWith(QLatin1String("--")) || !request.path.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            request.path = arg;
        }
    }
    if (request.path.isEmpty())
        return commandProblem(CommandLineText::tr("clv-model needs a transactions file: waymark clv-model TRANSACTIONS"), 2);
    return 0;
}

QJsonObject fitJson(const QStringList &names, const std::vector<double> &values, const std::vector<double> &errors, double logLikelihood,
                    bool converged, const QString &warning)
{
    QJsonObject object;
    QJsonObject se;
    for (qsizetype i = 0; i < names.size(); ++i) {
        object.insert(names[i], finiteOrNull(values[std::size_t(i)]));
        se.insert(names[i], finiteOrNull(errors[std::size_t(i)]));
    }
    object.insert(QStringLiteral("logLikelihood"), finiteOrNull(logLikelihood));
    object.insert(QStringLiteral("se"), se);
    object.insert(QStringLiteral("converged"), converged);
    if (!warning.isEmpty())
        object.insert(QStringLiteral("warning"), warning);
    return object;
}

QJsonObject analysisJson(const ClvAnalysis &a, const TransactionFile &file, const ClvModelRequest &request)
{
    const TransactionSummary &s = a.summary;
    const BgNbdParameters &bg = a.bgnbd.parameters, &bgSe = a.bgnbd.standardErrors;
    const ParetoNbdParameters &pn = a.paretoNbd.parameters, &pnSe = a.paretoNbd.standardErrors;
    const GammaGammaParameters &gg = a.spend.parameters, &ggSe = a.spend.standardErrors;
    QJsonObject spend = fitJson({QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("gamma")}, {gg.p, gg.q, gg.gamma},
                                {ggSe.p, ggSe.q, ggSe.gamma}, a.spend.logLikelihood, a.spend.converged, a.spend.warning);
    spend.insert(QStringLiteral("fittedOn"), a.spend.fittedOn);
    QJsonObject refused;
    for (const auto &[reason, rows] : file.refused)
        refused.insert(reason, rows.count);
    const double meanValue = s.customers.empty() ? 0.0 : a.totalValue / double(s.customers.size() - std::size_t(a.customersWithoutPrediction));
    QJsonObject root{
        {QStringLiteral("customers"), qint64(s.customers.size())},
        {QStringLiteral("repeatBuyers"), s.repeatBuyers()},
        {QStringLiteral("transactions"), qint64(file.transactions.size())},
        {QStringLiteral("currency"), file.currency},
        {QStringLiteral("timeUnit"), timeUnitKey(s.unit)},
        {QStringLiteral("calibrationEnd"), dayText(s.calibrationEnd)},
        {QStringLiteral("model"), purchaseModelKey(a.model)},
        {QStringLiteral("betterFit"), purchaseModelKey(a.betterFit())},
        {QStringLiteral("bgnbd"), fitJson({QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("a"), QStringLiteral("b")},
                                          {bg.r, bg.alpha, bg.a, bg.b}, {bgSe.r, bgSe.alpha, bgSe.a, bgSe.b}, a.bgnbd.logLikelihood,
                                          a.bgnbd.converged, a.bgnbd.warning)},
        {QStringLiteral("paretonbd"), fitJson({QStringLiteral("r"), QStringLiteral("alpha"), QStringLiteral("s"), QStringLiteral("beta")},
                                              {pn.r, pn.alpha, pn.s, pn.beta}, {pnSe.r, pnSe.alpha, pnSe.s, pnSe.beta},
                                              a.paretoNbd.logLikelihood, a.paretoNbd.converged, a.paretoNbd.warning)},
        {QStringLiteral("gammaGamma"), spend},
        {QStringLiteral("clv"), QJsonObject{{QStringLiteral("horizonMonths"), request.options.horizonMonths},
                                            {QStringLiteral("annualDiscountRate"), request.options.annualDiscountRate},
                                            {QStringLiteral("total"), finiteOrNull(a.totalValue)},
                                            {QStringLiteral("mean"), finiteOrNull(meanValue)},
                                            {QStringLiteral("customersWithoutPrediction"), a.customersWithoutPrediction}}},
        {QStringLiteral("excluded"), QJsonObject{{QStringLiteral("unreadableRows"), file.refusedCount()},
                                                 {QStringLiteral("unreadableByReason"), refused},
                                                 {QStringLiteral("negativeAmountRows"), s.counts.negativeAmountRows},
                                                 {QStringLiteral("customersFirstBuyingAfterCalibrationEnd"), s.counts.customersAfterCalibration}}},
        {QStringLiteral("kept"), QJsonObject{{QStringLiteral("rowsInCalibration"), s.counts.rowsUsed},
                                             {QStringLiteral("zeroAmountRows"), s.counts.zeroAmountRows},
                                             {QStringLiteral("repeatedRows"), s.counts.repeatedRows}}},
        {QStringLiteral("holdout"), QJsonObject{{QStringLiteral("rows"), s.counts.holdoutRows},
                                                {QStringLiteral("length"), s.holdoutLength},
                                                {QStringLiteral("end"), dayText(s.lastDay)},
                                                {QStringLiteral("actualPurchases"), a.holdout.actualPurchases},
                                                {QStringLiteral("predictedPurchases"), finiteOrNull(a.holdout.predictedPurchases)}}},
    };
    if (!a.warnings.isEmpty())
        root.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(a.warnings));
    return root;
}

void printTableReport(QTextStream &out, const ClvAnalysis &a, const TransactionFile &file, const ClvModelRequest &request)
{
    const QLocale locale;
    const TransactionSummary &s = a.summary;
    const auto fixed = [&](double v, int decimals) { return std::isfinite(v) ? locale.toString(v, 'f', decimals) : QStringLiteral("—"); };
    out << CommandLineText::tr("%1 transactions, %2 customers (%3 bought again); calibration to %4, time in %5")
               .arg(locale.toString(qint64(file.transactions.size())), locale.toString(qint64(s.customers.size())),
                    locale.toString(s.repeatBuyers()), dayText(s.calibrationEnd), timeUnitKey(s.unit))
        << "\n\n";
    QList<QStringList> rows;
    const auto add = [&](const QString &model, const QString &name, double value, double se) {
        rows << QStringList{model, name, fixed(value, 4), fixed(se, 4)};
    };
    const BgNbdParameters &bg = a.bgnbd.parameters, &bgSe = a.bgnbd.standardErrors;
    add(QStringLiteral("BG/NBD"), QStringLiteral("r"), bg.r, bgSe.r);
    add(QStringLiteral("BG/NBD"), QStringLiteral("α"), bg.alpha, bgSe.alpha);
    add(QStringLiteral("BG/NBD"), QStringLiteral("a"), bg.a, bgSe.a);
    add(QStringLiteral("BG/NBD"), QStringLiteral("b"), bg.b, bgSe.b);
    rows << QStringList{QStringLiteral("BG/NBD"), CommandLineText::tr("log-likelihood"), fixed(a.bgnbd.logLikelihood, 2), QString()};
    const ParetoNbdParameters &pn = a.paretoNbd.parameters, &pnSe = a.paretoNbd.standardErrors;
    add(QStringLiteral("Pareto/NBD"), QStringLiteral("r"), pn.r, pnSe.r);
    add(QStringLiteral("Pareto/NBD"), QStringLiteral("α"), pn.alpha, pnSe.alpha);
    add(QStringLiteral("Pareto/NBD"), QStringLiteral("s"), pn.s, pnSe.s);
    add(QStringLiteral("Pareto/NBD"), QStringLiteral("β"), pn.beta, pnSe.beta);
    rows << QStringList{QStringLiteral("Pareto/NBD"), CommandLineText::tr("log-likelihood"), fixed(a.paretoNbd.logLikelihood, 2), QString()};
    const GammaGammaParameters &gg = a.spend.parameters, &ggSe = a.spend.standardErrors;
    add(QStringLiteral("Gamma-Gamma"), QStringLiteral("p"), gg.p, ggSe.p);
    add(QStringLiteral("Gamma-Gamma"), QStringLiteral("q"), gg.q, ggSe.q);
    add(QStringLiteral("Gamma-Gamma"), QStringLiteral("γ"), gg.gamma, ggSe.gamma);
    rows << QStringList{QStringLiteral("Gamma-Gamma"), CommandLineText::tr("log-likelihood"), fixed(a.spend.logLikelihood, 2), QString()};
    printTable(out, {CommandLineText::tr("Model"), CommandLineText::tr("Parameter"), CommandLineText::tr("Estimate"), CommandLineText::tr("Std. error")}, rows, 2);
    out << '\n'
        << CommandLineText::tr("%1 fits these transactions better (higher log-likelihood); predictions use %2.")
               .arg(purchaseModelName(a.betterFit()), purchaseModelName(a.model))
        << '\n';
    const qint64 predicted = qint64(s.customers.size()) - a.customersWithoutPrediction;
    out << CommandLineText::tr("CLV over %n month(s) at %1 a year: total %2, mean %3 per customer", nullptr, request.options.horizonMonths)
               .arg(locale.toString(request.options.annualDiscountRate * 100.0, 'f', 1) + QStringLiteral(" %"),
                    fixed(a.totalValue, 2) + (file.currency.isEmpty() ? QString() : QStringLiteral(" ") + file.currency),
                    fixed(predicted > 0 ? a.totalValue / double(predicted) : 0.0, 2))
        << '\n';
    if (s.holdoutLength > 0)
        out << CommandLineText::tr("Holdout to %1 (%2 %3): %4 repeat purchases, %5 predicted")
                   .arg(dayText(s.lastDay), fixed(s.holdoutLength, 1), timeUnitKey(s.unit), locale.toString(a.holdout.actualPurchases),
                        fixed(a.holdout.predictedPurchases, 1))
            << '\n';
    out << CommandLineText::tr("Rows: %1 unreadable, %2 with a negative amount left out (returns), %3 worth 0 kept, %4 repeated rows kept; "
                    "%5 customers first bought after the calibration end")
               .arg(locale.toString(file.refusedCount()), locale.toString(s.counts.negativeAmountRows), locale.toString(s.counts.zeroAmountRows),
                    locale.toString(s.counts.repeatedRows), locale.toString(s.counts.customersAfterCalibration))
        << '\n';
}

bool writeCustomers(const QString &path, const ClvAnalysis &a, const TransactionFile &file, QString *error)
{
    QByteArray csv = "customer,x,t_x,T,mean_repeat_spend,p_alive,expected_purchases,expected_spend_per_purchase,expected_spend,clv\n";
    const auto num = [](double v, int decimals) { return std::isfinite(v) ? QByteArray::number(v, 'f', decimals) : QByteArray(); };
    for (std::size_t i = 0; i < a.customers.size(); ++i) {
        const CustomerSummary &c = a.summary.customers[i];
        const CustomerPrediction &p = a.customers[i];
        csv += csvField(file.customerIds[c.customer]).toUtf8() + ',' + QByteArray::number(c.x) + ',' + num(c.tx, 6) + ',' + num(c.T, 6) + ','
            + num(c.meanRepeatSpend, 4) + ',';
        if (p.ok)
            csv += num(p.probabilityAlive, 6) + ',' + num(p.value.expectedPurchases, 6) + ',' + num(p.spendPerPurchase, 4) + ','
                + num(p.value.expectedSpend, 4) + ',' + num(p.value.lifetimeValue, 4);
        else
            csv += ",,,,";
        csv += '\n';
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) < 0 || !out.commit()) {
        *error = CommandLineText::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString clvModelCommandUsage()
{
    return CommandLineText::tr("  waymark clv-model TRANSACTIONS [--calibration-end DATE] [--horizon-months N] [--discount RATE]\n"
                    "              [--time-unit days|weeks|months] [--model bgnbd|paretonbd] [--customers FILE.csv]\n"
                    "              [--format table|json]\n"
                    "                                lifetime value and churn from transactions (customer, date,\n"
                    "                                amount[, count, currency]: CSV/TSV/xlsx/JSON with a header, CDNOW-\n"
                    "                                style whitespace columns, or a journey holding purchases):\n"
                    "                                BG/NBD and Pareto/NBD compared, Gamma-Gamma\n"
                    "                                spend, P(alive) and CLV per customer. Purchases after DATE form\n"
                    "                                the holdout. CLV sums N calendar months (365.25/12 days, default\n"
                    "                                12), each discounted at the ANNUAL RATE (default 0.08) as\n"
                    "                                1/(1+RATE)^(month/12). Rows worth 0 count as purchases, negative\n"
                    "                                ones (returns) are left out, repeated rows are kept; all counted\n");
}

int runClvModelCommand(const QStringList &args)
{
    ClvModelRequest request;
    if (const int status = parse(args, request); status != 0)
        return status;
    const QString name = QFileInfo(request.path).fileName();
    TransactionFile file;
    if (isJourneyFile(request.path)) {
        // The journey's purchases with the journey's model settings; options given here win.
        FormatError formatError;
        const std::optional<Journey> journey = readJourneyFile(request.path, &formatError);
        if (!journey)
            return commandProblem(formatError.toString(), 1);
        const DatasetRef *purchases = journey->newestDataset(QStringLiteral("transactions"));
        if (!purchases)
            return commandProblem(CommandLineText::tr("%1 holds no purchases: add them with waymark import %1 --transactions FILE").arg(request.path), 1);
        request.options = ClvModelSettings::fromSettings(journey->settings).analysisOptions();
        request.path.clear();
        parse(args, request); // the options given again, over the journey's (they parsed once already)
        file = transactionFile((*purchases)->transactions, (*purchases)->currency.isEmpty() ? journey->currency : (*purchases)->currency);
    } else {
        QFile in(request.path);
        if (!in.open(QIODevice::ReadOnly))
            return commandProblem(CommandLineText::tr("cannot read %1: %2").arg(request.path, in.errorString()), 1);
        file = readTransactionSource(in.readAll(), request.path);
    }
    QTextStream err(stderr);
    for (const QString &message : refusedRowMessages(file, name))
        err << QStringLiteral("waymark: ") << message << Qt::endl;
    if (!file.problem.isEmpty())
        return commandProblem(QStringLiteral("%1: %2").arg(name, file.problem), 1);

    const ClvAnalysis analysis = analyseTransactions(file, request.options);
    if (analysis.summary.customers.empty())
        return commandProblem(QStringLiteral("%1: %2").arg(name, analysis.warnings.value(0)), 1);
    for (const QString &warning : analysis.warnings)
        err << QStringLiteral("waymark: ") << CommandLineText::tr("warning: %1").arg(warning) << Qt::endl;
    if (!request.customersPath.isEmpty()) {
        QString error;
        if (!writeCustomers(request.customersPath, analysis, file, &error))
            return commandProblem(error, 1);
    }
    QTextStream out(stdout);
    if (request.json)
        out << QString::fromUtf8(QJsonDocument(analysisJson(analysis, file, request)).toJson(QJsonDocument::Indented));
    else
        printTableReport(out, analysis, file, request);
    return 0;
}

} // namespace waymark
