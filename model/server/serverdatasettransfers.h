#pragma once

#include "data/dataset.h"
#include "server/serverchange.h"
#include "warehouse/postgresurl.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

class QSqlDatabase;

namespace waymark {

// A dataset on its way to or from the server, for the status bar.
struct DatasetTransfer {
    enum class Way { Sending, Receiving };
    Way way = Way::Sending;
    QUuid dataset;
    QString name;
    QString from; // receiving: who changed it
};

// One dataset written or read by the session's worker (docs/server.md "Survey and purchase
// data", "Off the window's thread").
struct DatasetJob {
    qint64 token = 0;
    bool read = false;
    QUuid dataset;
    // A write: ServerChangeField::added, replaced or deleted; the dataset (empty: a removal);
    // added at `seq` (0: last); the session's newest change when it was asked (a change of the
    // dataset by someone else after it refuses the write); the change's value.
    QString field;
    DatasetRef data;
    QString name;
    QString shownName;          // the name this laptop showed before (someone else's change is named by it)
    qint64 seq = 0;
    qint64 seen = 0;
    QJsonObject value;
    bool undo = false;          // undoing one's own step (no step of its own)
    qint64 undoneStep = 0;      // which
    std::optional<DatasetRef> before; // the version replaced or removed, for this step's undo
    bool applied = false;       // its change was applied (caught up) before its outcome was taken
    // A read: read again because an earlier read failed (a row gone then was removed meanwhile).
    bool retry = false;
};

// How a job ended; the session turns refusals into messages (translated there).
struct DatasetOutcome {
    enum class Refusal { None, Sql, RowsBroken, TooLarge, Conflict, AlreadyThere, NotThere, NoJourney, NotADataset };
    qint64 token = 0;
    Refusal refusal = Refusal::None;
    QString detail;              // the server's words, the broken rows' reason, the format's problem
    bool connectionBroke = false;
    qint64 bytes = 0;            // TooLarge: the dataset's and the server's limit
    qint64 limit = 0;
    ServerChange conflict;       // Conflict: author, id and field of the change that was first
    // A write: the change, the row's version (`datasets.change`) and place, the place it had.
    qint64 change = 0;
    qint64 version = 0;
    qint64 seq = 0;
    std::optional<qint64> placeBefore;
    // A read: whether the row is there, and the dataset it holds (version and seq as above).
    bool found = false;
    DatasetRef dataset;
};

// The session's worker thread for survey and purchase data: writing a dataset (JSON text of
// tens of MB, sent and stored) and reading one someone else changed take seconds, so they run
// here, one job at a time in the order asked, each on a database connection of its own opened
// with the session's address (libpq finds the credentials as for the session's own; nothing is
// stored). The session keeps the order of changes: a write takes the journey's row only for
// its short end (the change, its id, NOTIFY, commit), after the body is in; a read applies
// nothing itself. Outcomes are collected for the session's thread (outcomesReady, queued).
class ServerDatasetTransfers : public QObject
{
    Q_OBJECT
public:
    // Where a test may hold a job (tests/support/heldtransfer.h): a write with its body written
    // but before taking the journey's row, a read with the row read but not parsed.
    enum class Stage { BodyWritten, RowRead };
    using Hold = std::function<void(Stage, const QString &author, const std::atomic_bool &cancelled)>;
    static void setHoldForTests(Hold hold);

    ServerDatasetTransfers(const PostgresAddress &address, const QUuid &journey, const QString &author, const QString &applicationName,
                           QObject *parent = nullptr);
    // Cancels what runs (pg_cancel_backend through `session` when given: the server rolls the
    // write back) and waits for the thread.
    ~ServerDatasetTransfers() override;
    ServerDatasetTransfers(const ServerDatasetTransfers &) = delete;
    ServerDatasetTransfers &operator=(const ServerDatasetTransfers &) = delete;
    void cancel(QSqlDatabase *session);

    // Queues a job (its token set) and says so (started).
    qint64 start(DatasetJob job);
    // Jobs asked and not yet taken back with takeOutcomes(), oldest first (the writes among
    // them are what the session shows on top of the server's datasets).
    std::deque<DatasetJob> &jobs() { return mJobs; }
    const std::deque<DatasetJob> &jobs() const { return mJobs; }
    bool busy() const { return !mJobs.empty(); }
    // Blocks until every job queued has ended (headless callers, tests).
    void waitForAll();
    // Each job that ended with its outcome, in order; the jobs leave jobs().
    std::vector<std::pair<DatasetJob, DatasetOutcome>> takeOutcomes();
    // Our write that took change `id`, known from just before its commit: the session applies
    // it as its own even when the NOTIFY comes before the outcome.
    DatasetJob *committing(qint64 id, DatasetOutcome *outcome);

signals:
    void outcomesReady(); // queued from the worker thread

private:
    void run();
    DatasetOutcome write(const DatasetJob &job, QSqlDatabase &db);
    DatasetOutcome read(const DatasetJob &job, QSqlDatabase &db);
    void hold(Stage stage);

    const PostgresAddress mAddress;
    const QUuid mJourney;
    const QString mAuthor;
    const QString mApplicationName;
    qint64 mNextToken = 0;
    std::deque<DatasetJob> mJobs; // the session's thread only

    mutable std::mutex mMutex;
    std::condition_variable mWake;
    std::condition_variable mIdle;
    std::deque<DatasetJob> mQueued;            // for the worker
    std::vector<DatasetOutcome> mEnded;         // from the worker
    std::map<qint64, DatasetOutcome> mCommitting; // change id -> our write's outcome so far
    int mRunning = 0;
    std::atomic_bool mCancelled{false};
    std::atomic_int mBackend{0};                // the worker's server process, while a job runs
    std::set<qint64> mOurs;                     // changes the worker wrote (worker thread only)
    std::thread mThread;                        // last: started once everything above exists
};

} // namespace waymark

Q_DECLARE_METATYPE(waymark::DatasetTransfer)
