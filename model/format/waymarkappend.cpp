#include "format/waymarkappend.h"

#include "data/answersummary.h"
#include "data/dataset.h"
#include "data/statisticscache.h"
#include "format/journeylock.h"
#include "format/savetemporaries.h"
#include "format/waymarkdatasets.h"
#include "format/waymarkfile.h"
#include "portfolio/journeyheadline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace waymark {

namespace {

struct AppendText {
    Q_DECLARE_TR_FUNCTIONS(WaymarkFile)
};

// A plain copy, a few MiB at a time: the journey may already hold other large datasets.
bool copyInto(const QString &from, QFile &to, QString *why)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *why = source.errorString();
        return false;
    }
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0) {
            *why = source.errorString();
            return false;
        }
        if (read == 0)
            return to.flush();
        if (to.write(buffer.constData(), read) != read) {
            *why = to.errorString();
            return false;
        }
    }
}

} // namespace

WaymarkAppend::WaymarkAppend() = default;
WaymarkAppend::~WaymarkAppend()
{
    if (mInFlight.valid())
        mInFlight.wait(); // it writes into mDb, which goes with this
}

bool WaymarkAppend::fail(const QString &message)
{
    mError = message;
    return false;
}

bool WaymarkAppend::begin(const QString &journeyPath, const Metric &metric, bool *notCurrent)
{
    *notCurrent = false;
    mTarget = JourneyLock::realJourneyPath(journeyPath);
    const QString name = QFileInfo(mTarget).fileName();
    mCopy = std::make_unique<QTemporaryFile>(SaveTemporaries::nameTemplate(mTarget));
    mCopy->setAutoRemove(true); // until it has replaced the journey
    QString why;
    if (!mCopy->open() || !copyInto(mTarget, *mCopy, &why))
        return fail(AppendText::tr("Could not copy %1 to add the dataset: %2").arg(name, why.isEmpty() ? mCopy->errorString() : why));
    mCopy->close();
    // The copy is private until the rename, so SQLite's journal and syncs would only cost time
    // (as in WaymarkFile::write): one fsync before the rename covers it.
    if (!mDb.open(mCopy->fileName(), SqliteDatabase::Mode::ReadWriteCreate) || !mDb.exec("PRAGMA journal_mode = MEMORY")
        || !mDb.exec("PRAGMA synchronous = OFF"))
        return fail(AppendText::tr("Could not open the copy of %1: %2").arg(name, mDb.lastError()));
    if (quint32(mDb.queryInt("PRAGMA application_id", -1)) != WaymarkFile::applicationId)
        return fail(AppendText::tr("%1 is not a Waymark journey file.").arg(name));
    // A format-11 file takes chunks as well (the same tables; it stays format 11, its columns
    // in the older, slower layout until the journey is next saved).
    if (const qint64 version = mDb.queryInt("PRAGMA user_version", -1);
        version < WaymarkFile::readInPlaceSince || version > WaymarkFile::schemaVersion) {
        *notCurrent = true;
        return fail(AppendText::tr("%1 is in another file format.").arg(name));
    }
    mPosition = mDb.queryInt("SELECT coalesce(max(position) + 1, 0) FROM datasets", -1);
    if (mPosition < 0 || !mDb.exec("BEGIN"))
        return fail(AppendText::tr("The file is damaged (%1).").arg(mDb.lastError()));
    mSummary = std::make_unique<AnswerSummarizer>(metric);
    return true;
}

bool WaymarkAppend::take(AnswerTable &chunk, Check check)
{
    if (!landed())
        return false;
    // The rows are taken (no copy) and let go of on the writing thread too: freeing a chunk's
    // quarter of a million respondent texts is work the importer need not wait for.
    mInFlight = std::async(std::launch::async, [this, rows = chunk.takeRows(), index = mChunks, check = std::move(check)]() mutable {
        if (check)
            check(rows);
        QString error = write(rows, index);
        rows = AnswerTable();
        return error;
    });
    ++mChunks;
    return true;
}

QString WaymarkAppend::write(const AnswerTable &chunk, int index)
{
    mSummary->add(chunk);
    if (!writeAnswerChunk(mDb, mPosition, index, chunk))
        return AppendText::tr("Could not write the answers into %1: %2").arg(QFileInfo(mTarget).fileName(), mDb.lastError());
    return {};
}

bool WaymarkAppend::landed()
{
    if (mInFlight.valid()) {
        if (const QString error = mInFlight.get(); !error.isEmpty() && mError.isEmpty())
            mError = error;
    }
    return mError.isEmpty();
}

bool WaymarkAppend::finish(const Dataset &header, const FileFingerprint &expected)
{
    const QString name = QFileInfo(mTarget).fileName();
    if (!landed())
        return false;
    if (mChunks == 0)
        return fail(AppendText::tr("No answers to add."));
    if (!writeDatasetRow(mDb, mPosition, header) || !writeAnswerSummary(mDb, mPosition, mSummary->summary()) || !mDb.exec("COMMIT"))
        return fail(AppendText::tr("Could not write the answers into %1: %2").arg(name, mDb.lastError()));
    mDb.close();

    // Read back with every check an open makes; the summary stands for the rows, which the
    // headline (the portfolio's figures) does not need.
    FormatError readError;
    const std::optional<Journey> journey = WaymarkFile::read(mCopy->fileName(), &readError, DatasetRows::SummaryOnly);
    if (!journey)
        return fail(AppendText::tr("The journey with the new dataset does not read back: %1").arg(readError.message));
    StatisticsCache scratch;
    const JourneyHeadline headline = journeyHeadline(*journey, scratch);
    if (!mDb.open(mCopy->fileName(), SqliteDatabase::Mode::ReadWriteCreate))
        return fail(AppendText::tr("Could not open the copy of %1: %2").arg(name, mDb.lastError()));
    bool ok = false;
    {
        SqliteStatement meta = mDb.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
        ok = meta.isValid();
        for (const auto &[key, value] : {std::pair{QStringLiteral("app_version"), QStringLiteral(WAYMARK_VERSION)},
                                         std::pair{QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                         std::pair{QStringLiteral("summary"), QString::fromUtf8(headline.toJson())}}) {
            meta.bind(1, key);
            meta.bind(2, value);
            ok = ok && meta.exec();
        }
    }
    const QString metaError = mDb.lastError();
    mDb.close();
    if (!ok)
        return fail(AppendText::tr("Could not write the answers into %1: %2").arg(name, metaError));

    if (FileFingerprint::of(mTarget) != expected)
        return fail(AppendText::tr("%1 was changed by another program during the import; it is left as that program saved it. "
                                   "Import again.").arg(name));
    if (QString why; !SaveTemporaries::replaceTarget(mCopy->fileName(), mTarget, &why))
        return fail(why);
    mCopy->setAutoRemove(false); // it is the journey now
    return true;
}

} // namespace waymark
