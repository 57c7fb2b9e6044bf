#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

template <typename T>
class QFutureWatcher;

namespace waymark {

// The worker side of the window's statistics cache (data/statisticscache.h): the CLV join
// and the lifetime-value fit take seconds on a large journey, so the window's cache runs them
// on Qt's thread pool and hands each result back on this object's thread (the window's),
// where the cache keeps it and ready() tells the views to look again.
//
// One computation per slot ("fit", "join") at a time. Asking a slot for another key (the data
// or the settings changed meanwhile) gives up the one running: it is told to stop (see
// clv/fitcancel.h) and its result is dropped, never shown. Destroying this object gives up
// every computation still running; they hold what they read (shared, immutable tables), so
// they end on their own without touching anything that is gone.
class StatisticsBehind : public QObject
{
    Q_OBJECT
public:
    using Result = std::shared_ptr<const void>;
    // Runs on a worker thread; `givenUp` turns true when the result is no longer wanted.
    using Compute = std::function<Result(const std::atomic_bool &givenUp)>;
    // Runs on this object's thread with the result, before ready() is emitted.
    using Keep = std::function<void(Result)>;

    explicit StatisticsBehind(QObject *parent = nullptr);
    ~StatisticsBehind() override;

    // Starts `compute` for `key` in `slot` unless it is running already.
    void start(const QString &slot, const QString &key, Compute compute, Keep keep);
    // True while a computation for `key` runs in `slot`.
    bool running(const QString &slot, const QString &key) const;
    bool busy() const { return !mJobs.empty(); }
    // Waits until no computation runs on the workers, wanted or given up (tests, benchmarks).
    static bool waitForWorkers(int msecs);

signals:
    // A result computed behind is in the cache: views that showed "computing…" look again.
    void ready();

private:
    struct Job {
        QString key;
        std::shared_ptr<std::atomic_bool> givenUp;
        QFutureWatcher<Result> *watcher = nullptr;
    };
    void giveUp(Job &job);
    std::map<QString, Job> mJobs; // by slot
};

} // namespace waymark
