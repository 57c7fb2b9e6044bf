#pragma once

#include <atomic>

namespace waymark::clv {

// A lifetime-value fit run on a worker thread for the window (data/statisticsbehind.h) is
// given up when nobody wants it any more: its document closed, or the data or settings it was
// fitted for changed. The optimiser and the per-customer predictions ask fitGivenUp() between
// steps and stop early; what a given-up fit returns is meaningless and is dropped by its caller.
// The flag is per thread, so the models' signatures stay as they are and a fit on the calling
// thread (printing, the command line) is never given up.
class GiveUpFitWhen
{
public:
    explicit GiveUpFitWhen(const std::atomic_bool &flag);
    ~GiveUpFitWhen();
    GiveUpFitWhen(const GiveUpFitWhen &) = delete;
    GiveUpFitWhen &operator=(const GiveUpFitWhen &) = delete;

private:
    const std::atomic_bool *mPrevious;
};

// True when the fit running on this thread has been given up.
bool fitGivenUp();

} // namespace waymark::clv
