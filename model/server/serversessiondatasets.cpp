// Imported survey and purchase data edited live (server schema 8, docs/server.md "Survey and
// purchase data"): a dataset added, replaced or removed is one change; the dataset itself is
// its row in `datasets`, which the other sessions read when they see the change. Writing and
// reading run on the session's worker (serverdatasettransfers.h; what comes back is applied in
// serversessiondatasetjobs.cpp). Facilitators only (the database names the rule
// facilitators-data to everyone else); the size limit is the server's (waymark_dataset_limit).
// What is asked here, the refusals' words, and undo.
#include "server/serversession.h"

#include "server/serverdatasets.h"
#include "server/serversql.h"
#include "server/serverroles.h"
#include "server/serversessiontext.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace waymark {

namespace {

using ServerSql::idText;


template <typename Datasets>
auto datasetWithId(Datasets &datasets, const QUuid &id)
{
    return std::find_if(datasets.begin(), datasets.end(), [&](const DatasetRef &item) { return item->id == id; });
}

// "Ана replaced the dataset “NPS Q3” meanwhile (change 42)"-like words for a change of it.
QString changedDataset(const QString &field, const QString &author, const QString &name, qint64 change)
{
    if (field == ServerChangeField::deleted)
        return ServerSessionText::tr("%1 removed the dataset “%2” (change %3)").arg(author, name).arg(change);
    if (field == ServerChangeField::added)
        return ServerSessionText::tr("%1 added the dataset “%2” (change %3)").arg(author, name).arg(change);
    return ServerSessionText::tr("%1 replaced the dataset “%2” (change %3)").arg(author, name).arg(change);
}

} // namespace

std::optional<qint64> ServerSession::addDataset(const DatasetRef &dataset, QString *error)
{
    return writeDataset(ServerChangeField::added, dataset->id, &dataset, 0, error);
}

std::optional<qint64> ServerSession::replaceDataset(const DatasetRef &dataset, QString *error)
{
    return writeDataset(ServerChangeField::replaced, dataset->id, &dataset, 0, error);
}

std::optional<qint64> ServerSession::removeDataset(const QUuid &dataset, QString *error)
{
    return writeDataset(ServerChangeField::deleted, dataset, nullptr, 0, error);
}

QString ServerSession::datasetName(const QUuid &id) const
{
    const std::vector<DatasetRef> shown = shownDatasets();
    const auto it = datasetWithId(shown, id);
    return it == shown.end() ? idText(id) : (*it)->name;
}

qint64 ServerSession::startDatasetWrite(const QString &field, const QUuid &id, const DatasetRef *dataset, qint64 seq, QString *error,
                                       qint64 undoing)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const std::vector<DatasetRef> shown = shownDatasets();
    const auto before = datasetWithId(shown, id);
    const QString name = dataset ? (*dataset)->name : before != shown.end() ? (*before)->name : idText(id);
    if (!mConnected) {
        message = ServerSessionText::tr("not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); "
                           "import, refresh or remove the dataset “%2” again when the connection is back")
                      .arg(mAddress.display(), name);
        return 0;
    }
    // Asked on the session's connection first (milliseconds): a participant hears the rule at
    // once, not after the dataset was written out for the server.
    {
        QSqlQuery query(QSqlDatabase::database(mConnectionName, false));
        if (!query.exec(QStringLiteral("SELECT waymark_may_datasets()"))) {
            message = ServerRoles::explainRefusal(ServerSessionText::tr("the dataset “%1” was not saved on %2: %3")
                                                      .arg(name, mAddress.display(), query.lastError().databaseText().trimmed()));
            if (query.lastError().type() == QSqlError::ConnectionError)
                lose(message);
            return 0;
        }
    }
    DatasetJob job;
    job.dataset = id;
    job.field = field;
    if (dataset)
        job.data = *dataset;
    job.name = name;
    // Someone else's change is named by the dataset's name as this laptop shows it, not the new one.
    job.shownName = before != shown.end() ? (*before)->name : name;
    job.seq = seq;
    job.seen = mLastSeen;
    job.value = QJsonObject{{QStringLiteral("name"), name}};
    if (dataset)
        job.value.insert(QStringLiteral("kind"), (*dataset)->kindKey());
    job.undo = undoing != 0;
    job.undoneStep = undoing;
    // What undo brings back: the version shown here, which the worker's check shows is the server's.
    if (!job.undo && before != shown.end())
        job.before = *before;
    const qint64 token = transfers().start(job);
    mJourneyStale = true; // shown at once, on top of the server's
    if (dataset)
        emit datasetTransferStarted({DatasetTransfer::Way::Sending, id, name, mAuthor});
    return token;
}

