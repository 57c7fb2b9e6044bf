#pragma once

#include "server/serverdatasettransfers.h"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace waymark::test {

// Holds the dataset worker of the sessions of `author` at `stage` (a write with its body
// written, before it takes the journey's row; a read with its row read, before parsing) until
// the test says so (release()), so what the session does meanwhile is checked without timing
// anything. reached() says a job waits there. Releases on destruction and lets go of the
// sessions' workers; a session destroyed meanwhile cancels the wait.
class HeldTransfer
{
public:
    HeldTransfer(ServerDatasetTransfers::Stage stage, const QString &author)
        : mState(std::make_shared<State>())
    {
        mState->released = mState->release.get_future().share();
        ServerDatasetTransfers::setHoldForTests([state = mState, stage, author](ServerDatasetTransfers::Stage at, const QString &who,
                                                                               const std::atomic_bool &cancelled) {
            if (at != stage || who != author)
                return;
            state->reached = true;
            while (state->released.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
                if (cancelled)
                    return;
        });
    }
    ~HeldTransfer()
    {
        release();
        ServerDatasetTransfers::setHoldForTests({});
    }
    HeldTransfer(const HeldTransfer &) = delete;
    HeldTransfer &operator=(const HeldTransfer &) = delete;

    bool reached() const { return mState->reached; }
    void release()
    {
        if (!mState->done) {
            mState->done = true;
            mState->release.set_value();
        }
    }

private:
    struct State {
        std::atomic_bool reached{false};
        std::promise<void> release;
        std::shared_future<void> released;
        bool done = false;
    };
    std::shared_ptr<State> mState;
};

} // namespace waymark::test
