#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace waymark::clv {

// One purchase as a transaction file lists it.
struct Transaction {
    int customer = 0;  // index into TransactionFile::customerIds
    qint64 day = 0;    // Julian day
    double amount = 0; // the money spent (any sign; the summary decides what to do with it)
    double count = 1;  // items, when the file says (CDNOW: number of CDs)
    qint64 line = 0;   // where it came from, for messages
};

// Rows that could not be read, grouped by reason: how many and on which lines.
struct RefusedRows {
    qint64 count = 0;
    std::vector<qint64> firstLines; // the first few lines, for the message
};

struct TransactionFile {
    std::vector<Transaction> transactions;
    QStringList customerIds;                   // as written in the file, in order of first appearance
    QString currency;                          // from a currency column; empty when none
    std::map<QString, RefusedRows> refused;    // reason (translated) -> rows
    QString encoding;                          // what the bytes were read as
    QString layout;                            // "whitespace" or "csv"
    QString problem;                           // set when nothing can be read at all
    qint64 refusedCount() const;
};

// Reads purchases from a file's bytes, in one of two layouts, chosen by the first line:
//  - whitespace-separated, as the CDNOW files come: CUSTOMER DATE COUNT AMOUNT, with DATE as
//    YYYYMMDD (or any date parseDay reads); a leading header line is skipped; extra leading
//    columns are ignored and the column just before the date is the customer (CDNOW_sample's
//    "master id, sample id, date, …" is thus keyed by the sample id, as its summaries are);
//  - CSV/TSV/semicolon with a header naming the customer, the date and the amount, and
//    optionally a count and a currency (guessed in any of Waymark's languages).
// Bytes in any encoding textdecoding reads. Rows in a second currency are refused (spends
// in different currencies cannot be averaged).
TransactionFile readTransactions(const QByteArray &bytes, const QString &chosenEncoding = QString());

// "FILE:LINE: reason (row skipped)" for the first rows refused for each reason, then
// "FILE: N more rows skipped: reason".
QStringList refusedRowMessages(const TransactionFile &file, const QString &fileName);

} // namespace waymark::clv
