#include "clv/transactions.h"

#include "data/csvrecords.h"
#include "data/datatables.h"
#include "data/headerwords.h"
#include "data/importfields.h"
#include "data/textdecoding.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <algorithm>
#include <optional>

namespace waymark::clv {

namespace {

struct TransactionText {
    Q_DECLARE_TR_FUNCTIONS(ClvTransactions)
};

constexpr std::size_t linesListed = 5;

// Assigns each customer id a dense index (a million rows from ~100,000 customers).
class CustomerIndex
{
public:
    explicit CustomerIndex(QStringList &ids) : mIds(ids) {}
    int indexOf(QByteArrayView id)
    {
        const QByteArray key = QByteArray::fromRawData(id.data(), id.size());
        const auto it = mIndex.constFind(key);
        if (it != mIndex.constEnd())
            return it.value();
        const int index = int(mIds.size());
        mIndex.insert(QByteArray(id.data(), id.size()), index);
        mIds << QString::fromUtf8(id);
        return index;
    }

private:
    QStringList &mIds;
    QHash<QByteArray, int> mIndex;
};

void refuse(TransactionFile &file, const QString &reason, qint64 line)
{
    RefusedRows &rows = file.refused[reason];
    ++rows.count;
    if (rows.firstLines.size() < linesListed)
        rows.firstLines.push_back(line);
}

// YYYYMMDD as CDNOW writes it, else whatever the survey importer reads.
std::optional<qint64> parseTransactionDay(QByteArrayView cell, bool dayFirst)
{
    cell = trimmedCell(cell);
    if (cell.size() == 8) {
        int value[3] = {0, 0, 0};
        const int widths[3] = {4, 2, 2};
        qsizetype pos = 0;
        bool digits = true;
        for (int part = 0; part < 3 && digits; ++part)
            for (int i = 0; i < widths[part]; ++i, ++pos) {
                if (cell[pos] < '0' || cell[pos] > '9') {
                    digits = false;
                    break;
                }
                value[part] = value[part] * 10 + (cell[pos] - '0');
            }
        if (digits) {
            const QDate date(value[0], value[1], value[2]);
            return date.isValid() ? std::optional<qint64>(date.toJulianDay()) : std::nullopt;
        }
    }
    const auto day = parseDay(cell, dayFirst);
    if (!day || *day == noDate)
        return std::nullopt;
    return day;
}

std::vector<QByteArrayView> splitWhitespace(QByteArrayView line)
{
    std::vector<QByteArrayView> fields;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            fields.push_back(line.sliced(start, i - start));
    }
    return fields;
}

void readWhitespace(QByteArrayView utf8, TransactionFile &file)
{
    file.layout = QStringLiteral("whitespace");
    CustomerIndex customers(file.customerIds);
    qint64 lineNumber = 0;
    bool sawData = false;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', pos);
        if (end < 0)
            end = utf8.size();
        QByteArrayView line = utf8.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        const auto fields = splitWhitespace(line);
        if (fields.empty())
            continue;
        if (fields.size() < 4) {
            refuse(file, TransactionText::tr("fewer than 4 columns (customer, date, count, amount)"), lineNumber);
            continue;
        }
        const std::size_t dateColumn = fields.size() - 3;
        const auto day = parseTransactionDay(fields[dateColumn], true);
        const auto count = parseNumber(fields[dateColumn + 1]);
        const auto amount = parseNumber(fields[dateColumn + 2]);
        if (!sawData && !day && !amount) {
            sawData = true; // a header line ("customer_id date number_of_cds dollar_value")
            continue;
        }
        sawData = true;
        if (!day) {
            refuse(file, TransactionText::tr("unreadable date"), lineNumber);
            continue;
        }
        if (!count) {
            refuse(file, TransactionText::tr("unreadable count"), lineNumber);
            continue;
        }
        if (!amount) {
            refuse(file, TransactionText::tr("unreadable amount"), lineNumber);
            continue;
        }
        file.transactions.push_back({customers.indexOf(fields[dateColumn - 1]), *day, *amount, *count, lineNumber});
    }
}

struct Columns {
    int customer = -1, date = -1, amount = -1, count = -1, currency = -1;
};

Columns guessColumns(const QStringList &headers)
{
    const QStringList fields{QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("value"), QStringLiteral("count"),
                             QStringLiteral("currency")};
    const QHash<QString, QString> guessed = guessFields(QStringLiteral("clv"), headers, fields);
    Columns columns;
    // The import's word lists have no item count ("count" there is an aggregated table's
    // number of responses); a few words for a purchase's quantity, folded like headers.
    static const QStringList quantityWords{QStringLiteral("quantity"), QStringLiteral("qty"),   QStringLiteral("items"),
                                           QStringLiteral("units"),    QStringLiteral("numberofcds"), foldHeader(QStringLiteral("количество")),
                                           foldHeader(QStringLiteral("кількість")), foldHeader(QStringLiteral("količina")),
                                           foldHeader(QStringLiteral("수량"))};
    for (int i = 0; i < headers.size(); ++i) {
        const QString field = guessed.value(headers[i]);
        int *slot = field == QLatin1String("customer") ? &columns.customer
            : field == QLatin1String("date")           ? &columns.date
            : field == QLatin1String("value")          ? &columns.amount
            : field == QLatin1String("count")          ? &columns.count
            : field == QLatin1String("currency")       ? &columns.currency
                                                       : nullptr;
        if (slot && *slot < 0)
            *slot = i;
    }
    if (columns.count < 0)
        for (int i = 0; i < headers.size() && columns.count < 0; ++i)
            if (i != columns.customer && i != columns.date && i != columns.amount && i != columns.currency
                && quantityWords.contains(foldHeader(headers[i])))
                columns.count = i;
    return columns;
}

