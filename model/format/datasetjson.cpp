#include "format/datasetjson.h"

#include "data/metrics/metric.h"
#include "format/jsonvalues.h"
#include "format/datasetjsontext.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace waymark::DatasetJson {

namespace {

using JsonValues::utf8;
using JsonValues::fromUtf8;

using json = nlohmann::json;
using ordered_json = nlohmann::ordered_json;


struct Failure {
    QString path;
    QString message;
};

ordered_json dayJson(qint64 day)
{
    return day == noDate ? ordered_json(nullptr) : ordered_json(utf8(dateOf(day).toString(Qt::ISODate)));
}

template <typename T>
ordered_json listJson(const std::vector<T> &column)
{
    ordered_json list = ordered_json::array();
    for (const T &value : column)
        list.push_back(value);
    return list;
}

ordered_json numbersJson(const std::vector<double> &column)
{
    ordered_json list = ordered_json::array();
    for (double value : column)
        list.push_back(std::isnan(value) ? ordered_json(nullptr) : ordered_json(value));
    return list;
}

ordered_json daysJson(const std::vector<qint64> &column)
{
    ordered_json list = ordered_json::array();
    for (qint64 day : column)
        list.push_back(dayJson(day));
    return list;
}

ordered_json stringsJson(const StringPool &strings)
{
    ordered_json list = ordered_json::array();
    for (std::size_t i = 0; i < strings.size(); ++i)
        list.push_back(utf8(strings.at(quint32(i))));
    return list;
}

// ---- reading ----

const json &member(const json &object, const char *key, const QString &path)
{
    if (!object.is_object())
        throw Failure{path, DatasetJsonText::tr("expected an object")};
    const auto it = object.find(key);
    if (it == object.end())
        throw Failure{path + QLatin1Char('/') + QLatin1String(key), DatasetJsonText::tr("missing")};
    return *it;
}

QString text(const json &object, const char *key, const QString &path)
{
    const json &value = member(object, key, path);
    if (!value.is_string())
        throw Failure{path + QLatin1Char('/') + QLatin1String(key), DatasetJsonText::tr("expected text")};
    return fromUtf8(value.get_ref<const std::string &>());
}

qint64 count(const json &object, const char *key, const QString &path)
{
    const json &value = member(object, key, path);
    if (!value.is_number_integer() || value.get<qint64>() < 0)
        throw Failure{path + QLatin1Char('/') + QLatin1String(key), DatasetJsonText::tr("expected a whole number of 0 or more")};
    return value.get<qint64>();
}

const json &list(const json &object, const char *key, const QString &path, std::size_t rows)
{
    const json &value = member(object, key, path);
    if (!value.is_array())
        throw Failure{path + QLatin1Char('/') + QLatin1String(key), DatasetJsonText::tr("expected a list")};
    if (rows != std::numeric_limits<std::size_t>::max() && value.size() != rows)
        throw Failure{path + QLatin1Char('/') + QLatin1String(key),
                      DatasetJsonText::tr("expected %1 values like the other columns, got %2").arg(rows).arg(value.size())};
    return value;
}

void readIndices(const json &columns, const char *key, const QString &path, std::size_t rows, std::size_t poolSize,
                 std::vector<quint32> &out)
{
    const json &values = list(columns, key, path, rows);
    out.reserve(rows);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const json &value = values[i];
        if (!value.is_number_unsigned() || value.get<std::uint64_t>() >= poolSize)
            throw Failure{path + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + QString::number(i),
                          DatasetJsonText::tr("expected the index of an entry in \"strings\"")};
        out.push_back(quint32(value.get<std::uint64_t>()));
    }
}

void readDays(const json &columns, const char *key, const QString &path, std::size_t rows, std::vector<qint64> &out)
{
    const json &values = list(columns, key, path, rows);
    out.reserve(rows);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const json &value = values[i];
        if (value.is_null()) {
            out.push_back(noDate);
            continue;
        }
        const QDate date = value.is_string() ? QDate::fromString(fromUtf8(value.get_ref<const std::string &>()), Qt::ISODate)
                                             : QDate();
        if (!date.isValid())
            throw Failure{path + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + QString::number(i),
                          DatasetJsonText::tr("expected a date YYYY-MM-DD or null")};
        out.push_back(dayNumber(date));
    }
}

void readStrings(const json &item, const QString &path, StringPool &strings)
{
    const json &values = list(item, "strings", path, std::numeric_limits<std::size_t>::max());
    strings.clearForReading();
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i].is_string())
            throw Failure{path + QStringLiteral("/strings/") + QString::number(i), DatasetJsonText::tr("expected text")};
        strings.append(fromUtf8(values[i].get_ref<const std::string &>()));
    }
    if (strings.size() == 0 || !strings.at(0).isEmpty())
        throw Failure{path + QStringLiteral("/strings"), DatasetJsonText::tr("the first entry must be the empty text")};
}

