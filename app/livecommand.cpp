#include "livecommand.h"

#include "commands/datasetcommands.h"
#include "datasetinput.h"
#include "journeydocument.h"
#include "journeyupdate.h"
#include "warehouse/livedataset.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace waymark {

namespace {


void printWarnings(const QStringList &warnings)
{
    QTextStream err(stderr);
    for (const QString &warning : warnings)
        err << QStringLiteral("waymark: ") << warning << Qt::endl;
}

QString answersText(double answers)
{
    return QLocale().toString(answers, 'f', 0);
}

} // namespace

int importLiveData(const QString &journeyPath, const QString &url, const ImportTarget &target, const QString &table,
                   const QString &query, const QHash<QString, int> &mapping, const QString &name)
{
    if (target.kind != DatasetKind::Answers)
        return commandProblem(CommandLineText::tr("only survey answers are read from PostgreSQL (--nps or --metric M)"), 2);
    if (table.isEmpty() == query.isEmpty())
        return commandProblem(CommandLineText::tr("a PostgreSQL source needs --table NAME or --query SQL (one of them)"), 2);
    QString error;
    const auto address = parsePostgresUrl(url, &error);
    if (!address)
        return commandProblem(error, 2);
    PostgresAnswerSource source;
    source.address = *address;
    source.table = table;
    source.query = query;
    source.metric = target.metric;
    source.mapping = mapping;
    // Counting on the server may take a while and touches no journey: done before the lock.
    auto answers = readLiveDataset(source, PostgresLimits(), &error);
    if (!answers)
        return commandProblem(error, 1);
    printWarnings(answers->warnings);
    if (!name.isEmpty())
        answers->dataset.name = name;
    const QString datasetName = answers->dataset.name;
    const std::size_t groups = answers->dataset.answers->score.size();
    if (const auto status = updateJourneyFile(journeyPath, [&](JourneyDocument &document, QString *) {
            addLiveDataset(&document, std::move(answers->dataset), source);
            return true;
        }))
        return *status;
    QTextStream(stdout) << CommandLineText::tr("%1: added “%2” from %3: %4 answers in %5 groups; refresh with: waymark refresh %1")
                               .arg(QFileInfo(journeyPath).fileName(), datasetName, source.address.display(),
                                    answersText(answers->answers), QLocale().toString(qulonglong(groups)))
                        << Qt::endl;
    return 0;
}

QString refreshCommandUsage()
{
    return CommandLineText::tr("  waymark refresh JOURNEY [--name NAME] [--timeout SECONDS]\n"
                    "                                read the journey's data from PostgreSQL anew (every dataset that\n"
                    "                                came from a server, or the one named); one that fails keeps its\n"
                    "                                last figures and is named\n");
}

int runRefreshCommand(const QStringList &args)
{
    QString journeyPath;
    QString name;
    PostgresLimits limits;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--name") && i + 1 < args.size()) {
            name = args[++i];
        } else if (arg == QLatin1String("--timeout") && i + 1 < args.size()) {
            bool ok = false;
            limits.timeoutSeconds = args[++i].toInt(&ok);
            if (!ok || limits.timeoutSeconds <= 0)
                return commandProblem(CommandLineText::tr("--timeout needs a number of seconds"), 2);
        } else if (arg.startsWith(QLatin1String("--")) || !journeyPath.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            journeyPath = arg;
        }
    }
    if (journeyPath.isEmpty())
        return commandProblem(CommandLineText::tr("refresh needs a journey: waymark refresh JOURNEY"), 2);

    QStringList failures;
    int refreshed = 0;
    const auto status = updateJourneyFile(journeyPath, [&](JourneyDocument &document, QString *error) {
        const Journey &journey = document.journey();
        QList<QUuid> ids;
        for (const DatasetRef &dataset : journey.datasets)
            if (liveDatasets(journey).contains(dataset->id) && (name.isEmpty() || dataset->name == name))
                ids << dataset->id;
        if (ids.isEmpty()) {
            *error = name.isEmpty() ? CommandLineText::tr("%1 has no data from a server to refresh").arg(QFileInfo(journeyPath).fileName())
                                    : CommandLineText::tr("%1 has no data from a server named “%2”").arg(QFileInfo(journeyPath).fileName(), name);
            return false;
        }
        for (const QUuid &id : ids) {
            LiveRefresh refresh = refreshLiveDataset(document.journey(), id, limits);
            printWarnings(refresh.warnings);
            if (!refresh.dataset) {
                failures << refresh.error;
                continue;
            }
            document.undoStack()->push(new ReplaceDataset(&document, std::move(*refresh.dataset), QString()));
            ++refreshed;
        }
        *error = failures.join(u'\n');
        return refreshed > 0; // nothing new: the file stays as it was
    });
    if (status && refreshed == 0)
        return *status;
    for (const QString &failure : failures)
        QTextStream(stderr) << QStringLiteral("waymark: ") << failure << Qt::endl;
    if (status)
        return *status;
    QTextStream(stdout) << CommandLineText::tr("%1: %n dataset(s) refreshed", nullptr, refreshed).arg(QFileInfo(journeyPath).fileName()) << Qt::endl;
    return failures.isEmpty() ? 0 : 1;
}

} // namespace waymark
