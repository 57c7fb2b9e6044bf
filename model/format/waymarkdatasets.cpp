#include "format/waymarkdatasets.h"
#include "format/waymarkdatasetsv3.h"

#include "data/answersummary.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"
#include "format/columnblobs.h"
#include "format/sqlitedb.h"
#include "format/waymarkids.h"
#include "inputlimits.h"
#include "format/waymarkreading.h"
#include "journey.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

namespace waymark {

namespace {

using WaymarkIds::idText;

// Format 4: one blob per column. Read and unpacked one at a time, straight from SQLite's
// buffer: holding every blob first doubled the memory a ten-million-answer journey needs to
// open and copied each byte once more.
class ColumnReader
{
public:
    // `prefix` picks a part of the dataset's columns: "" its rows, summaryPrefix its summary.
    ColumnReader(SqliteDatabase &db, qint64 dataset, QString what, QString prefix = {}, const std::atomic_bool *cancelled = nullptr)
        : mOne(db.prepare("SELECT data FROM dataset_columns WHERE +dataset = ?1 AND +name = ?2")) // see list()
        , mDb(db)
        , mDataset(dataset)
        , mWhat(std::move(what))
        , mPrefix(std::move(prefix))
        , mCancelled(cancelled)
    {
    }
    // Says in `permille` how much of the part's bytes fetch() has read, up to `upTo` (the
    // caller's work after reading takes the rest).
    void reportTo(std::atomic_int *permille, int upTo)
    {
        mPermille = permille;
        mPermilleUpTo = upTo;
    }
    // The columns the file has; false for a format-3 file. Names only, and found by going
    // through the table (the `+` keeps SQLite from using its key): in a WITHOUT ROWID table (formats 4 to 11) a
    // row is its own key, and SQLite reads a key that does not fit its page whole to compare
    // it, so looking a column up by its key read other columns' blobs — up to half a second
    // per column at ten million answers. Going through some thirty rows costs microseconds.
    bool list()
    {
        // length() reads a blob's size from its row's header, not the blob.
        SqliteStatement statement = mDb.prepare("SELECT name, length(data) FROM dataset_columns WHERE +dataset = ?1");
        if (!statement.isValid() || !mOne.isValid())
            return false;
        statement.bind(1, mDataset);
        const QString summary = summaryPrefix();
        while (statement.next()) {
            const QString name = statement.text(0);
            if (name.startsWith(mPrefix) && (!mPrefix.isEmpty() || !name.startsWith(summary)))
                mBytes += statement.integer(1);
            mNames.insert(name);
        }
        if (!statement.ok())
            throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(mDb.lastError())};
        // Chunks are read in order until one is missing: a chunk after a gap would be left out unseen.
        for (const QString &name : std::as_const(mNames)) {
            const qsizetype hash = name.lastIndexOf(u'#');
            bool number = false;
            const int chunk = hash > 0 ? name.mid(hash + 1).toInt(&number) : 0;
            if (number && chunk > 0 && !mNames.contains(datasetChunkName(name.left(hash), chunk - 1)))
                throw ReadFailure{WaymarkText::tr("%1: its column “%2” has no chunk before it").arg(mWhat, name)};
        }
        return !mNames.isEmpty();
    }
    bool has(const char *name) const { return mNames.contains(mPrefix + QLatin1String(name)); }