// Numbers, with null for a figure an aggregated export does not give (NaN in memory).
void readNumbers(const json &columns, const char *key, const QString &path, std::size_t rows, std::vector<double> &out)
{
    const json &values = list(columns, key, path, rows);
    out.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].is_null()) {
            out.push_back(std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        if (!values[i].is_number() || !std::isfinite(values[i].get<double>()))
            throw Failure{path + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + QString::number(i),
                          DatasetJsonText::tr("expected a number or null")};
        out.push_back(values[i].get<double>());
    }
}

void readAnswers(const json &columns, const QString &path, const Metric &metric, AnswerTable &table)
{
    readNumbers(columns, "score", path, std::numeric_limits<std::size_t>::max(), table.score);
    for (std::size_t i = 0; i < table.score.size(); ++i) {
        const double score = table.score[i];
        if (!std::isnan(score)
            && (score < metric.lowestAnswer() || score > metric.highestAnswer() || (metric.wholeAnswers() && score != std::floor(score))))
            throw Failure{path + QStringLiteral("/score/") + QString::number(i),
                          DatasetJsonText::tr("expected a %1 answer from %2 to %3").arg(metric.name()).arg(metric.lowestAnswer()).arg(metric.highestAnswer())};
    }
    const std::size_t rows = table.score.size();
    readDays(columns, "date", path, rows, table.day);
    const std::size_t pool = table.strings.size();
    readIndices(columns, "respondent", path, rows, pool, table.respondent);
    readIndices(columns, "customer", path, rows, pool, table.customer);
    readIndices(columns, "segment", path, rows, pool, table.segment);
    readIndices(columns, "touchpoint", path, rows, pool, table.touchpoint);
    readIndices(columns, "stage", path, rows, pool, table.stage);
    readIndices(columns, "channel", path, rows, pool, table.channel);
    // Format 6 added departments and locations: older files have neither.
    for (const auto &[key, column] : {std::pair{"department", &table.department}, std::pair{"location", &table.location}}) {
        if (columns.contains(key))
            readIndices(columns, key, path, rows, pool, *column);
        else
            column->assign(rows, 0);
    }
    readIndices(columns, "comment", path, rows, pool, table.comment);
    if (columns.contains("count")) {
        AggregateColumns &a = table.aggregate;
        readNumbers(columns, "count", path, rows, a.count);
        readNumbers(columns, "low", path, rows, a.low);
        readNumbers(columns, "middle", path, rows, a.middle);
        readNumbers(columns, "high", path, rows, a.high);
        readNumbers(columns, "sd", path, rows, a.sd);
    } else {
        for (std::size_t i = 0; i < rows; ++i)
            if (std::isnan(table.score[i]))
                throw Failure{path + QStringLiteral("/score/") + QString::number(i), DatasetJsonText::tr("expected a number")};
    }
}

void readClv(const json &columns, const QString &path, ClvTable &table)
{
    const json &values = list(columns, "value", path, std::numeric_limits<std::size_t>::max());
    const std::size_t rows = values.size();
    table.value.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        if (!values[i].is_number() || !std::isfinite(values[i].get<double>()))
            throw Failure{path + QStringLiteral("/value/") + QString::number(i), DatasetJsonText::tr("expected a number")};
        table.value.push_back(values[i].get<double>());
    }
    const std::size_t pool = table.strings.size();
    readIndices(columns, "customer", path, rows, pool, table.customer);
    readIndices(columns, "currency", path, rows, pool, table.currency);
    readIndices(columns, "segment", path, rows, pool, table.segment);
    readDays(columns, "acquired", path, rows, table.acquired);
}

void readTransactions(const json &columns, const QString &path, TransactionTable &table)
{
    const json &amounts = list(columns, "amount", path, std::numeric_limits<std::size_t>::max());
    const std::size_t rows = amounts.size();
    readNumbers(columns, "amount", path, rows, table.amount);
    readNumbers(columns, "count", path, rows, table.count);
    for (const auto &[column, key] : {std::pair{&table.amount, "amount"}, std::pair{&table.count, "count"}})
        for (std::size_t i = 0; i < rows; ++i)
            if (std::isnan((*column)[i]))
                throw Failure{path + QLatin1Char('/') + QLatin1String(key) + QLatin1Char('/') + QString::number(i), DatasetJsonText::tr("expected a number")};
    readIndices(columns, "customer", path, rows, table.strings.size(), table.customer);
    readDays(columns, "date", path, rows, table.day);
}

const StringPool &datasetStrings(const Dataset &dataset)
{
    switch (dataset.kind) {
    case DatasetKind::Answers: return dataset.answerRows().strings;
    case DatasetKind::Clv: return dataset.clv->strings;
    case DatasetKind::Transactions: return dataset.transactions->strings;
    }
    return dataset.answerRows().strings;
}

} // namespace

