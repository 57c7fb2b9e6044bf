#include "saycommand.h"

#include "datasetinput.h"
#include "texttable.h"
#include "text/commentanalysis.h"
#include "text/commentcorpus.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace waymark {

namespace {


struct SayOptions {
    QString file;
    QString format = QStringLiteral("table");
    QString categoryKey;          // empty: the metric's lowest band
    ImportTarget target;
    FileImportOptions importOptions;
    SayRequest request;
};

double roundedForSay(double value, double scale = 1000.0)
{
    return std::round(value * scale) / scale;
}

QStringList byChoices()
{
    QStringList keys;
    for (Dimension dimension : allDimensions())
        keys << dimensionKey(dimension);
    return keys;
}

std::optional<int> parseSayArguments(const QStringList &args, SayOptions &o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (arg == QLatin1String("--metric")) {
            const auto key = value();
            const Metric *metric = key ? metricByKey(key->toLower()) : nullptr;
            if (!metric || !metric->hasBands())
                return commandProblem(CommandLineText::tr("--metric takes a metric with answer categories: %1").arg(QStringLiteral("nps, csat, ces, enps")), 2);
            o.target = ImportTarget::fromKey(key->toLower());
            continue;
        }
        QString error;
        if (takeImportOption(args, i, o.target, o.importOptions, &error)) {
            if (!error.isEmpty())
                return commandProblem(error, 2);
            continue;
        }
        if (arg == QLatin1String("--by")) {
            const auto key = value();
            const auto dimension = key ? dimensionFromKey(*key) : std::nullopt;
            if (!dimension)
                return commandProblem(CommandLineText::tr("--by takes one of %1").arg(byChoices().join(QStringLiteral(", "))), 2);
            o.request.by = *dimension;
        } else if (arg == QLatin1String("--group")) {
            const auto group = value();
            if (!group || group->isEmpty())
                return commandProblem(CommandLineText::tr("--group needs a group's value, such as a touchpoint key"), 2);
            o.request.onlyGroup = *group;
        } else if (arg == QLatin1String("--category")) {
            const auto category = value();
            if (!category || category->isEmpty())
                return commandProblem(CommandLineText::tr("--category needs a category such as detractors, or all"), 2);
            o.categoryKey = category->toLower();
        } else if (arg == QLatin1String("--top")) {
            const auto top = value();
            bool ok = false;
            const int n = top ? top->toInt(&ok) : 0;
            if (!ok || n < 1 || n > 1000)
                return commandProblem(CommandLineText::tr("--top takes a number of terms from 1 to 1000"), 2);
            o.request.top = n;
        } else if (arg == QLatin1String("--format")) {
            const auto f = value();
            if (!f || (*f != QLatin1String("table") && *f != QLatin1String("json")))
                return commandProblem(CommandLineText::tr("--format takes table or json"), 2);
            o.format = *f;
        } else if (arg.startsWith(QLatin1String("--")) || !o.file.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            o.file = arg;
        }
    }
    if (o.file.isEmpty())
        return commandProblem(CommandLineText::tr("a file is needed: waymark say FILE"), 2);
    const Metric *metric = o.target.answerMetric();
    const QStringList bands = metric->bandKeys();
    if (o.categoryKey == QLatin1String("all"))
        o.request.category.reset();
    else if (!o.categoryKey.isEmpty() && !bands.contains(o.categoryKey))
        return commandProblem(CommandLineText::tr("--category takes %1 or all for %2").arg(bands.join(QStringLiteral(", ")), metric->name()), 2);
    else if (!o.categoryKey.isEmpty())
        o.request.category = Band(bands.indexOf(o.categoryKey));
    return std::nullopt;
}

QJsonObject termJson(const DistinctiveTerm &term)
{
    QJsonArray quotes, answers;
    for (const Quote &quote : term.quotes) {
        quotes.append(quote.text);
        QJsonObject answer{{QStringLiteral("score"), quote.score}};
        answer.insert(QStringLiteral("date"), quote.date.isValid() ? QJsonValue(quote.date.toString(Qt::ISODate)) : QJsonValue());
        answers.append(answer);
    }
    return QJsonObject{{QStringLiteral("term"), term.term},
                       {QStringLiteral("count"), term.count},
                       {QStringLiteral("othersCount"), term.othersCount},
                       {QStringLiteral("logOdds"), roundedForSay(term.logOdds)},
                       {QStringLiteral("z"), roundedForSay(term.z, 100.0)},
                       {QStringLiteral("quotes"), quotes},
                       {QStringLiteral("quoteAnswers"), answers}};
}

QString quoteLine(const Quote &quote)
{
    const QString score = QString::number(quote.score);
    return quote.date.isValid() ? CommandLineText::tr("    “%1” (%2, %3)").arg(quote.text, score, quote.date.toString(Qt::ISODate))
                                : CommandLineText::tr("    “%1” (%2)").arg(quote.text, score);
}

} // namespace

