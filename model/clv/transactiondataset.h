#pragma once

#include "clv/transactions.h"
#include "data/dataset.h"

namespace waymark::clv {

// Purchases kept in a journey (a dataset of kind Transactions) and the transaction file the
// models read, converted both ways. Customer ids become the dataset's texts in order of first
// appearance, so a summary built from either lists customers in the same order.
Dataset transactionDataset(const TransactionFile &file, const QByteArray &bytes, const QString &fileName);
TransactionFile transactionFile(const TransactionTable &table, const QString &currency);

} // namespace waymark::clv