    // The first column read sets the number of rows; every later one must hold as many. A
    // column written in chunks (format 11: "day", "day#1", "day#2", …) is read chunk after chunk.
    template <typename T>
    void read(const char *name, std::vector<T> &values)
    {
        if (!has(name))
            throw ReadFailure{WaymarkText::tr("%1: its column “%2” is missing").arg(mWhat, mPrefix + QLatin1String(name))};
        bool unpacked = unpackColumn(fetch(mPrefix + QLatin1String(name)), values);
        mOne.reset();
        for (int chunk = 1; unpacked && mNames.contains(chunkName(name, chunk)); ++chunk) {
            unpacked = appendColumn(fetch(chunkName(name, chunk)), values);
            mOne.reset();
        }
        if (unpacked && !mRows)
            mRows = values.size();
        if (!unpacked || values.size() != *mRows)
            throw ReadFailure{WaymarkText::tr("%1: its column “%2” does not hold %3 values").arg(mWhat, mPrefix + QLatin1String(name)).arg(mRows.value_or(0))};
    }
    // Columns later formats added: absent in older files, filled with `fill`.
    template <typename T>
    void readOptional(const char *name, std::vector<T> &values, T fill)
    {
        if (has(name))
            read(name, values);
        else
            values.assign(mRows.value_or(0), fill);
    }
    void readStrings(StringPool &strings)
    {
        if (!has("strings") || !unpackStrings(fetch(mPrefix + QLatin1String("strings")), strings))
            throw ReadFailure{WaymarkText::tr("%1: its text table is damaged").arg(mWhat)};
        mOne.reset();
        for (int chunk = 1; mNames.contains(chunkName("strings", chunk)); ++chunk) {
            const bool appended = appendStrings(fetch(chunkName("strings", chunk)), strings);
            mOne.reset();
            if (!appended)
                throw ReadFailure{WaymarkText::tr("%1: its text table is damaged").arg(mWhat)};
        }
        if (strings.size() == 0 || !strings.at(0).isEmpty())
            throw ReadFailure{WaymarkText::tr("%1: its text table does not start with the empty text").arg(mWhat)};
    }

private:
    QString chunkName(const char *name, int chunk) const { return datasetChunkName(mPrefix + QLatin1String(name), chunk); }

    // Valid until mOne is reset.
    QByteArrayView fetch(const QString &wanted)
    {
        if (mCancelled && *mCancelled)
            throw ReadFailure{WaymarkText::tr("%1: reading was cancelled").arg(mWhat)};
        mOne.bind(1, mDataset);
        mOne.bind(2, wanted);
        if (!mOne.next())
            throw ReadFailure{mOne.ok() ? WaymarkText::tr("%1: its column “%2” is missing").arg(mWhat, wanted)
                                        : WaymarkText::tr("The file is damaged (%1).").arg(mDb.lastError())};
        if (!mOne.isBlob(0) && !mOne.blob(0).isEmpty())
            throw ReadFailure{WaymarkText::tr("%1: its column “%2” is not binary data").arg(mWhat, wanted)};
        const QByteArrayView blob = mOne.blob(0);
        mBytesRead += blob.size();
        if (mPermille && mBytes > 0)
            mPermille->store(int(std::min<qint64>(mBytesRead, mBytes) * mPermilleUpTo / mBytes), std::memory_order_relaxed);
        return blob;
    }

