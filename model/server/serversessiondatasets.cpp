// Imported survey and purchase data edited live (server schema 8, docs/server.md "Survey and
// purchase data"): a dataset added, replaced or removed is one change; the dataset itself is
// its row in `datasets`, which the other sessions read when they see the change (on the thread
// the session catches up on, as every change). Facilitators only (the database names the rule
// facilitators-data to everyone else); the size limit is the server's (waymark_dataset_limit).
// Their undo is here.
#include "server/serversession.h"

#include "server/serverdatasets.h"
#include "server/serversql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>
#include <utility>

namespace waymark {

namespace {

using ServerSql::idText;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerSession)
};

constexpr auto keptVersions = std::size_t(3); // not "std::size_t keptVersions": lupdate then loses the tr() context below

template <typename Datasets>
auto datasetWithId(Datasets &datasets, const QUuid &id)
{
    return std::find_if(datasets.begin(), datasets.end(), [&](const DatasetRef &item) { return item->id == id; });
}

// "Ана replaced the dataset “NPS Q3” meanwhile (change 42)"-like words for a change of it.
QString changedDataset(const QString &field, const QString &author, const QString &name, qint64 change)
{
    if (field == ServerChangeField::deleted)
        return Text::tr("%1 removed the dataset “%2” (change %3)").arg(author, name).arg(change);
    if (field == ServerChangeField::added)
        return Text::tr("%1 added the dataset “%2” (change %3)").arg(author, name).arg(change);
    return Text::tr("%1 replaced the dataset “%2” (change %3)").arg(author, name).arg(change);
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
    const auto it = datasetWithId(mDatasets, id);
    return it == mDatasets.end() ? idText(id) : (*it)->name;
}