bool readDelimited(QByteArrayView utf8, char delimiter, TransactionFile &file)
{
    QStringList headers;
    qint64 headerLine = 0;
    CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
        for (const QByteArrayView field : record.fields)
            headers << QString::fromUtf8(trimmedCell(field));
        headerLine = record.line;
        return false;
    });
    const Columns columns = guessColumns(headers);
    if (columns.customer < 0 || columns.date < 0 || columns.amount < 0) {
        QStringList missing;
        if (columns.customer < 0)
            missing << TransactionText::tr("customer");
        if (columns.date < 0)
            missing << TransactionText::tr("date");
        if (columns.amount < 0)
            missing << TransactionText::tr("amount");
        file.problem = TransactionText::tr("line %1: the header names no column for %2 (found: %3)")
                           .arg(headerLine)
                           .arg(missing.join(QStringLiteral(", ")), headers.join(QStringLiteral(", ")));
        return false;
    }
    file.layout = QStringLiteral("csv");
    // Slash dates: settle day/month order over the whole column first.
    SlashDateOrder order;
    CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
        if (record.line != headerLine && qsizetype(record.fields.size()) > columns.date)
            order.see(record.fields[std::size_t(columns.date)]);
        return !order.known();
    });
    const bool dayFirst = order.known() ? order.dayFirst() : true;
    const int needed = std::max({columns.customer, columns.date, columns.amount, columns.count, columns.currency}) + 1;
    CustomerIndex customers(file.customerIds);
    CsvRecords::read(utf8, delimiter, [&](const CsvRecords::Record &record) {
        if (record.line == headerLine)
            return true;
        const auto cell = [&](int column) { return trimmedCell(record.fields[std::size_t(column)]); };
        if (qsizetype(record.fields.size()) < needed) {
            refuse(file, TransactionText::tr("too few columns"), record.line);
            return true;
        }
        const QByteArrayView customer = cell(columns.customer);
        if (customer.isEmpty()) {
            refuse(file, TransactionText::tr("no customer id"), record.line);
            return true;
        }
        const auto day = parseTransactionDay(cell(columns.date), dayFirst);
        if (!day) {
            refuse(file, TransactionText::tr("unreadable date"), record.line);
            return true;
        }
        const auto amount = parseNumber(cell(columns.amount));
        if (!amount) {
            refuse(file, TransactionText::tr("unreadable amount"), record.line);
            return true;
        }
        double count = 1;
        if (columns.count >= 0 && !cell(columns.count).isEmpty()) {
            const auto parsed = parseNumber(cell(columns.count));
            if (!parsed) {
                refuse(file, TransactionText::tr("unreadable count"), record.line);
                return true;
            }
            count = *parsed;
        }
        if (columns.currency >= 0) {
            const QString currency = QString::fromUtf8(cell(columns.currency)).toUpper();
            if (!currency.isEmpty()) {
                if (file.currency.isEmpty())
                    file.currency = currency;
                else if (currency != file.currency) {
                    refuse(file, TransactionText::tr("currency other than %1").arg(file.currency), record.line);
                    return true;
                }
            }
        }
        file.transactions.push_back({customers.indexOf(customer), *day, *amount, count, record.line});
        return true;
    });
    return true;
}

QByteArrayView firstLine(QByteArrayView utf8)
{
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', start);
        if (end < 0)
            end = utf8.size();
        const QByteArrayView line = trimmedCell(utf8.sliced(start, end - start));
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

} // namespace

qint64 TransactionFile::refusedCount() const
{
    qint64 total = 0;
    for (const auto &[reason, rows] : refused)
        total += rows.count;
    return total;
}

TransactionFile readTransactions(const QByteArray &bytes, const QString &chosenEncoding)
{
    TransactionFile file;
    const Utf8Text text = toUtf8(bytes, chosenEncoding);
    file.encoding = text.encoding;
    if (!text.problem.isEmpty()) {
        file.problem = text.problem;
        return file;
    }
    const QByteArrayView utf8(text.utf8);
    const QByteArrayView first = firstLine(utf8);
    if (first.isEmpty()) {
        file.problem = TransactionText::tr("the file holds no transactions");
        return file;
    }
    const bool delimited = first.contains(',') || first.contains(';') || first.contains('|') || first.contains('\t');
    if (delimited) {
        TransactionFile attempt;
        attempt.encoding = file.encoding;
        if (readDelimited(utf8, CsvRecords::detectDelimiter(utf8), attempt) || !first.contains('\t'))
            file = std::move(attempt);
        else
            readWhitespace(utf8, file); // tab-separated columns without a header
    } else {
        readWhitespace(utf8, file);
    }
    if (file.problem.isEmpty() && file.transactions.empty())
        file.problem = TransactionText::tr("no row could be read as a transaction");
    return file;
}

QStringList refusedRowMessages(const TransactionFile &file, const QString &fileName)
{
    // Rows in file order, then the counts of rows not listed.
    std::vector<std::pair<qint64, QString>> rows;
    QStringList more;
    for (const auto &[reason, refused] : file.refused) {
        for (qint64 line : refused.firstLines)
            rows.emplace_back(line, TransactionText::tr("%1:%2: %3 (row skipped)").arg(fileName).arg(line).arg(reason));
        const qint64 notListed = refused.count - qint64(refused.firstLines.size());
        if (notListed > 0)
            more << TransactionText::tr("%1: %n more row(s) skipped: %2", nullptr, int(notListed)).arg(fileName, reason);
    }
    std::sort(rows.begin(), rows.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    QStringList messages;
    for (const auto &[line, message] : rows)
        messages << message;
    return messages + more;
}

} // namespace waymark::clv