    SqliteStatement mOne;
    SqliteDatabase &mDb;
    qint64 mDataset;
    QString mWhat;
    QString mPrefix;
    const std::atomic_bool *mCancelled;
    std::atomic_int *mPermille = nullptr;
    int mPermilleUpTo = 1000;
    qint64 mBytes = 0;     // of the part's columns (list())
    qint64 mBytesRead = 0; // by fetch()
    QSet<QString> mNames;
    std::optional<std::size_t> mRows;
};

void readAnswerColumns(ColumnReader &columns, AnswerTable &t)
{
    columns.readStrings(t.strings);
    if (columns.has("answer")) { // format 6: any metric's answers as doubles
        columns.read("answer", t.score);
    } else { // formats 4 and 5: NPS scores as bytes
        std::vector<quint8> scores;
        columns.read("score", scores);
        t.score.assign(scores.begin(), scores.end());
    }
    columns.read("day", t.day);
    columns.read("respondent", t.respondent);
    columns.read("customer", t.customer);
    columns.read("segment", t.segment);
    columns.read("touchpoint", t.touchpoint);
    columns.read("stage", t.stage);
    columns.read("channel", t.channel);
    columns.readOptional("department", t.department, quint32(0));
    columns.readOptional("location", t.location, quint32(0));
    columns.read("comment", t.comment);
    if (columns.has("count")) {
        AggregateColumns &a = t.aggregate;
        columns.read("count", a.count);
        columns.read("low", a.low);
        columns.read("middle", a.middle);
        columns.read("high", a.high);
        columns.read("sd", a.sd);
    }
}

bool readColumns(SqliteDatabase &db, qint64 position, Dataset &data, const QString &what)
{
    ColumnReader columns(db, position, what);
    if (!columns.list())
        return false; // a format-3 file
    if (data.kind == DatasetKind::Answers) {
        readAnswerColumns(columns, data.answers.edit());
    } else if (data.kind == DatasetKind::Transactions) {
        TransactionTable &t = data.transactions.edit();
        columns.readStrings(t.strings);
        columns.read("customer", t.customer);
        columns.read("day", t.day);
        columns.read("amount", t.amount);
        columns.read("count", t.count);
    } else {
        ClvTable &t = data.clv.edit();
        columns.readStrings(t.strings);
        columns.read("customer", t.customer);
        columns.read("value", t.value);
        columns.read("currency", t.currency);
        columns.read("segment", t.segment);
        columns.read("acquired", t.acquired);
    }
    return true;
}

using PutColumn = std::function<void(const QString &name, const QByteArray &bytes)>;

void writeAnswerColumns(const PutColumn &put, const QString &prefix, const AnswerTable &t)
{
    const auto column = [&](const char *name, const QByteArray &bytes) { put(prefix + QLatin1String(name), bytes); };
    column("strings", packStrings(t.strings));
    column("answer", packColumn(t.score));
    column("day", packColumn(t.day));
    column("respondent", packColumn(t.respondent));
    column("customer", packColumn(t.customer));
    column("segment", packColumn(t.segment));
    column("touchpoint", packColumn(t.touchpoint));
    column("stage", packColumn(t.stage));
    column("channel", packColumn(t.channel));
    column("department", packColumn(t.department));
    column("location", packColumn(t.location));
    column("comment", packColumn(t.comment));
    if (t.isAggregated()) {
        column("count", packColumn(t.aggregate.count));
        column("low", packColumn(t.aggregate.low));
        column("middle", packColumn(t.aggregate.middle));
        column("high", packColumn(t.aggregate.high));
        column("sd", packColumn(t.aggregate.sd));
    }
}

// Puts a dataset's columns into the file; `ok` turns false at the first that fails.
class ColumnWriter
{
public:
    ColumnWriter(SqliteDatabase &db, qint64 position)
        : mInsert(db.prepare("INSERT INTO dataset_columns VALUES (?1, ?2, ?3)"))
        , mPosition(position)
        , ok(mInsert.isValid())
    {
    }
    PutColumn put(int chunk = 0)
    {
        return [this, chunk](const QString &name, const QByteArray &bytes) {
            if (!ok)
                return;
            mInsert.bind(1, mPosition);
            mInsert.bind(2, datasetChunkName(name, chunk));
            mInsert.bindBlob(3, bytes);
            ok = mInsert.exec();
        };
    }

private:
    SqliteStatement mInsert;
    qint64 mPosition;

public:
    bool ok;
};

bool writeColumns(SqliteDatabase &db, qint64 position, const Dataset &data)
{
    ColumnWriter writer(db, position);
    const PutColumn put = writer.put();
    const bool &ok = writer.ok;
    const auto column = [&](const char *name, const QByteArray &bytes) { put(QLatin1String(name), bytes); };
    if (data.kind == DatasetKind::Answers) {
        const AnswerTable &rows = data.answerRows();
        writeAnswerColumns(put, {}, rows);
        if (const Metric *metric = data.metric(); metric && !rows.isAggregated() && rows.size() > 0)
            writeAnswerColumns(put, summaryPrefix(), data.pendingRows && !data.pendingRows->outcome().summary ? *data.answers
                                                                                                          : summarizeAnswers(rows, *metric));
    } else if (data.kind == DatasetKind::Transactions) {
        const TransactionTable &t = *data.transactions;
        column("strings", packStrings(t.strings));
        column("customer", packColumn(t.customer));
        column("day", packColumn(t.day));
        column("amount", packColumn(t.amount));
        column("count", packColumn(t.count));
    } else {
        const ClvTable &t = *data.clv;
        column("strings", packStrings(t.strings));
        column("customer", packColumn(t.customer));
        column("value", packColumn(t.value));
        column("currency", packColumn(t.currency));
        column("segment", packColumn(t.segment));
        column("acquired", packColumn(t.acquired));
    }
    return ok;
}

} // namespace