QString sayCommandUsage()
{
    return CommandLineText::tr("  waymark say FILE [--by DIM] [--group VALUE] [--category CATEGORY|all] [--top N]\n"
                    "              [--format table|json] [--metric nps|csat|ces|enps] [--map COLUMN=FIELD ...]\n"
                    "                                what customers say: the words and two-word phrases that set\n"
                    "                                each group's comments apart (weighted log-odds, |z| ≥ 1.96),\n"
                    "                                with their shortest quotes, personal data masked. Default: each\n"
                    "                                touchpoint's detractors against all other comments. FILE: a\n"
                    "                                responses file or a journey with such a dataset\n");
}

int runSayCommand(const QStringList &args)
{
    SayOptions o;
    if (const auto status = parseSayArguments(args, o))
        return *status;
    std::optional<Journey> journey;
    QString error;
    const std::optional<DatasetRef> dataset = datasetFromFile(o.file, o.target, o.importOptions, &journey, &error);
    if (!dataset)
        return commandProblem(error, 1);
    const AnswerTable &table = (*dataset)->answerRows();
    const Metric &metric = *(*dataset)->metric();
    if (std::none_of(table.comment.begin(), table.comment.end(), [](quint32 c) { return c != 0; }))
        return commandProblem(CommandLineText::tr("%1 has no comments (name the comment column with --map COLUMN=comment)").arg(o.file), 1);
    const bool period = o.request.by == Dimension::Month || o.request.by == Dimension::Quarter || o.request.by == Dimension::Year;
    if (!tableCarries(table, o.request.by, journey ? &*journey : nullptr))
        return commandProblem(CommandLineText::tr("%1 has no “%2” values to group by (--by); name the column with --map COLUMN=%3")
                                  .arg(o.file, dimensionKey(o.request.by), period ? QStringLiteral("date") : dimensionKey(o.request.by)),
                              1);

    const CommentCorpus corpus = CommentCorpus::build(table);
    const std::vector<CommentGroup> groups = distinctiveTerms(table, corpus, metric, o.request, journey ? &*journey : nullptr);
    if (!o.request.onlyGroup.isEmpty() && groups.empty())
        return commandProblem(CommandLineText::tr("no %1 “%2” with comments in %3").arg(dimensionKey(o.request.by), o.request.onlyGroup, o.file), 1);
    const QString category = o.request.category ? metric.bandKeys().value(int(*o.request.category)) : QStringLiteral("all");

    QTextStream out(stdout);
    if (o.format == QLatin1String("json")) {
        QJsonArray array;
        for (const CommentGroup &group : groups) {
            QJsonArray terms;
            for (const DistinctiveTerm &term : group.terms)
                terms.append(termJson(term));
            array.append(QJsonObject{{QStringLiteral("group"), QJsonObject{{dimensionKey(o.request.by), group.label}}},
                                     {QStringLiteral("category"), category},
                                     {QStringLiteral("comments"), group.comments},
                                     {QStringLiteral("otherComments"), group.otherComments},
                                     {QStringLiteral("terms"), terms}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    const QString categoryName = o.request.category ? metric.bandNames().value(int(*o.request.category)) : CommandLineText::tr("all answers");
    for (const CommentGroup &group : groups) {
        out << CommandLineText::tr("%1 %2: %3, %n comment(s)", nullptr, int(group.comments)).arg(dimensionKey(o.request.by), group.label, categoryName)
            << CommandLineText::tr(" (against %n other comment(s))", nullptr, int(group.otherComments)) << '\n';
        if (group.otherComments == 0) {
            out << CommandLineText::tr("  no other comments to compare with (try --category or another --by)") << "\n\n";
            continue;
        }
        if (group.terms.empty()) {
            out << CommandLineText::tr("  no term stands out (|z| ≥ 1.96, seen at least %1 times)").arg(o.request.minimumCount) << "\n\n";
            continue;
        }
        QList<QStringList> rows;
        for (const DistinctiveTerm &term : group.terms)
            rows << QStringList{term.term, QString::number(term.count), QString::number(term.othersCount),
                                QString::number(term.logOdds, 'f', 2), QString::number(term.z, 'f', 2)};
        printTable(out, {CommandLineText::tr("term"), CommandLineText::tr("count"), CommandLineText::tr("others"), CommandLineText::tr("log-odds"), QStringLiteral("z")}, rows, 1);
        for (const DistinctiveTerm &term : group.terms) {
            if (term.quotes.empty())
                continue;
            out << QStringLiteral("  ") << term.term << ":\n";
            for (const Quote &quote : term.quotes)
                out << quoteLine(quote) << '\n';
        }
        out << '\n';
    }
    return 0;
}

} // namespace waymark
