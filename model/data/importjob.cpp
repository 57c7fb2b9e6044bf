#include "data/importjob.h"
#include "data/jsonrecords.h"

#include "data/csvrecords.h"
#include "data/importfields.h"
#include "data/metrics/metric.h"
#include "data/textdecoding.h"
#include "data/utf8interner.h"
#include "data/xlsxreader.h"
#include "effort.h"
#include "inputlimits.h"
#include "quotedtext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>
#include <cmath>
#include <future>
#include <limits>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

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
        *error = Text::tr("The workbook has no sheet “%1” (it has: %2).").arg(sheet, sheets->join(QStringLiteral(", ")));
        return {};
    }
    return xlsxSheetAsCsv(bytes, index, error);
}

bool isJson(const QByteArray &utf8, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || fileName.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return true;
    const QByteArray start = utf8.left(256).trimmed();
    return start.startsWith('[') || start.startsWith('{');
}

char delimiterFor(const QByteArray &utf8, const ImportChoices &choices)
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

// Checks one row and appends it to the dataset's columns, or records why not.
class RowImporter
{
public:
    RowImporter(Dataset &dataset, std::vector<ImportIssue> &issues, const QStringList &headers, const QHash<int, qsizetype> &columnOf,
                bool dayFirst, QByteArrayView stable, bool statisticsOnly)
        : mDataset(dataset)
        , mIssues(issues)
        , mHeaders(headers)
        , mDayFirst(dayFirst)
        , mStatisticsOnly(statisticsOnly)
        , mStrings(dataset.kind == DatasetKind::Answers ? &dataset.answers.edit().strings : &dataset.clv.edit().strings, stable, std::size_t(stable.size() / 64))
        , mRespondents(nullptr, stable, statisticsOnly ? std::size_t(stable.size() / 64) : 0)
    {
        mColumn.fill(-1);
        for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
            if (it.key() >= 0 && it.key() < int(mColumn.size()))
                mColumn[std::size_t(it.key())] = it.value();
        for (qsizetype column : mColumn)
            mWidest = std::max(mWidest, column);
        mMetric = dataset.metric();
        for (int field : {AnswerCount, AnswerLow, AnswerMiddle, AnswerHigh, AnswerMean, AnswerSd})
            mAggregated = mAggregated || (dataset.kind == DatasetKind::Answers && mColumn[std::size_t(field)] >= 0);
    }

    void take(std::span<const QByteArrayView> row, qint64 line)
    {
        if (qsizetype(row.size()) <= mWidest) {
            mIssues.push_back({line, {}, {}, Text::tr("the row has %1 fields, the header %2").arg(row.size()).arg(mHeaders.size())});
            return;
        }
        if (!cellsShortEnough(row, line))
            return;
        if (mDataset.kind == DatasetKind::Answers)
            takeAnswer(row, line);
        else
            takeClv(row, line);
    }

private:
    QByteArrayView cell(std::span<const QByteArrayView> row, int field) const
    {
        const qsizetype column = mColumn[std::size_t(field)];
        return column < 0 ? QByteArrayView() : trimmedCell(row[std::size_t(column)]);
    }
    void refuse(qint64 line, int field, QByteArrayView value, const QString &reason)
    {
        // The report shows the start of the value: a 64 MiB cell must not be copied whole.
        const QString shown = QString::fromUtf8(value.first(std::min<qsizetype>(value.size(), 200)));
        mIssues.push_back({line, mHeaders.value(mColumn[std::size_t(field)]), shown, reason});
    }

    // Every cell the dataset keeps is bounded (InputLimits::maxImportCellBytes): a file is
    // refused row by row, never by running out of memory.
    bool cellsShortEnough(std::span<const QByteArrayView> row, qint64 line)
    {
        for (int field = 0; field < int(mColumn.size()); ++field) {
            const QByteArrayView text = cell(row, field);
            if (text.size() > InputLimits::maxImportCellBytes) {
                refuse(line, field, text, Text::tr("the value is %1 KiB long; a cell may hold at most %2 KiB")
                                              .arg(text.size() >> 10)
                                              .arg(InputLimits::maxImportCellBytes >> 10));
                return false;
            }
        }
        return true;
    }

