#include "data/pendinganswers.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace waymark {

namespace {

// Through the application object, which outlives every window: a QPointer may only be read
// on the thread its object lives on, so whether the context still exists is asked there.
void postTo(QPointer<QObject> context, std::function<void()> done)
{
    if (QCoreApplication *application = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            application,
            [context = std::move(context), done = std::move(done)] {
                if (context)
                    done();
            },
            Qt::QueuedConnection);
}

} // namespace

PendingAnswers::PendingAnswers(std::size_t rowCount, Read read)
    : mRowCount(rowCount)
    , mThread([this, read = std::move(read)] { finish(read(mCancelled, mPermille)); })
{
}

PendingAnswers::~PendingAnswers()
{
    mCancelled = true;
    if (mThread.joinable())
        mThread.join();
}

bool PendingAnswers::ready() const
{
    std::lock_guard lock(mMutex);
    return mReady;
}

const PendingAnswers::Outcome &PendingAnswers::outcome() const
{
    std::unique_lock lock(mMutex);
    mDone.wait(lock, [this] { return mReady; });
    return mOutcome; // never changed once ready
}

void PendingAnswers::whenReady(QObject *context, std::function<void()> done)
{
    std::unique_lock lock(mMutex);
    if (!mReady) {
        mWaiting.emplace_back(context, std::move(done));
        return;
    }
    lock.unlock();
    postTo(context, std::move(done));
}

void PendingAnswers::finish(Outcome outcome)
{
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> waiting;
    {
        std::lock_guard lock(mMutex);
        mOutcome = std::move(outcome);
        mReady = true;
        mPermille = 1000;
        waiting.swap(mWaiting);
    }
    mDone.notify_all();
    // Queued to the application's thread; a context gone by then is not called.
    for (auto &[context, done] : waiting)
        postTo(std::move(context), std::move(done));
}

} // namespace waymark
