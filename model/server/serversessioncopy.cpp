// The last copy of a shared journey on this laptop (server/localcopy.h): kept whenever the
// session leaves the server, and opened when the server does not answer.
#include "server/serversession.h"

#include "server/localcopy.h"
#include "server/serverdatasets.h"
#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace waymark {

void ServerSession::saveLocalCopy()
{
    if (mCopyPath.isEmpty() || !mLoaded)
        return;
    // The server's journey as of mLastSeen: what is queued on top stays the queue's.
    const JourneyParts &server = mServerParts ? *mServerParts : mParts;
    QString error;
    const bool withDatasets = !mCopyDatasetsSaved;
    if (withDatasets && mDatasetsJsonStale) {
        // A dataset came, went or was replaced live: the copy's datasets are written anew.
        QJsonArray datasets;
        for (const DatasetRef &dataset : mDatasets)
            datasets.append(ServerDatasets::toJson(*dataset));
        mDatasetsJson = datasets.isEmpty() ? QJsonValue() : QJsonValue(datasets);
        mDatasetsJsonStale = false;
    }
    if (LocalCopy::save(mCopyPath, server, mLastSeen, int(mRole), withDatasets ? &mDatasetsJson : nullptr, &error))
        mCopyDatasetsSaved = true;
    else
        qWarning("waymark: %s", qPrintable(error)); // only opening offline needs it; the server holds the journey
}

bool ServerSession::openLocalCopy(QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (mCopyPath.isEmpty() || !QFile::exists(mCopyPath)) {
        message = ServerSessionText::tr("this laptop holds no copy of the journey to open without the server (a copy is kept once the journey "
                           "has been open here while connected)");
        return false;
    }
    QString problem;
    auto copy = LocalCopy::read(mCopyPath, &problem);
    if (!copy) {
        message = ServerSessionText::tr("the copy of the journey on this laptop cannot be opened: %1").arg(problem);
        return false;
    }
    FormatError formatError;
    const auto whole = assembleJourney(copy->parts, &formatError);
    if (!whole) {
        message = ServerSessionText::tr("the copy of the journey on this laptop is damaged (%1): %2")
                      .arg(QDir::toNativeSeparators(mCopyPath), formatError.toString());
        return false;
    }
    mDatasetsJson = copy->parts.base.value(QStringLiteral("datasets"));
    mDatasets = whole->datasets;
    // Their places on the server are not in the copy: the copy's order stands for them.
    mDatasetSeq.clear();
    mDatasetVersion.clear();
    for (std::size_t i = 0; i < mDatasets.size(); ++i)
        mDatasetSeq[mDatasets[i]->id] = qint64(i) - qint64(mDatasets.size());
    copy->parts.base.remove(QStringLiteral("datasets"));
    mParts = std::move(copy->parts);
    mServerParts.reset();
    mLastSeen = copy->lastChange;
    mRole = ServerRole(copy->role);
    mLoaded = true;
    mCopyDatasetsSaved = true; // they are in the copy already
    mOpenedFromCopy = copy->savedAt;
    mJourneyStale = true;
    // What a crashed or closed Waymark left queued for this journey is this laptop's too: on
    // the map now, sent with the rest when the server answers.
    if (mQueue) {
        QStringList problems;
        mQueue->adoptOrphans(&problems);
        for (const QString &text : std::as_const(problems))
            qWarning("waymark: an offline queue was left alone: %s", qPrintable(text));
        showQueuedEdits();
        emit queueChanged(queuedEdits());
    }
    return true;
}

} // namespace waymark