    // An id (respondent, or CLV customer) seen for the first time; else the row is refused.
    bool firstTime(quint32 id, qint64 line, int field, QByteArrayView text, const QString &repeated)
    {
        if (id >= mFirstLine.size())
            mFirstLine.resize(std::max<std::size_t>(id + 1, mFirstLine.size() * 2), 0);
        if (const qint64 first = qint64(mFirstLine[id]); first != 0) {
            refuse(line, field, text, repeated.arg(first));
            return false;
        }
        mFirstLine[id] = quint32(std::min<qint64>(line, std::numeric_limits<quint32>::max()));
        return true;
    }

    // A number in the metric's scale (whole where the metric's answers are).
    std::optional<double> answerIn(std::span<const QByteArrayView> row, int field, qint64 line)
    {
        const QByteArrayView text = cell(row, field);
        const auto value = parseNumber(text);
        const QString shown = QString::fromUtf8(text);
        if (!value) {
            refuse(line, field, text, text.isEmpty() ? Text::tr("no value") : Text::tr("“%1” is not a number").arg(shown));
            return std::nullopt;
        }
        if (*value < mMetric->lowestAnswer() || *value > mMetric->highestAnswer()
            || (field == AnswerScore && mMetric->wholeAnswers() && *value != std::floor(*value))) {
            refuse(line, field, text,
                   mMetric->wholeAnswers() && field == AnswerScore
                       ? Text::tr("score %1 is not a whole number from %2 to %3").arg(shown).arg(mMetric->lowestAnswer()).arg(mMetric->highestAnswer())
                       : Text::tr("%1 is outside %2–%3").arg(shown).arg(mMetric->lowestAnswer()).arg(mMetric->highestAnswer()));
            return std::nullopt;
        }
        return value;
    }

    // A count of answers: a whole number of 0 or more; NaN when the column is not chosen.
    std::optional<double> countIn(std::span<const QByteArrayView> row, int field, qint64 line)
    {
        if (mColumn[std::size_t(field)] < 0)
            return std::numeric_limits<double>::quiet_NaN();
        const QByteArrayView text = cell(row, field);
        const auto value = parseNumber(text);
        if (!value || *value < 0 || *value != std::floor(*value)) {
            refuse(line, field, text, Text::tr("“%1” is not a count of answers").arg(QString::fromUtf8(text)));
            return std::nullopt;
        }
        return value;
    }

    // The answer of a row (score, or an audit's items met of items checked as a percentage).
    std::optional<double> rawAnswer(std::span<const QByteArrayView> row, qint64 line)
    {
        if (mColumn[AnswerScore] >= 0)
            return answerIn(row, AnswerScore, line);
        const auto met = countIn(row, AnswerMet, line);
        const auto checked = met ? countIn(row, AnswerChecked, line) : std::nullopt;
        if (!met || !checked)
            return std::nullopt;
        if (*checked <= 0 || *met > *checked) {
            refuse(line, AnswerMet, cell(row, AnswerMet),
                   Text::tr("%1 items met of %2 checked").arg(*met).arg(*checked));
            return std::nullopt;
        }
        return 100.0 * *met / *checked;
    }