std::optional<qint64> ServerSession::writeDataset(const QString &field, const QUuid &id, const DatasetRef *dataset, qint64 seq, QString *error)
{
    const qint64 token = startDatasetWrite(field, id, dataset, seq, error);
    if (token == 0)
        return std::nullopt;
    mAwaitedWrite = token;
    mAwaitedEnd = {};
    waitForDatasets();
    mAwaitedWrite = 0;
    if (!mAwaitedEnd.first && error)
        *error = mAwaitedEnd.second;
    return mAwaitedEnd.first;
}

QString ServerSession::datasetRefusal(const DatasetJob &job, const DatasetOutcome &outcome) const
{
    using Refusal = DatasetOutcome::Refusal;
    switch (outcome.refusal) {
    case Refusal::None:
        return {};
    case Refusal::RowsBroken:
        return ServerSessionText::tr("the dataset “%1” was not read whole (%2), so it was not shared").arg(job.name, outcome.detail);
    case Refusal::TooLarge:
        return ServerSessionText::tr("the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 "
                        "(the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns "
                        "or a shorter period), or work on this journey in a file")
            .arg(job.name, ServerDatasets::megabytes(outcome.bytes), ServerDatasets::megabytes(outcome.limit));
    case Refusal::Conflict:
        return ServerSessionText::tr("%1 meanwhile; your change was not saved")
            .arg(changedDataset(outcome.conflict.field, outcome.conflict.author, job.shownName, outcome.conflict.id));
    case Refusal::AlreadyThere:
        return ServerSessionText::tr("the dataset “%1” is on the server already").arg(job.name);
    case Refusal::NotThere:
        return ServerSessionText::tr("the dataset “%1” is not on the server any more").arg(job.name);
    case Refusal::NoJourney:
        return ServerSessionText::tr("%1 no longer holds journey %2").arg(mAddress.display(), idText(mJourneyId));
    case Refusal::NotADataset:
        return outcome.detail;
    case Refusal::Sql:
        break;
    }
    if (outcome.connectionBroke)
        return ServerSessionText::tr("the connection to %1 broke while the dataset “%2” was being sent (%3); it was not shared, and nothing of "
                        "it is on the server. Import it again when the connection is back")
            .arg(mAddress.display(), job.name, outcome.detail);
    return ServerRoles::explainRefusal(ServerSessionText::tr("the dataset “%1” was not saved on %2: %3").arg(job.name, mAddress.display(), outcome.detail));
}

void ServerSession::sortDatasets()
{
    std::stable_sort(mDatasets.begin(), mDatasets.end(), [&](const DatasetRef &a, const DatasetRef &b) {
        const auto seqOf = [&](const DatasetRef &d) {
            const auto it = mDatasetSeq.find(d->id);
            return it == mDatasetSeq.end() ? qint64(0) : it->second;
        };
        return seqOf(a) < seqOf(b);
    });
}

std::optional<qint64> ServerSession::undoDataset(const UndoStep &step, QString *error)
{
    const QString name = datasetName(step.entity);
    // Someone else's change of the dataset since ours (our own later ones are undone already).
    const auto newest = mNewestOnCard.find(step.entity);
    if (newest != mNewestOnCard.end() && newest->second.id > step.id && !mMine.count(newest->second.id)) {
        *error = ServerSessionText::tr("cannot undo: %1 since")
                     .arg(changedDataset(newest->second.field, newest->second.author, name, newest->second.id));
        return std::nullopt;
    }
    // Sent on to the worker as any write of a dataset: 0 says it is under way (its change and
    // any refusal come with datasetTransferEnded); its redo step waits for the change.
    qint64 token = 0;
    if (step.field == ServerChangeField::added) {
        token = startDatasetWrite(ServerChangeField::deleted, step.entity, nullptr, 0, error, step.id);
    } else {
        const auto before = mDatasetBefore.find(step.id);
        if (before == mDatasetBefore.end()) {
            *error = ServerSessionText::tr("cannot undo: the earlier version of the dataset “%1” is not on this laptop any more").arg(name);
            return std::nullopt;
        }
        const std::pair<DatasetRef, qint64> earlier = before->second;
        token = step.field == ServerChangeField::deleted
            ? startDatasetWrite(ServerChangeField::added, step.entity, &earlier.first, earlier.second, error, step.id)
            : startDatasetWrite(ServerChangeField::replaced, step.entity, &earlier.first, 0, error, step.id);
    }
    if (token == 0)
        return std::nullopt;
    return qint64(0);
}

} // namespace waymark
