#include "data/importjob.h"

#include "data/csvrecords.h"
#include "data/importfields.h"
#include "data/textdecoding.h"
#include "data/utf8interner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <future>
#include <limits>

namespace waymark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
};

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

// Rows as text, for the preview and for JSON sources (whose objects are parsed whole anyway).
struct Records {
    QStringList headers;
    QList<QStringList> rows;
    QList<qint64> lines; // CSV: the line a row starts on; JSON: the item or line number
    QString error;
};

Records jsonRecords(const QByteArray &utf8, qsizetype limit)
{
    Records records;
    QList<QJsonObject> objects;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error == QJsonParseError::NoError) {
        QJsonArray array = document.isArray() ? document.array() : QJsonArray();
        if (document.isObject()) // an object holding one array of objects
            for (const QJsonValue &value : document.object())
                if (value.isArray())
                    array = value.toArray();
        for (const QJsonValue &value : std::as_const(array))
            objects.append(value.toObject());
        for (qsizetype i = 0; i < objects.size(); ++i)
            records.lines.append(i + 1); // a JSON array has no useful lines: the item number
    } else {
        // NDJSON: one object per line.
        const QList<QByteArray> lines = utf8.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            QJsonParseError lineError;
            const QJsonDocument line = QJsonDocument::fromJson(lines[i], &lineError);
            if (lineError.error != QJsonParseError::NoError || !line.isObject()) {
                records.error = Text::tr("Line %1, column %2: not a JSON object (%3).")
                                    .arg(i + 1).arg(lineError.offset + 1).arg(lineError.errorString());
                return records;
            }
            objects.append(line.object());
            records.lines.append(i + 1);
        }
    }
    for (const QJsonObject &object : std::as_const(objects))
        for (const QString &key : object.keys())
            if (!records.headers.contains(key))
                records.headers.append(key);
    for (const QJsonObject &object : std::as_const(objects)) {
        QStringList row;
        for (const QString &key : std::as_const(records.headers)) {
            const QJsonValue value = object.value(key);
            row.append(value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toVariant().toString());
        }
        records.rows.append(row);
        if (limit > 0 && records.rows.size() >= limit)
            break;
    }
    return records;
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
        , mStrings(dataset.kind == DatasetKind::Nps ? &dataset.nps.strings : &dataset.clv.strings, stable, std::size_t(stable.size() / 64))
        , mRespondents(nullptr, stable, statisticsOnly ? std::size_t(stable.size() / 64) : 0)
    {
        mColumn.fill(-1);
        for (auto it = columnOf.cbegin(); it != columnOf.cend(); ++it)
            if (it.key() >= 0 && it.key() < int(mColumn.size()))
                mColumn[std::size_t(it.key())] = it.value();
        for (qsizetype column : mColumn)
            mWidest = std::max(mWidest, column);
    }

    void take(std::span<const QByteArrayView> row, qint64 line)
    {
        if (qsizetype(row.size()) <= mWidest) {
            mIssues.push_back({line, {}, {}, Text::tr("the row has %1 fields, the header %2").arg(row.size()).arg(mHeaders.size())});
            return;
        }
        if (mDataset.kind == DatasetKind::Nps)
            takeNps(row, line);
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
        mIssues.push_back({line, mHeaders.value(mColumn[std::size_t(field)]), QString::fromUtf8(value), reason});
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

    void takeNps(std::span<const QByteArrayView> row, qint64 line)
    {
        const QByteArrayView scoreText = cell(row, NpsScore);
        const auto score = parseScore(scoreText);
        if (!score) {
            refuse(line, NpsScore, scoreText,
                   scoreText.isEmpty()     ? Text::tr("no score")
                   : parseNumber(scoreText) ? Text::tr("score %1 is not a whole number from 0 to 10").arg(QString::fromUtf8(scoreText))
                                            : Text::tr("“%1” is not a number").arg(QString::fromUtf8(scoreText)));
            return;
        }
        const auto day = parseDay(cell(row, NpsDate), mDayFirst);
        if (!day) {
            refuse(line, NpsDate, cell(row, NpsDate), Text::tr("unreadable date"));
            return;
        }
        const QByteArrayView respondentText = cell(row, NpsRespondent);
        // Statistics only: ids are interned apart (never decoded into the dataset) just to find repeats.
        const quint32 respondent = mStatisticsOnly ? mRespondents.add(0, respondentText) : mStrings.add(NpsRespondent, respondentText);
        if (respondent != 0 && !firstTime(respondent, line, NpsRespondent, respondentText, Text::tr("duplicate respondent id (first on line %1)")))
            return;
        NpsTable &t = mDataset.nps;
        t.score.push_back(quint8(*score));
        t.day.push_back(*day);
        t.respondent.push_back(mStatisticsOnly ? 0 : respondent);
        t.customer.push_back(mStatisticsOnly ? 0 : mStrings.add(NpsCustomer, cell(row, NpsCustomer)));
        t.segment.push_back(mStrings.add(NpsSegment, cell(row, NpsSegment)));
        t.touchpoint.push_back(mStrings.add(NpsTouchpoint, cell(row, NpsTouchpoint)));
        t.stage.push_back(mStrings.add(NpsStage, cell(row, NpsStage)));
        t.channel.push_back(mStrings.add(NpsChannel, cell(row, NpsChannel)));
        t.comment.push_back(mStatisticsOnly ? 0 : mStrings.add(NpsComment, cell(row, NpsComment)));
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
        const quint32 customerIndex = mStrings.add(ClvCustomer, customer);
        if (!firstTime(customerIndex, line, ClvCustomer, customer, Text::tr("duplicate customer id (first on line %1)")))
            return;
        ClvTable &t = mDataset.clv;
        t.customer.push_back(customerIndex);
        t.value.push_back(*value);
        t.currency.push_back(mStrings.add(ClvCurrency, cell(row, ClvCurrency).toByteArray().toUpper()));
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
    std::array<qsizetype, 9> mColumn{};
    qsizetype mWidest = -1;
    std::vector<quint32> mFirstLine; // by id: the line a respondent (or CLV customer) was first seen on
};

} // namespace

