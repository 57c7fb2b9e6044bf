#include "clv/transactiondataset.h"

#include "data/sha256.h"

#include <QFileInfo>

namespace waymark::clv {

Dataset transactionDataset(const TransactionFile &file, const QByteArray &bytes, const QString &fileName)
{
    Dataset dataset;
    dataset.id = QUuid::createUuid();
    dataset.kind = DatasetKind::Transactions;
    dataset.name = QFileInfo(fileName).completeBaseName();
    dataset.currency = file.currency;
    TransactionTable &table = dataset.transactions.edit();
    // Index 0 is the empty text; customer i of the file is text i + 1.
    for (const QString &id : file.customerIds)
        table.strings.append(id);
    table.reserve(file.transactions.size());
    for (const Transaction &t : file.transactions) {
        table.customer.push_back(quint32(t.customer + 1));
        table.day.push_back(t.day);
        table.amount.push_back(t.amount);
        table.count.push_back(t.count);
    }
    DatasetSource &source = dataset.source;
    source.fileName = QFileInfo(fileName).fileName();
    source.sha256 = QString::fromLatin1(Sha256::hexOf(bytes));
    source.importedAt = QDateTime::currentDateTimeUtc();
    source.mapping = QStringLiteral("layout=%1").arg(file.layout);
    source.encoding = file.encoding;
    source.rowsImported = qint64(file.transactions.size());
    source.rowsRejected = file.refusedCount();
    source.rowsRead = source.rowsImported + source.rowsRejected;
    return dataset;
}

TransactionFile transactionFile(const TransactionTable &table, const QString &currency)
{
    TransactionFile file;
    file.currency = currency;
    file.layout = QStringLiteral("journey");
    file.customerIds.reserve(qsizetype(table.strings.size()));
    for (std::size_t i = 0; i < table.strings.size(); ++i)
        file.customerIds << table.strings.at(quint32(i));
    file.transactions.reserve(table.size());
    for (std::size_t row = 0; row < table.size(); ++row)
        file.transactions.push_back({int(table.customer[row]), table.day[row], table.amount[row], table.count[row], qint64(row + 1)});
    return file;
}

} // namespace waymark::clv
