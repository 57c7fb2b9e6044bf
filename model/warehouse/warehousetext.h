#pragma once

// The Warehouse translation context of the PostgreSQL warehouse, one definition for all its source files.
#include <QCoreApplication>

namespace waymark {

struct WarehouseText {
    Q_DECLARE_TR_FUNCTIONS(Warehouse)
};

} // namespace waymark
