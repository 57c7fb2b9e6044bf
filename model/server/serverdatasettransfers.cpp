// Survey and purchase data written and read off the window's thread (docs/server.md "Survey
// and purchase data"). Hand-written on std::thread: Qt's thread pool would not keep one job
// after the other, and QtConcurrent adds nothing to a single queue.
#include "server/serverdatasettransfers.h"

#include "server/serverdatasets.h"
#include "server/serversession.h"
#include "server/serversql.h"
#include "warehouse/postgresconnection.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace waymark {

namespace {

using ServerSql::idText;

constexpr int transferConnectTimeoutSeconds = 10;

std::mutex holdMutex;
ServerDatasetTransfers::Hold &testHold()
{
    static ServerDatasetTransfers::Hold hold;
    return hold;
}

} // namespace

void ServerDatasetTransfers::setHoldForTests(Hold hold)
{
    const std::lock_guard lock(holdMutex);
    testHold() = std::move(hold);
}

ServerDatasetTransfers::ServerDatasetTransfers(const PostgresAddress &address, const QUuid &journey, const QString &author,
                                               const QString &applicationName, QObject *parent)
    : QObject(parent)
    , mAddress(address)
    , mJourney(journey)
    , mAuthor(author)
    , mApplicationName(applicationName + QStringLiteral("-data"))
    , mThread([this] { run(); })
{
}

ServerDatasetTransfers::~ServerDatasetTransfers()
{
    cancel(nullptr);
}

void ServerDatasetTransfers::cancel(QSqlDatabase *session)
{
    {
        const std::lock_guard lock(mMutex);
        mCancelled = true;
        mQueued.clear();
    }
    mWake.notify_all();
    // A statement under way (tens of MB being stored) ends at once; the server rolls back.
    if (const int backend = mBackend; backend != 0 && session && session->isOpen()) {
        QSqlQuery query(*session);
        query.exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(backend));
    }
    if (mThread.joinable())
        mThread.join();
}

qint64 ServerDatasetTransfers::start(DatasetJob job)
{
    job.token = ++mNextToken;
    mJobs.push_back(job);
    {
        const std::lock_guard lock(mMutex);
        mQueued.push_back(job);
    }
    mWake.notify_all();
    return job.token;
}

void ServerDatasetTransfers::waitForAll()
{
    std::unique_lock lock(mMutex);
    mIdle.wait(lock, [&] { return (mQueued.empty() && mRunning == 0) || mCancelled; });
}

std::vector<std::pair<DatasetJob, DatasetOutcome>> ServerDatasetTransfers::takeOutcomes()
{
    std::vector<DatasetOutcome> ended;
    {
        const std::lock_guard lock(mMutex);
        ended.swap(mEnded);
        for (const DatasetOutcome &outcome : ended) {
            if (outcome.change != 0)
                mCommitting.erase(outcome.change);
        }
    }
    std::vector<std::pair<DatasetJob, DatasetOutcome>> done;
    for (DatasetOutcome &outcome : ended) {
        const auto job = std::find_if(mJobs.begin(), mJobs.end(), [&](const DatasetJob &item) { return item.token == outcome.token; });
        if (job == mJobs.end())
            continue;
        done.emplace_back(std::move(*job), std::move(outcome));
        mJobs.erase(job);
    }
    return done;
}

DatasetJob *ServerDatasetTransfers::committing(qint64 id, DatasetOutcome *outcome)
{
    qint64 token = 0;
    {
        const std::lock_guard lock(mMutex);
        const auto it = mCommitting.find(id);
        if (it == mCommitting.end())
            return nullptr;
        token = it->second.token;
        *outcome = it->second;
    }
    const auto job = std::find_if(mJobs.begin(), mJobs.end(), [&](const DatasetJob &item) { return item.token == token; });
    return job == mJobs.end() ? nullptr : &*job;
}

void ServerDatasetTransfers::hold(Stage stage)
{
    Hold hold;
    {
        const std::lock_guard lock(holdMutex);
        hold = testHold();
    }
    if (hold)
        hold(stage, mAuthor, mCancelled);
}

