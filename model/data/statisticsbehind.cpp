#include "data/statisticsbehind.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark {

namespace {

// A pool of its own: a fit of seconds never holds up the short jobs on Qt's global pool
// (server requests, comment searches). One thread: the join needs the fit's values anyway,
// and a fit given up stops within an optimiser step. Owned by the application, whose end
// waits for what still runs there (given up, so briefly).
QThreadPool *statisticsPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(1);
    }
    return pool;
}

} // namespace

bool StatisticsBehind::waitForWorkers(int msecs)
{
    return statisticsPool()->waitForDone(msecs);
}

StatisticsBehind::StatisticsBehind(QObject *parent)
    : QObject(parent)
{
}

StatisticsBehind::~StatisticsBehind()
{
    for (auto &[slot, job] : mJobs)
        giveUp(job);
}

void StatisticsBehind::giveUp(Job &job)
{
    job.givenUp->store(true);
    // The watcher no longer reports (its result is dropped); the worker ends by itself.
    job.watcher->disconnect(this);
    job.watcher->deleteLater();
}

bool StatisticsBehind::running(const QString &slot, const QString &key) const
{
    const auto it = mJobs.find(slot);
    return it != mJobs.end() && it->second.key == key;
}

void StatisticsBehind::start(const QString &slot, const QString &key, Compute compute, Keep keep)
{
    if (const auto it = mJobs.find(slot); it != mJobs.end()) {
        if (it->second.key == key)
            return; // at most one per key
        giveUp(it->second); // computed for data or settings that changed meanwhile
        mJobs.erase(it);
    }
    Job job{key, std::make_shared<std::atomic_bool>(false), new QFutureWatcher<Result>(this)};
    QFutureWatcher<Result> *watcher = job.watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, slot, watcher, keep = std::move(keep)] {
        const auto it = mJobs.find(slot);
        if (it == mJobs.end() || it->second.watcher != watcher)
            return; // given up meanwhile
        const Result result = watcher->future().resultCount() > 0 ? watcher->result() : Result();
        mJobs.erase(it);
        watcher->deleteLater();
        if (result)
            keep(result);
        emit ready();
    });
    // The flag is shared with the worker: it outlives this object if the worker does.
    watcher->setFuture(QtConcurrent::run(statisticsPool(), [compute = std::move(compute), givenUp = job.givenUp] { return compute(*givenUp); }));
    mJobs.emplace(slot, std::move(job));
}

} // namespace waymark
