#include "clv/livefits.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace waymark::clv {

namespace {

struct LiveFit {
    std::weak_ptr<const TransactionTable> purchases;
    QString key;
    std::weak_ptr<const JourneyClvModel> model;
};

std::mutex fitsMutex;
std::vector<LiveFit> fits; // a handful: one or two per open journey

} // namespace

std::shared_ptr<const JourneyClvModel> liveFit(const std::shared_ptr<const TransactionTable> &purchases, const QString &key)
{
    const std::lock_guard lock(fitsMutex);
    for (const LiveFit &fit : fits)
        if (fit.key == key && fit.purchases.lock() == purchases)
            if (auto model = fit.model.lock())
                return model;
    return nullptr;
}

void announceFit(const std::shared_ptr<const TransactionTable> &purchases, const QString &key,
                 const std::shared_ptr<const JourneyClvModel> &model)
{
    const std::lock_guard lock(fitsMutex);
    std::erase_if(fits, [](const LiveFit &fit) { return fit.model.expired() || fit.purchases.expired(); });
    fits.push_back({purchases, key, model});
}

} // namespace waymark::clv