    // An aggregated row: its count (or band counts that add up to it), mean and sd.
    bool takeAggregate(std::span<const QByteArrayView> row, qint64 line)
    {
        const auto count = countIn(row, AnswerCount, line);
        const auto low = count ? countIn(row, AnswerLow, line) : std::nullopt;
        const auto middle = low ? countIn(row, AnswerMiddle, line) : std::nullopt;
        const auto high = middle ? countIn(row, AnswerHigh, line) : std::nullopt;
        if (!high)
            return false;
        double n = *count, l = *low, m = *middle, h = *high;
        const int bandsGiven = int(!std::isnan(l)) + int(!std::isnan(m)) + int(!std::isnan(h));
        if (bandsGiven == 3) {
            if (std::isnan(n))
                n = l + m + h;
            else if (l + m + h != n) {
                refuse(line, AnswerCount, cell(row, AnswerCount),
                       Text::tr("the answers per band add up to %1, not %2").arg(l + m + h).arg(n));
                return false;
            }
        } else if (bandsGiven > 0 && !std::isnan(n)) {
            // "satisfied of total": the bands not given are what is left, put in the lowest
            // missing band so the share of the given ones stays exact.
            const double given = (std::isnan(l) ? 0 : l) + (std::isnan(m) ? 0 : m) + (std::isnan(h) ? 0 : h);
            if (given > n) {
                refuse(line, AnswerCount, cell(row, AnswerCount), Text::tr("more answers in the bands (%1) than in all (%2)").arg(given).arg(n));
                return false;
            }
            double *rest = std::isnan(l) ? &l : std::isnan(m) ? &m : &h;
            *rest = n - given;
            for (double *band : {&l, &m, &h})
                if (std::isnan(*band))
                    *band = 0;
        }
        if (std::isnan(n)) {
            refuse(line, AnswerCount, {}, Text::tr("no number of answers"));
            return false;
        }
        double mean = std::numeric_limits<double>::quiet_NaN();
        double sd = mean;
        if (mColumn[AnswerMean] >= 0 && !cell(row, AnswerMean).isEmpty()) {
            const auto value = answerIn(row, AnswerMean, line);
            if (!value)
                return false;
            mean = *value;
        }
        if (mColumn[AnswerSd] >= 0 && !cell(row, AnswerSd).isEmpty()) {
            const auto value = parseNumber(cell(row, AnswerSd));
            if (!value || *value < 0) {
                refuse(line, AnswerSd, cell(row, AnswerSd), Text::tr("“%1” is not a standard deviation").arg(QString::fromUtf8(cell(row, AnswerSd))));
                return false;
            }
            sd = *value;
        }
        AggregateColumns &a = mDataset.answers.edit().aggregate;
        a.count.push_back(n);
        a.low.push_back(l);
        a.middle.push_back(m);
        a.high.push_back(h);
        a.sd.push_back(sd);
        mDataset.answers.edit().score.push_back(mean);
        return true;
    }

    void takeAnswer(std::span<const QByteArrayView> row, qint64 line)
    {
        std::optional<double> answer;
        if (!mAggregated) {
            answer = rawAnswer(row, line);
            if (!answer)
                return;
        }
        const auto day = parseDay(cell(row, AnswerDate), mDayFirst);
        if (!day) {
            refuse(line, AnswerDate, cell(row, AnswerDate), Text::tr("unreadable date"));
            return;
        }
        const QByteArrayView respondentText = cell(row, AnswerRespondent);
        // Statistics only: ids are interned apart (never decoded into the dataset) just to find repeats.
        const quint32 respondent = mStatisticsOnly ? mRespondents.add(0, respondentText) : mStrings.add(AnswerRespondent, respondentText);
        if (respondent != 0 && !firstTime(respondent, line, AnswerRespondent, respondentText, Text::tr("duplicate respondent id (first on line %1)")))
            return;
        if (mAggregated ? !takeAggregate(row, line) : (mDataset.answers.edit().score.push_back(*answer), false))
            return;
        AnswerTable &t = mDataset.answers.edit();
        t.day.push_back(*day);
        t.respondent.push_back(mStatisticsOnly ? 0 : respondent);
        t.customer.push_back(mStatisticsOnly ? 0 : mStrings.add(AnswerCustomer, cell(row, AnswerCustomer)));
        t.segment.push_back(mStrings.add(AnswerSegment, cell(row, AnswerSegment)));
        t.touchpoint.push_back(mStrings.add(AnswerTouchpoint, cell(row, AnswerTouchpoint)));
        t.stage.push_back(mStrings.add(AnswerStage, cell(row, AnswerStage)));
        t.channel.push_back(mStrings.add(AnswerChannel, cell(row, AnswerChannel)));
        t.department.push_back(mStrings.add(AnswerDepartment, cell(row, AnswerDepartment)));
        t.location.push_back(mStrings.add(AnswerLocation, cell(row, AnswerLocation)));
        t.comment.push_back(mStatisticsOnly ? 0 : mStrings.add(AnswerComment, cell(row, AnswerComment)));
    }