QString summaryPrefix()
{
    return QStringLiteral("summary/");
}

namespace {

PendingAnswers::Outcome readRows(SqliteDatabase &db, qint64 position, Dataset data, const AnswerTable &summary, const QString &what,
                                 const std::atomic_bool &cancelled, std::atomic_int &permille)
{
    PendingAnswers::Outcome outcome;
    try {
        data.answers = {};
        ColumnReader columns(db, position, what, {}, &cancelled);
        columns.reportTo(&permille, 900); // the journey's checks and the rows' own summary take the rest
        if (!columns.list())
            throw ReadFailure{WaymarkText::tr("%1: its columns are missing").arg(what)};
        readAnswerColumns(columns, data.answers.edit());
    } catch (const ReadFailure &failure) {
        outcome.error = failure.message;
        return outcome;
    }
    if (cancelled)
        return outcome;
    // The rules the journey checks on open, for this dataset's rows.
    Journey alone;
    alone.id = QUuid::createUuid();
    alone.datasets.emplace_back(data);
    if (const auto problems = alone.problems(); !problems.empty()) {
        outcome.error = WaymarkText::tr("%1 breaks the journey's rules: %2").arg(what, problems.front().message);
        return outcome;
    }
    outcome.rows = data.answers.shared();
    AnswerTable own = summarizeAnswers(*outcome.rows, *data.metric());
    if (!(own == summary)) {
        outcome.warning = WaymarkText::tr("%1: the summary kept in the file does not match its answers (the file was changed "
                                          "outside Waymark?); its figures are now counted from the answers.")
                              .arg(what);
        outcome.summary = std::make_shared<const AnswerTable>(std::move(own));
    }
    return outcome;
}

// The summary now; the rows on a thread of their own. False when the dataset is read whole
// (not answers, too small, or no summary in the file).
bool readSummaryAndRowsBehind(SqliteDatabase &db, qint64 position, Dataset &data, const QString &what, const RowsBehind &behind)
{
    if (data.kind != DatasetKind::Answers || !data.metric())
        return false;
    ColumnReader columns(db, position, what, summaryPrefix());
    if (!columns.list() || !columns.has("count") || !columns.has("answer"))
        return false;
    readAnswerColumns(columns, data.answers.edit());
    // The summary counts every answer; should it lie, the rows' own summary shows it.
    // (A count that is not a number, from a damaged file, reads the dataset whole: the journey's
    // checks then name it.)
    const double answers = data.answers->answers();
    const std::size_t rows = std::isfinite(answers) ? std::size_t(std::llround(std::clamp(answers, 0.0, 1e15))) : 0;
    if (rows < behind.fromRows) {
        data.answers = {};
        return false;
    }
    if (!behind.readRows)
        return true;
    auto connection = std::make_shared<SqliteDatabase>();
    if (!connection->open(behind.path, SqliteDatabase::Mode::ReadOnly))
        throw ReadFailure{WaymarkText::tr("Could not open the file: %1").arg(connection->lastError())};
    connection->setTimeLimit(InputLimits::maxReadTime);
    Dataset header = data;
    const std::shared_ptr<const AnswerTable> summary = data.answers.shared();
    data.pendingRows = std::make_shared<PendingAnswers>(rows, [connection, position, header, summary, what](const std::atomic_bool &cancelled,
                                                                                                          std::atomic_int &permille) {
        try {
            return readRows(*connection, position, header, *summary, what, cancelled, permille);
        } catch (const std::bad_alloc &) {
            PendingAnswers::Outcome outcome;
            outcome.error = WaymarkText::tr("%1: there is not enough memory to read its answers").arg(what);
            return outcome;
        }
    });
    return true;
}

} // namespace

