#include "data/importjob.h"
#include "data/jsonrecords.h"

#include "data/csvrecords.h"
#include "data/importfields.h"
#include "data/metrics/metric.h"
#include "data/textdecoding.h"
#include "data/importplan.h"
#include "data/mappedpages.h"
#include "data/rowimporter.h"
#include "data/rowsahead.h"
#include "data/filedigest.h"
#include "data/xlsxreader.h"
#include "effort.h"
#include "inputlimits.h"
#include "quotedtext.h"
#include "data/importjobtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace waymark {

namespace {


bool isXlsx(const QByteArray &bytes, const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || bytes.startsWith("PK\x03\x04");
}

// A workbook's chosen sheet as UTF-8 CSV (one record per sheet row, so "line N" in a message
// is row N in Excel); `sheets` receives the sheet names. Empty with `error` set on failure.
QByteArray xlsxAsCsv(const QByteArray &bytes, const QString &sheet, QStringList *sheets, QString *error)
{
    const XlsxWorkbook book = readXlsxWorkbook(bytes);
    if (!book.error.isEmpty()) {
        *error = book.error;
        return {};
    }
    for (const XlsxSheet &each : book.sheets)
        sheets->append(each.name);
    const int index = sheet.isEmpty() ? 0 : findXlsxSheet(book, sheet);
    if (index < 0) {
        *error = ImportJobText::tr("The workbook has no sheet “%1” (it has: %2).").arg(sheet, sheets->join(QStringLiteral(", ")));
        return {};
    }
    return xlsxSheetAsCsv(bytes, index, error);
}

bool isJson(QByteArrayView utf8, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return true;
    const QByteArray start = utf8.first(std::min<qsizetype>(utf8.size(), 256)).toByteArray().trimmed();
    return start.startsWith('[') || start.startsWith('{');
}

char delimiterFor(QByteArrayView utf8, const ImportChoices &choices)
{
    const char chosen = choices.delimiter.toLatin1();
    return chosen != 0 ? chosen : CsvRecords::detectDelimiter(utf8);
}

QStringList toStrings(std::span<const QByteArrayView> fields)
{
    QStringList list;
    list.reserve(qsizetype(fields.size()));
    for (QByteArrayView field : fields)
        list.append(QString::fromUtf8(field));
    return list;
}

Records csvRecords(const QByteArray &utf8, char delimiter, qsizetype limit)
{
    Records records;
    CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
        if (records.headers.isEmpty()) {
            if (qsizetype(record.fields.size()) > InputLimits::maxImportColumns) {
                records.error = tooManyColumns(qsizetype(record.fields.size()));
                return false;
            }
            records.headers = toStrings(record.fields);
            return true;
        }
        records.rows.append(toStrings(record.fields));
        records.lines.append(record.line);
        return limit <= 0 || records.rows.size() < limit;
    });
    return records;
}

