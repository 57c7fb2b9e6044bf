#include "importcheck.h"

#include <QThread>

namespace waymark {

struct ImportCheck::Job {
    Request request;
    std::atomic_bool cancel = false;
    ImportOutcome outcome;
    void run() { outcome = runImport(request.bytes, request.fileName, request.target, request.choices, request.mapping, {}, &cancel); }
};

bool ImportCheck::Request::sameSettings(const Request &other) const
{
    return bytes.constData() == other.bytes.constData() && bytes.size() == other.bytes.size() && fileName == other.fileName
        && target.key() == other.target.key() && choices.encoding == other.choices.encoding
        && choices.delimiter == other.choices.delimiter && choices.dateOrder == other.choices.dateOrder
        && choices.statisticsOnly == other.choices.statisticsOnly && choices.sheet == other.choices.sheet && mapping == other.mapping;
}

ImportCheck::ImportCheck(QObject *parent)
    : QObject(parent)
{
}

ImportCheck::~ImportCheck()
{
    if (mRunning)
        mRunning->cancel = true;
    for (QThread *thread : mThreads) {
        thread->wait();
        delete thread;
    }
}

void ImportCheck::cancel()
{
    if (mRunning)
        mRunning->cancel = true; // its answer is stale; the finished handler drops it
    mRunning.reset();
    mDoneRequest.reset();
    mDone = {};
}

void ImportCheck::start(const Request &request)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->request = request;
    if (request.bytes.size() <= mSynchronousLimit) {
        job->run();
        finish(job);
        return;
    }
    mRunning = job;
    QThread *thread = QThread::create([job] { job->run(); });
    mThreads.push_back(thread);
    connect(thread, &QThread::finished, this, [this, thread, job] {
        std::erase(mThreads, thread);
        thread->deleteLater();
        if (job == mRunning) {
            mRunning.reset();
            finish(job);
        }
    });
    thread->start(QThread::LowPriority);
}

void ImportCheck::finish(const std::shared_ptr<Job> &job)
{
    mDoneRequest = job->request;
    mDone = std::move(job->outcome);
    emit finished();
}

const ImportOutcome *ImportCheck::outcomeFor(const Request &request) const
{
    return mDoneRequest && mDoneRequest->sameSettings(request) ? &mDone : nullptr;
}

ImportOutcome ImportCheck::takeOutcome()
{
    mDoneRequest.reset();
    return std::exchange(mDone, {});
}

} // namespace waymark