ImportPreview previewImport(const QByteArray &bytes, const QString &fileName, const ImportChoices &choices, int rows)
{
    ImportPreview preview;
    const Utf8Text text = toUtf8(bytes, choices.encoding);
    preview.encoding = text.encoding;
    preview.encodingProblem = text.problem;
    const Records records = isJson(text.utf8, fileName) ? jsonRecords(text.utf8, rows) : csvRecords(text.utf8, delimiterFor(text.utf8, choices), rows);
    preview.headers = records.headers;
    preview.rows = records.rows;
    preview.error = records.error;
    if (records.headers.isEmpty() && records.error.isEmpty())
        preview.error = Text::tr("The file holds no rows.");
    const QHash<QString, int> guess = guessImportMapping(DatasetKind::Nps, records.headers);
    for (auto it = guess.cbegin(); it != guess.cend(); ++it) {
        if (it.value() != NpsDate)
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

ImportOutcome runImport(const QByteArray &bytes, const QString &fileName, DatasetKind kind, const ImportChoices &choices,
                        const QHash<QString, int> &mapping, const std::function<void(double)> &progress,
                        const std::atomic_bool *cancel)
{
    ImportOutcome outcome;
    const Utf8Text text = toUtf8(bytes, choices.encoding);
    if (!text.problem.isEmpty()) {
        outcome.error = text.problem + QLatin1Char(' ') + Text::tr("Choose its encoding (for example Windows-1251).");
        return outcome;
    }
    const bool json = isJson(text.utf8, fileName);
    const char delimiter = json ? ',' : delimiterFor(text.utf8, choices);
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
        CsvRecords::read(text.utf8, delimiter, [&](const CsvRecords::Record &record) {
            headers = toStrings(record.fields);
            return false;
        });
    }
    const QStringList fields = importFieldNames(kind);
    QHash<int, qsizetype> columnOf;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const qsizetype column = headers.indexOf(it.key());
        if (column >= 0)
            columnOf.insert(it.value(), column);
    }
    for (int required : requiredImportFields(kind)) {
        if (!columnOf.contains(required)) {
            outcome.error = Text::tr("No column is chosen for “%1”.").arg(fields[required]);
            return outcome;
        }
    }

    // Day/month order of slash dates: the first unambiguous date decides; stop at the first
    // date in another format (a file has one).
    bool dayFirst = true;
    const int dateField = kind == DatasetKind::Nps ? int(NpsDate) : int(ClvAcquired);
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
