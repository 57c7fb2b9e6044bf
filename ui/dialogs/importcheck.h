#pragma once

#include "data/importjob.h"

#include <QObject>

#include <memory>

class QThread;

namespace waymark {

// Runs an import whose result does not enter the journey, so the import dialog can say what Import will do
// ("N rows will be imported, M refused") for the whole file with the current settings.
// A small file is counted at once; a larger one on a worker thread, where a newer request
// cancels the older one so changing a column's field twice costs one count, not two.
// The last outcome is kept: when Import follows with the same settings, the file is not read again.
class ImportCheck : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray bytes;
        QString fileName;
        ImportTarget target;
        ImportChoices choices;
        QHash<QString, int> mapping;
        bool sameSettings(const Request &other) const;
    };

    explicit ImportCheck(QObject *parent = nullptr);
    ~ImportCheck() override; // cancels what still runs and waits for it

    // Files up to this size are counted on the calling thread (default 1 MiB: tens of ms).
    void setSynchronousLimit(qint64 bytes) { mSynchronousLimit = bytes; }
    void start(const Request &request);
    // Drops what runs (Import reads the file itself then) and the outcome kept.
    void cancel();
    bool isRunning() const { return mRunning != nullptr; }
    // The finished outcome for `request`'s settings, or null (none yet, or other settings).
    const ImportOutcome *outcomeFor(const Request &request) const;
    // Hands the finished outcome over (an import that reuses the count).
    ImportOutcome takeOutcome();

signals:
    void finished(); // outcomeFor(the last request) is ready

private:
    struct Job;
    void finish(const std::shared_ptr<Job> &job);

    qint64 mSynchronousLimit = 1 << 20;
    std::shared_ptr<Job> mRunning;
    std::optional<Request> mDoneRequest;
    ImportOutcome mDone;
    std::vector<QThread *> mThreads; // running or not yet deleted; waited for on destruction
};

} // namespace waymark
