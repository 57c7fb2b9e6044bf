#include "format/waymarkdatasets.h"

#include "format/columnblobs.h"
#include "format/waymarkreading.h"
#include "journey.h"

#include <QDateTime>
#include <QHash>

namespace waymark {

namespace {

// Format 3: one SQL row per text and per response.
void readStringRows(SqliteDatabase &db, qint64 dataset, StringPool &strings, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT idx, text FROM dataset_strings WHERE dataset = ?1 ORDER BY idx");
    statement.bind(1, dataset);
    strings.clearForReading();
    while (statement.next()) {
        if (statement.integer(0) != qint64(strings.size()))
            throw ReadFailure{WaymarkText::tr("%1: its text table has a gap").arg(what)};
        strings.append(statement.text(1));
    }
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
    if (strings.size() == 0 || !strings.at(0).isEmpty())
        throw ReadFailure{WaymarkText::tr("%1: its text table does not start with the empty text").arg(what)};
}

void readNpsRowsV3(SqliteDatabase &db, qint64 dataset, AnswerTable &table, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT score, day, respondent, customer, segment, touchpoint, stage, channel,"
                                           " comment FROM nps_rows WHERE dataset = ?1 ORDER BY rowid");
    statement.bind(1, dataset);
    while (statement.next()) {
        const QString where = what; // row numbers are added below only when something is wrong
        const qint64 score = integerOf(statement, 0, where, WaymarkText::tr("score"));
        if (score < 0 || score > 10)
            throw ReadFailure{WaymarkText::tr("%1: score %2 is outside 0–10").arg(where).arg(score)};
        table.score.push_back(quint8(score));
        table.day.push_back(integerOf(statement, 1, where, WaymarkText::tr("date")));
        table.respondent.push_back(indexOf(statement, 2, where));
        table.customer.push_back(indexOf(statement, 3, where));
        table.segment.push_back(indexOf(statement, 4, where));
        table.touchpoint.push_back(indexOf(statement, 5, where));
        table.stage.push_back(indexOf(statement, 6, where));
        table.channel.push_back(indexOf(statement, 7, where));
        table.comment.push_back(indexOf(statement, 8, where));
    }
    table.department.assign(table.size(), 0); // format 6 added departments and locations
    table.location.assign(table.size(), 0);
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
}

void readClvRowsV3(SqliteDatabase &db, qint64 dataset, ClvTable &table, const QString &what)
{
    SqliteStatement statement = db.prepare("SELECT customer, value, currency, segment, acquired FROM clv_rows"
                                           " WHERE dataset = ?1 ORDER BY rowid");
    statement.bind(1, dataset);
    while (statement.next()) {
        const QString where = what;
        table.customer.push_back(indexOf(statement, 0, where));
        table.value.push_back(numberOf(statement, 1, where, WaymarkText::tr("value")));
        table.currency.push_back(indexOf(statement, 2, where));
        table.segment.push_back(indexOf(statement, 3, where));
        table.acquired.push_back(integerOf(statement, 4, where, WaymarkText::tr("acquisition date")));
    }
    if (!statement.ok())
        throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(db.lastError())};
}

// Format 4: one blob per column. Read and unpacked one at a time, straight from SQLite's
// buffer: holding every blob first doubled the memory a ten-million-answer journey needs to
// open and copied each byte once more.
class ColumnReader
{
public:
    ColumnReader(SqliteDatabase &db, qint64 dataset, QString what)
        : mOne(db.prepare("SELECT data FROM dataset_columns WHERE dataset = ?1 AND name = ?2"))
        , mDb(db)
        , mDataset(dataset)
        , mWhat(std::move(what))
    {
    }
    // The columns the file has, with their sizes in bytes; false for a format-3 file.
    bool list()
    {
        SqliteStatement statement = mDb.prepare("SELECT name, length(data), typeof(data) FROM dataset_columns WHERE dataset = ?1");
        if (!statement.isValid() || !mOne.isValid())
            return false;
        statement.bind(1, mDataset);
        while (statement.next()) {
            if (statement.text(2) != QLatin1String("blob") && statement.integer(1) != 0)
                throw ReadFailure{WaymarkText::tr("%1: its column “%2” is not binary data").arg(mWhat, statement.text(0))};
            mSizes.insert(statement.text(0), statement.integer(1));
        }
        if (!statement.ok())
            throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(mDb.lastError())};
        return !mSizes.isEmpty();
    }
    bool has(const char *name) const { return mSizes.contains(QLatin1String(name)); }
    qint64 bytes(const char *name) const { return mSizes.value(QLatin1String(name)); }
    void setRows(std::size_t rows) { mRows = rows; }

    template <typename T>
    void read(const char *name, std::vector<T> &values)
    {
        if (!has(name))
            throw ReadFailure{WaymarkText::tr("%1: its column “%2” is missing").arg(mWhat, QLatin1String(name))};
        if (!unpackColumn(fetch(name), values) || values.size() != mRows)
            throw ReadFailure{WaymarkText::tr("%1: its column “%2” does not hold %3 values").arg(mWhat, QLatin1String(name)).arg(mRows)};
        mOne.reset();
    }
    // Columns later formats added: absent in older files, filled with `fill`.
    template <typename T>
    void readOptional(const char *name, std::vector<T> &values, T fill)
    {
        if (has(name))
            read(name, values);
        else
            values.assign(mRows, fill);
    }
    void readStrings(StringPool &strings)
    {
        if (!has("strings") || !unpackStrings(fetch("strings"), strings))
            throw ReadFailure{WaymarkText::tr("%1: its text table is damaged").arg(mWhat)};
        mOne.reset();
        if (strings.size() == 0 || !strings.at(0).isEmpty())
            throw ReadFailure{WaymarkText::tr("%1: its text table does not start with the empty text").arg(mWhat)};
    }

