#include "clv/fitcancel.h"

namespace waymark::clv {

namespace {
thread_local const std::atomic_bool *givenUp = nullptr;
}

GiveUpFitWhen::GiveUpFitWhen(const std::atomic_bool &flag)
    : mPrevious(givenUp)
{
    givenUp = &flag;
}

GiveUpFitWhen::~GiveUpFitWhen()
{
    givenUp = mPrevious;
}

bool fitGivenUp()
{
    return givenUp && givenUp->load(std::memory_order_relaxed);
}

} // namespace waymark::clv