void ServerDatasetTransfers::run()
{
    for (;;) {
        DatasetJob job;
        {
            std::unique_lock lock(mMutex);
            mWake.wait(lock, [&] { return !mQueued.empty() || mCancelled; });
            if (mCancelled)
                break;
            job = std::move(mQueued.front());
            mQueued.pop_front();
            ++mRunning;
        }
        // A connection of this thread's own for each job: a QSqlDatabase belongs to the
        // thread that opened it, and a job every few minutes needs no pool.
        const QString name = mApplicationName + u'-' + QString::number(job.token);
        DatasetOutcome outcome;
        {
            QSqlDatabase db = openPostgres(mAddress, name, transferConnectTimeoutSeconds, mApplicationName);
            if (!db.isOpen()) {
                outcome.refusal = DatasetOutcome::Refusal::Sql;
                outcome.detail = db.lastError().text().trimmed();
                outcome.connectionBroke = true;
            } else {
                QSqlQuery pid(db);
                if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
                    mBackend = pid.value(0).toInt();
                pid.finish();
                outcome = job.read ? read(job, db) : write(job, db);
                mBackend = 0;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        outcome.token = job.token;
        {
            const std::lock_guard lock(mMutex);
            --mRunning;
            if (mCancelled)
                break; // the session is going: nothing of it is applied
            mEnded.push_back(std::move(outcome));
        }
        mIdle.notify_all();
        QMetaObject::invokeMethod(this, [this] { emit outcomesReady(); }, Qt::QueuedConnection);
    }
    mIdle.notify_all();
}

DatasetOutcome ServerDatasetTransfers::write(const DatasetJob &job, QSqlDatabase &db)
{
    DatasetOutcome outcome;
    QSqlQuery query(db);
    const auto failed = [&](const QString &detail, bool connection) {
        outcome.refusal = DatasetOutcome::Refusal::Sql;
        outcome.detail = detail;
        outcome.connectionBroke = connection || !db.isOpen();
        if (db.isOpen())
            db.rollback();
        return outcome;
    };
    const auto sqlFailed = [&] {
        const QSqlError error = query.lastError();
        return failed(error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed(),
                      error.type() == QSqlError::ConnectionError);
    };
    const auto refused = [&](DatasetOutcome::Refusal refusal) {
        outcome.refusal = refusal;
        db.rollback();
        return outcome;
    };
    // Compact JSON text, made once: tens of MB for a million answers. Rows still being read
    // behind the window are waited for; rows that could not be read would go to everybody as a
    // dataset without them.
    QByteArray body;
    if (job.data.shared()) {
        if (const QString broken = job.data->rowsError(); !broken.isEmpty()) {
            outcome.refusal = DatasetOutcome::Refusal::RowsBroken;
            outcome.detail = broken;
            return outcome;
        }
        body = ServerDatasets::toText(*job.data);
        outcome.bytes = body.size();
    }
    if (mCancelled)
        return failed(QString(), false);
    if (!db.transaction())
        return failed(db.lastError().text().trimmed(), db.lastError().type() == QSqlError::ConnectionError);
    // Named when this login may not (a participant hears the rule, not a policy's words).
    if (!query.exec(QStringLiteral("SELECT waymark_may_datasets(), waymark_dataset_limit()")) || !query.next())
        return sqlFailed();
    outcome.limit = query.value(1).toLongLong();
    if (job.data.shared() && outcome.bytes > outcome.limit)
        return refused(DatasetOutcome::Refusal::TooLarge);
    // The write's own number from the changes' sequence, taken now: the row's version and (an
    // added dataset) its place. The change itself takes its id at the end, holding the
    // journey's row, so change ids still grow in commit order.
    if (!query.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('changes', 'id'))")) || !query.next())
        return sqlFailed();
    outcome.version = query.value(0).toLongLong();
    query.prepare(QStringLiteral("SELECT seq FROM datasets WHERE journey = ? AND id = ?"));
    query.addBindValue(idText(mJourney));
    query.addBindValue(idText(job.dataset));
    if (!query.exec())
        return sqlFailed();
    const bool there = query.next();
    if (there == (job.field == ServerChangeField::added))
        return refused(there ? DatasetOutcome::Refusal::AlreadyThere : DatasetOutcome::Refusal::NotThere);
    if (there)
        outcome.placeBefore = query.value(0).toLongLong();
    // The body first, without the journey's row: everybody's other changes go on meanwhile.
    // (Every dataset write takes the dataset's row before the journey's, so two never wait
    // for each other crosswise.)
    if (job.field == ServerChangeField::added) {
        outcome.seq = job.seq != 0 ? job.seq : outcome.version;
        query.prepare(QStringLiteral("INSERT INTO datasets (journey, id, seq, name, kind, bytes, body, change) "
                                     "VALUES (?, ?, ?, '', '', 0, ?::jsonb, ?)"));
        query.addBindValue(idText(mJourney));
        query.addBindValue(idText(job.dataset));
        query.addBindValue(outcome.seq);
        query.addBindValue(QString::fromUtf8(body));
        query.addBindValue(outcome.version);
    } else if (job.field == ServerChangeField::replaced) {
        outcome.seq = outcome.placeBefore.value_or(outcome.version);
        query.prepare(QStringLiteral("UPDATE datasets SET body = ?::jsonb, change = ? WHERE journey = ? AND id = ?"));
        query.addBindValue(QString::fromUtf8(body));
        query.addBindValue(outcome.version);
        query.addBindValue(idText(mJourney));
        query.addBindValue(idText(job.dataset));
    } else {
        query.prepare(QStringLiteral("DELETE FROM datasets WHERE journey = ? AND id = ?"));
        query.addBindValue(idText(mJourney));
        query.addBindValue(idText(job.dataset));
    }
    body.clear();
    if (!query.exec())
        return sqlFailed();
    hold(Stage::BodyWritten);
    if (mCancelled)
        return failed(QString(), false); // the session is going: rolled back, nothing of it stays
    // The short end, holding the journey's row as every writer does (NO KEY UPDATE: the
    // datasets' foreign key only shares it).
    query.prepare(QStringLiteral("SELECT last_change FROM journeys WHERE id = ? FOR NO KEY UPDATE"));
    query.addBindValue(idText(mJourney));
    if (!query.exec())
        return sqlFailed();
    if (!query.next())
        return refused(DatasetOutcome::Refusal::NoJourney);
    if (!query.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('changes', 'id'))")) || !query.next())
        return sqlFailed();
    outcome.change = query.value(0).toLongLong();
    // Someone else's change of this dataset that the session had not applied when it asked:
    // ours would silently undo theirs (a newer quarter replaced by an older one).
    query.prepare(QStringLiteral("SELECT author, id, field FROM changes WHERE journey = ? AND kind = 'dataset' AND entity = ? AND id > ? "
                                 "ORDER BY id DESC"));
    query.addBindValue(idText(mJourney));
    query.addBindValue(idText(job.dataset));
    query.addBindValue(job.seen);
    if (!query.exec())
        return sqlFailed();
    while (query.next()) {
        if (mOurs.count(query.value(1).toLongLong()))
            continue; // an earlier job of this session
        outcome.conflict.author = query.value(0).toString();
        outcome.conflict.id = query.value(1).toLongLong();
        outcome.conflict.field = query.value(2).toString();
        return refused(DatasetOutcome::Refusal::Conflict);
    }
    // Who did what to which dataset, for the others' status bars, and the version they read;
    // never the rows.
    QJsonObject value = job.value;
    if (job.data.shared())
        value.insert(QStringLiteral("bytes"), double(outcome.bytes));
    value.insert(QStringLiteral("version"), double(outcome.version));
    query.prepare(QStringLiteral("INSERT INTO changes (id, journey, author, seen, kind, entity, field, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)"));
    query.addBindValue(outcome.change);
    query.addBindValue(idText(mJourney));
    query.addBindValue(mAuthor);
    query.addBindValue(job.seen);
    query.addBindValue(ServerChangeKind::dataset);
    query.addBindValue(idText(job.dataset));
    query.addBindValue(job.field);
    query.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return sqlFailed();
    query.prepare(QStringLiteral("UPDATE journeys SET last_change = ?, last_changed = now() WHERE id = ?"));
    query.addBindValue(outcome.change);
    query.addBindValue(idText(mJourney));
    if (!query.exec())
        return sqlFailed();
    query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    query.addBindValue(QString::fromLatin1(ServerSession::notifyChannel));
    query.addBindValue(idText(mJourney) + u':' + QString::number(outcome.change));
    if (!query.exec())
        return sqlFailed();
    query.finish();
    if (mCancelled)
        return failed(QString(), false);
    {
        // Known before the commit: the NOTIFY may reach the session before this outcome does.
        const std::lock_guard lock(mMutex);
        mCommitting[outcome.change] = outcome;
    }
    if (!db.commit()) {
        // Broken off at the commit: it may be on the server; if so the session applies it as
        // its own from mCommitting when it catches up.
        const QSqlError error = db.lastError();
        const qint64 change = outcome.change;
        failed(error.text().trimmed(), error.type() == QSqlError::ConnectionError);
        outcome.change = change;
        return outcome;
    }
    mOurs.insert(outcome.change);
    return outcome;
}

DatasetOutcome ServerDatasetTransfers::read(const DatasetJob &job, QSqlDatabase &db)
{
    DatasetOutcome outcome;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT seq, change, body::text FROM datasets WHERE journey = ? AND id = ?"));
    query.addBindValue(idText(mJourney));
    query.addBindValue(idText(job.dataset));
    if (!query.exec()) {
        outcome.refusal = DatasetOutcome::Refusal::Sql;
        outcome.detail = query.lastError().databaseText().trimmed();
        if (outcome.detail.isEmpty())
            outcome.detail = query.lastError().text().trimmed();
        outcome.connectionBroke = query.lastError().type() == QSqlError::ConnectionError || !db.isOpen();
        return outcome;
    }
    outcome.found = query.next();
    if (!outcome.found)
        return outcome;
    outcome.seq = query.value(0).toLongLong();
    outcome.version = query.value(1).toLongLong();
    const QByteArray body = query.value(2).toString().toUtf8();
    query.finish();
    hold(Stage::RowRead);
    FormatError problem;
    const auto dataset = ServerDatasets::fromText(body, &problem);
    if (!dataset) {
        outcome.refusal = DatasetOutcome::Refusal::NotADataset;
        outcome.detail = problem.path + QStringLiteral(": ") + problem.message;
        return outcome;
    }
    outcome.dataset = *dataset;
    return outcome;
}

} // namespace waymark
