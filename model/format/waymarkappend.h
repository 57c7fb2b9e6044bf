#pragma once

#include "data/answerchunks.h"
#include "format/filefingerprint.h"
#include "format/sqlitedb.h"

#include <QString>
#include <QTemporaryFile>

#include <future>
#include <memory>

namespace waymark {

struct Dataset;
class AnswerSummarizer;
class Metric;

// Adds a dataset of answers to a .waymark journey as an import checks them, without ever
// holding all of them: ten million answers in a few hundred megabytes (`waymark import`).
// The journey file is copied beside itself (a save's temporary name), the answers go into the
// copy a chunk at a time (format 11, format/waymarkdatasets.h), then the dataset's row and
// its summary; the copy is read back with the journey's checks, gets the journey's new
// headline, and replaces the file as a save does. The file is untouched until that rename;
// any failure leaves it as it was.
//
// A chunk is summed up and written on a thread of its own while the import checks the next
// one (the two took about as long as each other: 0.45 s and 0.5 s for a million answers);
// one chunk at a time is in flight, so memory stays at two chunks.
//
// Call with the journey's lock held from before begin() to after finish().
class WaymarkAppend : public AnswerChunkSink
{
public:
    WaymarkAppend();
    ~WaymarkAppend() override;

    // Copies the journey and opens the copy. False when the journey cannot take a dataset
    // this way (error() says why; `notCurrent` is then set for a file in an older format,
    // which the caller imports the ordinary way: reading it upgrades it).
    bool begin(const QString &journeyPath, const Metric &metric, bool *notCurrent);
    bool take(AnswerTable &chunk, Check check) override;
    bool flush() override { return landed(); }
    QString error() const override { return mError; }
    // `header` is the import's dataset without rows (its name, metric and source). The file
    // must still be `expected` (another program saving meanwhile is refused, not overwritten).
    bool finish(const Dataset &header, const FileFingerprint &expected);

private:
    bool fail(const QString &message);
    // Waits for the chunk in flight; false (and error() set) when it could not be written.
    bool landed();
    QString write(const AnswerTable &chunk, int index); // on the writing thread; the error or nothing

    QString mTarget;
    std::unique_ptr<QTemporaryFile> mCopy;
    SqliteDatabase mDb;
    qint64 mPosition = 0;
    int mChunks = 0;
    std::unique_ptr<AnswerSummarizer> mSummary;
    std::future<QString> mInFlight; // the chunk being written: its error, or nothing
    QString mError;
};

} // namespace waymark