std::optional<qint64> ServerSession::writeDataset(const QString &field, const QUuid &id, const DatasetRef *dataset, qint64 seq, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    const QString name = dataset ? (*dataset)->name : datasetName(id);
    if (!mConnected) {
        message = Text::tr("not connected to %1: survey and purchase data is not kept offline (an import can be tens of MB); "
                           "import, refresh or remove the dataset “%2” again when the connection is back")
                      .arg(mAddress.display(), name);
        return std::nullopt;
    }
    QByteArray body; // compact JSON text, made once: tens of MB for a million answers
    qint64 bytes = 0;
    if (dataset) {
        // Rows still being read behind the window are waited for; rows that could not be read
        // would go to everybody as a dataset without them.
        if (const QString broken = (*dataset)->rowsError(); !broken.isEmpty()) {
            message = Text::tr("the dataset “%1” was not read whole (%2), so it was not shared").arg(name, broken);
            return std::nullopt;
        }
        body = ServerDatasets::toText(**dataset);
        bytes = body.size();
    }
    const auto before = datasetWithId(mDatasets, id);
    // Someone else's change is named by the dataset's name as this laptop shows it, not the new one.
    const QString shownName = before != mDatasets.end() ? (*before)->name : name;
    const EntityWrite entityWrite = [&](QSqlDatabase &, QSqlQuery &query, ServerChange &change, QString *failure) {
        const auto sqlFailed = [&] {
            *failure = Text::tr("the dataset “%1” was not saved on %2: %3").arg(name, mAddress.display(), query.lastError().databaseText().trimmed());
            return false;
        };
        // Named when this login may not (a participant hears the rule, not a policy's words).
        if (!query.exec(QStringLiteral("SELECT waymark_may_datasets(), waymark_dataset_limit()")) || !query.next())
            return sqlFailed();
        const qint64 limit = query.value(1).toLongLong();
        if (dataset && bytes > limit) {
            *failure = Text::tr("the dataset “%1” is %2 as the server stores it, and a shared journey keeps datasets of up to %3 "
                                "(the server's waymark_dataset_limit()); it was not shared. Import a smaller extract (fewer columns "
                                "or a shorter period), or work on this journey in a file")
                           .arg(name, ServerDatasets::megabytes(bytes), ServerDatasets::megabytes(limit));
            return false;
        }
        // Someone else's change of this dataset that this session has not applied yet: ours
        // would silently undo theirs (a newer quarter replaced by an older one).
        query.prepare(QStringLiteral("SELECT author, id, field FROM changes WHERE journey = ? AND kind = 'dataset' AND entity = ? AND id > ? "
                                     "ORDER BY id DESC LIMIT 1"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(id));
        query.addBindValue(mLastSeen);
        if (!query.exec())
            return sqlFailed();
        if (query.next()) {
            *failure = Text::tr("%1 meanwhile; your change was not saved")
                           .arg(changedDataset(query.value(2).toString(), query.value(0).toString(), shownName, query.value(1).toLongLong()));
            return false;
        }
        query.prepare(QStringLiteral("SELECT seq FROM datasets WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(id));
        if (!query.exec())
            return sqlFailed();
        const bool there = query.next();
        if (there == (field == ServerChangeField::added)) {
            *failure = there ? Text::tr("the dataset “%1” is on the server already").arg(name)
                             : Text::tr("the dataset “%1” is not on the server any more").arg(name);
            return false;
        }
        if (there) {
            // What undo brings back: the version held here, which the check above shows is the server's.
            const qint64 place = query.value(0).toLongLong();
            mStructureBefore = QJsonObject{{QStringLiteral("seq"), double(place)}};
            if (before != mDatasets.end() && !mUndoing) {
                mDatasetBefore[change.id] = {*before, place};
                // Each is a whole dataset in memory: only the newest few steps keep theirs (an
                // older one's undo then says the earlier version is not here any more).
                while (mDatasetBefore.size() > keptVersions)
                    mDatasetBefore.erase(mDatasetBefore.begin());
            }
        }
        if (field == ServerChangeField::added) {
            const qint64 place = seq != 0 ? seq : change.id;
            query.prepare(QStringLiteral("INSERT INTO datasets (journey, id, seq, name, kind, bytes, body, change) "
                                         "VALUES (?, ?, ?, '', '', 0, ?::jsonb, ?)"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(id));
            query.addBindValue(place);
            query.addBindValue(QString::fromUtf8(body));
            query.addBindValue(change.id);
            if (mDatasetWriting)
                mDatasetWriting->second = place;
        } else if (field == ServerChangeField::replaced) {
            query.prepare(QStringLiteral("UPDATE datasets SET body = ?::jsonb, change = ? WHERE journey = ? AND id = ?"));
            query.addBindValue(QString::fromUtf8(body));
            query.addBindValue(change.id);
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(id));
            if (mDatasetWriting)
                mDatasetWriting->second = mDatasetSeq.count(id) ? mDatasetSeq.at(id) : change.id;
        } else {
            query.prepare(QStringLiteral("DELETE FROM datasets WHERE journey = ? AND id = ?"));
            query.addBindValue(idText(mJourneyId));
            query.addBindValue(idText(id));
        }
        return query.exec() || sqlFailed();
    };
    // Who did what to which dataset, for the others' status bars; never the rows.
    QJsonObject value{{QStringLiteral("name"), name}};
    if (dataset) {
        value.insert(QStringLiteral("kind"), (*dataset)->kindKey());
        value.insert(QStringLiteral("bytes"), bytes);
    }
    ServerChange change = changeOf(ServerChangeKind::dataset, id, field, value);
    if (dataset)
        mDatasetWriting = std::pair{*dataset, qint64(0)};
    const auto written = write(change, entityWrite, error);
    mDatasetWriting.reset();
    return written;
}

void ServerSession::readUnreadDatasets()
{
    // Rows whose reading failed (the connection broke while catching up): read as they are now.
    const std::set<QUuid> unread = std::exchange(mDatasetsUnread, {});
    for (const QUuid &id : unread) {
        ServerChange again = changeOf(ServerChangeKind::dataset, id, ServerChangeField::replaced);
        again.id = std::numeric_limits<qint64>::max(); // newer than any version held
        applyDataset(again, false);
    }
}

void ServerSession::applyDataset(const ServerChange &change, bool own)
{
    const QUuid id = change.entity;
    const auto find = [&] {
        return datasetWithId(mDatasets, id);
    };
    const auto put = [&](const DatasetRef &dataset, qint64 seq, qint64 version) {
        if (const auto at = find(); at == mDatasets.end())
            mDatasets.push_back(dataset);
        else
            *at = dataset;
        mDatasetSeq[id] = seq;
        mDatasetVersion[id] = version;
    };
    const auto drop = [&] {
        if (const auto at = find(); at != mDatasets.end())
            mDatasets.erase(at);
        mDatasetSeq.erase(id);
        mDatasetVersion.erase(id);
    };
    const auto version = mDatasetVersion.find(id);
    if (change.field == ServerChangeField::deleted) {
        drop();
    } else if (own && mDatasetWriting && mDatasetWriting->first->id == id) {
        put(mDatasetWriting->first, mDatasetWriting->second, change.id); // ours: no need to read back what was just sent
    } else if (version != mDatasetVersion.end() && version->second >= change.id && find() != mDatasets.end()) {
        return; // this version or a newer one is here already
    } else {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT seq, change, body::text FROM datasets WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourneyId));
        query.addBindValue(idText(id));
        if (!query.exec()) {
            qWarning("waymark: reading the dataset %s on %s failed: %s", qPrintable(idText(id)), qPrintable(mAddress.display()),
                     qPrintable(query.lastError().databaseText().trimmed()));
            mDatasetsUnread.insert(id); // read at the next catch-up
            return;
        }
        const bool retry = change.id == std::numeric_limits<qint64>::max();
        if (!query.next()) {
            if (!retry)
                return; // removed by a later change, which comes next
            drop(); // removed while it could not be read
        } else {
            FormatError problem;
            const auto dataset = ServerDatasets::fromText(query.value(2).toString().toUtf8(), &problem);
            if (!dataset) {
                // Only a database edited by hand holds such a row: the version held here stays.
                qWarning("waymark: table datasets, row %s, column body%s on %s is not a dataset: %s", qPrintable(idText(id)),
                         qPrintable(problem.path), qPrintable(mAddress.display()), qPrintable(problem.message));
                return;
            }
            put(*dataset, query.value(0).toLongLong(), query.value(1).toLongLong());
        }
    }
    sortDatasets();
    mDatasetsJsonStale = true;
    mCopyDatasetsSaved = false;
    mJourneyStale = true;
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
        *error = Text::tr("cannot undo: %1 since")
                     .arg(changedDataset(newest->second.field, newest->second.author, name, newest->second.id));
        return std::nullopt;
    }
    if (step.field == ServerChangeField::added)
        return writeDataset(ServerChangeField::deleted, step.entity, nullptr, 0, error);
    const auto before = mDatasetBefore.find(step.id);
    if (before == mDatasetBefore.end()) {
        *error = Text::tr("cannot undo: the earlier version of the dataset “%1” is not on this laptop any more").arg(name);
        return std::nullopt;
    }
    const std::pair<DatasetRef, qint64> earlier = before->second;
    const auto id = step.field == ServerChangeField::deleted
        ? writeDataset(ServerChangeField::added, step.entity, &earlier.first, earlier.second, error)
        : writeDataset(ServerChangeField::replaced, step.entity, &earlier.first, 0, error);
    if (id)
        mDatasetBefore.erase(step.id);
    return id;
}

} // namespace waymark