    void takeClv(std::span<const QByteArrayView> row, qint64 line)
    {
        const QByteArrayView customer = cell(row, ClvCustomer);
        if (customer.isEmpty()) {
            refuse(line, ClvCustomer, customer, Text::tr("no customer id"));
            return;
        }
        const auto value = parseNumber(cell(row, ClvValue));
        if (!value) {
            refuse(line, ClvValue, cell(row, ClvValue), Text::tr("“%1” is not a number").arg(QString::fromUtf8(cell(row, ClvValue))));
            return;
        }
        const auto acquired = parseDay(cell(row, ClvAcquired), mDayFirst);
        if (!acquired) {
            refuse(line, ClvAcquired, cell(row, ClvAcquired), Text::tr("unreadable date"));
            return;
        }
        // Like the journey's currency: an ISO 4217 code ("eur" is read as EUR), or empty for
        // the dataset's own.
        const QByteArray currency = cell(row, ClvCurrency).toByteArray().toUpper();
        if (!currency.isEmpty() && !isValidCurrencyCode(QString::fromLatin1(currency))) {
            refuse(line, ClvCurrency, cell(row, ClvCurrency),
                   Text::tr("%1 is not an ISO 4217 currency code (three letters, e.g. EUR)").arg(quotedText(QString::fromUtf8(cell(row, ClvCurrency)))));
            return;
        }
        const quint32 customerIndex = mStrings.add(ClvCustomer, customer);
        if (!firstTime(customerIndex, line, ClvCustomer, customer, Text::tr("duplicate customer id (first on line %1)")))
            return;
        ClvTable &t = mDataset.clv.edit();
        t.customer.push_back(customerIndex);
        t.value.push_back(*value);
        t.currency.push_back(mStrings.add(ClvCurrency, currency));
        t.segment.push_back(mStrings.add(ClvSegment, cell(row, ClvSegment)));
        t.acquired.push_back(*acquired);
    }

