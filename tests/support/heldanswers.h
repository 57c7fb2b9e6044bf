#pragma once

#include "data/answersummary.h"
#include "data/dataset.h"
#include "data/metrics/metric.h"
#include "data/pendinganswers.h"

#include <atomic>
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
        mDataset.pendingRows = std::make_shared<PendingAnswers>(rows->size(), [rows, released, progress = mProgress](
                                                                                   const std::atomic_bool &cancelled, std::atomic_int &permille) {
            PendingAnswers::Outcome outcome;
            while (released.wait_for(std::chrono::milliseconds(5)) != std::future_status::ready) {
                permille = progress->load();
                if (cancelled)
                    return outcome;
            }
            outcome.rows = rows;
            return outcome;
        });
    }
    ~HeldRows() { release(); }
    HeldRows(const HeldRows &) = delete;
    HeldRows &operator=(const HeldRows &) = delete;

    const Dataset &dataset() const { return mDataset; }
    // How far the held read says it has come (PendingAnswers::permille(), within 5 ms).
    void setProgress(int permille) { *mProgress = permille; }
    void release()
    {
        if (!mReleased) {
            mReleased = true;
            mRelease.set_value();
        }
    }

private:
    std::shared_ptr<std::atomic_int> mProgress = std::make_shared<std::atomic_int>(0); // before mDataset: its read uses it
    Dataset mDataset;
    std::promise<void> mRelease;
    bool mReleased = false;
};

} // namespace waymark::test