void readDatasets(SqliteDatabase &db, Journey &journey, const RowsBehind *behind)
{
    std::vector<std::pair<qint64, Dataset>> found;
    forEachRow(db,
               "SELECT position, id, name, kind, currency, source_name, source_sha256, imported_at, mapping, encoding,"
               " rows_read, rows_imported, rows_rejected FROM datasets ORDER BY position",
               [&](const SqliteStatement &row, int n) {
                   const QString what = WaymarkText::tr("Dataset %1 (\"%2\")").arg(n + 1).arg(row.text(2));
                   Dataset data;
                   data.id = uuidOf(row, 1, what);
                   data.name = row.text(2);
                   if (!data.setKindKey(row.text(3)))
                       throw ReadFailure{WaymarkText::tr("%1: kind “%2” is not one Waymark knows").arg(what, row.text(3))};
                   data.currency = row.text(4);
                   data.source.fileName = row.text(5);
                   data.source.sha256 = row.text(6);
                   data.source.importedAt = QDateTime::fromString(row.text(7), Qt::ISODateWithMs);
                   data.source.mapping = row.text(8);
                   data.source.encoding = row.text(9);
                   data.source.rowsRead = integerOf(row, 10, what, WaymarkText::tr("rows read"));
                   data.source.rowsImported = integerOf(row, 11, what, WaymarkText::tr("rows imported"));
                   data.source.rowsRejected = integerOf(row, 12, what, WaymarkText::tr("rows rejected"));
                   found.emplace_back(row.integer(0), std::move(data));
               });
    for (auto &[position, data] : found) {
        const QString what = WaymarkText::tr("Dataset \"%1\"").arg(data.name);
        if (behind && readSummaryAndRowsBehind(db, position, data, what, *behind)) {
            journey.datasets.emplace_back(std::move(data));
            continue;
        }
        if (!readColumns(db, position, data, what)) {
            if (data.kind == DatasetKind::Transactions) // format 8 added them, always as columns
                throw ReadFailure{WaymarkText::tr("%1: its columns are missing").arg(what)};
            if (data.kind == DatasetKind::Answers) {
                readStringRows(db, position, data.answers.edit().strings, what);
                readNpsRowsV3(db, position, data.answers.edit(), what);
            } else {
                readStringRows(db, position, data.clv.edit().strings, what);
                readClvRowsV3(db, position, data.clv.edit(), what);
            }
        }
        journey.datasets.emplace_back(std::move(data));
    }
}

QString datasetChunkName(const QString &name, int chunk)
{
    return chunk == 0 ? name : name + u'#' + QString::number(chunk);
}

bool writeAnswerChunk(SqliteDatabase &db, qint64 position, int chunk, const AnswerTable &rows)
{
    ColumnWriter writer(db, position);
    writeAnswerColumns(writer.put(chunk), {}, rows);
    return writer.ok;
}

bool writeAnswerSummary(SqliteDatabase &db, qint64 position, const AnswerTable &summary)
{
    ColumnWriter writer(db, position);
    writeAnswerColumns(writer.put(), summaryPrefix(), summary);
    return writer.ok;
}

bool writeDatasetRow(SqliteDatabase &db, qint64 position, const Dataset &d)
{
    SqliteStatement dataset = db.prepare("INSERT INTO datasets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!dataset.isValid())
        return false;
    dataset.bind(1, position);
    dataset.bind(2, idText(d.id));
    dataset.bind(3, d.name);
    dataset.bind(4, d.kindKey());
    dataset.bind(5, d.currency);
    dataset.bind(6, d.source.fileName);
    dataset.bind(7, d.source.sha256);
    dataset.bind(8, d.source.importedAt.toUTC().toString(Qt::ISODateWithMs));
    dataset.bind(9, d.source.mapping);
    dataset.bind(10, d.source.encoding);
    dataset.bind(11, d.source.rowsRead);
    dataset.bind(12, d.source.rowsImported);
    dataset.bind(13, d.source.rowsRejected);
    return dataset.exec();
}

bool writeDatasets(SqliteDatabase &db, const Journey &journey)
{
    bool ok = true;
    for (std::size_t i = 0; ok && i < journey.datasets.size(); ++i)
        ok = writeDatasetRow(db, qint64(i), *journey.datasets[i]) && writeColumns(db, qint64(i), *journey.datasets[i]);
    return ok;
}

} // namespace waymark
