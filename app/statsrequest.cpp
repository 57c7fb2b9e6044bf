#include "statsrequest.h"

#include "data/metrics/metric.h"
#include "postgresinput.h"
#include "warehouse/postgresurl.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark {

namespace {

QStringList dimensionKeys()
{
    QStringList keys;
    for (Dimension dimension : allDimensions())
        keys << dimensionKey(dimension);
    return keys;
}

QStringList metricKeys()
{
    QStringList keys;
    for (const Metric *metric : allMetrics())
        keys << metric->key();
    return keys;
}

// The columns the answers came from: the file's header, or the mapping kept with a dataset.
QStringList columnsFound(const StatsRequest &request, const Dataset &dataset)
{
    QFile file(request.file);
    if (!isJourneyFile(request.file) && file.open(QIODevice::ReadOnly)) {
        const QByteArray start = file.read(1 << 20);
        return previewImport(start, QFileInfo(request.file).fileName(), request.options.choices, 1).headers;
    }
    QStringList columns;
    for (const QString &line : dataset.source.mapping.split(u'\n', Qt::SkipEmptyParts))
        columns << line.section(u'=', 0, 0);
    return columns;
}
} // namespace

std::vector<MetricGroup> StatsInput::groups(const Metric &metric, const std::vector<Dimension> &by) const
{
    if (counted)
        return counted->groups;
    return groupAnswers(dataset->answers, metric, by, journey ? &*journey : nullptr);
}

std::optional<int> parseStatsRequest(const QStringList &args, bool metricOption, StatsRequest &request)
{
    QString valueColumn;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args[++i];
        };
        if (metricOption && arg == QLatin1String("--metric")) {
            const auto key = value();
            if (!key || !metricByKey(key->toLower()))
                return commandProblem(CommandLineText::tr("--metric takes one of %1").arg(metricKeys().join(QStringLiteral(", "))), 2);
            request.target = ImportTarget::fromKey(key->toLower());
            continue;
        }
        if (metricOption && arg == QLatin1String("--value")) {
            const auto column = value();
            if (!column)
                return commandProblem(CommandLineText::tr("--value needs a column name"), 2);
            valueColumn = *column;
            continue;
        }
        QString error;
        // --map keys depend on the metric (band names): a --metric after --map still applies.
        if (takeImportOption(args, i, request.target, request.options, &error)) {
            if (!error.isEmpty())
                return commandProblem(error, 2);
            continue;
        }
        if (arg == QLatin1String("--by")) {
            const auto list = value();
            if (!list)
                return commandProblem(CommandLineText::tr("--by needs a list such as touchpoint,quarter"), 2);
            request.by.clear();
            for (const QString &key : list->split(u',', Qt::SkipEmptyParts)) {
                const auto dimension = dimensionFromKey(key);
                if (!dimension)
                    return commandProblem(CommandLineText::tr("unknown dimension “%1” (%2)").arg(key, dimensionKeys().join(QStringLiteral(", "))), 2);
                request.by.push_back(*dimension);
            }
        } else if (arg == QLatin1String("--table") || arg == QLatin1String("--query")) {
            const auto text = value();
            if (!text || text->trimmed().isEmpty())
                return commandProblem(CommandLineText::tr("%1 needs a value: --table NAME or --query SQL").arg(arg), 2);
            (arg == QLatin1String("--table") ? request.table : request.query) = *text;
        } else if (arg == QLatin1String("--timeout")) {
            const auto seconds = value();
            bool ok = false;
            request.timeoutSeconds = seconds ? seconds->toInt(&ok) : 0;
            if (!ok || request.timeoutSeconds < 1)
                return commandProblem(CommandLineText::tr("--timeout takes a number of seconds"), 2);
        } else if (arg == QLatin1String("--format")) {
            const auto f = value();
            if (!f || !QStringList{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}.contains(*f))
                return commandProblem(CommandLineText::tr("--format takes table, csv or json"), 2);
            request.format = *f;
        } else if (arg.startsWith(QLatin1String("--")) || !request.file.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            request.file = arg;
        }
    }
    if (!valueColumn.isEmpty())
        request.options.mapping.insert(valueColumn, AnswerScore);
    if (request.file.isEmpty())
        return commandProblem(CommandLineText::tr("a file is needed: waymark stats FILE --metric M"), 2);
    if (!isPostgresUrl(request.file) && (!request.table.isEmpty() || !request.query.isEmpty()))
        return commandProblem(CommandLineText::tr("--table and --query read from a PostgreSQL server: waymark stats postgresql://HOST/DB --table T"), 2);
    return std::nullopt;
}

std::optional<int> loadStatsInput(const StatsRequest &request, StatsInput &input)
{
    if (isPostgresUrl(request.file)) {
        if (const auto status = loadPostgresInput(request, input))
            return status;
    } else {
        FileImportOptions options = request.options;
        options.choices.statisticsOnly = true;
        if (!isJourneyFile(request.file))
            input.counted = countDataFile(request.file, request.target, options, request.by);
        if (input.counted) {
            Dataset counted;
            counted.metricKey = request.target.metric;
            counted.name = counted.source.fileName = QFileInfo(request.file).fileName();
            input.dataset = DatasetRef(std::move(counted));
        } else {
            QString error;
            std::optional<DatasetRef> dataset = datasetFromFile(request.file, request.target, options, &input.journey, &error);
            if (!dataset)
                return commandProblem(error, 1);
            input.dataset = *dataset;
        }
    }
    const Journey *journey = input.journey ? &*input.journey : nullptr;
    for (std::size_t d = 0; d < request.by.size(); ++d) {
        const Dimension dimension = request.by[d];
        if (input.counted ? bool(input.counted->carries[d]) : tableCarries(input.dataset->answers, dimension, journey))
            continue;
        const QStringList columns = columnsFound(request, *input.dataset);
        const QString key = dimensionKey(dimension);
        const bool period = dimension == Dimension::Month || dimension == Dimension::Quarter || dimension == Dimension::Year;
        return commandProblem(CommandLineText::tr("no column gives “%1” (columns found: %2); name the column with --map COLUMN=%3")
                                  .arg(key, columns.isEmpty() ? CommandLineText::tr("none") : columns.join(QStringLiteral(", ")),
                                       period ? QStringLiteral("date") : key),
                              1);
    }
    return std::nullopt;
}

} // namespace waymark
