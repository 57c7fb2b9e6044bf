#include "postgresinput.h"

#include "warehouse/postgressource.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark {

namespace {
} // namespace

std::optional<int> loadPostgresInput(const StatsRequest &request, StatsInput &input)
{
    QString error;
    PostgresAnswerSource source;
    const auto address = parsePostgresUrl(request.file, &error);
    if (!address)
        return commandProblem(error, 2);
    source.address = *address;
    source.table = request.table;
    source.query = request.query;
    if (source.table.isEmpty() == source.query.isEmpty())
        return commandProblem(CommandLineText::tr("a PostgreSQL source needs --table NAME or --query SQL (one of them)"), 2);
    source.metric = request.target.metric;
    source.mapping = request.options.mapping;
    PostgresLimits limits;
    limits.timeoutSeconds = request.timeoutSeconds;
    const auto answers = readPostgresAnswers(source, request.by, limits, &error);
    if (!answers)
        return commandProblem(error, 1);
    QTextStream err(stderr);
    for (const QString &warning : answers->warnings)
        err << QStringLiteral("waymark: ") << warning << Qt::endl;
    input.dataset = DatasetRef(answers->dataset);
    return std::nullopt;
}

} // namespace waymark
