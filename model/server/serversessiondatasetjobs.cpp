// What the session's dataset worker brings back (serverdatasettransfers.h), applied on the
// session's thread in the order of the changes (docs/server.md "Survey and purchase data"):
//
// - Our write: its change is applied as our own when the session catches up to it (its
//   outcome, or the worker's note from just before the commit when the NOTIFY comes first),
//   with the dataset we sent, never read back. Until then the dataset shows on top of the
//   server's (shownDatasets); a write that failed leaves nothing behind and the window takes
//   it back (datasetTransferEnded with the reason).
// - Someone else's change: the change itself is applied in order at once (so undo and the
//   conflict checks know it, and the changes after it are not held up); its row is read by the
//   worker and shown when it is in, with `changed` then. A read never shows an older version
//   after a newer one: when a newer change of the dataset was applied meanwhile and the row
//   read is older than it, the row is read again; a dataset removed meanwhile stays removed.
#include "server/serversession.h"

#include "server/serversql.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <algorithm>
#include <utility>

namespace waymark {

namespace {

using ServerSql::idText;


constexpr auto keptVersions = std::size_t(3); // not "std::size_t keptVersions": lupdate then loses the tr() context below

auto datasetAt(std::vector<DatasetRef> &datasets, const QUuid &id)
{
    return std::find_if(datasets.begin(), datasets.end(), [&](const DatasetRef &item) { return item->id == id; });
}

// The version a change of a dataset wrote: the number its write took when it began (Waymark
// since the worker), else the change's own id (as `datasets.change` holds it).
qint64 versionOf(const ServerChange &change)
{
    const QJsonValue version = change.value[QLatin1String("version")];
    return version.isDouble() ? qint64(version.toDouble()) : change.id;
}

} // namespace

ServerDatasetTransfers &ServerSession::transfers()
{
    if (!mTransfers) {
        mTransfers = std::make_unique<ServerDatasetTransfers>(mAddress, mJourneyId, mAuthor, mApplicationName);
        connect(mTransfers.get(), &ServerDatasetTransfers::outcomesReady, this, &ServerSession::takeDatasetOutcomes);
    }
    return *mTransfers;
}

bool ServerSession::sendDataset(const QString &field, const QUuid &id, const DatasetRef &dataset, QString *error)
{
    return startDatasetWrite(field, id, dataset.shared() ? &dataset : nullptr, 0, error) != 0;
}

void ServerSession::waitForDatasets()
{
    // Reads started by what is applied (a change caught up) are waited for too.
    while (mTransfers && mTransfers->busy()) {
        mTransfers->waitForAll();
        takeDatasetOutcomes();
    }
}

std::vector<DatasetRef> ServerSession::shownDatasets() const
{
    std::vector<DatasetRef> shown = mDatasets;
    if (!mTransfers)
        return shown;
    const auto seqOf = [&](const QUuid &id) {
        const auto it = mDatasetSeq.find(id);
        return it == mDatasetSeq.end() ? qint64(0) : it->second;
    };
    for (const DatasetJob &job : mTransfers->jobs()) {
        if (job.read || job.applied)
            continue;
        const auto at = datasetAt(shown, job.dataset);
        if (job.field == ServerChangeField::deleted) {
            if (at != shown.end())
                shown.erase(at);
        } else if (at != shown.end()) {
            *at = job.data;
        } else if (job.seq != 0) { // an undone removal, back at its place
            const auto after = std::find_if(shown.begin(), shown.end(), [&](const DatasetRef &item) { return seqOf(item->id) > job.seq; });
            shown.insert(after, job.data);
        } else {
            shown.push_back(job.data);
        }
    }
    return shown;
}

void ServerSession::takeDatasetOutcomes()
{
    if (!mTransfers)
        return;
    bool wrote = false;
    for (const auto &[job, outcome] : mTransfers->takeOutcomes()) {
        mJourneyStale = true;
        if (job.read) {
            datasetRead(job, outcome);
        } else {
            datasetWritten(job, outcome);
            wrote = true;
        }
    }
    // Our own changes, applied in order with everyone's.
    QString error;
    if (wrote && mConnected && !catchUp(&error) && mConnected)
        emit connectionLost(error);
}

void ServerSession::datasetWritten(const DatasetJob &job, const DatasetOutcome &outcome)
{
    const QString error = datasetRefusal(job, outcome);
    if (error.isEmpty()) {
        mMine.insert(outcome.change);
        if (!job.applied) {
            DatasetOutcome own = outcome;
            own.dataset = job.data;
            mDatasetOwn[outcome.change] = own;
        }
        if (!job.undo) {
            UndoStep step{outcome.change, ServerChangeKind::dataset, job.dataset, job.field, QJsonValue(QJsonValue::Undefined), job.value};
            if (outcome.placeBefore)
                step.before = QJsonObject{{QStringLiteral("seq"), double(*outcome.placeBefore)}};
            // In order of the changes: a card edited while the dataset was sent is newer.
            const auto at = std::upper_bound(mUndo.begin(), mUndo.end(), step.id, [](qint64 id, const UndoStep &item) { return id < item.id; });
            mUndo.insert(at, step);
            if (job.before && outcome.placeBefore) {
                mDatasetBefore[outcome.change] = {*job.before, *outcome.placeBefore};
                // Each is a whole dataset in memory: only the newest few steps keep theirs (an
                // older one's undo then says the earlier version is not here any more).
                while (mDatasetBefore.size() > keptVersions)
                    mDatasetBefore.erase(mDatasetBefore.begin());
            }
            if (!mRedoing && !mReplaying)
                endRedo();
        } else {
            mDatasetBefore.erase(job.undoneStep);
            // Redone newest undo first: in the order the undos' changes reached the server.
            if (const auto waiting = mRedoAwaitingWrite.find(job.undoneStep); waiting != mRedoAwaitingWrite.end()) {
                RedoStep redo = waiting->second;
                redo.undoneBy = outcome.change;
                mRedoAwaitingWrite.erase(waiting);
                mRedo.insert(std::upper_bound(mRedo.begin(), mRedo.end(), redo.undoneBy,
                                              [](qint64 id, const RedoStep &item) { return id < item.undoneBy; }),
                             redo);
            }
        }
    } else if (job.undo) {
        mRedoAwaitingWrite.erase(job.undoneStep);
    }
    if (job.token == mAwaitedWrite)
        mAwaitedEnd = {error.isEmpty() ? std::optional<qint64>(outcome.change) : std::nullopt, error};
    emit datasetTransferEnded({DatasetTransfer::Way::Sending, job.dataset, job.name, mAuthor}, error);
}

bool ServerSession::applyDataset(const ServerChange &change, bool own)
{
    const QUuid id = change.entity;
    const auto drop = [&] {
        if (const auto at = datasetAt(mDatasets, id); at != mDatasets.end())
            mDatasets.erase(at);
        mDatasetSeq.erase(id);
        mDatasetVersion.erase(id);
    };
    const auto changedHere = [&] {
        sortDatasets();
        mDatasetsJsonStale = true;
        mCopyDatasetsSaved = false;
        mJourneyStale = true;
        return true;
    };
    if (change.field == ServerChangeField::deleted) {
        drop(); // a read under way is not shown (datasetRead)
        return changedHere();
    }
    if (const auto mine = mDatasetOwn.find(change.id); own && mine != mDatasetOwn.end()) {
        // Ours: no need to read back what was just sent.
        if (const auto at = datasetAt(mDatasets, id); at == mDatasets.end())
            mDatasets.push_back(mine->second.dataset);
        else
            *at = mine->second.dataset;
        mDatasetSeq[id] = mine->second.seq;
        mDatasetVersion[id] = mine->second.version;
        mDatasetOwn.erase(mine);
        return changedHere();
    }
    const auto version = mDatasetVersion.find(id);
    if (version != mDatasetVersion.end() && version->second >= versionOf(change) && datasetAt(mDatasets, id) != mDatasets.end())
        return true; // this version or a newer one is here already
    readDataset(change, false);
    return false; // `changed` when it is in
}

void ServerSession::readDataset(const ServerChange &change, bool retry)
{
    const auto reading = mDatasetsReading.find(change.entity);
    if (reading != mDatasetsReading.end()) {
        reading->second = reading->second || retry; // the read under way compares with the newest change when it ends
        return;
    }
    mDatasetsReading[change.entity] = retry;
    DatasetJob job;
    job.read = true;
    job.dataset = change.entity;
    job.retry = retry;
    transfers().start(job);
    emit datasetTransferStarted({DatasetTransfer::Way::Receiving, change.entity, change.value[QLatin1String("name")].toString(), change.author});
}

void ServerSession::readUnreadDatasets()
{
    // Rows whose reading failed (the connection broke while catching up): read as they are now.
    const std::set<QUuid> unread = std::exchange(mDatasetsUnread, {});
    for (const QUuid &id : unread) {
        const auto newest = mNewestOnCard.find(id);
        ServerChange again = newest != mNewestOnCard.end() ? newest->second : changeOf(ServerChangeKind::dataset, id, ServerChangeField::replaced);
        readDataset(again, true);
    }
}

void ServerSession::datasetRead(const DatasetJob &job, const DatasetOutcome &outcome)
{
    const QUuid id = job.dataset;
    const bool retry = mDatasetsReading[id] || job.retry;
    mDatasetsReading.erase(id);
    // The newest change of the dataset applied here: what the read must be at least as new as.
    const auto newestAt = mNewestOnCard.find(id);
    const ServerChange newest = newestAt != mNewestOnCard.end() ? newestAt->second : ServerChange{};
    DatasetTransfer transfer{DatasetTransfer::Way::Receiving, id, newest.value[QLatin1String("name")].toString(), newest.author};
    if (transfer.name.isEmpty())
        transfer.name = datasetName(id);
    const auto ended = [&](const QString &error) { emit datasetTransferEnded(transfer, error); };
    const bool removed = newest.field == ServerChangeField::deleted;
    if (outcome.refusal == DatasetOutcome::Refusal::NotADataset) {
        // Only a database edited by hand holds such a row: the version held here stays.
        qWarning("waymark: table datasets, row %s, column body%s on %s is not a dataset", qPrintable(idText(id)), qPrintable(outcome.detail),
                 qPrintable(mAddress.display()));
        ended(outcome.detail);
        return;
    }
    if (outcome.refusal != DatasetOutcome::Refusal::None) {
        qWarning("waymark: reading the dataset %s on %s failed: %s", qPrintable(idText(id)), qPrintable(mAddress.display()), qPrintable(outcome.detail));
        if (!removed)
            mDatasetsUnread.insert(id); // read at the next catch-up
        ended(ServerSessionText::tr("the dataset “%1” could not be read from %2 (%3); it is read again when the connection allows")
                  .arg(transfer.name, mAddress.display(), outcome.detail));
        return;
    }
    if (removed) {
        ended({}); // removed meanwhile: it stays removed
        return;
    }
    if (!outcome.found) {
        if (retry && datasetAt(mDatasets, id) != mDatasets.end()) {
            // Removed while it could not be read.
            mDatasets.erase(datasetAt(mDatasets, id));
            mDatasetSeq.erase(id);
            mDatasetVersion.erase(id);
            sortDatasets();
            mDatasetsJsonStale = true;
            mCopyDatasetsSaved = false;
            emit changed(newest, mMine.count(newest.id) > 0);
        }
        ended({}); // else removed by a later change, which comes next
        return;
    }
    if (newest.id != 0 && outcome.version < versionOf(newest)) {
        readDataset(newest, retry); // older than a change applied meanwhile: read it again
        return;
    }
    const auto held = mDatasetVersion.find(id);
    if (held != mDatasetVersion.end() && held->second >= outcome.version && datasetAt(mDatasets, id) != mDatasets.end()) {
        ended({}); // this version or a newer one is here already (our own, written meanwhile)
        return;
    }
    if (const auto at = datasetAt(mDatasets, id); at == mDatasets.end())
        mDatasets.push_back(outcome.dataset);
    else
        *at = outcome.dataset;
    mDatasetSeq[id] = outcome.seq;
    mDatasetVersion[id] = outcome.version;
    sortDatasets();
    mDatasetsJsonStale = true;
    mCopyDatasetsSaved = false;
    mJourneyStale = true;
    if (newest.id != 0)
        emit changed(newest, mMine.count(newest.id) > 0); // the window mirrors it and says who
    ended({});
}

} // namespace waymark
