#pragma once

#include "data/datatables.h"

#include <QPointer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace waymark {

// The answers of a dataset still being read on a thread of its own, while the journey is
// already open and its views count from the dataset's summary (data/answersummary.h): a
// ten-million-answer file shows its map in a second instead of after all rows are read.
// Shared by every copy of the dataset (undo steps, a journey copied for saving), so each
// sees the rows once they are there; waiting for them is only needed by what reads rows
// (writing the file, comments, respondents, the lifetime-value join).
class PendingAnswers
{
public:
    struct Outcome {
        std::shared_ptr<const AnswerTable> rows; // nullptr: the read failed
        QString error;                           // why it failed, naming the dataset and the file
        QString warning;                         // the rows are good, but the summary the views counted from was not theirs
        std::shared_ptr<const AnswerTable> summary; // the rows' own summary when `warning` says the file's was wrong
    };
    // `read` runs on a new thread at once; it must check `cancelled` now and then (the journey
    // was closed) and may then return anything. It says how far it has come in `permille`
    // (0 to 1000; set to 1000 when it returns), for the window's "n %" while it waits.
    using Read = std::function<Outcome(const std::atomic_bool &cancelled, std::atomic_int &permille)>;
    PendingAnswers(std::size_t rowCount, Read read);
    ~PendingAnswers(); // cancels the read and waits for its thread
    PendingAnswers(const PendingAnswers &) = delete;
    PendingAnswers &operator=(const PendingAnswers &) = delete;

    std::size_t rowCount() const { return mRowCount; } // from the file, known before the rows
    bool ready() const;
    // How far the read has come, 0 to 1000 (1000 once ready()); from any thread.
    int permille() const { return mPermille.load(std::memory_order_relaxed); }
    // Waits for the read to end.
    const Outcome &outcome() const;
    // Calls `done` on the application's (the window's) thread once the read has ended (at once, queued, if it has);
    // not at all if `context` is gone by then.
    void whenReady(QObject *context, std::function<void()> done);

private:
    void finish(Outcome outcome);

    const std::size_t mRowCount;
    mutable std::mutex mMutex;
    mutable std::condition_variable mDone;
    bool mReady = false;
    Outcome mOutcome;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> mWaiting;
    std::atomic_bool mCancelled{false};
    std::atomic_int mPermille{0};
    std::thread mThread; // last: started once everything above exists
};

} // namespace waymark