// What runImport() settles before the first row: the header, which column feeds which field,
// the order of slash dates. `jsonRows` for a JSON file, else a CSV/TSV text split by `delimiter`.
ImportPlan planImport(QByteArrayView utf8, char delimiter, const Records *jsonRows, const ImportTarget &target,
                      const ImportChoices &choices, const QHash<QString, int> &mapping)
{
    ImportPlan plan;
    plan.delimiter = delimiter;
    QStringList &headers = plan.headers;
    const bool json = jsonRows != nullptr;
    if (json) {
        headers = jsonRows->headers;
    } else {
        qsizetype width = 0;
        CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
            width = qsizetype(record.fields.size());
            if (width <= InputLimits::maxImportColumns)
                headers = toStrings(record.fields);
            return false;
        });
        if (width > InputLimits::maxImportColumns) {
            plan.error = tooManyColumns(width);
            return plan;
        }
    }
    const DatasetKind kind = target.kind;
    if (kind == DatasetKind::Answers && !target.answerMetric()) {
        plan.error = ImportJobText::tr("“%1” is not a metric Waymark knows.").arg(target.metric);
        return plan;
    }
    const QStringList fields = importFieldNames(target);
    QHash<int, qsizetype> &columnOf = plan.columnOf;
    QHash<QString, int> &found = plan.found; // the mapping's columns that the file has
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const qsizetype column = headers.indexOf(it.key());
        if (column >= 0 && importFieldApplies(target, it.value())) {
            // Two columns for one field: which one would win depends on hash order, so say so.
            if (const qsizetype other = columnOf.value(it.value(), -1); other >= 0) {
                plan.error = ImportJobText::tr("The columns “%1” and “%2” are both chosen as %3; choose one.")
                                    .arg(headers.value(std::min(other, column)), headers.value(std::max(other, column)),
                                         fields.value(it.value()));
                return plan;
            }
            columnOf.insert(it.value(), column);
            found.insert(it.key(), it.value());
        }
    }
    if (const QString missing = missingImportFields(target, found); !missing.isEmpty()) {
        plan.error = missing;
        return plan;
    }

    // Day/month order of slash dates: the first unambiguous date decides; stop at the first
    // date in another format (a file has one).
    bool &dayFirst = plan.dayFirst;
    const int dateField = kind == DatasetKind::Answers ? int(AnswerDate) : int(ClvAcquired);
    if (choices.dateOrder != 0) {
        dayFirst = choices.dateOrder == 1;
    } else if (columnOf.contains(dateField)) {
        const qsizetype column = columnOf.value(dateField);
        SlashDateOrder order;
        bool header = !json;
        const auto see = [&](QByteArrayView cell) { return order.see(cell) || order.sawOtherDates(); };
        if (json) {
            for (const QStringList &row : std::as_const(jsonRows->rows))
                if (see(row.value(column).toUtf8()))
                    break;
        } else {
            CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
                if (std::exchange(header, false) || qsizetype(record.fields.size()) <= column)
                    return true;
                return !see(record.fields[std::size_t(column)]);
            });
        }
        if (order.sawSlashDates() && !order.known()) {
            plan.error = ImportJobText::tr("The dates could be day-first or month-first: choose which.");
            return plan;
        }
        dayFirst = order.dayFirst();
    }
    return plan;
}

} // namespace

ImportPlan planCsvImport(QByteArrayView utf8, const ImportTarget &target, const ImportChoices &choices, const QHash<QString, int> &mapping)
{
    return planImport(utf8, delimiterFor(utf8, choices), nullptr, target, choices, mapping);
}

bool isCsvImport(const QByteArray &bytes, QByteArrayView utf8, const QString &fileName)
{
    return !isXlsx(bytes, fileName) && !isJson(utf8, fileName);
}

ImportPreview previewImport(const QByteArray &fileBytes, const QString &fileName, const ImportChoices &choices, int rows)
{
    ImportPreview preview;
    QByteArray bytes = fileBytes;
    const bool workbook = isXlsx(fileBytes, fileName);
    if (workbook) {
        bytes = xlsxAsCsv(fileBytes, choices.sheet, &preview.sheets, &preview.error);
        if (!preview.error.isEmpty())
            return preview;
    }
    const Utf8Text text = toUtf8(bytes, workbook ? QStringLiteral("utf-8") : choices.encoding);
    preview.encoding = text.encoding;
    preview.encodingProblem = text.problem;
    const Records records = !workbook && isJson(text.utf8, fileName) ? jsonRecords(text.utf8, rows)
                                                                      : csvRecords(text.utf8, workbook ? ',' : delimiterFor(text.utf8, choices), rows);
    preview.headers = records.headers;
    preview.rows = records.rows;
    preview.error = records.error;
    if (records.headers.isEmpty() && records.error.isEmpty())
        preview.error = ImportJobText::tr("The file holds no rows.");
    const QHash<QString, int> guess = guessImportMapping(ImportTarget(), records.headers);
    for (auto it = guess.cbegin(); it != guess.cend(); ++it) {
        if (it.value() != AnswerDate)
            continue;
        const qsizetype column = records.headers.indexOf(it.key());
        SlashDateOrder order;
        for (const QStringList &row : records.rows)
            if (order.see(row.value(column).toUtf8()))
                break;
        preview.dateOrderAmbiguous = order.sawSlashDates() && !order.known();
    }
    return preview;
}