private:
    // Valid until mOne is reset.
    QByteArrayView fetch(const char *name)
    {
        mOne.bind(1, mDataset);
        mOne.bind(2, QString::fromLatin1(name));
        if (!mOne.next())
            throw ReadFailure{WaymarkText::tr("The file is damaged (%1).").arg(mDb.lastError())};
        return mOne.blob(0);
    }

    SqliteStatement mOne;
    SqliteDatabase &mDb;
    qint64 mDataset;
    QString mWhat;
    QHash<QString, qint64> mSizes;
    std::size_t mRows = 0;
};

bool readColumns(SqliteDatabase &db, qint64 position, Dataset &data, const QString &what)
{
    ColumnReader columns(db, position, what);
    if (!columns.list())
        return false; // a format-3 file
    if (data.kind == DatasetKind::Answers) {
        AnswerTable &t = data.answers.edit();
        columns.readStrings(t.strings);
        if (columns.has("answer")) { // format 6: any metric's answers as doubles
            columns.setRows(std::size_t(columns.bytes("answer")) / sizeof(double));
            columns.read("answer", t.score);
        } else { // formats 4 and 5: NPS scores as bytes
            columns.setRows(std::size_t(columns.bytes("score")));
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
    } else if (data.kind == DatasetKind::Transactions) {
        TransactionTable &t = data.transactions.edit();
        columns.setRows(std::size_t(columns.bytes("customer")) / sizeof(quint32));
        columns.readStrings(t.strings);
        columns.read("customer", t.customer);
        columns.read("day", t.day);
        columns.read("amount", t.amount);
        columns.read("count", t.count);
    } else {
        ClvTable &t = data.clv.edit();
        columns.setRows(std::size_t(columns.bytes("customer")) / sizeof(quint32));
        columns.readStrings(t.strings);
        columns.read("customer", t.customer);
        columns.read("value", t.value);
        columns.read("currency", t.currency);
        columns.read("segment", t.segment);
        columns.read("acquired", t.acquired);
    }
    return true;
}

bool writeColumns(SqliteDatabase &db, qint64 position, const Dataset &data)
{
    SqliteStatement insert = db.prepare("INSERT INTO dataset_columns VALUES (?1, ?2, ?3)");
    bool ok = insert.isValid();
    const auto put = [&](const char *name, const QByteArray &bytes) {
        if (!ok)
            return;
        insert.bind(1, position);
        insert.bind(2, QString::fromLatin1(name));
        insert.bindBlob(3, bytes);
        ok = insert.exec();
    };
    if (data.kind == DatasetKind::Answers) {
        const AnswerTable &t = *data.answers;
        put("strings", packStrings(t.strings));
        put("answer", packColumn(t.score));
        put("day", packColumn(t.day));
        put("respondent", packColumn(t.respondent));
        put("customer", packColumn(t.customer));
        put("segment", packColumn(t.segment));
        put("touchpoint", packColumn(t.touchpoint));
        put("stage", packColumn(t.stage));
        put("channel", packColumn(t.channel));
        put("department", packColumn(t.department));
        put("location", packColumn(t.location));
        put("comment", packColumn(t.comment));
        if (t.isAggregated()) {
            put("count", packColumn(t.aggregate.count));
            put("low", packColumn(t.aggregate.low));
            put("middle", packColumn(t.aggregate.middle));
            put("high", packColumn(t.aggregate.high));
            put("sd", packColumn(t.aggregate.sd));
        }
    } else if (data.kind == DatasetKind::Transactions) {
        const TransactionTable &t = *data.transactions;
        put("strings", packStrings(t.strings));
        put("customer", packColumn(t.customer));
        put("day", packColumn(t.day));
        put("amount", packColumn(t.amount));
        put("count", packColumn(t.count));
    } else {
        const ClvTable &t = *data.clv;
        put("strings", packStrings(t.strings));
        put("customer", packColumn(t.customer));
        put("value", packColumn(t.value));
        put("currency", packColumn(t.currency));
        put("segment", packColumn(t.segment));
        put("acquired", packColumn(t.acquired));
    }
    return ok;
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

void readDatasets(SqliteDatabase &db, Journey &journey)
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

bool writeDatasets(SqliteDatabase &db, const Journey &journey)
{
    SqliteStatement dataset = db.prepare("INSERT INTO datasets VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    bool ok = dataset.isValid();
    for (std::size_t i = 0; ok && i < journey.datasets.size(); ++i) {
        const Dataset &d = *journey.datasets[i];
        dataset.bind(1, qint64(i));
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
        ok = dataset.exec() && writeColumns(db, qint64(i), d);
    }
    return ok;
}

} // namespace waymark
