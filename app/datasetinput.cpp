#include "datasetinput.h"

#include "data/importplan.h"
#include "data/metrics/metric.h"
#include "format/journeyfiles.h"
#include "commandlinetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace waymark {

namespace {

void reportRefusedRows(const QString &name, const std::vector<ImportIssue> &issues)
{
    QTextStream err(stderr);
    for (const ImportIssue &issue : issues) {
        err << (issue.column.isEmpty() ? CommandLineText::tr("%1:%2: %3 (row skipped)").arg(name).arg(issue.line).arg(issue.reason)
                                       : CommandLineText::tr("%1:%2: %3: %4 (row skipped)").arg(name).arg(issue.line).arg(issue.column, issue.reason))
            << '\n';
    }
    err.flush();
}
} // namespace

bool takeImportOption(const QStringList &args, qsizetype &i, const ImportTarget &kind, FileImportOptions &options, QString *error)
{
    const QString &arg = args[i];
    const auto value = [&]() -> std::optional<QString> {
        if (i + 1 >= args.size())
            return std::nullopt;
        return args[++i];
    };
    if (arg == QLatin1String("--map")) {
        const QStringList keys = importFieldKeys(kind);
        const auto pair = value();
        const qsizetype eq = pair ? pair->lastIndexOf(u'=') : -1;
        if (eq <= 0 || !keys.contains(pair->mid(eq + 1)))
            *error = CommandLineText::tr("--map takes COLUMN=FIELD with FIELD one of %1").arg(keys.join(QStringLiteral(", ")));
        else
            options.mapping.insert(pair->left(eq), int(keys.indexOf(pair->mid(eq + 1))));
        return true;
    }
    if (arg == QLatin1String("--sheet")) {
        const auto sheet = value();
        if (!sheet || sheet->isEmpty())
            *error = CommandLineText::tr("--sheet needs a sheet's name or number");
        else
            options.choices.sheet = *sheet;
        return true;
    }
    if (arg == QLatin1String("--encoding")) {
        const auto e = value();
        if (!e)
            *error = CommandLineText::tr("--encoding needs a name such as windows-1251");
        else
            options.choices.encoding = e->toLower();
        return true;
    }
    if (arg == QLatin1String("--delimiter")) {
        const auto d = value();
        if (!d || d->isEmpty())
            *error = CommandLineText::tr("--delimiter needs a character");
        else
            options.choices.delimiter = *d == QLatin1String("tab") || *d == QLatin1String("\\t") ? QChar(u'\t') : d->front();
        return true;
    }
    return false;
}

namespace {

// The header is all a mapping's guess needs: the first MiB up to its last line break (a
// character is then never cut in two), so the rest of a large file is not read twice.
QByteArray headOf(const QByteArray &bytes)
{
    qsizetype size = std::min<qsizetype>(bytes.size(), 1 << 20);
    if (size < bytes.size())
        if (const qsizetype lineEnd = QByteArrayView(bytes.constData(), size).lastIndexOf('\n'); lineEnd > 0)
            size = lineEnd + 1;
    return QByteArray::fromRawData(bytes.constData(), size);
}

} // namespace

std::optional<Dataset> importDataFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options, QString *error,
                                      AnswerChunkSink *chunks)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        *error = CommandLineText::tr("%1: %2").arg(path, input.errorString());
        return std::nullopt;
    }
    // Mapped, not read: a 100 MB export is then parsed straight from the page cache.
    uchar *mapped = input.size() > 0 ? input.map(0, input.size()) : nullptr;
    const QByteArray bytes = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), input.size()) : input.readAll();
    const QString name = QFileInfo(path).fileName();
    // --map for one column leaves the others to guessing. The header is all the guess needs:
    // previewing the whole file would check all of it as UTF-8, every page in memory at once.
    const QByteArray head = isCsvImport(bytes, headOf(bytes), name) ? headOf(bytes) : bytes; // a workbook or JSON: whole
    const QHash<QString, int> mapping = guessImportMapping(kind, previewImport(head, name, options.choices, 1).headers, options.mapping);
    ImportChoices choices = options.choices;
    choices.dropPagesBehind = mapped != nullptr;
    choices.chunks = chunks;
    ImportOutcome outcome = runImport(bytes, name, kind, choices, mapping, {}, nullptr);
    reportRefusedRows(name, outcome.issues);
    if (!outcome.dataset) {
        *error = CommandLineText::tr("%1: %2").arg(name, outcome.error);
        return std::nullopt;
    }
    return std::move(outcome.dataset);
}

std::optional<CountedAnswers> countDataFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options,
                                            const std::vector<Dimension> &by)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly) || input.size() == 0)
        return std::nullopt;
    // Mapped, and each part gives back the pages it has read: the file is never all in memory.
    uchar *mapped = input.map(0, input.size());
    if (!mapped)
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), input.size());
    const QString name = QFileInfo(path).fileName();
    const QByteArray head = headOf(bytes);
    if (!isCsvImport(bytes, head, name))
        return std::nullopt; // a workbook or JSON: read whole
    const QHash<QString, int> mapping = guessImportMapping(kind, previewImport(head, name, options.choices, 1).headers, options.mapping);
    CountingOptions counting;
    counting.dropPagesBehind = true;
    std::optional<CountedAnswers> counted = countAnswers(bytes, name, kind, options.choices, mapping, by, counting);
    if (counted)
        reportRefusedRows(name, counted->issues);
    return counted;
}

bool isJourneyFile(const QString &path)
{
    return path.endsWith(QLatin1String(".waymark")) || path.endsWith(QLatin1String(".waymark.json"));
}

std::optional<DatasetRef> datasetFromFile(const QString &path, const ImportTarget &kind, const FileImportOptions &options,
                                       std::optional<Journey> *journey, QString *error)
{
    if (!isJourneyFile(path)) {
        auto dataset = importDataFile(path, kind, options, error);
        if (!dataset)
            return std::nullopt;
        return DatasetRef(std::move(*dataset));
    }
    FormatError formatError;
    *journey = readJourneyFile(path, &formatError);
    if (!*journey) {
        *error = formatError.toString();
        return std::nullopt;
    }
    const DatasetRef *newest = nullptr;
    for (const DatasetRef &dataset : (*journey)->datasets)
        if (dataset->kindKey() == kind.key())
            newest = &dataset;
    if (!newest) {
        const Metric *metric = kind.answerMetric();
        *error = CommandLineText::tr("%1 holds no %2 dataset").arg(QFileInfo(path).fileName(), metric ? metric->name() : CommandLineText::tr("CLV"));
        return std::nullopt;
    }
    return *newest;
}

int commandProblem(const QString &message, int status)
{
    QTextStream(stderr) << QStringLiteral("waymark: ") << message << Qt::endl;
    return status;
}

} // namespace waymark