namespace {
constexpr qsizetype mappedDropStep = FileDigest::stretch; // pages of a mapped file given back every 16 MiB

} // namespace

ImportOutcome runImport(const QByteArray &bytes, const QString &fileName, const ImportTarget &target, const ImportChoices &choices,
                        const QHash<QString, int> &mapping, const std::function<void(double)> &progress,
                        const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    // A workbook's sheet becomes CSV first; the digest stays that of the file itself.
    QByteArray converted;
    if (isXlsx(bytes, fileName)) {
        QStringList sheets;
        converted = xlsxAsCsv(bytes, choices.sheet, &sheets, &outcome.error);
        if (!outcome.error.isEmpty())
            return outcome;
    }
    // A file's mapping read as UTF-8 where it lies is checked beside the parse (FileDigest).
    const bool mapped = choices.dropPagesBehind && converted.isNull();
    Utf8Text decoded = toUtf8(converted.isNull() ? bytes : converted, converted.isNull() ? choices.encoding : QStringLiteral("utf-8"), mapped,
                              mapped && !choices.statisticsOnly);
    // Read through a const reference from here: a non-const data() would copy a mapped file.
    const Utf8Text &text = decoded;
    const auto notUtf8 = [&outcome](const QString &problem) {
        outcome.error = problem + QLatin1Char(' ') + ImportJobText::tr("Choose its encoding (for example Windows-1251).");
        return outcome;
    };
    if (!text.problem.isEmpty())
        return notUtf8(text.problem);
    const bool json = converted.isNull() && isJson(text.utf8, fileName);
    // Checked now after all where the text is not the mapping (a BOM cut off copies it) or is
    // JSON, which is parsed whole before the digest starts.
    if (text.unchecked && (json || text.utf8.constData() != bytes.constData())) {
        if (const qsizetype bad = firstInvalidUtf8(text.utf8); bad >= 0)
            return notUtf8(utf8Problem(text.utf8, bad));
        decoded.unchecked = false;
    }
    const char delimiter = json ? ',' : converted.isNull() ? delimiterFor(text.utf8, choices) : ',';
    Records jsonRows;
    if (json) {
        jsonRows = jsonRecords(text.utf8, 0);
        if (!jsonRows.error.isEmpty()) {
            outcome.error = jsonRows.error;
            return outcome;
        }
    }
    const ImportPlan plan = planImport(text.utf8, delimiter, json ? &jsonRows : nullptr, target, choices, mapping);
    if (!plan.error.isEmpty()) {
        outcome.error = plan.error;
        return outcome;
    }
    const DatasetKind kind = target.kind;
    const QStringList fields = importFieldNames(target);
    const QStringList &headers = plan.headers;
    const QHash<int, qsizetype> &columnOf = plan.columnOf;
    const bool dayFirst = plan.dayFirst;

    Dataset dataset;
    dataset.id = QUuid::createUuid();
    dataset.kind = kind;
    dataset.metricKey = kind == DatasetKind::Answers ? target.metric : QStringLiteral("nps");
    dataset.name = fileName;
    dataset.source.fileName = fileName;
    // The digest of a large file is taken on another core while this one parses. A file's
    // mapping read as it is (not decoded into a copy) is never all in memory (ten million
    // answers: 843 MB): the parse gives the pages back behind it, and the digest (with the
    // UTF-8 check when left to it) keeps near the parse, so each page is brought in once.
    const bool dropPages = choices.dropPagesBehind && text.utf8.constData() == bytes.constData();
    if (dropPages)
        releaseMappedPages(bytes.constData(), bytes.constData() + bytes.size());
    std::optional<FileDigest> digest;
    if (!choices.statisticsOnly)
        digest.emplace(bytes, text.unchecked, dropPages && !json);
    dataset.source.importedAt = QDateTime::currentDateTimeUtc();
    dataset.source.encoding = text.encoding;
    QStringList mappingLines;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingLines << QStringLiteral("%1=%2").arg(it.key(), fields.value(it.value()));
    mappingLines.sort();
    dataset.source.mapping = mappingLines.join(u'\n');

    RowImporter importer(dataset, outcome.issues, headers, columnOf, dayFirst, text.utf8, choices.statisticsOnly, nullptr, choices.chunks);
    qint64 rowsRead = 0;
    bool cancelled = false;
    const double size = double(std::max<qsizetype>(1, text.utf8.size()));
    if (json) {
        std::vector<QByteArray> cells;
        std::vector<QByteArrayView> views;
        for (qsizetype r = 0; r < jsonRows.rows.size(); ++r) {
            if ((r & 4095) == 0 && ((cancel && *cancel) || importer.sinkRefused())) {
                cancelled = true;
                break;
            }
            if (progress && (r % 10000) == 0)
                progress(double(r) / double(jsonRows.rows.size()));
            cells.clear();
            views.clear();
            for (const QString &value : jsonRows.rows[r])
                cells.push_back(value.toUtf8());
            for (const QByteArray &value : cells)
                views.emplace_back(value);
            importer.take(views, jsonRows.lines.value(r));
            ++rowsRead;
        }
    } else {
        // Rows are taken a few records after they are read, their ids' table slots asked for
        // when read (RowImporter::prefetch): the lookups then find them in the cache. A record
        // with an unescaped cell (scratch space valid only during its callback) is taken at once,
        // after the ones waiting.
        RowsAhead ahead(importer);
        const auto inText = [&text](QByteArrayView field) { return field.isEmpty() || Utf8Interner::liesWithin(field, text.utf8); };
        bool header = true;
        qsizetype dropped = 0;
        CsvRecords::read(text.utf8, delimiter, [&](const CsvRecords::Record &record) {
            if (std::exchange(header, false)) {
                ahead.readUpTo(record.end);
                return true;
            }
            // Pages are given back behind the oldest row still waiting, not behind this one.
            if (dropPages && ahead.oldestStart() - dropped >= mappedDropStep) {
                releaseMappedPages(text.utf8.constData() + dropped, text.utf8.constData() + ahead.oldestStart());
                dropped = ahead.oldestStart();
                if (digest)
                    digest->parsedUpTo(dropped);
            }
            if ((rowsRead & 4095) == 0) {
                if ((cancel && *cancel) || importer.sinkRefused() || (digest && digest->invalidAt() >= 0)) {
                    cancelled = true;
                    return false;
                }
                if (progress && (rowsRead & 16383) == 0)
                    progress(double(record.end) / size);
            }
            if (std::all_of(record.fields.begin(), record.fields.end(), inText))
                ahead.add(record);
            else
                ahead.takeNow(record);
            ++rowsRead;
            return true;
        });
        if (!cancelled)
            ahead.takeAll();
    }
    if (digest) {
        dataset.source.sha256 = QString::fromLatin1(digest->finish());
        if (const qsizetype bad = digest->invalidAt(); bad >= 0)
            return notUtf8(utf8Problem(text.utf8, bad));
    }
    if (cancelled && !importer.sinkRefused())
        return {};
    if (!importer.finishChunks()) { // the sink could not write a chunk
        outcome.error = choices.chunks->error();
        return outcome;
    }
    if (progress)
        progress(1.0);
    dataset.source.rowsRead = rowsRead;
    dataset.source.rowsImported = qint64(importer.streaming() ? importer.rowsHandedOver() : dataset.rows());
    dataset.source.rowsRejected = qint64(outcome.issues.size());
    if (dataset.source.rowsImported == 0) {
        outcome.error = ImportJobText::tr("No valid rows: %Ln row(s) read, all refused.", nullptr, int(rowsRead));
        return outcome;
    }
    outcome.dataset = std::move(dataset);
    return outcome;
}

} // namespace waymark