    Dataset &mDataset;
    std::vector<ImportIssue> &mIssues;
    const QStringList &mHeaders;
    bool mDayFirst;
    bool mStatisticsOnly;
    Utf8Interner mStrings;
    Utf8Interner mRespondents;
    std::array<qsizetype, AnswerFieldCount> mColumn{};
    const Metric *mMetric = nullptr;
    bool mAggregated = false; // counts per group rather than one answer per row
    qsizetype mWidest = -1;
    std::vector<quint32> mFirstLine; // by id: the line a respondent (or CLV customer) was first seen on
};

} // namespace

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
        preview.error = Text::tr("The file holds no rows.");
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
    const Utf8Text text = toUtf8(converted.isNull() ? bytes : converted, converted.isNull() ? choices.encoding : QStringLiteral("utf-8"));
    if (!text.problem.isEmpty()) {
        outcome.error = text.problem + QLatin1Char(' ') + Text::tr("Choose its encoding (for example Windows-1251).");
        return outcome;
    }
    const bool json = converted.isNull() && isJson(text.utf8, fileName);
    const char delimiter = json ? ',' : converted.isNull() ? delimiterFor(text.utf8, choices) : ',';
    Records jsonRows;
    QStringList headers;
    if (json) {
        jsonRows = jsonRecords(text.utf8, 0);
        if (!jsonRows.error.isEmpty()) {
            outcome.error = jsonRows.error;
            return outcome;
        }
        headers = jsonRows.headers;
    } else {
        qsizetype width = 0;
        CsvRecords::read(text.utf8, delimiter, [&](const CsvRecords::Record &record) {
            width = qsizetype(record.fields.size());
            if (width <= InputLimits::maxImportColumns)
                headers = toStrings(record.fields);
            return false;
        });
        if (width > InputLimits::maxImportColumns) {
            outcome.error = tooManyColumns(width);
            return outcome;
        }
    }
    const DatasetKind kind = target.kind;
    if (kind == DatasetKind::Answers && !target.answerMetric()) {
        outcome.error = Text::tr("“%1” is not a metric Waymark knows.").arg(target.metric);
        return outcome;
    }
    const QStringList fields = importFieldNames(target);
    QHash<int, qsizetype> columnOf;
    QHash<QString, int> found; // the mapping's columns that the file has
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const qsizetype column = headers.indexOf(it.key());
        if (column >= 0 && importFieldApplies(target, it.value())) {
            // Two columns for one field: which one would win depends on hash order, so say so.
            if (const qsizetype other = columnOf.value(it.value(), -1); other >= 0) {
                outcome.error = Text::tr("The columns “%1” and “%2” are both chosen as %3; choose one.")
                                    .arg(headers.value(std::min(other, column)), headers.value(std::max(other, column)),
                                         fields.value(it.value()));
                return outcome;
            }
            columnOf.insert(it.value(), column);
            found.insert(it.key(), it.value());
        }
    }
    if (const QString missing = missingImportFields(target, found); !missing.isEmpty()) {
        outcome.error = missing;
        return outcome;
    }

    // Day/month order of slash dates: the first unambiguous date decides; stop at the first
    // date in another format (a file has one).
    bool dayFirst = true;
    const int dateField = kind == DatasetKind::Answers ? int(AnswerDate) : int(ClvAcquired);
    if (choices.dateOrder != 0) {
        dayFirst = choices.dateOrder == 1;
    } else if (columnOf.contains(dateField)) {
        const qsizetype column = columnOf.value(dateField);
        SlashDateOrder order;
        bool header = !json;
        const auto see = [&](QByteArrayView cell) { return order.see(cell) || order.sawOtherDates(); };
        if (json) {
            for (const QStringList &row : std::as_const(jsonRows.rows))
                if (see(row.value(column).toUtf8()))
                    break;
        } else {
            CsvRecords::read(text.utf8, delimiter, [&](const CsvRecords::Record &record) {
                if (std::exchange(header, false) || qsizetype(record.fields.size()) <= column)
                    return true;
                return !see(record.fields[std::size_t(column)]);
            });
        }
        if (order.sawSlashDates() && !order.known()) {
            outcome.error = Text::tr("The dates could be day-first or month-first: choose which.");
            return outcome;
        }
        dayFirst = order.dayFirst();
    }

    Dataset dataset;
    dataset.id = QUuid::createUuid();
    dataset.kind = kind;
    dataset.metricKey = kind == DatasetKind::Answers ? target.metric : QStringLiteral("nps");
    dataset.name = fileName;
    dataset.source.fileName = fileName;
    // The digest of a large file takes a few hundred milliseconds: taken on another core
    // while this one parses.
    std::future<QByteArray> sha256;
    if (!choices.statisticsOnly)
        sha256 = std::async(std::launch::async, [&bytes] { return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(); });
    dataset.source.importedAt = QDateTime::currentDateTimeUtc();
    dataset.source.encoding = text.encoding;
    QStringList mappingLines;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        mappingLines << QStringLiteral("%1=%2").arg(it.key(), fields.value(it.value()));
    mappingLines.sort();
    dataset.source.mapping = mappingLines.join(u'\n');

    RowImporter importer(dataset, outcome.issues, headers, columnOf, dayFirst, text.utf8, choices.statisticsOnly);
    qint64 rowsRead = 0;
    bool cancelled = false;
    const double size = double(std::max<qsizetype>(1, text.utf8.size()));
    if (json) {
        std::vector<QByteArray> cells;
        std::vector<QByteArrayView> views;
        for (qsizetype r = 0; r < jsonRows.rows.size(); ++r) {
            if (cancel && (r & 4095) == 0 && *cancel) {
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
        bool header = true;
        CsvRecords::read(text.utf8, delimiter, [&](const CsvRecords::Record &record) {
            if (std::exchange(header, false))
                return true;
            if ((rowsRead & 4095) == 0) {
                if (cancel && *cancel) {
                    cancelled = true;
                    return false;
                }
                if (progress && (rowsRead & 16383) == 0)
                    progress(double(record.end) / size);
            }
            importer.take(record.fields, record.line);
            ++rowsRead;
            return true;
        });
    }
    if (sha256.valid())
        dataset.source.sha256 = QString::fromLatin1(sha256.get());
    if (cancelled)
        return {};
    if (progress)
        progress(1.0);
    dataset.source.rowsRead = rowsRead;
    dataset.source.rowsImported = qint64(dataset.rows());
    dataset.source.rowsRejected = qint64(outcome.issues.size());
    if (dataset.rows() == 0) {
        outcome.error = Text::tr("No valid rows: %Ln row(s) read, all refused.", nullptr, int(rowsRead));
        return outcome;
    }
    outcome.dataset = std::move(dataset);
    return outcome;
}

} // namespace waymark
