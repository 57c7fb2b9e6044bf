#pragma once

#include "data/answersummary.h"
#include "data/dataset.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"

#include <chrono>
#include <future>
#include <memory>

namespace waymark::test {

// A dataset of answers opened as its summary whose rows arrive when the test says so
// (release()), as a large file's are read behind the window (format/waymarkdatasets.h): what
// the views show meanwhile is checked without timing anything. Releases on destruction; a
// dataset dropped before that cancels its read (PendingAnswers' destructor), so neither order
// of destruction hangs.
class HeldRows
{
public:
    // `answers` has its rows; dataset() is the same dataset as its summary, rows held back.
    explicit HeldRows(const Dataset &answers)
        : mDataset(answers)
    {
        const std::shared_ptr<const AnswerTable> rows = answers.answers.shared();
        mDataset.answers = {};
        mDataset.answers.edit() = summarizeAnswers(*rows, *answers.metric());
        std::shared_future<void> released = mRelease.get_future().share();
        mDataset.pendingRows = std::make_shared<PendingAnswers>(rows->size(), [rows, released](const std::atomic_bool &cancelled,
                                                                                                      std::atomic_int &) {
            PendingAnswers::Outcome outcome;
            while (released.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready)
                if (cancelled)
                    return outcome;
            outcome.rows = rows;
            return outcome;
        });
    }
    ~HeldRows() { release(); }
    HeldRows(const HeldRows &) = delete;
    HeldRows &operator=(const HeldRows &) = delete;

    const Dataset &dataset() const { return mDataset; }
    void release()
    {
        if (!mReleased) {
            mReleased = true;
            mRelease.set_value();
        }
    }

private:
    Dataset mDataset;
    std::promise<void> mRelease;
    bool mReleased = false;
};

} // namespace waymark::test
