#include "importcommand.h"

#include "clv/transactiondataset.h"
#include "clv/transactionsource.h"
#include "commands/datasetcommands.h"
#include "data/metrics/metric.h"
#include "datasetinput.h"
#include "format/journeyfiles.h"
#include "format/journeylock.h"
#include "format/waymarkappend.h"
#include "journeyupdate.h"
#include "livecommand.h"
#include "warehouse/postgresurl.h"
#include "journeydocument.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

namespace waymark {

namespace {
// Purchases for the lifetime value model; rows refused are listed on stderr as they are by
// `clv-model`.
std::optional<Dataset> importTransactions(const QString &path, const QString &sheet, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = CommandLineText::tr("cannot read %1: %2").arg(path, in.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = in.readAll();
    const clv::TransactionFile file = clv::readTransactionSource(bytes, path, sheet);
    const QString name = QFileInfo(path).fileName();
    QTextStream err(stderr);
    for (const QString &message : clv::refusedRowMessages(file, name))
        err << QStringLiteral("waymark: ") << message << Qt::endl;
    if (!file.problem.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(name, file.problem);
        return std::nullopt;
    }
    return clv::transactionDataset(file, bytes, path);
}

void reportAdded(const QString &journeyPath, const QString &datasetName, const DatasetSource &source)
{
    const QLocale locale;
    QTextStream(stdout) << CommandLineText::tr("%1: added “%2”: %3 of %4 rows imported, %5 refused")
                               .arg(QFileInfo(journeyPath).fileName(), datasetName, locale.toString(source.rowsImported),
                                    locale.toString(source.rowsRead), locale.toString(source.rowsRejected))
                        << Qt::endl;
}

// Answers into a .waymark file go straight into it as they are checked
// (format/waymarkappend.h): ten million answers in a few hundred megabytes. nullopt when the
// journey needs the ordinary import: a file in an older format (reading upgrades it), a
// journey with lifetime values or purchases (the headline links customers' answers to their
// value, which needs the rows), or an aggregated table (kept whole: `whole` then holds it).
std::optional<int> importAnswersStreamed(const QString &journeyPath, const QString &dataPath, const ImportTarget &kind,
                                         const FileImportOptions &options, const QString &name, std::optional<Dataset> *whole)
{
    const Metric *metric = metricByKey(kind.metric);
    if (!metric || !QFileInfo::exists(journeyPath))
        return std::nullopt;
    // One writer from the read to the rename, as for any change of the file (journeyupdate.h).
    FormatError formatError;
    JourneyLock lock(journeyPath);
    if (!lock.lock(JourneyLock::waitForOtherWriter, &formatError))
        return commandProblem(formatError.toString(), 1);
    FileFingerprint fingerprint;
    const std::optional<Journey> journey = openJourneyFile(journeyPath, &fingerprint, &formatError, &lock, DatasetRows::SummaryOnly);
    if (!journey)
        return commandProblem(formatError.toString(), 1);
    for (const DatasetRef &dataset : journey->datasets)
        if (dataset->kind != DatasetKind::Answers)
            return std::nullopt;
    WaymarkAppend append;
    bool notCurrent = false;
    if (!append.begin(journeyPath, *metric, &notCurrent))
        return notCurrent ? std::nullopt : std::optional<int>(commandProblem(append.error(), 1));
    QString error;
    std::optional<Dataset> dataset = importDataFile(dataPath, kind, options, &error, &append);
    if (!dataset)
        return commandProblem(error, 1);
    if (!name.isEmpty())
        dataset->name = name;
    if (dataset->rows() > 0) { // not streamed: counts per group
        *whole = std::move(dataset);
        return std::nullopt;
    }
    if (!append.finish(*dataset, fingerprint))
        return commandProblem(append.error(), 1);
    reportAdded(journeyPath, dataset->name, dataset->source);
    return 0;
}

} // namespace

QString importCommandUsage()
{
    return CommandLineText::tr("  waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE | --transactions FILE\n"
                    "              [--name NAME] [--map COLUMN=FIELD ...] [--sheet NAME|N] [--encoding NAME] [--delimiter C]\n"
                    "                                add answers of a metric (nps csat ces audit enps mean), CLV\n"
                    "                                values or purchases (customer, date, amount[, count, currency];\n"
                    "                                the lifetime value model learns from them) to a journey file\n"
                    "  waymark import JOURNEY --nps|--metric M postgresql://HOST/DB --table T | --query SQL [--map …]\n"
                    "                                answers that stay in PostgreSQL: the journey keeps their counts\n"
                    "                                per group and where they come from (never a password)\n");
}

int runImportCommand(const QStringList &args)
{
    QString journeyPath;
    QString dataPath;
    QString name;
    std::optional<ImportTarget> kind;
    QString transactionsPath;
    FileImportOptions options;
    QString table, query; // answers that stay on a PostgreSQL server (a live dataset)
    QStringList rest; // --map/--encoding/--delimiter need the kind first: read them after
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--transactions")) {
            if (kind || !transactionsPath.isEmpty() || i + 1 >= args.size())
                return commandProblem(CommandLineText::tr("give one of --nps FILE, --clv FILE, --metric M FILE or --transactions FILE"), 2);
            transactionsPath = args[++i];
        } else if (arg == QLatin1String("--nps") || arg == QLatin1String("--clv") || arg == QLatin1String("--metric")) {
            if (kind || !transactionsPath.isEmpty())
                return commandProblem(CommandLineText::tr("give one of --nps FILE, --clv FILE or --metric M FILE"), 2);
            if (arg == QLatin1String("--metric")) {
                if (i + 1 >= args.size() || !metricByKey(args[i + 1].toLower()))
                    return commandProblem(CommandLineText::tr("--metric takes one of nps, csat, ces, audit, enps, mean and then a file"), 2);
                kind = ImportTarget::fromKey(args[++i].toLower());
            } else {
                kind = ImportTarget(arg == QLatin1String("--nps") ? DatasetKind::Answers : DatasetKind::Clv);
            }
            if (i + 1 >= args.size())
                return commandProblem(CommandLineText::tr("%1 needs a file").arg(arg), 2);
            dataPath = args[++i];
        } else if (arg == QLatin1String("--table") || arg == QLatin1String("--query")) {
            if (i + 1 >= args.size() || args[i + 1].trimmed().isEmpty())
                return commandProblem(CommandLineText::tr("%1 needs a value").arg(arg), 2);
            (arg == QLatin1String("--table") ? table : query) = args[++i];
        } else if (arg == QLatin1String("--name")) {
            if (i + 1 >= args.size() || args[i + 1].trimmed().isEmpty())
                return commandProblem(CommandLineText::tr("--name needs a name"), 2);
            name = args[++i].trimmed();
        } else if (arg == QLatin1String("--map") || arg == QLatin1String("--encoding") || arg == QLatin1String("--delimiter")
                   || arg == QLatin1String("--sheet")) {
            rest << arg;
            if (i + 1 < args.size())
                rest << args[++i];
        } else if (arg.startsWith(QLatin1String("--")) || !journeyPath.isEmpty()) {
            return commandProblem(CommandLineText::tr("unexpected argument “%1”").arg(arg), 2);
        } else {
            journeyPath = arg;
        }
    }
    if (journeyPath.isEmpty() || (!kind && transactionsPath.isEmpty()))
        return commandProblem(CommandLineText::tr("import needs a journey and a file: waymark import JOURNEY --nps FILE | --clv FILE | --metric M FILE"
                                       " | --transactions FILE"),
                              2);
    if (!isJourneyFile(journeyPath))
        return commandProblem(CommandLineText::tr("%1 is not a journey file (.waymark or .waymark.json)").arg(journeyPath), 2);
    QString sheet;
    for (qsizetype i = 0; kind && i < rest.size(); ++i) {
        QString error;
        takeImportOption(rest, i, *kind, options, &error);
        if (!error.isEmpty())
            return commandProblem(error, 2);
    }
    for (qsizetype i = 0; !kind && i < rest.size(); i += 2) {
        if (rest[i] != QLatin1String("--sheet") || i + 1 >= rest.size())
            return commandProblem(CommandLineText::tr("%1 is not an option of --transactions (its columns are found by their names)").arg(rest[i]), 2);
        sheet = rest[i + 1];
    }

