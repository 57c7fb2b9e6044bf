#pragma once

#include "data/datatables.h"

#include <QString>

#include <memory>

namespace waymark::clv {

struct JourneyClvModel;

// Lifetime-value fits alive anywhere in the process, by purchases table and settings key.
// Printing builds its pages with statistics caches of their own; once the window has the fit
// (printing waits for it behind a dialog), they find it here instead of fitting again on the
// window's thread. Weak references: a fit stays only as long as some cache holds it.
// Safe from any thread.
std::shared_ptr<const JourneyClvModel> liveFit(const std::shared_ptr<const TransactionTable> &purchases, const QString &key);
void announceFit(const std::shared_ptr<const TransactionTable> &purchases, const QString &key,
                 const std::shared_ptr<const JourneyClvModel> &model);

} // namespace waymark::clv
