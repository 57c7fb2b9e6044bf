#pragma once

#include "data/statisticsbehind.h"
#include "journeydocument.h"

#include <QSignalSpy>

#include <functional>

namespace waymark::test {

// The window's statistics cache fits the lifetime-value model and joins CLV to the answers
// behind the window (StatisticsCache::computeBehind): a test of a view asks (`ask`: what the
// view computes, or a refresh) again after each StatisticsBehind::ready() until nothing runs
// any more, as the views do. False when a computation did not end within `timeoutMs`.
inline bool settleStatistics(JourneyDocument &document, const std::function<void()> &ask, int timeoutMs = 60'000)
{
    StatisticsBehind *behind = document.statistics().behind();
    ask();
    while (behind && behind->busy()) {
        QSignalSpy ready(behind, &StatisticsBehind::ready);
        if (!ready.wait(timeoutMs))
            return false;
        ask();
    }
    return true;
}

} // namespace waymark::test