ordered_json toJson(const Dataset &dataset)
{
    ordered_json source = {{"file", utf8(dataset.source.fileName)},
                           {"sha256", utf8(dataset.source.sha256)},
                           {"importedAt", utf8(dataset.source.importedAt.toUTC().toString(Qt::ISODateWithMs))},
                           {"mapping", utf8(dataset.source.mapping)},
                           {"encoding", utf8(dataset.source.encoding)},
                           {"rowsRead", dataset.source.rowsRead},
                           {"rowsImported", dataset.source.rowsImported},
                           {"rowsRejected", dataset.source.rowsRejected}};
    ordered_json columns = ordered_json::object();
    if (dataset.kind == DatasetKind::Answers) {
        const AnswerTable &t = dataset.answerRows();
        columns["score"] = numbersJson(t.score);
        columns["date"] = daysJson(t.day);
        columns["respondent"] = listJson(t.respondent);
        columns["customer"] = listJson(t.customer);
        columns["segment"] = listJson(t.segment);
        columns["touchpoint"] = listJson(t.touchpoint);
        columns["stage"] = listJson(t.stage);
        columns["channel"] = listJson(t.channel);
        columns["department"] = listJson(t.department);
        columns["location"] = listJson(t.location);
        columns["comment"] = listJson(t.comment);
        if (t.isAggregated()) {
            columns["count"] = numbersJson(t.aggregate.count);
            columns["low"] = numbersJson(t.aggregate.low);
            columns["middle"] = numbersJson(t.aggregate.middle);
            columns["high"] = numbersJson(t.aggregate.high);
            columns["sd"] = numbersJson(t.aggregate.sd);
        }
    } else if (dataset.kind == DatasetKind::Transactions) {
        const TransactionTable &t = dataset.transactions;
        columns["customer"] = listJson(t.customer);
        columns["date"] = daysJson(t.day);
        columns["amount"] = listJson(t.amount);
        columns["count"] = listJson(t.count);
    } else {
        const ClvTable &t = dataset.clv;
        columns["customer"] = listJson(t.customer);
        columns["value"] = listJson(t.value);
        columns["currency"] = listJson(t.currency);
        columns["segment"] = listJson(t.segment);
        columns["acquired"] = daysJson(t.acquired);
    }
    return {{"id", utf8(dataset.id.toString(QUuid::WithoutBraces))},
            {"name", utf8(dataset.name)},
            {"kind", utf8(dataset.kindKey())},
            {"currency", utf8(dataset.currency)},
            {"source", std::move(source)},
            {"strings", stringsJson(datasetStrings(dataset))},
            {"columns", std::move(columns)}};
}

std::optional<Dataset> fromJson(const json &item, Problem *problem)
{
    try {
        Dataset data;
        data.id = QUuid::fromString(text(item, "id", {}));
        if (data.id.isNull())
            throw Failure{QStringLiteral("/id"), DatasetJsonText::tr("expected an id")};
        data.name = text(item, "name", {});
        if (!data.setKindKey(text(item, "kind", {})))
            throw Failure{QStringLiteral("/kind"), DatasetJsonText::tr("expected \"nps\", \"csat\", \"ces\", \"audit\", \"enps\", \"mean\", \"clv\" or \"transactions\"")};
        data.currency = text(item, "currency", {});
        const json &source = member(item, "source", {});
        const QString sourcePath = QStringLiteral("/source");
        data.source.fileName = text(source, "file", sourcePath);
        data.source.sha256 = text(source, "sha256", sourcePath);
        data.source.importedAt = QDateTime::fromString(text(source, "importedAt", sourcePath), Qt::ISODateWithMs);
        data.source.mapping = text(source, "mapping", sourcePath);
        data.source.encoding = text(source, "encoding", sourcePath);
        data.source.rowsRead = count(source, "rowsRead", sourcePath);
        data.source.rowsImported = count(source, "rowsImported", sourcePath);
        data.source.rowsRejected = count(source, "rowsRejected", sourcePath);
        const json &columns = member(item, "columns", {});
        if (data.kind == DatasetKind::Answers) {
            readStrings(item, {}, data.answers.edit().strings);
            readAnswers(columns, QStringLiteral("/columns"), *data.metric(), data.answers.edit());
        } else if (data.kind == DatasetKind::Transactions) {
            readStrings(item, {}, data.transactions.edit().strings);
            readTransactions(columns, QStringLiteral("/columns"), data.transactions.edit());
        } else {
            readStrings(item, {}, data.clv.edit().strings);
            readClv(columns, QStringLiteral("/columns"), data.clv.edit());
        }
        return data;
    } catch (const Failure &failure) {
        if (problem)
            *problem = {failure.path, failure.message};
        return std::nullopt;
    }
}

} // namespace waymark::DatasetJson
