#include "warehouse/postgressource.h"

#include "data/importmapping.h"
#include "data/metrics/metric.h"
#include "warehouse/aggregatesql.h"
#include "warehouse/postgresconnection.h"
#include "warehouse/warehousetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <map>

namespace waymark {

namespace {

// The answer field a grouping reads; -1 for the whole journey.
int fieldOf(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Journey: return -1;
    case Dimension::Stage: return AnswerStage;
    case Dimension::Touchpoint: return AnswerTouchpoint;
    case Dimension::Segment: return AnswerSegment;
    case Dimension::Channel: return AnswerChannel;
    case Dimension::Department: return AnswerDepartment;
    case Dimension::Location: return AnswerLocation;
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year: return AnswerDate;
    }
    return -1;
}

bool isNumber(const QMetaType &type)
{
    switch (type.id()) {
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Int: case QMetaType::UInt:
    case QMetaType::LongLong: case QMetaType::ULongLong: case QMetaType::Float: case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

bool isDate(const QMetaType &type)
{
    return type.id() == QMetaType::QDate || type.id() == QMetaType::QDateTime;
}

// A Qt SQL connection that is closed and forgotten when the reader returns.
class SourceConnection
{
public:
    SourceConnection() : mName(QStringLiteral("waymark-postgres-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~SourceConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(mName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(mName);
    }
    SourceConnection(const SourceConnection &) = delete;
    SourceConnection &operator=(const SourceConnection &) = delete;
    QSqlDatabase open(const PostgresAddress &address, const PostgresLimits &limits)
    {
        return openPostgres(address, mName, limits.connectTimeoutSeconds);
    }

private:
    QString mName;
};

// Why a statement failed, in the user's words: too slow, the connection gone, or the
// server's own message.
QString statementFailure(QSqlDatabase &db, const QSqlError &failure, const QString &where, const QString &server, int timeoutSeconds)
{
    if (failure.nativeErrorCode() == QLatin1String("57014"))
        return WarehouseText::tr("%1 on %2 took longer than %3 s and was stopped (the server's statement_timeout); give a longer --timeout "
                        "or a narrower query")
            .arg(where, server)
            .arg(timeoutSeconds);
    QSqlQuery ping(db);
    if (!ping.exec(QStringLiteral("SELECT 1")))
        return WarehouseText::tr("the connection to %1 was lost while reading %2: %3").arg(server, where, failure.text().trimmed());
    return WarehouseText::tr("%1 on %2: %3").arg(where, server, failure.databaseText().trimmed());
}

QString typeName(QSqlDatabase &db, const QSqlField &field)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT format_type(?, NULL)"));
    query.addBindValue(field.typeID());
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::fromLatin1(field.metaType().name());
}

struct GroupRow {
    std::vector<QString> texts;
    qint64 day = noDate;
    double score = 0;
    double count = 0;
};

// A count for tr()'s %n (plural forms), which takes an int.
int plural(double count)
{
    return int(std::min(count, double(INT_MAX)));
}

QString shownScore(double score)
{
    return QString::number(score, 'g', 12);
}
} // namespace

std::optional<PostgresAnswers> readPostgresAnswers(const PostgresAnswerSource &source, const std::vector<Dimension> &by,
                                                   const PostgresLimits &limits, QString *error, MissingDimension missing)
{
    const auto fail = [&](const QString &message) -> std::optional<PostgresAnswers> {
        *error = message;
        return std::nullopt;
    };
    const QString server = source.address.display();
    const Metric *metric = metricByKey(source.metric);
    const ImportTarget target = ImportTarget::fromKey(source.metric);
    if (!metric)
        return fail(WarehouseText::tr("unknown metric “%1”").arg(source.metric));
    if (source.table.isEmpty() == source.query.isEmpty())
        return fail(WarehouseText::tr("name either a table or a query to read answers from %1").arg(server));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(WarehouseText::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));

    SourceConnection connection;
    QSqlDatabase db = connection.open(source.address, limits);
    if (!db.isOpen()) {
        const QString reason = db.lastError().text().trimmed();
        // libpq says "no password supplied" or "password authentication failed".
        if (reason.contains(QLatin1String("password")))
            return fail(WarehouseText::tr("cannot connect to %1: %2 — Waymark takes the password from ~/.pgpass (a line "
                                 "HOST:PORT:DATABASE:USER:PASSWORD, the file readable by you alone)")
                            .arg(server, reason));
        return fail(WarehouseText::tr("cannot connect to %1: %2").arg(server, reason));
    }
    QSqlQuery query(db);
    // Read-only: a --query can never change the warehouse.
    for (const QString &setting : {QStringLiteral("SET statement_timeout = %1").arg(qint64(limits.timeoutSeconds) * 1000),
                                   QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")}) {
        if (!query.exec(setting))
            return fail(WarehouseText::tr("%1: %2").arg(server, query.lastError().text().trimmed()));
    }

    QString from, where;
    if (!source.table.isEmpty()) {
        where = WarehouseText::tr("table “%1”").arg(source.table);
        // The server reads the name as SQL does (schema, quotes, case) and quotes it back.
        query.prepare(QStringLiteral("SELECT CAST(to_regclass(?) AS text)"));
        query.addBindValue(source.table);
        if (!query.exec())
            return fail(WarehouseText::tr("“%1” is not a table name: %2").arg(source.table, query.lastError().databaseText().trimmed()));
        if (!query.next() || query.isNull(0))
            return fail(WarehouseText::tr("no table “%1” in %2 (or no right to see it)").arg(source.table, server));
        from = query.value(0).toString();
    } else {
        where = WarehouseText::tr("the query");
        QString text = source.query.trimmed();
        while (text.endsWith(u';'))
            text = text.chopped(1).trimmed();
        from = QStringLiteral("(%1\n) AS source").arg(text);
    }

    // The columns and their types, without a row.
    if (!query.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(from)))
        return fail(statementFailure(db, query.lastError(), where, server, limits.timeoutSeconds));
    const QSqlRecord record = query.record();
    PostgresAnswers result;
    for (int i = 0; i < record.count(); ++i)
        result.columns << record.fieldName(i);
    const QString columnList = result.columns.join(QStringLiteral(", "));

    QHash<QString, int> given;
    for (auto it = source.mapping.cbegin(); it != source.mapping.cend(); ++it) {
        QString column = it.key();
        if (!result.columns.contains(column)) {
            const auto same = std::find_if(result.columns.cbegin(), result.columns.cend(),
                                           [&](const QString &c) { return c.compare(column, Qt::CaseInsensitive) == 0; });
            if (same == result.columns.cend())
                return fail(WarehouseText::tr("%1 has no column “%2” (columns: %3)").arg(where, column, columnList));
            column = *same;
        }
        given.insert(column, it.value());
    }
    const QHash<QString, int> mapping = guessImportMapping(target, result.columns, given);
    const QStringList fieldKeys = importFieldKeys(target);
    std::map<int, QString> columnOf;
    for (const QString &column : result.columns) // in the source's order: the first column of a field wins
        if (const auto it = mapping.constFind(column); it != mapping.constEnd() && !columnOf.count(*it))
            columnOf[*it] = column;
    for (int field : {AnswerCount, AnswerLow, AnswerMiddle, AnswerHigh, AnswerMean, AnswerSd, AnswerMet, AnswerChecked}) {
        if (columnOf.count(field))
            return fail(WarehouseText::tr("column “%1” of %2 reads as “%3”: only answers one per row are read from PostgreSQL; select the "
                                 "columns to use with --query (SELECT score, touchpoint, … FROM …)")
                            .arg(columnOf[field], where, fieldKeys.value(field)));
    }
    if (!columnOf.count(AnswerScore))
        return fail(WarehouseText::tr("no column of %1 gives the score (columns: %2); name it with --map COLUMN=score").arg(where, columnList));

    AggregatePlan plan;
    plan.from = from;
    plan.scoreColumn = columnOf[AnswerScore];
    plan.limit = limits.maxGroups + 1;
    std::vector<int> textFields; // the text outputs' fields, in order
    for (Dimension dimension : by) {
        const int field = fieldOf(dimension);
        if (field < 0)
            continue;
        if (!columnOf.count(field) && missing == MissingDimension::Skip)
            continue;
        if (!columnOf.count(field))
            return fail(WarehouseText::tr("no column of %1 gives “%2” (columns: %3); name the column with --map COLUMN=%4")
                            .arg(where, dimensionKey(dimension), columnList, fieldKeys.value(field)));
        if (field == AnswerDate) {
            plan.dateColumn = columnOf[field];
            const QString period = dimension == Dimension::Month ? QStringLiteral("month")
                                 : dimension == Dimension::Quarter ? QStringLiteral("quarter")
                                                                   : QStringLiteral("year");
            // The finest period asked: months give their quarters and years too.
            if (plan.period.isEmpty() || period == QLatin1String("month") || (period == QLatin1String("quarter") && plan.period == QLatin1String("year")))
                plan.period = period;
        } else if (std::find(textFields.begin(), textFields.end(), field) == textFields.end()) {
            textFields.push_back(field);
            plan.textColumns.push_back(columnOf[field]);
        }
    }

    const QSqlField scoreField = record.field(plan.scoreColumn);
    if (!isNumber(scoreField.metaType()))
        return fail(WarehouseText::tr("column “%1” of %2 is %3; the score must be a number (smallint, integer, numeric, real …): "
                             "convert it in --query, e.g. CAST(%1 AS integer)")
                        .arg(plan.scoreColumn, where, typeName(db, scoreField)));
    if (!plan.dateColumn.isEmpty()) {
        const QSqlField dateField = record.field(plan.dateColumn);
        if (!isDate(dateField.metaType()))
            return fail(WarehouseText::tr("column “%1” of %2 is %3; a date must be a date or timestamp: convert it in --query, "
                                 "e.g. to_date(%1, 'YYYY-MM-DD')")
                            .arg(plan.dateColumn, where, typeName(db, dateField)));
    }

    result.sql = aggregateSql(plan);
    query.setForwardOnly(true);
    if (!query.exec(result.sql))
        return fail(statementFailure(db, query.lastError(), where, server, limits.timeoutSeconds));
    std::vector<GroupRow> rows;
    std::map<double, double> invalid; // score -> answers
    const int scoreAt = int(textFields.size()) + (plan.dateColumn.isEmpty() ? 0 : 1);
    long long groups = 0;
    while (query.next()) {
        if (++groups > limits.maxGroups)
            return fail(WarehouseText::tr("%1 on %2 gives more than %3 groups of answers; Waymark reads counts, not rows: group by fewer "
                                 "dimensions, or check that the grouped columns hold keys rather than ids or free text")
                            .arg(where, server)
                            .arg(limits.maxGroups));
        const double count = query.value(scoreAt + 1).toDouble();
        if (query.isNull(scoreAt)) {
            result.nullScores += count;
            continue;
        }
        const double score = query.value(scoreAt).toDouble();
        const bool whole = !metric->wholeAnswers() || score == std::floor(score);
        if (!std::isfinite(score) || score < metric->lowestAnswer() || score > metric->highestAnswer() || !whole) {
            invalid[score] += count;
            result.invalidScores += count;
            continue;
        }
        GroupRow row;
        for (int i = 0; i < int(textFields.size()); ++i)
            row.texts.push_back(query.isNull(i) ? QString() : query.value(i).toString());
        if (!plan.dateColumn.isEmpty() && !query.isNull(int(textFields.size())))
            row.day = dayNumber(query.value(int(textFields.size())).toDate());
        row.score = score;
        row.count = count;
        result.answers += count;
        rows.push_back(std::move(row));
    }
    if (query.lastError().isValid())
        return fail(statementFailure(db, query.lastError(), where, server, limits.timeoutSeconds));

    if (result.nullScores > 0)
        result.warnings << WarehouseText::tr("%1: %n answer(s) without a score (NULL in column “%2”), left out", nullptr, plural(result.nullScores))
                               .arg(where, plan.scoreColumn);
    if (result.invalidScores > 0) {
        QStringList shown;
        for (const auto &[score, count] : invalid) {
            if (shown.size() == 5) {
                shown << QStringLiteral("…");
                break;
            }
            shown << WarehouseText::tr("%1 (%2×)").arg(shownScore(score)).arg(count, 0, 'f', 0);
        }
        // Two whole sentences, not one with a piece spliced in: translators see each complete.
        const QString message = metric->wholeAnswers()
            ? WarehouseText::tr("%1: %n answer(s) with a score outside %2–%3 or not a whole number in column “%4”, left out: %5", nullptr,
                       plural(result.invalidScores))
            : WarehouseText::tr("%1: %n answer(s) with a score outside %2–%3 in column “%4”, left out: %5", nullptr, plural(result.invalidScores));
        result.warnings << message.arg(where, shownScore(metric->lowestAnswer()), shownScore(metric->highestAnswer()), plan.scoreColumn,
                                       shown.join(QStringLiteral(", ")));
    }

    // Scores in ascending order within every group: the sums then add up in the order the
    // file path adds them, so both give the same figures to the last bit.
    std::stable_sort(rows.begin(), rows.end(), [](const GroupRow &a, const GroupRow &b) { return a.score < b.score; });
    Dataset &dataset = result.dataset;
    dataset.id = QUuid::createUuid();
    dataset.name = source.table.isEmpty() ? WarehouseText::tr("PostgreSQL query") : source.table;
    dataset.kind = DatasetKind::Answers;
    dataset.metricKey = metric->key();
    dataset.source.fileName = server + u' ' + (source.table.isEmpty() ? where : source.table);
    dataset.source.importedAt = QDateTime::currentDateTimeUtc();
    QStringList mappingLines;
    for (const auto &[field, column] : columnOf)
        mappingLines << column + u'=' + fieldKeys.value(field);
    dataset.source.mapping = mappingLines.join(u'\n');
    dataset.source.encoding = QStringLiteral("PostgreSQL");
    dataset.source.rowsRead = qint64(result.answers + result.nullScores + result.invalidScores);
    dataset.source.rowsImported = qint64(result.answers);
    dataset.source.rowsRejected = qint64(result.nullScores + result.invalidScores);
    AnswerTable &table = dataset.answers.edit();
    table.reserve(rows.size());
    const auto textIndex = [&](const GroupRow &row, int field) -> quint32 {
        const auto at = std::find(textFields.begin(), textFields.end(), field);
        return at == textFields.end() ? 0 : table.strings.add(row.texts[std::size_t(at - textFields.begin())]);
    };
    for (const GroupRow &row : rows) {
        table.score.push_back(row.score);
        table.day.push_back(row.day);
        table.respondent.push_back(0);
        table.customer.push_back(0);
        table.comment.push_back(0);
        table.segment.push_back(textIndex(row, AnswerSegment));
        table.touchpoint.push_back(textIndex(row, AnswerTouchpoint));
        table.stage.push_back(textIndex(row, AnswerStage));
        table.channel.push_back(textIndex(row, AnswerChannel));
        table.department.push_back(textIndex(row, AnswerDepartment));
        table.location.push_back(textIndex(row, AnswerLocation));
        // One score's answers: their mean is the score and their sd 0, so the tally adds
        // exactly what the same answers one by one add.
        const std::optional<Band> band = metric->band(row.score);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        AggregateColumns &aggregate = table.aggregate;
        aggregate.count.push_back(row.count);
        aggregate.low.push_back(!band ? nan : *band == Band::Low ? row.count : 0);
        aggregate.middle.push_back(!band ? nan : *band == Band::Middle ? row.count : 0);
        aggregate.high.push_back(!band ? nan : *band == Band::High ? row.count : 0);
        aggregate.sd.push_back(0);
    }
    return result;
}

} // namespace waymark