    if (kind && isPostgresUrl(dataPath))
        return importLiveData(journeyPath, dataPath, *kind, table, query, options.mapping, name);
    if (!table.isEmpty() || !query.isEmpty())
        return commandProblem(CommandLineText::tr("--table and --query read answers from a PostgreSQL server: waymark import JOURNEY "
                                       "--metric M postgresql://HOST/DB --table T"),
                              2);

    std::optional<Dataset> dataset;
    if (kind && kind->kind == DatasetKind::Answers && journeyFileKind(journeyPath) == JourneyFileKind::Native)
        if (const auto status = importAnswersStreamed(journeyPath, dataPath, *kind, options, name, &dataset))
            return *status;
    // Reading the data file may take a while and touches no journey: done before the lock.
    QString error;
    if (!dataset)
        dataset = kind ? importDataFile(dataPath, *kind, options, &error) : importTransactions(transactionsPath, sheet, &error);
    if (!dataset)
        return commandProblem(error, 1);
    if (!name.isEmpty())
        dataset->name = name;
    const DatasetSource source = dataset->source;
    const QString datasetName = dataset->name;

    // The same command the window pushes, so the journey changes exactly as an import there would.
    if (const auto status = updateJourneyFile(journeyPath, [&](JourneyDocument &document, QString *) {
            document.undoStack()->push(new AddDataset(&document, std::move(*dataset)));
            return true;
        }))
        return *status;
    reportAdded(journeyPath, datasetName, source);
    return 0;
}

} // namespace waymark
